"""Typed facts of the Leg Check knowledge base."""
from experta import Fact, Field, L

# A triage or emergency rule also fires on "I don't know": over-triage is allowed, under-triage never.
YES_OR_UNSURE = ~L(False)
YES = True


class Finding(Fact):
    """One answer: `value` is True (yes), False (no) or None (the user does not know)."""

    id = Field(str, mandatory=True)
    value = Field(lambda v: v in (True, False, None), mandatory=True)


class EmergencySign(Fact):
    """A sign that ends the interview at once with emergency advice."""

    id = Field(str, mandatory=True)
    level = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)


class Cause(Fact):
    """A cause that fits the findings; several rules may support the same cause."""

    id = Field(str, mandatory=True)
    family = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)


class Triage(Fact):
    """A triage level supported by a rule; the most urgent one wins."""

    level = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)
