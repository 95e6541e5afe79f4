"""The skill as a self-hosted web service: a Flask app around flask-ask-sdk's SkillAdapter.

Routes: POST / (the skill endpoint to give the Alexa developer console) and GET /health.
Every request to POST / passes, in order: the body size limit (256 KiB), a shape check
(UTF-8 JSON with a `request` object that the ASK SDK can read), then the verifiers --
signature and timestamp unless verification is off, and the skill id whenever one is set.
Refusals are HTTP 4xx with a one-line plain-text reason; request bodies are never logged.
"""

from __future__ import annotations

import logging

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_model import RequestEnvelope
from flask import Flask, Response, abort, g, request
from werkzeug.exceptions import HTTPException

from legcheck.request_checks import SkillIdVerifier, TimestampVerifier, envelope_problem
from legcheck.verify import SignatureVerifier, VerificationException, utc_now

MAX_BODY_BYTES = 256 * 1024
SKILL_ROUTE = "/"
HEALTH_ROUTE = "/health"


class ForgetRequestDetails(logging.Filter):
    """Keep tracebacks and exception text (which may quote the body) out of the app's log.

    Our own verification reasons never contain request content, so those are kept.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            error = record.exc_info[1]
            detail = f": {error}" if isinstance(error, VerificationException) else ""
            record.msg = f"{record.getMessage()} ({type(error).__name__}{detail})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def build_verifiers(skill_id: str | None, verify: bool, signature_verifier=None, clock=utc_now) -> list:
    """The request verifiers, in the order they run."""
    if verify and not skill_id:
        raise ValueError("request verification needs the skill id (--skill-id or SKILL_ID)")
    verifiers = []
    if verify:
        signature = signature_verifier if signature_verifier is not None else SignatureVerifier(clock=clock)
        verifiers += [signature, TimestampVerifier(clock=clock)]
    if skill_id:
        verifiers.append(SkillIdVerifier(skill_id))
    return verifiers


def create_app(skill=None, *, skill_id: str | None = None, verify: bool = True,
               signature_verifier=None, clock=utc_now) -> Flask:
    """The Flask app. `skill` defaults to the real Leg Check skill (skill.build.build_skill)."""
    verifiers = build_verifiers(skill_id, verify, signature_verifier, clock)
    from flask_ask_sdk.skill_adapter import (  # after legcheck.verify has made oscrypto importable
        VERIFY_SIGNATURE_APP_CONFIG,
        VERIFY_TIMESTAMP_APP_CONFIG,
        SkillAdapter,
    )

    if skill is None:
        from legcheck.skill.build import build_skill

        skill = build_skill(skill_id=skill_id)
    app = Flask("legcheck")
    app.logger.addFilter(ForgetRequestDetails())
    app.config.update({
        "MAX_CONTENT_LENGTH": MAX_BODY_BYTES,
        # The SDK's own RequestVerifier/TimestampVerifier are replaced by ours (see docs/web-service.md).
        VERIFY_SIGNATURE_APP_CONFIG: False,
        VERIFY_TIMESTAMP_APP_CONFIG: False,
    })
    skill.serializer = ReadOnce(skill.serializer)
    adapter = SkillAdapter(skill=skill, skill_id=skill_id or "legcheck", verifiers=verifiers, app=app)

    @app.get(HEALTH_ROUTE)
    def health():
        return Response("ok", mimetype="text/plain")

    @app.post(SKILL_ROUTE)
    def skill_endpoint():
        body = request.get_data(cache=True)  # 413 above MAX_CONTENT_LENGTH
        problem = envelope_problem(body)
        if problem is None:
            try:
                text = body.decode("utf-8")
                g.envelope = text, skill.serializer.deserialize(payload=text, obj_type=RequestEnvelope)
            except SerializationException:
                problem = "body is not an Alexa request envelope"
        if problem is not None:
            abort(400, description=problem)
        return adapter.dispatch_request()

    @app.errorhandler(HTTPException)
    def plain_reason(error: HTTPException):
        return Response(f"{error.description}\n", status=error.code, mimetype="text/plain")

    return app


class ReadOnce:
    """The skill's serializer, but a request envelope the shape check already read is not read again by the
    adapter: the one read for this request (`flask.g.envelope`, request-local) is handed back."""

    def __init__(self, serializer):
        self._serializer = serializer

    def deserialize(self, payload, obj_type):
        text, envelope = g.get("envelope", (None, None))
        if obj_type is RequestEnvelope and payload == text:
            return envelope
        return self._serializer.deserialize(payload=payload, obj_type=obj_type)

    def serialize(self, obj):
        return self._serializer.serialize(obj)
