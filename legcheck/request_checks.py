"""Checks on the request envelope itself: its shape, its timestamp and its skill id."""

from __future__ import annotations

import json
from datetime import timedelta

from legcheck.certstore import Clock, utc_now
from legcheck.verify import AbstractVerifier, VerificationException

TIMESTAMP_TOLERANCE = timedelta(seconds=150)


def envelope_problem(body: bytes) -> str | None:
    """A short reason why `body` is not an Alexa request envelope, or None if it looks like one."""
    try:
        envelope = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        return "body is not UTF-8 text"
    except ValueError:
        return "body is not JSON"
    if not isinstance(envelope, dict) or not isinstance(envelope.get("request"), dict):
        return "body has no Alexa request object"
    if not isinstance(envelope["request"].get("type"), str):
        return "request has no type"
    return None


class TimestampVerifier(AbstractVerifier):
    """Refuse requests whose timestamp is more than 150 s away from now (either way)."""

    def __init__(self, tolerance: timedelta = TIMESTAMP_TOLERANCE, clock: Clock = utc_now):
        self._tolerance = tolerance
        self._clock = clock

    def verify(self, headers, serialized_request_env, deserialized_request_env) -> None:
        request = deserialized_request_env.request
        stamp = getattr(request, "timestamp", None)
        if stamp is None or stamp.tzinfo is None or stamp.utcoffset() is None:
            raise VerificationException("request timestamp is missing or has no time zone")
        if abs(self._clock() - stamp) > self._tolerance:
            raise VerificationException("request timestamp is too far from now")


class SkillIdVerifier(AbstractVerifier):
    """Refuse requests addressed to any skill but ours."""

    def __init__(self, skill_id: str):
        if not skill_id:
            raise ValueError("skill id must not be empty")
        self._skill_id = skill_id

    def verify(self, headers, serialized_request_env, deserialized_request_env) -> None:
        envelope = deserialized_request_env
        system = getattr(envelope.context, "system", None) if envelope.context else None
        if getattr(system, "application", None) is None:
            # Alexa always names the skill in context.System; the skill checks it there too.
            raise VerificationException("request does not say which skill it is for")
        session_app = getattr(envelope.session, "application", None)
        ids = {system.application.application_id}
        if session_app is not None:
            ids.add(session_app.application_id)
        if ids != {self._skill_id}:
            raise VerificationException("request is for another skill")
