"""What the rules return: typed records of ids (no words; the skill says them per locale).

NamedTuples: as typed as dataclasses here, and several times cheaper to create at import (a cold start).
"""
from typing import NamedTuple


class SignFound(NamedTuple):
    """An emergency sign: its id, the level it calls for, the findings behind it, the causes it points to."""

    id: str
    level: str
    because: tuple
    causes: tuple = ()


class CauseFound(NamedTuple):
    """A named cause: its id, its family, and the findings behind it."""

    id: str
    family: str
    because: tuple


class Conclusions(NamedTuple):
    """What the rules concluded from one set of answers."""

    triage: str
    triage_because: tuple
    emergency_signs: tuple = ()
    causes: tuple = ()  # named causes, most reasons first


class Assessment(NamedTuple):
    """An assessment: the conclusions, every cause to name (those of the signs first), and what to ask next."""

    triage: str
    triage_because: tuple
    emergency_signs: tuple  # of SignFound, most urgent first
    causes: tuple  # of CauseFound
    next_question: str | None  # None: no answer can change the outcome
    findings: dict  # the answers the rules saw (group answers and implied yeses filled in)
    screening: str | None = None  # the level the next question screens for (call_emergency, then
    # emergency_department), None once no answer left could call for either

    @property
    def finished(self):
        return self.next_question is None

    def as_dict(self):
        """The JSON form of `legcheck assess` (README): ids only."""
        return {
            "triage": self.triage,
            "emergency_signs": [{"id": s.id, "because": list(s.because), "causes": list(s.causes)}
                                for s in self.emergency_signs],
            "causes": [{"id": c.id, "family": c.family, "because": list(c.because)} for c in self.causes],
            "next_question": self.next_question,
        }
