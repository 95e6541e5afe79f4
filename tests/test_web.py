"""The web service: routes, refusals with 4xx, no body in logs, and `legcheck serve` for real."""

import json
import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from legcheck.envelope import Conversation
from legcheck.web import MAX_BODY_BYTES, ForgetRequestDetails, create_app
from tests.served import free_port

SKILL_ID = "amzn1.ask.skill.aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
SECRET = "numbness-in-the-left-foot-marker"  # stands for health data that must not reach the log


@pytest.fixture(scope="module")
def client():
    return create_app(skill_id=SKILL_ID, verify=False).test_client()


def speech_of(response_json):
    return response_json["response"]["outputSpeech"]["ssml"]


def test_health_route_answers_ok(client):
    response = client.get("/health")
    assert (response.status_code, response.data) == (200, b"ok")


def test_launch_request_is_answered_with_speech(client):
    response = client.post("/", json=Conversation(skill_id=SKILL_ID).launch())
    assert response.status_code == 200
    assert "Leg Check" in speech_of(response.get_json())
    assert response.get_json()["response"]["shouldEndSession"] is False


def test_a_request_envelope_is_read_once_per_request(monkeypatch):
    from ask_sdk_core.serialize import DefaultSerializer

    reads = []
    original = DefaultSerializer.deserialize
    monkeypatch.setattr(DefaultSerializer, "deserialize", lambda self, payload, obj_type: reads.append(obj_type)
                        or original(self, payload, obj_type))
    client = create_app(skill_id=SKILL_ID, verify=False).test_client()
    for _ in range(2):
        assert client.post("/", json=Conversation(skill_id=SKILL_ID).launch()).status_code == 200
    assert len(reads) == 2  # the shape check's reading is the one the skill gets


def test_request_for_another_skill_is_refused_even_without_signature_checks(client):
    response = client.post("/", json=Conversation(skill_id="amzn1.ask.skill.someone-else").launch())
    assert response.status_code == 400


@pytest.mark.parametrize("body, reason", [
    (b"this is not json", b"not JSON"),
    (b"\xff\xfe{}", b"not UTF-8"),
    (b'{"version": "1.0"}', b"no Alexa request"),
    (b'[1, 2, 3]', b"no Alexa request"),
    (b'{"request": {"timestamp": "2024-01-01T00:00:00Z"}}', b"request has no type"),
    (json.dumps({"request": {"type": "LaunchRequest", "timestamp": SECRET}}).encode(),
     b"not an Alexa request"),
    (b'{"request": {"type": "NoSuchRequestType"}}', b"not an Alexa request"),
])
def test_malformed_body_is_refused_with_a_short_reason_and_serving_goes_on(client, body, reason):
    response = client.post("/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert reason in response.data and len(response.data) < 100
    assert client.get("/health").status_code == 200


def test_oversize_body_is_refused_with_413(client):
    envelope = Conversation(skill_id=SKILL_ID).launch()
    envelope["padding"] = "x" * MAX_BODY_BYTES
    response = client.post("/", json=envelope)
    assert response.status_code == 413
    assert client.post("/", json=Conversation(skill_id=SKILL_ID).launch()).status_code == 200


def test_get_on_the_skill_route_is_not_allowed(client):
    assert client.get("/").status_code == 405


def test_verification_is_on_by_default_and_needs_a_skill_id():
    with pytest.raises(ValueError, match="skill id"):
        create_app()
    with pytest.raises(ValueError, match="skill id"):
        create_app(skill_id="")


def test_refusals_and_skill_errors_do_not_log_the_body(caplog):
    app = create_app(skill_id=SKILL_ID)  # verification on: the unsigned request below fails it
    envelope = Conversation(skill_id=SKILL_ID).launch()
    envelope["request"]["note"] = SECRET
    with caplog.at_level("DEBUG"):
        assert app.test_client().post("/", json=envelope).status_code == 400
        bad = {"request": {"type": "LaunchRequest", "timestamp": SECRET}}
        assert app.test_client().post("/", json=bad).status_code == 400
    assert "Request verification failed" in caplog.text
    assert SECRET not in caplog.text


def start_server(*extra):
    port = free_port()
    command = [str(Path(sys.executable).with_name("legcheck")), "serve", "--port", str(port), *extra]
    env = {key: value for key, value in os.environ.items() if key != "SKILL_ID"}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2) as response:
                assert response.read() == b"ok"
                return server, base
        except (urllib.error.URLError, ConnectionError):
            assert server.poll() is None, server.communicate()
            time.sleep(0.1)
    server.kill()
    raise AssertionError("legcheck serve did not come up in 30 s")


def post_json(url, envelope):
    request = urllib.request.Request(url, data=json.dumps(envelope).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def stop(server):
    server.terminate()
    out, err = server.communicate(timeout=10)
    return out, err


@pytest.mark.slow
def test_legcheck_serve_over_http_checks_requests_by_default_and_answers_without():
    server, base = start_server("--skill-id", SKILL_ID)
    try:
        status, reason = post_json(f"{base}/", Conversation(skill_id=SKILL_ID).launch())
    finally:
        out, err = stop(server)
    assert status == 400, reason
    assert "verification on" in out and "WARNING" not in err

    server, base = start_server("--no-verify")
    try:
        status, answer = post_json(f"{base}/", Conversation(skill_id=SKILL_ID).launch())
    finally:
        out, err = stop(server)
    assert status == 200, answer
    assert "Leg Check" in speech_of(answer)
    assert "WARNING: --no-verify" in err


def test_log_filter_drops_exception_text_that_could_quote_the_body():
    try:
        raise ValueError(f"Failed to parse {SECRET} into 'datetime' object")
    except ValueError:
        record = logging.LogRecord("legcheck", logging.ERROR, __file__, 1, "Skill dispatch %s", ("failed",),
                                   sys.exc_info())
    assert ForgetRequestDetails().filter(record)
    assert record.getMessage() == "Skill dispatch failed (ValueError)"
    assert record.exc_info is None
