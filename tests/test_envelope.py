"""Request envelopes: what a device sends, and what ask-sdk reads back from them."""

import json

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedRequest
from ask_sdk_model.slu.entityresolution import StatusCode

from legcheck.envelope import FAKE_SKILL_ID, Conversation, authority, default_skill_id
from legcheck.nlu import SlotFill, Understanding

SKILL_ID = "amzn1.ask.skill.12345678-aaaa-bbbb-cccc-1234567890ab"
SLOTS = {"SymptomIntent": ["symptom", "symptomTwo"], "AMAZON.YesIntent": []}


def parsed(envelope):
    return DefaultSerializer().deserialize(payload=json.dumps(envelope), obj_type=RequestEnvelope)


def symptom(text, value_id=None, canonical=None):
    return SlotFill("symptom", "SymptomType", text, value_id, canonical)


def test_launch_is_a_new_session_with_the_skill_id_and_locale():
    envelope = Conversation("en-GB", SKILL_ID).launch()
    request = parsed(envelope)
    assert isinstance(request.request, LaunchRequest)
    assert request.session.new is True
    assert request.request.locale == "en-GB"
    assert request.context.system.application.application_id == SKILL_ID
    assert request.session.application.application_id == SKILL_ID
    assert "attributes" not in envelope["session"]


def test_later_requests_keep_the_session_id_and_are_not_new():
    conversation = Conversation("en-US", SKILL_ID, SLOTS)
    first = conversation.launch()
    second = conversation.intent(Understanding("AMAZON.YesIntent", 1.0))
    third = conversation.end()
    assert [e["session"]["new"] for e in (first, second, third)] == [True, False, False]
    assert len({e["session"]["sessionId"] for e in (first, second, third)}) == 1
    assert len({e["request"]["requestId"] for e in (first, second, third)}) == 3
    assert isinstance(parsed(third).request, SessionEndedRequest)
    assert third["request"]["reason"] == "USER_INITIATED"


def test_session_attributes_of_a_response_go_into_the_next_request():
    conversation = Conversation("en-US", SKILL_ID, SLOTS)
    conversation.launch()
    attributes = {"question": "fever", "findings": {"breathing": False}}
    ended = conversation.receive({"sessionAttributes": attributes, "response": {"shouldEndSession": False}})
    envelope = conversation.intent(Understanding("AMAZON.YesIntent", 1.0))
    assert ended is False
    assert parsed(envelope).session.attributes == attributes


def test_receive_reports_the_skill_ending_the_session():
    conversation = Conversation("en-US", SKILL_ID)
    assert conversation.receive({"response": {"shouldEndSession": True}}) is True


def test_a_resolved_slot_carries_an_er_success_match_with_name_and_id():
    understanding = Understanding("SymptomIntent", 1.0, {"symptom": symptom("tingle", "numbness_tingling",
                                                                             "tingling")})
    request = parsed(Conversation("en-US", SKILL_ID, SLOTS).intent(understanding)).request
    assert isinstance(request, IntentRequest)
    slot = request.intent.slots["symptom"]
    assert slot.value == "tingle"
    resolution = slot.resolutions.resolutions_per_authority[0]
    assert resolution.authority == f"amzn1.er-authority.echo-sdk.{SKILL_ID}.SymptomType"
    assert resolution.status.code == StatusCode.ER_SUCCESS_MATCH
    value = resolution.values[0].value
    assert (value.name, value.id) == ("tingling", "numbness_tingling")


def test_an_unresolved_slot_carries_er_success_no_match_and_no_values():
    understanding = Understanding("SymptomIntent", 0.8, {"symptom": symptom("a headache")})
    request = parsed(Conversation("en-US", SKILL_ID, SLOTS).intent(understanding)).request
    resolution = request.intent.slots["symptom"].resolutions.resolutions_per_authority[0]
    assert request.intent.slots["symptom"].value == "a headache"
    assert resolution.status.code == StatusCode.ER_SUCCESS_NO_MATCH
    assert resolution.values is None


def test_slots_of_the_intent_not_heard_are_sent_empty():
    understanding = Understanding("SymptomIntent", 1.0, {"symptom": symptom("fever", "fever", "fever")})
    envelope = Conversation("en-US", SKILL_ID, SLOTS).intent(understanding)
    assert envelope["request"]["intent"]["slots"]["symptomTwo"] == {"name": "symptomTwo",
                                                                    "confirmationStatus": "NONE"}


def test_the_skill_id_comes_from_the_environment_else_a_fixed_fake(monkeypatch):
    monkeypatch.delenv("SKILL_ID", raising=False)
    assert default_skill_id() == FAKE_SKILL_ID
    assert FAKE_SKILL_ID.startswith("amzn1.ask.skill.")
    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    assert Conversation().launch()["context"]["System"]["application"]["applicationId"] == SKILL_ID
    assert authority(SKILL_ID, "CauseType").endswith(f"{SKILL_ID}.CauseType")
