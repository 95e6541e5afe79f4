"""AWS Lambda entry point for Leg Check: an Alexa request envelope in, a response envelope out.

`lambda_handler` never raises: a request for another skill gets a clean refusal, and a request that cannot
even be read gets a short apology, both as valid response envelopes. An error is logged with its type and
the request id only (legcheck.skill.failures); nothing else about the request is logged.
"""

import json
import os

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_model import RequestEnvelope

from legcheck.skill.build import build_skill
from legcheck.skill.failures import log_failure
from legcheck.skill.locales import strings_for
from legcheck.skill.sdk_compat import Serializer

_SERIALIZER = Serializer()  # ISO 8601 timestamps read without dateutil (legcheck/skill/sdk_compat.py)
_SKILLS = {}


def _skill(skill_id):
    """The CustomSkill for `skill_id` (None: no id check), built once per id."""
    if skill_id not in _SKILLS:
        _SKILLS[skill_id] = build_skill(skill_id)
    return _SKILLS[skill_id]


def _application_ids(envelope):
    """The application ids the envelope names (context.System and session), those that are present."""
    system = getattr(envelope.context, "system", None)
    holders = (getattr(system, "application", None), getattr(envelope.session, "application", None))
    return [holder.application_id for holder in holders if holder is not None]


def _plain_response(text, end_session=True):
    return {"version": "1.0",
            "response": {"outputSpeech": {"type": "PlainText", "text": text},
                         "shouldEndSession": end_session}}


def _request_field(event, name):
    request = event.get("request") if isinstance(event, dict) else None
    return request.get(name) if isinstance(request, dict) else None


def _locale(event):
    return _request_field(event, "locale")


def _refusal(event):
    return _plain_response(strings_for(_locale(event))("REFUSED"))


def _apology(event):
    text = strings_for(_locale(event))
    return _plain_response(f"{text('ERROR')} {text('DISCLAIMER')}")


def _readable(event):
    """`event` with session attributes that are not an object replaced by none (the skill validates the
    rest); ask-sdk cannot even read an envelope whose attributes are, say, a list."""
    session = event.get("session") if isinstance(event, dict) else None
    if isinstance(session, dict) and not isinstance(session.get("attributes", {}), dict | None):
        return {**event, "session": {**session, "attributes": {}}}
    return event


def lambda_handler(event, context):
    """Answer one Alexa request; with env SKILL_ID set, only requests for that skill get an answer."""
    try:
        envelope = _SERIALIZER.deserialize(payload=json.dumps(_readable(event)), obj_type=RequestEnvelope)
        expected = os.environ.get("SKILL_ID") or None
        ids = _application_ids(envelope)
        if expected is not None and (not ids or any(found != expected for found in ids)):
            return _refusal(event)
        skill = _skill(expected)
        response = _SERIALIZER.serialize(skill.invoke(request_envelope=envelope, context=context))
    except AskSdkException as error:
        if "Skill ID" in str(error):
            return _refusal(event)
        log_failure(error, _request_field(event, "requestId"))
        return _apology(event)
    except Exception as error:
        log_failure(error, _request_field(event, "requestId"))
        return _apology(event)
    return response if isinstance(response, dict) else _apology(event)
