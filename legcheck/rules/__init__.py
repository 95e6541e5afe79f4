"""Leg Check's expert system: answers in; triage, emergency signs, causes and the next question out, as typed
records of ids (legcheck.rules.records).  It knows nothing of speech or Alexa.

    >>> from legcheck.rules import assess
    >>> assess({"breathing": True}).triage
    'call_emergency'

The engine (experta and the rule modules) is imported on the first assessment, not with this package: a
skill's launch reads only the vocabulary, the groups and the sources, and so a Lambda cold start that
answers a LaunchRequest does not pay for experta (tests/test_cold_start.py).
"""
from .records import Assessment
from .vocabulary import FINDINGS

__all__ = ["Assessment", "assess"]


def assess(findings):
    """Assess answers ({finding id: True | False | None}); raises ValueError for an unknown id or answer."""
    findings = dict(findings)
    for finding, value in findings.items():
        if finding not in FINDINGS:
            raise ValueError(f"unknown finding id: {finding!r}")
        if not isinstance(value, bool | None):
            raise ValueError(f"answer for {finding!r} must be true, false or null")
    from .engine import conclude
    from .groups import expand
    from .interview import next_step
    from .knowledge import ACTION_GROUPS, MATCHABLE

    answers = expand(findings, ACTION_GROUPS)
    conclusions = conclude(answers, MATCHABLE)
    step = next_step(findings, answers, conclusions)
    return Assessment(
        triage=conclusions.triage,
        triage_because=conclusions.triage_because,
        emergency_signs=conclusions.emergency_signs,
        causes=conclusions.causes,
        next_question=step.question,
        findings=answers,
        screening=step.screening,
    )
