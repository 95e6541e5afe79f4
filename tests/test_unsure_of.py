"""What a person says they do not know about ("I haven't looked at my pee") is "I don't know" to the finding it is
about (a finding's `unsure_of` recipes), which the rules treat as the more urgent answer; what is said of a finding
otherwise stands."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text, finding", [
    ("haven't checked the colour of me wee", "dark_urine"),
    ("No, but I don't really look at my pee.", "dark_urine"),
    ("not sure i haven't looked at his foot properly", "cold_leg"),
    ("No, but I don't really check down there.", "saddle_numbness"),
    ("not sure if it's swollen", "calf_swelling"),
    ("not sure if it's both legs or one", "one_leg"),
    ("It might have been sudden, might not. She lives alone so nobody saw it happen.", "sudden_onset"),
])
def test_not_knowing_about_what_a_finding_is_about_is_unsure_of_it(text, finding):
    assert understand(text).findings[finding] is None


@pytest.mark.parametrize("text, finding", [
    ("my wee is a normal colour", "dark_urine"),
    ("Maybe a cold, I'm not sure.", "cold_leg"),  # a cold is an illness, not a cold foot
    ("Might be a wee bit, hard to say.", "dark_urine"),  # "a wee bit" is not pee
    ("He might have had a fever overnight, I never took his temperature.", "sudden_onset"),
])
def test_words_that_are_not_unsure_of_the_finding_leave_it(text, finding):
    assert understand(text).findings.get(finding, "unsaid") is not None


def test_what_is_said_of_one_finding_stands_beside_not_knowing_about_another():
    findings = understand("his pee is dark like cola. i don't know about his feet").findings
    assert (findings["dark_urine"], findings["cold_leg"]) == (True, None)


@pytest.mark.parametrize("text, finding", [
    ("I don't think so, but I'm not sure, I've not taken her temperature.", "fever"),
    ("I don't think there is any weight loss, but we have not weighed him.", "weight_loss"),
    ("He says no numbness, but honestly he doesn't always notice things like that.", "numbness_tingling"),
])
def test_a_denial_given_with_the_reason_it_cannot_be_known_is_unsure(text, finding):
    assert understand(text).findings[finding] is None
