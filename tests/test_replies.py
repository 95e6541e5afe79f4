"""Replies that say yes or no only to the question they answer ("the right one" to "is it only one leg?",
"getting better" to "is it getting worse?"), and what a reply about how bad something is says of the wider finding.
"""
import pytest

from legcheck.skill.entry import lambda_handler
from legcheck.skill.resolver import NOTHING, understand
from tests.envelopes import attributes_of, load

pytestmark = pytest.mark.usefixtures("no_skill_id")


@pytest.mark.parametrize("text, question, answer", [
    ("the right one", "one_leg", True),
    ("just the left", "one_leg", True),
    ("Both legs, though the right is worse.", "one_leg", False),
    ("Just like that, out of the blue.", "sudden_onset", True),
    ("For a few minutes, then it was fine.", "sudden_then_gone", True),
    ("bit worse", "getting_worse", True),
    ("getting better", "getting_worse", False),
    ("It's a bit better today, actually, better than yesterday.", "getting_worse", False),
    ("Getting better.", "injury_severe", False),
    ("it's there all the time", "comes_and_goes", False),
    ("cramp up ease when i stop", "pain_walking", True),
    ("About ten pounds. He's not trying.", "weight_loss", True),
    ("It's going really fast, I can feel it in his wrist.", "palpitations", True),
    ("pale, normal", "dark_urine", False),
])
def test_a_reply_true_only_of_the_question_asked_answers_it(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, question", [
    ("the right one", "sudden_onset"), ("getting better", "injury"), ("it's there all the time", "one_leg"),
    ("alexa set a timer for ten minutes", "sudden_then_gone"),
    ("The power went out for a minute and then came back on", "sudden_then_gone"),
    ("Mostly the right, but the left's a bit off too.", "one_leg"),
    ("The scales at the deli charged me for half a kilo extra.", "weight_loss"),
    ("her face is pale", "dark_urine"), ("The tomato plants have gone all yellow", "dark_urine"),
])
def test_a_reply_says_nothing_to_any_other_question_nor_when_it_only_sounds_like_one(text, question):
    assert understand(text, question).answer is NOTHING


@pytest.mark.parametrize("text, question, wider", [
    ("just a dull ache", "severe_back_pain", "back_pain"),
    ("no it's mild", "severe_back_pain", "back_pain"),
    ("It aches a bit, but nothing I can't put up with.", "severe_leg_pain", "muscle_pain"),
])
def test_pain_said_to_be_mild_is_no_to_severe_pain_and_yes_to_the_pain(text, question, wider):
    heard = understand(text, question)
    assert heard.answer is False
    assert heard.findings[wider] is True


@pytest.mark.parametrize("text", ["no back pain at all", "my back doesnt hurt at all"])
def test_no_pain_at_all_is_no_to_severe_pain(text):
    assert understand(text, "severe_back_pain").answer is False


def test_the_words_after_a_no_are_read_as_a_reply_to_the_question_asked():
    envelope = load("NoButIntent", attributes={"question": "poor_sleep", "findings": {}})
    envelope["request"]["intent"]["slots"]["description"] = {"name": "description", "value": "sleep like a log",
                                                             "confirmationStatus": "NONE"}
    assert attributes_of(lambda_handler(envelope, None))["findings"]["poor_sleep"] is False


def test_no_not_and_the_words_after_it_is_never_a_yes():
    from legcheck.chat import nlu
    from tests.phrasings import Case
    from tests.test_phrasings import by_chat

    assert nlu.matcher_for("en-US").understand("no not in the back or the legs").intent != "NoButIntent"
    score = by_chat(Case("answers", "no not in the back or the legs", "leg_or_back_pain", False, {}, "en-US"))
    assert score.right and not score.negated_read_as_yes


@pytest.mark.parametrize("text, question", [
    ("no diabetes and my kidneys are fine", "long_term_condition"),
    ("No cancer, and my weight's steady.", "cancer_weight_or_autoimmune"),
    ("Nothing's hurting. No cramps, no swelling.", "leg_or_back_pain"),
])
def test_two_members_of_an_everyday_group_denied_is_a_no_to_the_group(text, question):
    assert understand(text, question).answer is False


def test_members_of_a_screen_question_denied_leave_the_others_to_be_asked():
    assert understand("no falls no bumps", "fallen_or_confused").answer is NOTHING
    assert understand("no face drooping, no slurring", "stroke_signs_now").answer is NOTHING


@pytest.mark.parametrize("text, question", [
    ("not that i can think of", "everyday_factors"), ("nobody that i know of", "family_muscle_disease"),
    ("never been told I have one", "thyroid"), ("nothing I've noticed down there", "saddle_numbness"),
    ("Can't say I've noticed any.", "cramps_spasms"), ("not lately", "recent_infection"),
    ("none of those things", "other_changes"), ("nothing in the chest", "chest_pain"),
])
def test_a_no_said_as_nothing_noticed_or_known_is_a_no(text, question):
    assert understand(text, question).answer is False


def test_a_reply_to_one_member_of_a_group_answers_that_member_only():
    heard = understand("yes, I get about fifty yards and have to stop, then it eases off", "aches_cramps_or_walking")
    assert heard.answer is True and heard.findings["pain_walking"] is True
    heard = understand("No, if anything it's getting better.", "worse_or_unsteady")
    assert heard.findings == {"getting_worse": False}


@pytest.mark.parametrize("text, question, answer", [
    ("it's agony", "severe_pain_or_swelling", True),
    ("The pain's unbearable, I can't get comfortable at all.", "severe_pain_or_swelling", True),
    ("they ache something terrible", "aches_cramps_or_walking", True),
    ("it hurts a bit I suppose", "leg_or_back_pain", True),
    ("not severe no and no swelling", "severe_pain_or_swelling", False),
    ("no pain at all", "leg_or_back_pain", False),
])
def test_how_much_it_hurts_said_of_no_place_answers_a_question_about_pain(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, question", [("my chest is agony", "severe_pain_or_swelling"),
                                            ("my head is killing me", "leg_or_back_pain")])
def test_pain_said_of_a_place_the_question_does_not_ask_about_does_not_answer_it(text, question):
    assert understand(text, question).answer is NOTHING


def test_a_no_then_words_of_pain_to_a_question_about_pain_is_unsure_never_a_yes():
    assert understand("no, but it's agony", "severe_pain_or_swelling").answer is None


@pytest.mark.parametrize("text, question, answer", [
    ("only when he bends over", "back_pain", True),
    ("the odd one now and then", "cramps_spasms", True),
    ("Only when I've been on the beetroot, otherwise no", "dark_urine", False),
    ("Loose motions were there last week", "recent_infection", True),
    ("Mostly the right, but the left's not much better, they're both weak.", "one_leg", False),
    ("och about the same", "getting_worse", False),
    ("kinda i guess", "cant_walk", True),
    ("not as far as i know he hasn't said anything about it", "chest_pain", False),
])
def test_a_reply_of_when_how_often_or_which_side_answers_the_question(text, question, answer):
    assert understand(text, question).answer is answer


def test_not_that_i_know_before_a_symptom_named_is_a_no_to_it_not_a_yes():
    heard = understand("not that i've noticed no numbness down there", "saddle_numbness")
    assert (heard.answer, heard.findings.get("saddle_numbness", False)) == (False, False)


@pytest.mark.parametrize("question", ["numbness_tingling", "saddle_numbness"])
def test_feeling_everything_is_a_no_to_a_numbness_question_and_denies_no_other_numbness(question):
    heard = understand("I can feel everything fine, there's just no strength in them", question)
    assert heard.answer is False
    assert not {"numbness_tingling", "saddle_numbness"} - {question} & set(heard.findings)


@pytest.mark.parametrize("text", ["my mind is clear, I know the date, I know where I am",
                                  "she knows who i am and what day it is"])
def test_knowing_where_and_when_one_is_denies_new_confusion(text):
    assert understand(text).findings["new_confusion"] is False
