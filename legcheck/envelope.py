"""Alexa request envelopes, as a device sends them: one Conversation per session.

`Conversation.launch()`, `.intent(understanding)` and `.end(reason)` return JSON-ready dicts
(LaunchRequest, IntentRequest with slots and entity resolution, SessionEndedRequest).
`Conversation.receive(response)` keeps the session attributes of the skill's response for the next request.
The session id, user id and device id stay the same for the whole conversation; `new` is true only first.
"""

import os
import uuid
from datetime import UTC, datetime

FAKE_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c4a7"
API_ENDPOINT = "https://api.amazonalexa.com"


def default_skill_id():
    """SKILL_ID from the environment (so the skill's id check passes), else a fixed fake id."""
    return os.environ.get("SKILL_ID") or FAKE_SKILL_ID


def authority(skill_id, slot_type):
    """The entity-resolution authority Alexa names for a custom slot type."""
    return f"amzn1.er-authority.echo-sdk.{skill_id}.{slot_type}"


def slot_json(skill_id, name, fill=None):
    """One slot of an IntentRequest: empty, or the words heard with its resolution (custom types)."""
    slot = {"name": name, "confirmationStatus": "NONE"}
    if fill is None:
        return slot
    slot.update(value=fill.text, source="USER")
    if fill.type.startswith("AMAZON."):
        return slot
    per_authority = {"authority": authority(skill_id, fill.type),
                     "status": {"code": "ER_SUCCESS_NO_MATCH" if fill.id is None else "ER_SUCCESS_MATCH"}}
    if fill.id is not None:
        per_authority["values"] = [{"value": {"name": fill.canonical, "id": fill.id}}]
    slot["resolutions"] = {"resolutionsPerAuthority": [per_authority]}
    return slot


def _request_id():
    return f"amzn1.echo-api.request.{uuid.uuid4()}"


def _timestamp():
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Conversation:
    """The envelopes of one session with a skill."""

    def __init__(self, locale="en-US", skill_id=None, slot_names=None):
        self.locale = locale
        self.skill_id = skill_id or default_skill_id()
        self.slot_names = slot_names or {}  # intent name -> its slot names (all are sent, filled or not)
        self.session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
        self.user_id = f"amzn1.ask.account.{uuid.uuid4().hex.upper()}"
        self.device_id = f"amzn1.ask.device.{uuid.uuid4().hex.upper()}"
        self.attributes = {}
        self.sent = 0

    def _envelope(self, request):
        application = {"applicationId": self.skill_id}
        user = {"userId": self.user_id}
        session = {"new": self.sent == 0, "sessionId": self.session_id, "application": application,
                   "user": user}
        if self.sent:
            session["attributes"] = self.attributes
        self.sent += 1
        request.update(requestId=_request_id(), timestamp=_timestamp(), locale=self.locale)
        system = {"application": application, "user": user, "apiEndpoint": API_ENDPOINT,
                  "device": {"deviceId": self.device_id, "supportedInterfaces": {}}}
        return {"version": "1.0", "session": session, "context": {"System": system}, "request": request}

    def launch(self):
        return self._envelope({"type": "LaunchRequest"})

    def intent(self, understanding):
        """An IntentRequest for an nlu.Understanding (intent name, score, slot fills)."""
        names = list(self.slot_names.get(understanding.intent, ()))
        names += [name for name in understanding.slots if name not in names]
        slots = {name: slot_json(self.skill_id, name, understanding.slots.get(name)) for name in names}
        intent = {"name": understanding.intent, "confirmationStatus": "NONE"}
        if slots:
            intent["slots"] = slots
        return self._envelope({"type": "IntentRequest", "intent": intent})

    def end(self, reason="USER_INITIATED"):
        return self._envelope({"type": "SessionEndedRequest", "reason": reason})

    def receive(self, response):
        """Keep the session attributes of a skill response; True when the skill ended the session."""
        self.attributes = dict(response.get("sessionAttributes") or {})
        return bool(response.get("response", {}).get("shouldEndSession"))
