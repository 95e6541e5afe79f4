"""The Leg Check knowledge engine: every rule family combined, and `assess` over a set of answers."""
import inspect
import threading
from dataclasses import dataclass, field

from experta import Rule
from experta.strategies import DepthStrategy
from experta.watchers import unwatch

from .emergency import EmergencyRules
from .facts import YES_OR_UNSURE, Cause, EmergencySign, Finding, Triage
from .muscle import MuscleRules
from .nerve import NerveRules
from .systemic import SystemicRules
from .temporary import TemporaryRules
from .triage import TriageRules
from .vocabulary import CAUSES, EMERGENCY_SIGNS, FINDINGS, URGENCY, most_urgent

# experta's watchers log every fact (the user's answers) whenever the root logger is verbose enough (say
# an AWS_LAMBDA_LOG_LEVEL of INFO): silence them, whoever uses the rules.  No health data goes to a log.
unwatch()

_CAUSE_ORDER = {cause: i for i, cause in enumerate(CAUSES)}
_SIGN_ORDER = {sign: i for i, sign in enumerate(EMERGENCY_SIGNS)}


class AgendaOrder(DepthStrategy):
    """experta's depth strategy (salience first, then the newest facts), with the key computed afresh.

    DepthStrategy memoizes `get_key` in an lru_cache keyed by activation: activations of one rule hash
    alike, so each lookup compares hundreds of them, and the cache keeps the last 128 activations (and
    with them the answers) alive after the assessment.  The key itself is cheap to compute.
    """

    def get_key(self, activation):
        facts = sorted((f["__factid__"] for f in activation.facts), reverse=True)
        return activation.rule.salience, facts


class LegCheckEngine(EmergencyRules, TriageRules, TemporaryRules, NerveRules, MuscleRules, SystemicRules):
    """Forward chaining from findings to emergency signs, causes and triage."""

    __strategy__ = AgendaOrder
    _deffacts = None

    def get_deffacts(self):
        # experta finds them with inspect.getmembers on every reset; they never change.
        if self._deffacts is None:
            self._deffacts = super().get_deffacts()
        return self._deffacts


@dataclass
class Conclusions:
    """What the rules concluded from one set of findings."""

    triage: str
    triage_because: tuple
    emergency_signs: list = field(default_factory=list)
    causes: list = field(default_factory=list)


def _merge(facts, order):
    """One entry per id, reasons united in the order they were found; most reasons first."""
    merged = {}
    for fact in facts:
        reasons = merged.setdefault(fact["id"], [])
        reasons.extend(r for r in fact["because"] if r not in reasons)
    ranked = sorted(merged, key=lambda i: (-len(merged[i]), order[i]))
    return [(i, merged[i]) for i in ranked]


def _patterns(element):
    """Every Finding pattern in a rule's left-hand side, however deeply nested in AND/OR/NOT."""
    if isinstance(element, Finding):
        yield element
    elif isinstance(element, tuple):
        for child in element:
            yield from _patterns(child)


def _ids_tested_for_no():
    """Findings some rule tests for a "no": a "no" to any other finding can match nothing."""
    return frozenset(
        pattern["id"]
        for _, rule in inspect.getmembers(LegCheckEngine, lambda member: isinstance(member, Rule))
        for pattern in _patterns(rule)
        if isinstance(pattern.get("id"), str) and pattern.get("value") is not True
        and pattern.get("value") is not YES_OR_UNSURE
    )


TESTED_FOR_NO = _ids_tested_for_no()
_local = threading.local()


def _engine():
    """One engine per thread: building the Rete network is the expensive part, a reset is cheap."""
    engine = getattr(_local, "engine", None)
    if engine is None:
        engine = _local.engine = LegCheckEngine()
    return engine


def conclude(findings):
    """Run the rules over `findings` ({finding id: True | False | None}) and collect the conclusions."""
    engine = _engine()
    unknown = set(findings) - FINDINGS.keys()
    if unknown:
        raise ValueError(f"unknown finding id: {sorted(unknown)[0]!r}")
    engine.reset()
    # One declare for all answers, so the Rete network is updated once; a "no" that no rule tests
    # for would only cost time.
    engine.declare(*(Finding(id=finding_id, value=value) for finding_id, value in findings.items()
                     if value is not False or finding_id in TESTED_FOR_NO))
    engine.run()
    facts = list(engine.facts.values())
    triages = [f for f in facts if isinstance(f, Triage)]
    level = most_urgent(t["level"] for t in triages)
    because = []
    for t in triages:
        if t["level"] == level:
            because.extend(r for r in t["because"] if r not in because)
    signs = _merge((f for f in facts if isinstance(f, EmergencySign)), _SIGN_ORDER)
    causes = _merge((f for f in facts if isinstance(f, Cause)), _CAUSE_ORDER)
    return Conclusions(
        triage=level,
        triage_because=tuple(because),
        emergency_signs=[{"id": s, "because": r} for s, r in signs],
        causes=[{"id": c, "family": CAUSES[c][0], "because": r} for c, r in causes],
    )


def more_urgent(a, b):
    """True when triage level `a` is more urgent than `b` (None is the least urgent)."""
    return URGENCY.get(a, 0) > URGENCY.get(b, 0)
