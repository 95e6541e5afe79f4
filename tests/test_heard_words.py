"""Words as a recogniser hears them, and as people with English as a second language say them
(legcheck/lexicon/heard.py): put right only where the words around them leave no doubt."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text, finding", [
    ("after he had the flew his feet went week and now it's going up his legs", "spreading_up"),
    ("i've got a pane in me chest", "chest_pain"),
    ("my chest is tight and my hart is racing", "palpitations"),
    ("can't feel my bottom and i lost control of my bowls", "bladder_bowel"),
    ("she takes the war farin for her heart", "blood_thinners"),
    ("she have the tie roid problem", "thyroid"),
    ("me neck is really saw", "neck_pain"),
    ("he can't we since last night", "cant_pee"),
])
def test_a_word_misheard_as_its_homophone_is_read_as_meant(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text, finding", [
    ("she is so exhausted she is not sleeping good", "poor_sleep"),
    ("she don't eat nothing today skip breakfast and lunch", "low_sugar_signs"),
    ("i have no air it is hard to take breath", "breathing"),
    ("my arm is sleeping also and the leg is sleeping same side since today", "face_or_arm"),
])
def test_a_second_languages_grammar_is_read_as_meant_not_as_a_denial(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text", ["i was off work for a week", "Been on the tools all week lifting besser blocks",
                                  "I want to know what's wrong"])
def test_the_right_word_in_its_own_place_is_left_alone(text):
    findings = understand(text).findings
    assert "sudden_onset" not in findings and "cant_walk" not in findings


def test_no_feeling_of_numbness_denies_it_while_no_feeling_is_numbness():
    assert understand("no feeling of numbness in private area sensation is normal").findings == {
        "saddle_numbness": False}
    assert understand("there's no feeling in my feet").findings["numbness_tingling"] is True
