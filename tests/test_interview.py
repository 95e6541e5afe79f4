"""The interview is derived from the rules: the screen first, grouped by the action a yes leads to; then only
questions that can still change the outcome."""
from legcheck.rules import assess
from legcheck.rules.groups import FIRST_QUESTION, GROUPS, SCREEN, SCREENS
from legcheck.rules.knowledge import ACTION_GROUPS, RULES, alone_level
from legcheck.rules.vocabulary import FINDINGS, URGENCY

AMBULANCE = [finding for finding in FINDINGS if alone_level(finding) == "call_emergency"]


def asked_when_all_no():
    findings, asked = {}, []
    while (question := assess(findings).next_question) is not None:
        asked.append(question)
        findings[question] = False
    return asked


def test_the_ambulance_screen_comes_first_then_what_else_could_call_for_one_then_the_ed_screen():
    asked = asked_when_all_no()
    ambulance, ed = SCREENS["call_emergency"], SCREENS["emergency_department"]
    assert tuple(asked[:len(ambulance)]) == ambulance
    between = asked[len(ambulance):asked.index(ed[0])]
    assert all(alone_level(q) != "call_emergency" and q not in SCREEN for q in between)
    assert len(between) <= 2  # an injury (with back or neck pain): one or two questions
    start = asked.index(ed[0])
    assert tuple(asked[start:start + len(ed)]) == ed


def test_every_finding_that_alone_calls_for_an_ambulance_is_in_a_screen_question_before_the_rest():
    ambulance_questions = [q for q in SCREEN if alone_level(q) == "call_emergency" or any(
        alone_level(member) == "call_emergency" for member in GROUPS.get(q, ()))]
    covered = {member for q in ambulance_questions for member in GROUPS.get(q, (q,))}
    assert set(AMBULANCE) <= covered
    assert SCREEN[:len(ambulance_questions)] == tuple(ambulance_questions)


def test_every_screen_group_is_an_action_group_and_a_yes_gives_its_advice_at_once():
    for group in SCREEN:
        if group not in GROUPS:
            continue
        assert group in ACTION_GROUPS
        (level,) = {alone_level(member) for member in GROUPS[group]}
        for answer in (True, None):  # "I don't know" is never less urgent than a yes
            result = assess({group: answer})
            assert result.triage == level
            assert result.emergency_signs and result.next_question is None


def test_a_no_to_an_umbrella_question_answers_its_group():
    findings = dict.fromkeys(SCREEN, False)
    for group in ("leg_or_back_pain", "other_changes", "fever_or_unwell"):
        members = set(GROUPS[group])
        asked = set()
        answers = {**findings, group: False}
        while (question := assess(answers).next_question) is not None:
            asked.add(question)
            answers[question] = False
        assert not asked & members, group


def test_a_yes_to_an_umbrella_question_is_followed_up_inside_it_at_once():
    findings = {**dict.fromkeys(SCREEN, False), "leg_or_back_pain": True}
    asked = []
    while (question := assess(findings).next_question) is not None:
        asked.append(question)
        findings[question] = False
    inside = set(GROUPS["leg_or_back_pain"])
    assert "leg_or_back_pain" not in asked
    assert set(GROUPS.get(asked[0], (asked[0],))) <= inside  # the next question asks what the yes was about
    assert "severe_pain_or_swelling" in asked  # the members that can change the level are all asked about


def test_every_question_asked_after_the_screen_could_still_change_the_outcome():
    findings = dict.fromkeys(SCREEN, False)
    while (question := assess(findings).next_question) is not None:
        before = assess(findings)
        members = GROUPS.get(question, (question,))
        could = any(rule.open_given(before.findings) and set(members) & set(rule.findings) for rule in RULES)
        assert could, question
        findings[question] = False


def test_once_every_answer_that_could_raise_the_level_is_in_the_interview_stops_with_a_cause():
    findings = {**dict.fromkeys(SCREEN, False), "hard_exercise": True, "muscle_pain": True}
    while (question := assess(findings).next_question) is not None:
        findings[question] = False
    result = assess(findings)
    assert result.triage == "self_care" and [c.id for c in result.causes] == ["overexertion"]
    assert URGENCY[result.triage] == min(URGENCY.values())


def test_the_first_question_is_what_the_rules_ask_with_no_answers():
    result = assess({})
    assert result.next_question == FIRST_QUESTION and not result.emergency_signs
