"""The Leg Check knowledge engine: every rule family combined, run over one set of answers."""
import threading

from .emergency import BreathingAndHeartSigns, InjurySigns, StrokeSigns
from .experta_compat import AgendaOrder, CachedDefFacts
from .facts import Cause, EmergencySign, Finding, Triage
from .muscle import MuscleRules
from .nerve import NerveRules
from .records import CauseFound, Conclusions, SignFound
from .systemic import SystemicRules
from .temporary import TemporaryRules
from .triage import Fallbacks, Soon, WithinADay
from .urgent import NerveMuscleAndBloodSigns, SpineSigns
from .vocabulary import CAUSES, EMERGENCY_SIGNS, FINDINGS, URGENCY, most_urgent

RULE_FAMILIES = (StrokeSigns, BreathingAndHeartSigns, InjurySigns, SpineSigns, NerveMuscleAndBloodSigns,
                 WithinADay, Soon, Fallbacks, TemporaryRules, NerveRules, MuscleRules, SystemicRules)
_CAUSE_ORDER = {cause: i for i, cause in enumerate(CAUSES)}
_SIGN_ORDER = {sign: i for i, sign in enumerate(EMERGENCY_SIGNS)}
_FINDING_ORDER = {finding: i for i, finding in enumerate(FINDINGS)}


class LegCheckEngine(CachedDefFacts, *RULE_FAMILIES):
    """Forward chaining from findings to emergency signs, causes and triage."""

    __strategy__ = AgendaOrder


def _merge(facts, order):
    """{id: reasons} with one entry per id, reasons united (in the order of FINDINGS); most reasons first."""
    merged = {}
    for fact in facts:
        merged.setdefault(fact["id"], set()).update(fact["because"])
    merged = {key: sorted(reasons, key=_FINDING_ORDER.__getitem__) for key, reasons in merged.items()}
    return dict(sorted(merged.items(), key=lambda item: (-len(item[1]), order[item[0]])))


_local = threading.local()


def _engine():
    """One engine per thread: building the Rete network is the expensive part, a reset is cheap."""
    engine = getattr(_local, "engine", None)
    if engine is None:
        engine = _local.engine = LegCheckEngine()
    return engine


def conclude(findings, matchable=None):
    """Run the rules over `findings` ({finding id: True | False | None}, groups already expanded).

    `matchable` ({finding: answers some rule can match}, legcheck.rules.knowledge.MATCHABLE) leaves out the
    answers no rule can match: most are a "no" that no rule asks for, and each would only cost time.
    """
    unknown = set(findings) - set(FINDINGS)
    if unknown:
        raise ValueError(f"unknown finding id: {sorted(unknown)[0]!r}")
    engine = _engine()
    engine.reset()
    engine.declare(*(Finding(id=finding, value=value) for finding, value in findings.items()
                     if matchable is None or value in matchable.get(finding, ())))
    engine.run()
    facts = list(engine.facts.values())
    triages = [f for f in facts if isinstance(f, Triage)]
    level = most_urgent(t["level"] for t in triages)
    because = sorted({r for t in triages if t["level"] == level for r in t["because"]}, key=_FINDING_ORDER.get)
    sign_facts = [f for f in facts if isinstance(f, EmergencySign)]
    sign_causes = {}
    for sign in sign_facts:
        sign_causes.setdefault(sign["id"], set()).update(sign["causes"])
    signs = sorted((SignFound(sign, _sign_level(sign_facts, sign), tuple(reasons),
                              tuple(c for c in CAUSES if c in sign_causes[sign]))
                    for sign, reasons in _merge(sign_facts, _SIGN_ORDER).items()),
                   key=lambda sign: -URGENCY[sign.level])  # stable: most reasons first within a level
    named = [f for f in facts if isinstance(f, Cause) and f["named"]]
    causes = tuple(CauseFound(cause, CAUSES[cause], tuple(reasons))
                   for cause, reasons in _merge(named, _CAUSE_ORDER).items())
    return Conclusions(triage=level, triage_because=tuple(because), emergency_signs=tuple(signs), causes=causes)


def _sign_level(sign_facts, sign):
    return most_urgent(f["level"] for f in sign_facts if f["id"] == sign)
