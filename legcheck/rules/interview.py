"""The next question, derived from the rules (legcheck.rules.knowledge), never from a table of its own.

1. The screen first, grouped by the action a yes leads to: the signs that call for an ambulance, then any
   other rule that could still call for one, then the same for the emergency department.  A yes to a screen
   group gives its advice at once (legcheck.rules.groups), and an emergency sign ends the interview: by then no
   answer left could make it more urgent.
2. Then what can still make the advice more urgent: the rules still open (no answer rules them out) that
   support a more urgent level than today's.  The most urgent first; among those, the question closest to
   completing a rule, then the one that settles the most of them with one answer (a group question settles
   all its members' rules with a no).
3. While nothing explains the weakness, what could show an everyday cause; while no cause is named, the
   question that best splits the causes the open rules can still name (the largest expected reduction in
   uncertainty, each cause taken as equally likely), at most CAUSE_BUDGET of them.
The interview stops when no answer can change the level and a cause is named, or the budget is spent.  Since
every rule fires on "I don't know" as on the answer it asks for, stopping can never leave the advice less
urgent than knowing every answer (tests/test_properties.py).
"""
import math
from typing import NamedTuple

from .groups import COVERS, GROUPS, GROUPS_OF, SCREENS, answered
from .knowledge import RULES, TESTED
from .vocabulary import CAUSES, FINDINGS, SELF_CARE, URGENCY

CAUSE_BUDGET = 6
ORDER = {finding: i for i, finding in enumerate(FINDINGS)}
# Findings that only ever name a cause: asking them cannot change how urgent the advice is.
LEVEL_FINDINGS = frozenset(f for rule in RULES if rule.conclusion.level for f in rule.findings)
CAUSE_ONLY = TESTED - LEVEL_FINDINGS
CAUSE_QUESTIONS = CAUSE_ONLY | {group for group, members in GROUPS.items() if set(members) <= CAUSE_ONLY}
# rule name -> the screen question whose words also ask about it (groups.COVERS)
_PAIRS = {frozenset(pair): group for group, pairs in COVERS.items() for pair in pairs}
SCREENED_BY = {rule.name: _PAIRS[frozenset(rule.findings)] for rule in RULES if frozenset(rule.findings) in _PAIRS}
_LEVELLED = [(rule, URGENCY[rule.conclusion.supports]) for rule in RULES if rule.conclusion.supports]


class Step(NamedTuple):
    """The next question (a finding or group id; None when no answer can change the outcome) and the level
    whose screen it belongs to (CALL or EMERGENCY_DEPARTMENT while screening for them, else None)."""

    question: str | None
    screening: str | None = None


def _raising(raw, answers, level, at_least=SELF_CARE):
    """The rules still open that support a level more urgent than `level` (and at least `at_least`), less
    those a "no" to a screen question already asked about."""
    floor = max(URGENCY[level] + 1, URGENCY[at_least])
    return [rule for rule, urgency in _LEVELLED if urgency >= floor
            and rule.open_given(answers) and raw.get(SCREENED_BY.get(rule.name)) is not False]


def _candidates(rules, raw, answers):
    """{question: the unanswered findings it asks about} for the findings `rules` still need: each finding,
    and its group's question while the group is unanswered."""
    wanted = {finding for rule in rules for finding in rule.unanswered(answers)}
    candidates = {finding: (finding,) for finding in wanted}
    for finding in wanted:
        for group in GROUPS_OF.get(finding, ()):
            if not answered(group, raw) and not _opened(group, raw):
                candidates[group] = tuple(member for member in GROUPS[group] if member in wanted)
    return candidates


def _opened(group, raw):
    """Is `group` answered yes or "I don't know", or is one of its members (so that asking it again would be
    odd: someone who said their calves cramp is not asked whether they have any pain or cramps)?"""
    return any(raw.get(question, False) is not False for question in (group, *GROUPS[group]))


def _follows_up(question, raw):
    """Does `question` ask about members of a group that is open (`_opened`): its follow-up?"""
    members = GROUPS.get(question, (question,))
    return any(group != question and _opened(group, raw)
               for member in members for group in GROUPS_OF.get(member, ()))


def _index(rules):
    """{finding: indexes of the rules in `rules` that test it}."""
    index = {}
    for number, rule in enumerate(rules):
        for finding in rule.findings:
            index.setdefault(finding, set()).add(number)
    return index


def _most_useful(rules, raw, answers):
    """The question about `rules` (which may each raise the level): the most urgent level first, then the
    question closest to completing a rule, then the one that settles the most open rules with one answer (a
    group question settles every rule of its unanswered members with a no); a finding's own question before
    its group's when both settle as much."""
    candidates = _candidates(rules, raw, answers)
    urgency = [URGENCY[rule.conclusion.supports] for rule in rules]
    missing = [len(rule.unanswered(answers)) for rule in rules]
    needing = _index(rules)
    settling = _index([rule for rule in RULES if rule.open_given(answers) and rule.unanswered(answers)])

    def score(question):
        touched = set().union(*(needing.get(member, ()) for member in candidates[question]))
        top = max(urgency[number] for number in touched)
        at_top = [number for number in touched if urgency[number] == top]
        closest = max(-missing[number] for number in at_top)
        everything = [member for member in GROUPS.get(question, (question,)) if member not in answers]
        settles = len(set().union(*(settling.get(member, ()) for member in everything)))
        return top, _follows_up(question, raw), closest, len(at_top), settles, question not in GROUPS, \
            -ORDER[question]

    return max(candidates, key=score, default=None)


def _entropy(share):
    return 0.0 if share in (0, 1) else -(share * math.log2(share) + (1 - share) * math.log2(1 - share))


def _best_split(rules, raw, answers):
    """The question that best splits the causes `rules` can still name: each cause taken as equally likely,
    and as needing the findings its rules test, and "none of them" as likely as all of them together, the one
    whose answer is expected to tell the most (a yes or "I don't know" to a finding a cause needs keeps it
    possible, a no rules it out); the follow-up of a group answered yes first; then the one closest to naming
    a cause."""
    named_by = {}
    for rule in rules:
        for cause in rule.conclusion.causes:
            named_by.setdefault(cause, []).append(rule)
    candidates = _candidates(rules, raw, answers)

    def needs(rule, members):
        return any(finding in members and False not in accepted for finding, accepted in rule.requires)

    def score(question):
        members = set(candidates[question])
        ruled_out = sum(1 for found in named_by.values() if all(needs(rule, members) for rule in found))
        closest = max(-len(rule.unanswered(answers)) for rule in rules if members & set(rule.findings))
        return _follows_up(question, raw), _entropy(ruled_out / (2 * len(named_by))), closest, question not in GROUPS, \
            -ORDER[question]

    return max(candidates, key=score, default=None)


def _naming(answers, everyday_only):
    """The open rules that could still name a cause (an everyday one only, if `everyday_only`)."""
    return [rule for rule in RULES if rule.conclusion.causes and rule.open_given(answers)
            and rule.unanswered(answers)
            and (not everyday_only or any(CAUSES[c] == "temporary" for c in rule.conclusion.causes))]


def next_step(raw, answers, conclusions):
    """The next question, or Step(None) when no answer can change the outcome.

    `raw` are the answers as given, `answers` the same with group answers and implied yeses filled in.
    """
    if conclusions.emergency_signs:
        return Step(None)
    for level, screen in SCREENS.items():
        for question in screen:
            if not answered(question, raw) and not answered(question, answers):
                return Step(question, level)
        still_open = _raising(raw, answers, conclusions.triage, at_least=level)
        if still_open:
            return Step(_most_useful(still_open, raw, answers), level)
    raising = _raising(raw, answers, conclusions.triage)
    if raising:
        return Step(_most_useful(raising, raw, answers))
    budget = CAUSE_BUDGET - sum(1 for question in raw if question in CAUSE_QUESTIONS)
    naming = _naming(answers, everyday_only=False)
    if not conclusions.causes and budget > 0 and any(_follows_up(q, raw) for q in _candidates(naming, raw, answers)):
        return Step(_best_split(naming, raw, answers))
    if conclusions.triage != SELF_CARE and not conclusions.triage_because:
        everyday = _naming(answers, everyday_only=True)
        if everyday:
            return Step(_best_split(everyday, raw, answers))
    if not conclusions.causes and budget > 0:
        return Step(_best_split(naming, raw, answers))
    return Step(None)
