"""How long something has been so, and how bad it is now, said in a clause of its own."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text, place", [
    ("I've had a bad back for years but tonight it's unbearable", "severe_back_pain"),
    ("my back's been playing up for ages but today it's agony", "severe_back_pain"),
    ("I've had a bad back for years but this is different, it's agony", "severe_back_pain"),
    ("my knee's been sore for a while but now it's excruciating", "severe_leg_pain"),
])
def test_a_clause_that_only_says_how_bad_takes_where_the_pain_before_it_is(text, place):
    assert understand(text).findings[place] is True


@pytest.mark.parametrize("text, finding", [
    ("my back hurts but it's not unbearable", "severe_back_pain"),
    ("the leg aches but it's not what you'd call severe", "severe_leg_pain"),
])
def test_pain_said_not_to_be_that_bad_is_pain_but_not_severe_pain(text, finding):
    findings = understand(text).findings
    assert findings[finding] is False
    assert True in findings.values()


@pytest.mark.parametrize("text", ["my back hurts, but the headache is unbearable",
                                  "my back aches but I've a fever, and honestly it's unbearable"])
def test_how_bad_said_of_something_else_or_after_other_words_takes_no_place(text):
    assert "severe_back_pain" not in understand(text).findings


@pytest.mark.parametrize("text", [
    "I've had diabetes for years", "she's on warfarin for her heart, has been for years",
    "I've had a bad back for years but tonight it's unbearable", "numb feet for years",
    "My sciatica's been bad for weeks and now my backside's gone numb",
])
def test_a_long_standing_condition_or_pain_says_nothing_of_how_the_weakness_came(text):
    assert "sudden_onset" not in understand(text).findings


@pytest.mark.parametrize("text", ["my legs have been weak for years", "it came on gradually",
                                  "it's been creeping up over months"])
def test_weakness_that_came_slowly_is_not_sudden(text):
    assert understand(text).findings["sudden_onset"] is False
