"""Safety properties of the rules, over answers hypothesis makes up."""
from hypothesis import given, settings
from hypothesis import strategies as st

from legcheck.rules import assess
from legcheck.rules.emergency import EmergencyRules
from legcheck.rules.engine import _patterns
from legcheck.rules.facts import YES_OR_UNSURE
from legcheck.rules.temporary import TemporaryRules
from legcheck.rules.triage import TriageRules
from legcheck.rules.vocabulary import FINDINGS, URGENCY
from vignettes import with_umbrellas

ANSWER = st.sampled_from([True, False, None])
FINDING = st.sampled_from(sorted(FINDINGS))
ANSWERS = st.dictionaries(FINDING, ANSWER, max_size=len(FINDINGS))
# A whole person: an answer to everything, the umbrella questions answered as their members imply.
FULL_ANSWERS = st.fixed_dictionaries({finding: ANSWER for finding in FINDINGS}).map(with_umbrellas)



def findings_in(rules, value=None):
    return {
        pattern["id"]
        for rule in rules().get_rules()
        for pattern in _patterns(rule)
        if value is None or pattern.get("value") is value
    }


# The warning signs: every finding an emergency or triage rule fires on, except those that can also show
# an everyday cause (an injury: a sprain explains the weakness, and self-care may then be right).
WARNING_SIGNS = sorted(
    (findings_in(EmergencyRules, YES_OR_UNSURE) | findings_in(TriageRules, YES_OR_UNSURE))
    - findings_in(TemporaryRules, True)
)


def urgency(findings):
    return URGENCY[assess(findings).triage]


def test_warning_signs_are_the_ones_the_seed_names():
    assert {"sudden_onset", "breathing", "bladder_bowel", "fever", "getting_worse", "cant_walk"} <= set(
        WARNING_SIGNS)
    assert "injury" not in WARNING_SIGNS and "injury_severe" in WARNING_SIGNS


@settings(max_examples=300, deadline=None)
@given(ANSWERS, st.sampled_from(WARNING_SIGNS))
def test_yes_to_a_warning_sign_never_lowers_the_triage(findings, sign):
    assert urgency({**findings, sign: True}) >= urgency({**findings, sign: False})
    assert urgency({**findings, sign: True}) >= urgency({k: v for k, v in findings.items() if k != sign})


@settings(max_examples=300, deadline=None)
@given(ANSWERS, FINDING)
def test_unknown_is_never_less_urgent_than_no(findings, finding):
    assert urgency({**findings, finding: None}) >= urgency({**findings, finding: False})


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_every_named_cause_and_sign_has_a_reason(findings):
    result = assess(findings)
    for conclusion in result.causes + result.emergency_signs:
        assert conclusion["because"]
        assert all(finding in findings for finding in conclusion["because"])


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_next_question_is_never_one_already_answered(findings):
    question = assess(findings).next_question
    assert question is None or (question in FINDINGS and question not in findings)


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_an_emergency_sign_stops_the_questions(findings):
    result = assess(findings)
    if result.emergency_signs:
        assert result.next_question is None
        assert result.triage in ("call_emergency", "emergency_department")


@settings(max_examples=300, deadline=None)
@given(FULL_ANSWERS)
def test_the_interview_ends_and_never_under_triages(truth):
    findings = {}
    for _ in range(len(FINDINGS) + 1):
        question = assess(findings).next_question
        if question is None:
            break
        findings[question] = truth[question]
    else:
        raise AssertionError("the interview asked more questions than there are findings")
    assert urgency(findings) >= urgency(truth)
