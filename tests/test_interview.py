"""The interview: its table matches the rules, the screen comes first, and it stops when it should."""
from hypothesis import given, settings
from hypothesis import strategies as st

from legcheck.rules import assess
from legcheck.rules.interview import QUESTIONS, SCREEN
from legcheck.rules.vocabulary import EMERGENCY_SIGNS, FINDINGS, URGENCY

ANSWERS = st.dictionaries(st.sampled_from(sorted(FINDINGS)), st.sampled_from([True, False, None]))


def test_every_finding_is_asked_about_exactly_once_in_the_table():
    assert sorted(QUESTIONS) == sorted(FINDINGS)


@settings(max_examples=400, deadline=None)
@given(ANSWERS, st.sampled_from(sorted(FINDINGS)))
def test_the_table_bounds_what_a_yes_can_do(findings, finding):
    level, causes = QUESTIONS[finding]
    yes, no = assess({**findings, finding: True}), assess({**findings, finding: False})
    if URGENCY[yes.triage] > URGENCY[no.triage]:
        assert level is not None and URGENCY[level] >= URGENCY[yes.triage]
    assert {c["id"] for c in yes.causes} - {c["id"] for c in no.causes} <= causes


def test_the_screen_comes_first_in_order():
    findings, asked = {}, []
    for _ in SCREEN:
        question = assess(findings).next_question
        asked.append(question)
        findings[question] = False
    assert tuple(asked) == SCREEN


def test_every_ambulance_sign_is_in_the_screen():
    ambulance = {sign for sign, (level, _) in EMERGENCY_SIGNS.items() if level == "call_emergency"}
    for sign in ambulance:
        result = None
        for finding in SCREEN:
            result = assess({finding: True})
            if result.emergency_signs and result.emergency_signs[0]["id"] == sign:
                break
        assert result.emergency_signs[0]["id"] == sign, sign


def test_nothing_is_asked_once_the_screen_is_clear_and_it_is_already_an_emergency_department_case():
    findings = dict.fromkeys(SCREEN, False) | {"dark_urine": True}
    assert assess(findings).next_question is None


def test_an_everyday_cause_is_only_self_care_once_the_warning_signs_are_ruled_out():
    findings = dict.fromkeys(SCREEN, False) | {"hard_exercise": True}
    result = assess(findings)
    assert result.triage == "self_care"
    assert result.next_question is not None  # the warning signs are still to be asked


def test_an_umbrella_question_is_skipped_when_they_already_said_yes_to_one_of_its_members():
    findings = dict.fromkeys(SCREEN, False) | {"dark_urine": False, "fever_or_unwell": False,
                                               "injury": False, "leg_or_back_pain": False,
                                               "worse_or_unsteady": False, "numbness_tingling": True}
    assert assess(findings).next_question == "comes_and_goes"


def test_a_no_to_an_umbrella_question_answers_its_group():
    findings = dict.fromkeys(SCREEN, False) | {"dark_urine": False, "fever_or_unwell": False}
    asked = assess(findings).next_question
    assert asked == "injury"
    assert assess(findings | {"fever_or_unwell": None}).next_question == "fever"
