"""How a rule says what it concludes: `@concludes(...)` under `@Rule(...)`, with its source beside it.

    @Rule(yes("fever"), yes("very_unwell"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="severe_infection", causes=("systemic_infection",),
               source=Seed("Systemic infections, such as severe flu or sepsis, can lead to widespread ..."))
    def emergency_fever_very_unwell(self, **findings):
        "A fever with feeling very unwell: a serious infection."

The decorator writes the rule's body: it declares the emergency sign, the triage level and the causes, each
with the findings the rule matched as its reasons.  What a rule concludes is data on the rule (`.conclusion`),
so legcheck.rules.knowledge derives the interview from the rules themselves.
"""
from dataclasses import dataclass

from experta import KnowledgeEngine

from .facts import Cause, EmergencySign, Finding, Triage
from .sources import Guidance, Seed
from .vocabulary import CAUSES, EMERGENCY_SIGNS, SOON, TRIAGE_LEVELS


@dataclass(frozen=True)
class Conclusion:
    """What one rule concludes: a triage level, an emergency sign (with its level) and causes."""

    source: Seed | Guidance | tuple
    level: str | None = None
    sign: str | None = None
    causes: tuple = ()

    def __post_init__(self):
        assert self.level is None or self.level in TRIAGE_LEVELS, self.level
        assert self.sign is None or (self.sign in EMERGENCY_SIGNS and self.level), self.sign
        assert all(cause in CAUSES for cause in self.causes), self.causes
        assert self.level or self.causes, "a rule must conclude something"

    @property
    def sources(self):
        return (self.source,) if isinstance(self.source, Seed | Guidance) else self.source

    @property
    def supports(self):
        """The most urgent level this rule can support: its own, or, for a cause that is not an everyday
        one, "see a doctor soon" (triage_underlying_condition)."""
        if self.level:
            return self.level
        return SOON if any(CAUSES[cause] != "temporary" for cause in self.causes) else None


def concludes(*, source, level=None, sign=None, causes=()):
    """Decorator for a rule method: what the rule concludes, and the seed sentence or guidance behind it."""
    conclusion = Conclusion(source=source, level=level, sign=sign, causes=tuple(causes))

    def decorate(method):
        def fire(self, **matched):
            self.conclude(conclusion, [fact for fact in matched.values() if isinstance(fact, Finding)])

        fire.__name__, fire.__qualname__, fire.__doc__ = method.__name__, method.__qualname__, method.__doc__
        fire.conclusion = conclusion
        return fire

    return decorate


class RuleBase(KnowledgeEngine):
    """What every rule may declare."""

    def conclude(self, conclusion, findings):
        # The reasons are what was said yes (or "I don't know") to; a "no" a rule needs is a condition.
        because = tuple(finding["id"] for finding in findings if finding["value"] is not False)
        sure = all(finding["value"] is not None for finding in findings)
        facts = []
        if conclusion.sign:
            facts.append(EmergencySign(id=conclusion.sign, level=conclusion.level, because=because,
                                       causes=conclusion.causes))
        if conclusion.level:
            facts.append(Triage(level=conclusion.level, because=because))
        for cause in conclusion.causes:
            # An emergency sign names the causes it points to, whether or not the answers were sure.
            named = sure or conclusion.sign is not None
            facts.append(Cause(id=cause, family=CAUSES[cause], because=because, named=named))
        self.declare(*facts)
