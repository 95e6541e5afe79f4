"""Typed facts of the Leg Check knowledge base, and the two ways a rule asks about a finding."""
from experta import AS, Fact, Field, L

# A rule fires on "I don't know" as it fires on the answer it asks for: then an "I don't know" can never
# make the outcome less urgent than a yes or a no would.  What is only possible is never named as a cause.
YES_OR_UNSURE = ~L(False)
NO_OR_UNSURE = ~L(True)


def yes(finding):
    """A pattern: `finding` was answered yes (or "I don't know"), bound under its own name."""
    return getattr(AS, finding) << Finding(id=finding, value=YES_OR_UNSURE)


def no(finding):
    """A pattern: `finding` was answered no (or "I don't know"), bound under its own name."""
    return getattr(AS, finding) << Finding(id=finding, value=NO_OR_UNSURE)


class Finding(Fact):
    """One answer: `value` is True (yes), False (no) or None (the person does not know)."""

    id = Field(str, mandatory=True)
    value = Field(lambda v: v in (True, False, None), mandatory=True)


class EmergencySign(Fact):
    """A sign that ends the interview at once with advice to get help now."""

    id = Field(str, mandatory=True)
    level = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)
    causes = Field(tuple, mandatory=True)


class Cause(Fact):
    """A cause that fits the answers.  `named` when every answer behind it was a clear yes or no (or an
    emergency sign points to it); a cause that is only possible still counts for the triage."""

    id = Field(str, mandatory=True)
    family = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)
    named = Field(bool, mandatory=True)


class Triage(Fact):
    """A triage level supported by a rule; the most urgent one wins."""

    level = Field(str, mandatory=True)
    because = Field(tuple, mandatory=True)
