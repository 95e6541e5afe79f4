"""The open question ("In a few words, what's been happening with your legs?"): asked once, as soon as the
ambulance screen is clear, and what it hears skips the questions it answered."""

import pytest

from legcheck.lexicon.intents import MEANING_CARRIERS, carrier_intent
from legcheck.nlu import load_model
from legcheck.rules.groups import SCREENS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.locales import LOCALES
from legcheck.skill.outcome import outcome
from legcheck.skill.slots import carrier_of
from tests.envelopes import Session, attributes_of, load, speech

pytestmark = pytest.mark.usefixtures("no_skill_id")
AMBULANCE = SCREENS["call_emergency"]


def past_the_ambulance_screen():
    session = Session(lambda_handler)
    session.send("LaunchRequest")
    for question in AMBULANCE:
        assert session.attributes["question"] == question
        session.send("AMAZON.NoIntent")
    return session


def test_it_is_asked_right_after_the_ambulance_screen_is_clear():
    session = past_the_ambulance_screen()
    assert session.attributes["question"] == "description"
    assert "what's been happening with your legs" in speech(session.response)


def test_it_is_asked_once_whatever_the_answer():
    for answer in ("AMAZON.NoIntent", "DontKnowIntent", "AMAZON.YesIntent"):
        session = past_the_ambulance_screen()
        session.send(answer)
        asked = [session.attributes["question"]]
        while outcome(session.attributes) is None:
            session.send("AMAZON.NoIntent")
            asked.append(session.attributes["question"])
        assert "description" not in asked, answer


def test_what_it_hears_is_said_back_and_its_questions_are_skipped():
    session = past_the_ambulance_screen()
    session.describe("I can't pee properly and my back is killing me")
    said = speech(session.response)
    assert "Got it:" in said and session.attributes["findings"].get("cant_pee") is True
    assert outcome(session.attributes)[0] == "emergency_department"  # an emergency sign: no more questions


def test_a_denial_is_said_back_without_an_article():
    session = past_the_ambulance_screen()
    session.describe("my leg is weak but I haven't fallen or hurt it")
    said = speech(session.response)
    assert "no injury" in said and "no an injury" not in said
    assert session.attributes["findings"]["injury"] is False


def test_someone_who_already_said_what_happened_is_not_asked_again():
    session = Session(lambda_handler)
    session.send("LaunchRequest")
    session.describe("my legs feel weak and my calves cramp when I walk")
    while session.attributes["question"] in AMBULANCE:
        session.send("AMAZON.NoIntent")
    assert session.attributes["described"] is True
    assert session.attributes["question"] != "description"


def test_an_ambulance_sign_is_advised_before_any_open_question():
    session = Session(lambda_handler)
    session.send("LaunchRequest")
    session.send("AMAZON.YesIntent")
    assert outcome(session.attributes)[0] == "call_emergency"
    assert session.attributes["described"] is False


def test_starting_over_asks_it_again():
    session = past_the_ambulance_screen()
    session.send("AMAZON.NoIntent")
    session.send("AMAZON.StartOverIntent")
    assert session.attributes["described"] is False


def test_a_group_one_of_whose_members_was_said_is_not_asked_but_followed_up():
    session = past_the_ambulance_screen()
    session.describe("my calves cramp when I walk to the shops")
    asked = []
    while outcome(session.attributes) is None:
        asked.append(session.attributes["question"])
        session.send("AMAZON.NoIntent")
    assert "leg_or_back_pain" not in asked  # "any pain, cramps or swelling?" after saying so would be odd


@pytest.mark.parametrize("carrier, words, finding", [
    ("suddenly", "my legs gave way", "sudden_onset"), ("urine", "is dark like cola", "dark_urine"),
    ("one", "leg is weak", "one_leg")])
def test_a_carrier_phrase_that_means_something_is_read_with_the_description(carrier, words, finding):
    session = past_the_ambulance_screen()
    session.describe(words)  # the words alone, as DescribeIntent hands them over, lack what the carrier said
    assert finding not in session.attributes["findings"]
    session = past_the_ambulance_screen()
    envelope = load("DescribeIntent", session.locale, attributes=session.attributes)
    envelope["request"]["intent"]["name"] = carrier_intent(carrier)  # "suddenly {description}"
    envelope["request"]["intent"]["slots"]["description"] = {"name": "description", "value": words,
                                                             "confirmationStatus": "NONE"}
    assert attributes_of(lambda_handler(envelope, None))["findings"].get(finding) is True


def test_every_carrier_that_means_something_is_an_intent_of_the_models_whose_words_come_back():
    for locale in LOCALES:
        intents = {i["name"]: i for i in load_model(locale)["interactionModel"]["languageModel"]["intents"]}
        for carrier in MEANING_CARRIERS:
            assert intents[carrier_intent(carrier)]["samples"] == [f"{carrier} {{description}}"]
            assert carrier_of(carrier_intent(carrier)) == carrier.replace("'", "")
            assert f"{carrier} {{description}}" not in intents["DescribeIntent"]["samples"]
    assert carrier_of("DescribeIntent") == "" and carrier_of("SymptomIntent") is None


def test_what_follows_i_am_not_sure_is_read_as_doubted_not_as_said():
    from legcheck import nlu
    from legcheck.envelope import Conversation
    from legcheck.skill.entry import lambda_handler

    understood = nlu.matcher_for("en-GB").understand("not sure about potassium, they never told me")
    assert understood.intent == "UnsureButIntent"
    conversation = Conversation("en-GB", slot_names={"UnsureButIntent": ["description"]})
    conversation.attributes = {"findings": {}, "question": "description"}
    conversation.sent = 1
    findings = lambda_handler(conversation.intent(understood), None)["sessionAttributes"]["findings"]
    assert "low_potassium_risk" in findings and findings["low_potassium_risk"] is None
