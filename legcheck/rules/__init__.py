"""Leg Check's expert system: findings in, triage, emergency signs, causes and the next question out.

    >>> from legcheck.rules import assess
    >>> assess({"breathing": True}).triage
    'call_emergency'
"""
from dataclasses import dataclass

from .engine import LegCheckEngine, conclude
from .interview import next_question
from .speech import result_speech
from .vocabulary import DEFAULT_LOCALE

__all__ = ["Assessment", "LegCheckEngine", "assess"]


@dataclass
class Assessment:
    """The outcome of one assessment; `speech` is what the skill says when the interview is over."""

    triage: str
    triage_because: tuple
    emergency_signs: list
    causes: list
    next_question: str | None
    speech: str

    def as_dict(self):
        return {
            "triage": self.triage,
            "emergency_signs": self.emergency_signs,
            "causes": self.causes,
            "next_question": self.next_question,
            "speech": self.speech,
        }


def assess(findings, locale=DEFAULT_LOCALE, person="you", detail=False):
    """Assess answers ({finding id: True | False | None}); raises ValueError for an unknown finding id."""
    findings = dict(findings)
    for finding_id, value in findings.items():
        if not isinstance(value, bool | None):
            raise ValueError(f"answer for {finding_id!r} must be true, false or null")
    conclusions = conclude(findings)
    return Assessment(
        triage=conclusions.triage,
        triage_because=conclusions.triage_because,
        emergency_signs=conclusions.emergency_signs,
        causes=conclusions.causes,
        next_question=next_question(findings, conclusions),
        speech=result_speech(conclusions, findings, locale, person, detail),
    )
