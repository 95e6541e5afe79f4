"""Privacy: a whole interview, through `lambda_handler` and through the web service, with every logger at
DEBUG and propagating to the root, leaves no health data and no identity in any log line, nor on stdout
or stderr: no answered finding id, no triage or cause id, no slot value the user spoke, no user, device
or session id. The interview volunteers symptoms in words, asks why and about a cause, hits an engine
error, a malformed request and a refused one. The failures are visible all the same: each is logged as
one line with the exception's type and the request id, and nothing of the exception's message."""

import contextlib
import http.client
import json
import logging
import threading

import pytest
import waitress

from legcheck.skill import entry
from legcheck.skill import interview as skill_interview
from legcheck.skill.entry import lambda_handler
from legcheck.skill.outcome import outcome
from legcheck.web import create_app
from tests.envelopes import load, slot
from vignettes import findings_of

SKILL_ID = "amzn1.ask.skill.00000000-1111-2222-3333-444444444444"  # the fixtures' skill id
USER_ID = "amzn1.ask.account.PRIVACYUSERZQXJ"
DEVICE_ID = "amzn1.ask.device.PRIVACYDEVICEWVKP"
SESSION_ID = "amzn1.echo-api.session.PRIVACYSESSIONYMB"
SPOKEN = {"symptom": "my left foot keeps dragging and prickles", "symptomTwo": "shooting pain down my leg",
          "cause": "that trapped nerve business"}
VOLUNTEERED = {"symptom": "numbness_tingling", "symptomTwo": "back_pain_down_leg"}
ANSWERS = findings_of("+back_pain_down_leg +one_leg +numbness_tingling")
ANSWER_INTENTS = {True: "AMAZON.YesIntent", False: "AMAZON.NoIntent", None: "DontKnowIntent"}
FAILING_REQUEST_ID = "amzn1.echo-api.request.FAILING-0001"  # the request the engine fails on
UNREADABLE_REQUEST_ID = "amzn1.echo-api.request.UNREADABLE-0002"  # a request with no envelope around it
ENGINE_ERROR = "engine failed on"


class Captured(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def captured(monkeypatch, capfd):
    """Every log record of every logger, formatted with tracebacks, plus everything on fd 1 and 2.

    The root logger is at DEBUG (as with AWS_LAMBDA_LOG_LEVEL=DEBUG) and every logger propagates to it
    and is enabled; levels that loggers set for themselves stay (the skill silences experta's watchers so).
    """
    monkeypatch.delenv("SKILL_ID", raising=False)
    root, handler = logging.getLogger(), Captured()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    saved = {name: (log.propagate, log.disabled) for name, log in root.manager.loggerDict.items()
             if isinstance(log, logging.Logger)}
    for name in saved:
        logging.getLogger(name).propagate, logging.getLogger(name).disabled = True, False
    root_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield lambda: handler.lines + list(capfd.readouterr())
    finally:
        root.removeHandler(handler)
        root.setLevel(root_level)
        for name, (propagate, disabled) in saved.items():
            logging.getLogger(name).propagate, logging.getLogger(name).disabled = propagate, disabled


def request(name, attributes, slots=None):
    envelope = load(name, attributes=attributes, slots={key: None for key in slots or ()})
    for key, value_id in (slots or {}).items():
        envelope["request"]["intent"]["slots"][key] = slot(key, value_id, spoken=SPOKEN[key])
    envelope["session"].update(sessionId=SESSION_ID, new=name == "LaunchRequest")
    envelope["session"]["user"]["userId"] = envelope["context"]["System"]["user"]["userId"] = USER_ID
    envelope["context"]["System"]["device"]["deviceId"] = DEVICE_ID
    return envelope


def interview(send, monkeypatch):
    """Run the interview through `send(envelope) -> response`; return its last session attributes."""
    attributes = send(request("LaunchRequest", {}))["sessionAttributes"]
    attributes = send(request("SymptomIntent", attributes, VOLUNTEERED))["sessionAttributes"]
    real_assess = skill_interview.rules.assess

    def failing_assess(findings, **options):
        raise RuntimeError(f"{ENGINE_ERROR} {findings} for {USER_ID}")

    monkeypatch.setattr(skill_interview.rules, "assess", failing_assess)
    failing = request(ANSWER_INTENTS[ANSWERS[attributes["question"]]], attributes)
    failing["request"]["requestId"] = FAILING_REQUEST_ID
    send(failing)  # an apology, state kept
    monkeypatch.setattr(skill_interview.rules, "assess", real_assess)
    while outcome(attributes) is None:
        answer = ANSWER_INTENTS[ANSWERS[attributes["question"]]]
        attributes = send(request(answer, attributes))["sessionAttributes"]
    for name in ("WhyIntent", "MoreDetailIntent", "AMAZON.RepeatIntent"):
        send(request(name, attributes))
    send(request("ExplainCauseIntent", attributes, {"cause": "sciatica"}))
    send(request("SessionEndedRequest", attributes))
    return attributes


def secrets(attributes):
    """Everything that must stay out of the logs."""
    triage, causes = outcome(attributes)
    return ({USER_ID, DEVICE_ID, SESSION_ID, triage, *SPOKEN.values(), *causes}
            | {finding for finding, answer in attributes["findings"].items() if answer is not False}
            | set(attributes["findings"]))


def assert_not_logged(lines, attributes):
    assert attributes["findings"] and outcome(attributes)[1], "the interview did not get far enough"
    leaks = [(secret, line) for line in lines for secret in {*secrets(attributes), ENGINE_ERROR}
             if secret in line]
    assert not leaks, leaks[:3]


def assert_failure_logged(lines, request_id, error_type):
    """The failure is one ERROR line of the skill's logger, with the exception type and the request id."""
    assert [line for line in lines if request_id in line] == [
        f"legcheck.skill ERROR request {request_id} failed: {error_type}"]


def test_an_interview_through_lambda_handler_logs_no_health_data_or_identity(captured, monkeypatch):
    attributes = interview(lambda envelope: lambda_handler(envelope, None), monkeypatch)
    unreadable = {"request": {"type": "IntentRequest", "requestId": UNREADABLE_REQUEST_ID,
                              "note": SPOKEN["symptom"]}}
    lambda_handler(unreadable, None)
    lines = captured()
    assert_not_logged(lines, attributes)
    assert_failure_logged(lines, FAILING_REQUEST_ID, "RuntimeError")
    assert_failure_logged(lines, UNREADABLE_REQUEST_ID, "AttributeError")  # a handler fails on its shape


def test_a_failure_outside_the_skill_logs_the_type_and_request_id_only(captured, monkeypatch):
    """lambda_handler's own fallback, for an error before or around the skill's exception handler."""
    envelope = request("LaunchRequest", {})

    def failing_skill(skill_id):
        raise ValueError(f"no skill for {USER_ID}: {SPOKEN['symptom']}")

    monkeypatch.setattr(entry, "_skill", failing_skill)
    assert lambda_handler(envelope, None)["response"]["shouldEndSession"] is True
    lines = captured()
    assert_failure_logged(lines, envelope["request"]["requestId"], "ValueError")
    assert not [line for line in lines if USER_ID in line or SPOKEN["symptom"] in line or "no skill" in line]


def test_a_request_id_that_is_not_one_is_not_logged(captured, monkeypatch):
    envelope = request("AMAZON.NoIntent", {"question": "one_leg", "findings": {"fever": False}})
    envelope["request"]["requestId"] = SPOKEN["symptom"]
    monkeypatch.setattr(skill_interview.rules, "assess", lambda findings, **options: 1 / 0)
    lambda_handler(envelope, None)
    lines = captured()
    assert "legcheck.skill ERROR request (no request id) failed: ZeroDivisionError" in lines
    assert not [line for line in lines if SPOKEN["symptom"] in line]


@contextlib.contextmanager
def waitress_in_process(app):
    """The app under waitress on a free loopback port, in this process (so its logs are captured)."""
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.task_dispatcher.shutdown()  # let the worker threads finish first, then close in the loop
        try:
            server.trigger.pull_trigger(server.close)
        except OSError:  # the loop already closed its trigger (seen once on a loaded machine): close from here
            server.close()
        thread.join(10)


def post(port, body, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        headers = {"Content-Type": "application/json", **(headers or {})}
        connection.request("POST", "/", body=body, headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def test_an_interview_through_the_web_service_logs_no_health_data_or_identity(captured, monkeypatch):
    def send(envelope):
        status, body = post(port, json.dumps(envelope).encode())
        assert status == 200, body
        return json.loads(body)

    with waitress_in_process(create_app(skill_id=SKILL_ID, verify=False)) as port:
        attributes = interview(send, monkeypatch)
        hostile = request("SymptomIntent", attributes, VOLUNTEERED)
        hostile["request"]["timestamp"] = SPOKEN["symptom"]  # not a timestamp: refused with 400
        assert post(port, json.dumps(hostile).encode())[0] == 400
        assert post(port, json.dumps(request("AMAZON.YesIntent", attributes)).encode().replace(
            SKILL_ID.encode(), b"amzn1.ask.skill.someone-else"))[0] == 400
    with waitress_in_process(create_app(skill_id=SKILL_ID)) as port:  # verification on: unsigned
        assert post(port, json.dumps(request("AMAZON.YesIntent", attributes)).encode(),
                    {"Signature-256": USER_ID, "SignatureCertChainUrl": SPOKEN["cause"]})[0] == 400
    lines = captured()
    assert_not_logged(lines, attributes)
    assert_failure_logged(lines, FAILING_REQUEST_ID, "RuntimeError")
