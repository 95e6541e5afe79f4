"""Speech as a device hands it over: no commas, fillers, one long sentence that changes subject and place."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text, finding", [
    ("i was on the bus coming back from town about twenty minutes ago and um i got this tightness right across "
     "my chest", "chest_pain"),
    ("she went down in the garden and er she can't stand at all", "cant_get_up"),
])
def test_a_filler_in_the_middle_does_not_hide_where_a_clause_starts(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text", ["she is not talking properly", "he isn't speaking clearly since lunch",
                                  "my grandmother is not talking clearly since afternoon"])
def test_not_talking_properly_is_trouble_speaking(text):
    assert understand(text).findings["speech_or_vision"] is True


@pytest.mark.parametrize("text, denied, said", [
    ("there is no chest pain and no breathing problem only my leg muscles are paining", "chest_pain", "muscle_pain"),
    ("she is not confused she is knowing everything only she is not able to stand after the fall", "new_confusion",
     "cant_get_up"),
])
def test_a_negation_does_not_reach_past_only_and_a_new_subject(text, denied, said):
    findings = understand(text).findings
    assert (findings[denied], findings[said]) == (False, True)


@pytest.mark.parametrize("text", ["i can't stand after the fall", "he fell and he can't stand at all",
                                  "she had a fall and can't stand even with me helping her"])
def test_cannot_stand_after_a_fall_is_a_fall_she_cannot_get_up_from(text):
    assert understand(text).findings["cant_get_up"] is True


def test_i_cant_stand_a_thing_is_not_a_fall():
    assert "cant_get_up" not in understand("I fell over last week, I can't stand the cold").findings


def test_a_relative_long_gone_named_in_a_story_about_someone_else_does_not_take_the_story_away():
    text = ("my grandma's been really confused since this afternoon she thinks it's nineteen seventy and she's asking "
            "for my grandpa who passed years ago")
    assert understand(text).findings["new_confusion"] is True
    assert understand("my grandpa had a stroke years ago").findings == {}


@pytest.mark.parametrize("text, denied, said", [
    ("my back doesn't hurt, my thighs ache something shocking", "back_pain", "severe_leg_pain"),
    ("me back doesn't hurt at all and me neck's fine it's just me thighs ache something shocking", "back_pain",
     "severe_leg_pain"),
])
def test_how_bad_one_place_is_is_not_said_of_a_place_denied_in_its_own_clause(text, denied, said):
    findings = understand(text).findings
    assert (findings[denied], findings[said]) == (False, True)
    assert findings.get("severe_back_pain") is not True  # a back that doesn't hurt is no severe back pain


@pytest.mark.parametrize("text", ["my leg isn't cold, it's just gone really pale",
                                  "the leg isn't swollen but it's in absolute agony"])
def test_a_place_denied_one_thing_keeps_what_is_said_of_it_after(text):
    assert True in understand(text).findings.values()


@pytest.mark.parametrize("text, denied", [
    ("no breathing trouble no swallowing trouble no headache", "sudden_headache"),
    ("uh no chest pain no headache breathing's fine", "breathing"),
])
def test_a_list_of_denials_without_commas_denies_each(text, denied):
    assert understand(text).findings[denied] is False


@pytest.mark.parametrize("text", ["I'm eating normally, swallowing's no bother", "Urine colour is normal only."])
def test_no_bother_and_a_topic_that_is_fine_keep_their_own_clause(text):
    assert False in understand(text).findings.values()


def test_a_doctor_who_changed_nothing_says_nothing_of_the_weakness():
    assert "getting_worse" not in understand("no new tablets the gp hasn't changed anything in months").findings


@pytest.mark.parametrize("text, finding", [
    ("from last one month he is losing weight without any reason and back is paining in night also", "back_pain"),
    ("no headache nothing only back is paining little", "back_pain"),
])
def test_a_no_said_of_something_else_does_not_reach_a_pain_said_after_it(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text, question, finding", [
    ("nan's suddenly confused and she's not making sense she was fine this morning", None, "new_confusion"),
    ("face is normal but left hand is feeling numb since morning", "face_or_arm", "face_or_arm"),
    ("without stick i cannot walk", "cant_walk", "cant_walk"),
    ("no numbness no tingling only cramps in night", None, "cramps_spasms"),
    ("not sudden it crept up over weeks", None, "getting_worse"),
])
def test_what_was_fine_before_or_is_done_without_help_is_no_denial_of_the_trouble_now(text, question, finding):
    assert understand(text, question).findings[finding] is True


def test_walking_without_a_stick_denies_trouble_walking():
    assert understand("i am walking without stick").findings["cant_walk"] is False
