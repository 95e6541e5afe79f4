"""Safety properties of the rules and the interview, over answers hypothesis makes up."""
from hypothesis import given, settings
from hypothesis import strategies as st

from legcheck.rules import assess
from legcheck.rules.groups import GROUPS
from legcheck.rules.vocabulary import FINDINGS, URGENCY
from vignettes import with_umbrellas

ANSWER = st.sampled_from([True, False, None])
FINDING = st.sampled_from(FINDINGS)
ANSWERS = st.dictionaries(FINDING, ANSWER, max_size=len(FINDINGS))
MEMBERS = [finding for finding in FINDINGS if finding not in GROUPS]
# A whole person: an answer to everything, the group questions answered as their members imply.
WHOLE_PERSON = st.fixed_dictionaries({finding: ANSWER for finding in MEMBERS}).map(with_umbrellas)


def urgency(findings):
    return URGENCY[assess(findings).triage]


@settings(max_examples=300, deadline=None)
@given(ANSWERS, FINDING)
def test_i_dont_know_is_never_less_urgent_than_yes_or_no(findings, finding):
    unsure = urgency({**findings, finding: None})
    assert unsure >= urgency({**findings, finding: True})
    assert unsure >= urgency({**findings, finding: False})


@settings(max_examples=100, deadline=None)
@given(WHOLE_PERSON, FINDING)
def test_i_dont_know_is_never_less_urgent_for_a_whole_person(person, finding):
    unsure = urgency({**person, finding: None})
    assert unsure >= urgency({**person, finding: True}) and unsure >= urgency({**person, finding: False})


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_every_named_cause_and_sign_has_reasons_that_were_answered(findings):
    result = assess(findings)
    for conclusion in result.causes + result.emergency_signs:
        assert conclusion.because
        assert all(finding in result.findings for finding in conclusion.because)
    for sign in result.emergency_signs:
        assert {cause.id for cause in result.causes} >= set(sign.causes)


@settings(max_examples=300, deadline=None)
@given(ANSWERS)
def test_next_question_is_never_one_already_answered(findings):
    result = assess(findings)
    question = result.next_question
    if question is not None:
        assert question in FINDINGS and question not in findings and question not in result.findings
        assert not all(member in result.findings for member in GROUPS.get(question, (None,)))


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_an_emergency_sign_stops_the_questions(findings):
    result = assess(findings)
    if result.emergency_signs:
        assert result.next_question is None
        assert result.triage in ("call_emergency", "emergency_department")


def interview(person):
    """Ask as the interview asks, answer as `person` would; the answers given."""
    findings = {}
    for _ in range(len(FINDINGS) + 1):
        question = assess(findings).next_question
        if question is None:
            return findings
        findings[question] = person[question]
    raise AssertionError("the interview asked more questions than there are findings")


@settings(max_examples=200, deadline=None)
@given(WHOLE_PERSON)
def test_the_interview_ends_and_is_never_less_urgent_than_all_answers_known(person):
    assert urgency(interview(person)) >= urgency(person)


@settings(max_examples=60, deadline=None)
@given(WHOLE_PERSON, st.sampled_from(MEMBERS))
def test_an_unsure_person_is_never_told_less_than_a_sure_one(person, finding):
    sure = {**person, finding: True}
    unsure = with_umbrellas({**person, finding: None})
    assert urgency(interview(unsure)) >= urgency(interview(with_umbrellas(sure)))
