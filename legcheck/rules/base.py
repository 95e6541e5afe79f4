"""Helpers shared by the rule mixins: turn the matched facts into reasons."""
from experta import KnowledgeEngine

from .facts import Cause, EmergencySign, Triage
from .vocabulary import CAUSES, EMERGENCY_SIGNS


def reasons(*findings):
    """The finding ids of the matched Finding facts, in the order the rule lists them."""
    return tuple(f["id"] for f in findings)


class RuleBase(KnowledgeEngine):
    """What every rule may conclude."""

    def emergency(self, sign, *findings):
        self.declare(EmergencySign(id=sign, level=EMERGENCY_SIGNS[sign][0], because=reasons(*findings)))

    def cause(self, cause, *findings):
        self.declare(Cause(id=cause, family=CAUSES[cause][0], because=reasons(*findings)))

    def triage(self, level, *findings):
        self.declare(Triage(level=level, because=reasons(*findings)))
