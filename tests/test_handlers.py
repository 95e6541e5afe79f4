"""Every request fixture of every locale through `lambda_handler`, and every model intent has a handler."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from legcheck.skill.build import REQUEST_HANDLERS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.locales import strings_for
from legcheck.skill.session_handlers import UnexpectedIntentHandler
from tests.envelopes import LOCALES, fixture_names, load, reprompt, speech

MODELS = Path(__file__).resolve().parents[1] / "legcheck" / "interaction_model"
MID_INTERVIEW = {"question": "one_leg", "findings": {"sudden_onset": False, "speech_or_vision": False},
                 "causes": [], "rate": 100, "person": "you"}
CASES = [(locale, name) for locale in LOCALES for name in fixture_names(locale)]


def model_intents(locale):
    """The intent names of the locale's interaction model (package data, in the repository)."""
    model = json.loads((MODELS / f"{locale}.json").read_text(encoding="utf-8"))
    return [intent["name"] for intent in model["interactionModel"]["languageModel"]["intents"]]


def handler_input(envelope):
    payload = json.dumps(envelope)
    return HandlerInput(request_envelope=DefaultSerializer().deserialize(payload, RequestEnvelope))


def assert_valid_ssml(ssml):
    ET.fromstring(ssml)  # raises on anything that is not well-formed XML (e.g. an unescaped "&")


def test_there_are_fixtures_for_every_locale():
    assert all(fixture_names(locale) for locale in LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_model_intent_has_a_fixture_and_a_dedicated_handler(locale):
    for intent in model_intents(locale):
        envelope = load(intent, locale)
        assert envelope["request"]["intent"]["name"] == intent
        dedicated = [h for h in REQUEST_HANDLERS if not isinstance(h, UnexpectedIntentHandler)]
        assert any(h.can_handle(handler_input(envelope)) for h in dedicated), intent


@pytest.mark.parametrize("locale, name", CASES)
@pytest.mark.parametrize("attributes", [None, MID_INTERVIEW], ids=["fresh", "mid_interview"])
def test_every_request_gets_a_valid_answer(locale, name, attributes):
    response = lambda_handler(load(name, locale, attributes=attributes), None)
    assert response["version"] == "1.0"
    if name == "SessionEndedRequest":
        assert "outputSpeech" not in response["response"]
        return
    said = speech(response)
    assert said.startswith("<speak>") and said.endswith("</speak>")
    assert_valid_ssml(said)
    if response["response"].get("shouldEndSession") is not True:
        assert_valid_ssml(reprompt(response))
        assert reprompt(response) != "<speak></speak>"
    for number in {"911", "999", "000", "112"} - {strings_for(locale).number}:
        assert f">{number}<" not in said, f"{locale} must not name another locale's emergency number"


@pytest.mark.parametrize("locale", LOCALES)
def test_launch_says_the_locales_emergency_number_then_asks_the_first_question(locale):
    response = lambda_handler(load("LaunchRequest", locale), None)
    said = speech(response)
    assert f'<say-as interpret-as="digits">{strings_for(locale).number}</say-as>' in said
    assert "I'm not a doctor" in said
    attributes = response["sessionAttributes"]
    assert attributes["question"] is not None and attributes["findings"] == {}
    assert said.endswith("?</speak>")
