"""Nothing a request contains makes the skill crash, answer another skill's requests, or log health data."""

import logging

import pytest

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill import interview as skill_interview
from legcheck.skill.entry import lambda_handler
from legcheck.skill.session import Session
from legcheck.skill.ssml import render
from tests.envelopes import attributes_of, load, reprompt, speech
from tests.make_request_fixtures import SKILL_ID

PENDING = {"question": "one_leg", "findings": {"sudden_onset": False, "speech_or_vision": False}}


pytestmark = pytest.mark.usefixtures("no_skill_id")


def says_something(response):
    output = response["response"]["outputSpeech"]
    return bool(output.get("ssml") or output.get("text"))


GARBAGE = [
    ({"findings": ["one_leg"], "question": 7}, {"findings": {}, "question": None}),
    ({"findings": {"one_leg": "yes", "made_up": True, "fever": None, "thyroid": 1}},
     {"findings": {"fever": None}}),
    ({"question": "made_up", "rate": 999, "person": "me", "triage": "bogus", "causes": "sciatica"},
     {"question": None, "rate": 100, "person": "you"}),
    ({"rate": True, "last_speech": 5, "causes": ["sciatica", "nope", 3], "extra": {"a": 1},
      "heard": {"fever": "maybe", "one_leg": "unanswered", "made_up": True}},
     {"rate": 100, "last_speech": "", "heard": {"one_leg": "unanswered"}}),
]


@pytest.mark.parametrize("garbage, expected", GARBAGE)
def test_invalid_session_attributes_are_dropped_or_reset(garbage, expected):
    cleaned = Session.from_attributes(garbage).to_attributes()
    assert {key: cleaned.get(key) for key in expected} == expected
    assert set(cleaned) == {"findings", "question", "person", "rate", "last_speech", "last_reprompt", "heard",
                            "described"}


@pytest.mark.parametrize("garbage", [g for g, _ in GARBAGE] + [[1], "x", None, 3])
@pytest.mark.parametrize("intent", ["MoreDetailIntent", "AMAZON.YesIntent", "WhyIntent"])
def test_requests_with_invalid_session_attributes_get_a_normal_answer(garbage, intent):
    envelope = load(intent)
    envelope["session"]["attributes"] = garbage
    response = lambda_handler(envelope, None)
    assert "went wrong" not in speech(response) and reprompt(response)
    assert attributes_of(response)["question"] in FINDINGS


@pytest.mark.parametrize("envelope", [
    None, {}, "LaunchRequest", [1, 2], {"version": "1.0"}, {"request": {"type": "IntentRequest"}},
    {"request": {"type": "IntentRequest", "locale": "en-GB", "intent": 5}},
    {"session": "x", "request": {"type": "LaunchRequest", "locale": "en-AU"}, "context": []},
])
def test_malformed_envelopes_still_get_a_valid_response(envelope):
    response = lambda_handler(envelope, None)
    assert response["version"] == "1.0" and says_something(response)


def test_an_intent_the_skill_does_not_know_re_asks_the_pending_question():
    envelope = load("AMAZON.HelpIntent", attributes=PENDING)
    envelope["request"]["intent"]["name"] = "AMAZON.PauseIntent"
    response = lambda_handler(envelope, None)
    assert speech(response).endswith("Is it only one leg?</speak>")
    assert attributes_of(response)["findings"] == PENDING["findings"]


def test_a_request_without_a_session_is_answered():
    envelope = load("AMAZON.YesIntent")
    del envelope["session"]
    assert says_something(lambda_handler(envelope, None))


def test_an_engine_error_gets_an_apology_and_the_pending_question(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(skill_interview.rules, "assess", broken)
    response = lambda_handler(load("AMAZON.NoIntent", attributes=PENDING), None)
    assert "Sorry, something went wrong" in speech(response) and "one leg?" in speech(response)
    assert attributes_of(response)["findings"] == PENDING["findings"]
    assert attributes_of(response)["question"] == "one_leg"
    fresh = lambda_handler(load("LaunchRequest"), None)  # the launch asks the first question without the engine
    assert "Welcome to Leg Check" in speech(fresh) and ">911</say-as>" in speech(fresh)
    first_answer = lambda_handler(load("AMAZON.NoIntent", attributes=attributes_of(fresh)), None)
    assert "Sorry, something went wrong" in speech(first_answer)
    assert attributes_of(first_answer)["question"] == attributes_of(fresh)["question"]


@pytest.mark.parametrize("where", ["context", "session"])
def test_with_skill_id_set_other_skills_requests_are_refused(monkeypatch, where):
    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    envelope = load("AMAZON.YesIntent", attributes=PENDING)
    holder = envelope["context"]["System"] if where == "context" else envelope["session"]
    holder["application"] = {"applicationId": "amzn1.ask.skill.someone-else"}
    response = lambda_handler(envelope, None)
    assert response["response"]["shouldEndSession"] is True
    assert "isn't for Leg Check" in response["response"]["outputSpeech"]["text"]
    assert "sessionAttributes" not in response


def test_with_skill_id_set_its_own_requests_are_answered(monkeypatch):
    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    response = lambda_handler(load("AMAZON.YesIntent", attributes=PENDING), None)
    assert attributes_of(response)["findings"]["one_leg"] is True


def test_nothing_is_logged_while_handling_requests_but_a_failure_s_type(caplog):
    caplog.set_level(logging.DEBUG)
    lambda_handler(load("SymptomIntent", attributes=PENDING, slots={"symptom": "fever"}), None)
    lambda_handler(load("AMAZON.YesIntent", attributes=PENDING), None)
    assert caplog.records == []
    lambda_handler({"request": {"type": "IntentRequest"}}, None)  # fails in a handler (tests/test_privacy.py)
    assert [record.getMessage() for record in caplog.records] == [
        "request (no request id) failed: AttributeError"]


def test_ssml_escapes_text_and_applies_rate_and_digits():
    assert render("Tom & Jerry <3", 100) == "Tom &amp; Jerry &lt;3"
    assert render("call 000 now", 80) == (
        '<prosody rate="80%">call <say-as interpret-as="digits">000</say-as> now</prosody>')
    assert render("call healthdirect on 1800 022 222 or 112") == (
        'call healthdirect on <say-as interpret-as="digits">1800 022 222</say-as> or '
        '<say-as interpret-as="digits">112</say-as>')
