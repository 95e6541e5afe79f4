"""Fuzzing `lambda_handler`: real request fixtures, mutated (fields missing or of the wrong type, unknown
intents and slots, huge and odd strings, odd locales, stale or hand-edited session attributes), always get
a valid Alexa response: never an exception, always speech (PlainText, or SSML that is well-formed XML)."""

import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings

from legcheck.skill.entry import lambda_handler
from tests.envelopes import load
from tests.strategies import ODD_TEXT, json_value, mutated_envelopes


def assert_speech(output):
    assert output["type"] in ("PlainText", "SSML"), output
    if output["type"] == "PlainText":
        assert isinstance(output["text"], str) and output["text"].strip()
    else:
        root = ET.fromstring(output["ssml"])
        assert root.tag == "speak" and "".join(root.itertext()).strip()


def assert_valid_response(envelope, response):
    assert isinstance(response, dict) and response["version"] == "1.0"
    json.dumps(response)
    assert isinstance(response.get("sessionAttributes", {}), dict)
    body = response["response"]
    request = envelope.get("request") if isinstance(envelope, dict) else None
    ended = isinstance(request, dict) and request.get("type") == "SessionEndedRequest"
    if not ended or "outputSpeech" in body:
        assert_speech(body["outputSpeech"])
    if body.get("reprompt"):
        assert_speech(body["reprompt"]["outputSpeech"])


pytestmark = pytest.mark.usefixtures("no_skill_id")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(mutated_envelopes())
def test_mutated_envelopes_always_get_a_valid_alexa_response(envelope):
    assert_valid_response(envelope, lambda_handler(envelope, None))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_value)
def test_any_json_value_as_the_event_gets_a_valid_alexa_response(event):
    assert_valid_response(event, lambda_handler(event, None))


@pytest.mark.parametrize("text", ODD_TEXT)
@pytest.mark.parametrize("key", ["last_speech", "last_reprompt"])
def test_repeat_of_a_hand_edited_last_speech_says_something_in_well_formed_ssml(key, text):
    hand_edited = {"question": "one_leg", "last_speech": "Hello.", key: text}
    envelope = load("AMAZON.RepeatIntent", attributes=hand_edited)
    assert_valid_response(envelope, lambda_handler(envelope, None))
