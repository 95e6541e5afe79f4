"""What the rules can conclude, read off the rules themselves: the one source the interview is derived from.

Every rule that carries a `Conclusion` (legcheck.rules.base.concludes) becomes a `RuleInfo`: the findings it
tests with the answers it accepts, and what it concludes.  Adding a rule therefore adds what the interview
asks; nothing here is written by hand.
"""
import inspect
from typing import NamedTuple

from experta import Rule

from .base import Conclusion
from .engine import LegCheckEngine
from .facts import NO_OR_UNSURE, YES_OR_UNSURE, Finding
from .groups import GROUPS, RETIRED
from .vocabulary import EMERGENCY_DEPARTMENT, URGENCY

ACCEPTS = {True: frozenset({True}), False: frozenset({False}), YES_OR_UNSURE: frozenset({True, None}),
           NO_OR_UNSURE: frozenset({False, None})}


class RuleInfo(NamedTuple):
    name: str
    requires: tuple  # ((finding id, frozenset of the answers it accepts), ...)
    conclusion: Conclusion

    @property
    def findings(self):
        return tuple(finding for finding, _ in self.requires)

    def open_given(self, answers):
        """Could still fire: no answer so far rules it out."""
        return all(answers.get(finding, accepted) in accepted if finding in answers else True
                   for finding, accepted in self.requires)

    def unanswered(self, answers):
        return [finding for finding in self.findings if finding not in answers]


def _patterns(element):
    """Every Finding pattern in a rule's left-hand side, however deeply nested."""
    if isinstance(element, Finding):
        yield element
    elif isinstance(element, tuple):
        for child in element:
            yield from _patterns(child)


def _accepts(value):
    for key, accepted in ACCEPTS.items():
        if value is key or (not isinstance(value, bool) and value == key):
            return accepted
    raise TypeError(f"a Finding pattern must ask for a yes or a no, not {value!r}")


def read_rules(engine_class=LegCheckEngine):
    """RuleInfo for every rule of `engine_class` that says what it concludes."""
    rules = []
    for name, rule in inspect.getmembers(engine_class, lambda member: isinstance(member, Rule)):
        conclusion = getattr(rule, "conclusion", None)
        if conclusion is None:
            continue
        requires = tuple((pattern["id"], _accepts(pattern["value"])) for pattern in _patterns(rule))
        rules.append(RuleInfo(name, requires, conclusion))
    return tuple(rules)


RULES = read_rules()
TESTED = frozenset(finding for rule in RULES for finding in rule.findings)
# finding -> every answer some rule can match: an answer no rule can match need not be declared at all.
MATCHABLE = {finding: frozenset().union(*(accepted for rule in RULES for f, accepted in rule.requires
                                          if f == finding)) for finding in TESTED}


def _alone_levels():
    """{finding: the most urgent level a yes to it supports on its own (rules that test nothing else)}."""
    levels = {}
    for rule in RULES:
        if len(rule.requires) == 1 and True in rule.requires[0][1] and rule.conclusion.supports:
            levels.setdefault(rule.requires[0][0], set()).add(rule.conclusion.supports)
    return {finding: max(found, key=URGENCY.__getitem__) for finding, found in levels.items()}


ALONE = _alone_levels()


def alone_level(finding):
    """The level a yes to `finding` supports on its own (rules that test nothing else), or None."""
    return ALONE.get(finding)


def _action_groups():
    """Groups whose members each call for the same emergency level on their own: a yes to the group gives
    that advice at once.  Any other yes is followed up, member by member."""
    groups = set()
    for group, members in (GROUPS | RETIRED).items():
        levels = {alone_level(member) for member in members}
        if len(levels) == 1 and URGENCY.get(levels.pop(), 0) >= URGENCY[EMERGENCY_DEPARTMENT]:
            groups.add(group)
    return frozenset(groups)


ACTION_GROUPS = _action_groups()
