"""The next question, derived from the rules (legcheck.rules.knowledge), never from a table of its own.

1. The screen first, grouped by the action a yes leads to: the signs that call for an ambulance, then any
   other rule that could still call for one (an injury with back pain), then the same for the emergency
   department.  A yes to a screen group gives its advice at once (legcheck.rules.groups), and an emergency sign
   ends the interview: by then no answer left could make it more urgent.
2. Then what can still make the advice more urgent: a question is asked while some rule that tests it is still
   open (no answer rules it out) and supports a more urgent level than today's.  The most urgent possibility
   first; among equals, the rule closest to firing.  A group question stands for two or more such members.
3. While nothing explains the weakness, what could show an everyday cause; while no cause is named, a few
   questions that could name one (at most CAUSE_BUDGET).
The interview stops when no answer can change the level and a cause is named, or the budget is spent.  Since
every rule fires on "I don't know" as on the answer it asks for, stopping can never leave the advice less
urgent than knowing every answer (tests/test_properties.py).
"""
from .groups import GROUP_OF, GROUPS
from .knowledge import RULES, TESTED
from .vocabulary import CALL, CAUSES, EMERGENCY_DEPARTMENT, FINDINGS, SELF_CARE, URGENCY

# level -> the screen questions for it, asked in this order
SCREENS = {
    CALL: ("stroke_signs_now", "heart_lung_head", "fallen_or_confused"),
    EMERGENCY_DEPARTMENT: ("spine_nerves", "spreading_dark_or_cold", "head_injury"),
}
SCREEN = SCREENS[CALL] + SCREENS[EMERGENCY_DEPARTMENT]
CAUSE_BUDGET = 6
ORDER = {finding: i for i, finding in enumerate(FINDINGS)}
# Findings that only ever name a cause: asking them cannot change how urgent the advice is.
LEVEL_FINDINGS = frozenset(f for rule in RULES if rule.conclusion.level for f in rule.findings)
CAUSE_ONLY = TESTED - LEVEL_FINDINGS


def _answered(question, answers):
    members = GROUPS.get(question, ())
    return question in answers or (members and all(member in answers for member in members))


def _raising(answers, level, at_least=SELF_CARE):
    """{finding: (urgency it could reach, unanswered findings of that rule)} for findings whose answer could
    still make the advice more urgent than `level` (and at least `at_least`)."""
    found = {}
    for rule in RULES:
        supports = rule.conclusion.supports
        if not supports or URGENCY[supports] <= URGENCY[level] or URGENCY[supports] < URGENCY[at_least]:
            continue
        if not rule.open_given(answers):
            continue
        missing = rule.unanswered(answers)
        for finding in missing:
            best = found.get(finding)
            candidate = (URGENCY[supports], -len(missing))
            if best is None or candidate > best:
                found[finding] = candidate
    return found


def _naming(answers, everyday_only):
    """{finding: closeness} for unanswered findings of open rules that could name a cause."""
    found = {}
    for rule in RULES:
        causes = rule.conclusion.causes
        if not causes or not rule.open_given(answers):
            continue
        if everyday_only and not any(CAUSES[c] == "temporary" for c in causes):
            continue
        missing = rule.unanswered(answers)
        for finding in missing:
            found[finding] = max(found.get(finding, -99), -len(missing))
    return found


def _best(candidates, raw):
    """The question to ask for the best of `candidates` ({finding: score}): the finding, or its group's
    question when two or more of the group's unanswered members are candidates too."""
    if not candidates:
        return None
    finding = max(candidates, key=lambda f: (candidates[f], -ORDER[f]))
    group = GROUP_OF.get(finding)
    if group and group not in raw and sum(1 for m in GROUPS[group] if m in candidates) >= 2:
        return group
    return finding


def next_question(raw, answers, conclusions):
    """The finding (or group) to ask about next, or None when no answer can change the outcome.

    `raw` are the answers as given, `answers` the same with group answers and implied yeses filled in.
    """
    if conclusions.emergency_signs:
        return None
    for level, screen in SCREENS.items():
        for question in screen:
            if not _answered(question, raw) and not _answered(question, answers):
                return question
        still_open = _raising(answers, conclusions.triage, at_least=level)
        if still_open:
            return _best(still_open, raw)
    raising = _raising(answers, conclusions.triage)
    if raising:
        return _best(raising, raw)
    if conclusions.triage != SELF_CARE and not conclusions.triage_because:
        everyday = _naming(answers, everyday_only=True)
        if everyday:
            return _best(everyday, raw)
    budget = CAUSE_BUDGET - sum(1 for finding in raw if finding in CAUSE_ONLY)
    if not conclusions.causes and budget > 0:
        return _best(_naming(answers, everyday_only=False), raw)
    return None
