"""`legcheck chat`: scripted conversations with the real skill, through the function and the command."""

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from legcheck import chat as chat_module
from legcheck.chat import chat, plain_text
from legcheck.envelope import FAKE_SKILL_ID
from legcheck.skill.entry import lambda_handler
from legcheck.skill.outcome import outcome

ROOT = Path(__file__).resolve().parent.parent
TAG = "<"


class Recorder:
    """The real Lambda handler, keeping each request and response."""

    def __init__(self):
        self.handler, self.requests, self.responses = lambda_handler, [], []

    def __call__(self, envelope, context):
        self.requests.append(envelope)
        self.responses.append(self.handler(envelope, context))
        return self.responses[-1]


def converse(text, locale="en-US", **options):
    recorder, out, err = Recorder(), io.StringIO(), io.StringIO()
    code = chat(io.StringIO(text), out, err, locale=locale, handler=recorder, **options)
    return code, out.getvalue().splitlines(), err.getvalue(), recorder


pytestmark = pytest.mark.usefixtures("no_skill_id")


def test_the_conversation_starts_with_a_launch_and_prints_only_answers():
    code, lines, err, recorder = converse("no\n")
    assert code == 0 and err == ""
    assert recorder.requests[0]["request"]["type"] == "LaunchRequest"
    assert lines[0].startswith("alexa> Welcome to Leg Check")
    assert all(line.startswith(("alexa> ", "card> ")) for line in lines)
    assert not any(TAG in line for line in lines)


def test_one_session_whose_attributes_flow_from_each_response_into_the_next_request():
    _, _, _, recorder = converse("no\nno\nyes\n")
    sessions = [request["session"] for request in recorder.requests]
    assert len({session["sessionId"] for session in sessions}) == 1
    assert [session["new"] for session in sessions] == [True] + [False] * (len(sessions) - 1)
    for response, request in zip(recorder.responses, recorder.requests[1:], strict=False):
        assert request["session"]["attributes"] == response["sessionAttributes"]


def test_a_volunteered_symptom_becomes_findings_of_the_session():
    _, _, _, recorder = converse("no\nmy legs feel wobbly and my feet tingle\n")
    slots = recorder.requests[2]["request"]["intent"]["slots"]
    resolution = slots["symptom"]["resolutions"]["resolutionsPerAuthority"][0]
    assert resolution["values"][0]["value"]["id"] == "cant_walk"
    findings = recorder.responses[2]["sessionAttributes"]["findings"]
    assert findings["cant_walk"] is True and findings["numbness_tingling"] is True


def test_an_emergency_answer_gets_emergency_advice_with_the_locale_number():
    _, lines, _, recorder = converse("no\nyes\n", locale="en-GB")
    assert outcome(recorder.responses[2]["sessionAttributes"])[0] == "call_emergency"
    assert "Call 999 now." in lines[2]
    assert not any(TAG in line for line in lines)


def test_end_of_input_ends_the_session_with_a_session_ended_request():
    _, _, _, recorder = converse("no\n")
    last = recorder.requests[-1]["request"]
    assert (last["type"], last["reason"]) == ("SessionEndedRequest", "USER_INITIATED")
    assert len(recorder.requests) == 3


def test_stop_ends_through_the_skill_and_later_lines_are_not_sent():
    _, lines, _, recorder = converse("no\nstop\nyes\n")
    assert recorder.responses[-1]["response"]["shouldEndSession"] is True
    assert recorder.requests[-1]["request"]["intent"]["name"] == "AMAZON.StopIntent"
    assert lines[-1].startswith("alexa> ")
    assert len(recorder.requests) == 3


def test_the_skill_id_from_the_environment_passes_the_skill_id_check(monkeypatch):
    skill_id = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
    monkeypatch.setenv("SKILL_ID", skill_id)
    _, lines, _, recorder = converse("no\n")
    assert recorder.requests[0]["context"]["System"]["application"]["applicationId"] == skill_id
    assert lines[0].startswith("alexa> Welcome")
    _, refused, _, _ = converse("no\n", skill_id=FAKE_SKILL_ID)
    assert not refused[0].startswith("alexa> Welcome")


def test_what_the_user_types_is_never_logged(caplog):
    secret = "I have a very private rash on my knee"
    with caplog.at_level(logging.DEBUG):
        _, _, err, recorder = converse(f"no\n{secret}\n")
    assert recorder.requests[2]["request"]["intent"]["name"] in ("SymptomIntent", "DescribeIntent")
    assert "private rash" not in (caplog.text + err).lower()


def test_speak_without_espeak_ng_prints_a_note_to_stderr(monkeypatch):
    monkeypatch.setattr(chat_module.shutil, "which", lambda name: None)
    code, lines, err, _ = converse("no\n", speak=True)
    assert code == 0 and "espeak-ng" in err and len(err.splitlines()) == 1
    assert lines[0].startswith("alexa> Welcome")


def test_ssml_becomes_plain_text():
    ssml = ('<speak>Call <say-as interpret-as="digits">911</say-as> .<break time="1s"/>'
            '<prosody rate="80%">Salt &amp; water</prosody></speak>')
    assert plain_text(ssml) == "Call 911. Salt & water"


@pytest.mark.slow
def test_the_command_reads_a_piped_conversation():
    env = {key: value for key, value in os.environ.items() if key != "SKILL_ID"}
    result = subprocess.run([sys.executable, "-m", "legcheck.cli", "chat"], input="no\nyes\nstop\n",
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and result.stderr == ""
    assert lines[0].startswith("alexa> Welcome") and "you>" not in result.stdout
    assert "Call 911 now." in result.stdout
    assert not any(TAG in line for line in lines)


def test_speak_reads_each_answer_with_espeak_ng_in_the_locale_voice(monkeypatch):
    spoken = []
    monkeypatch.setattr(chat_module.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(chat_module.subprocess, "run", lambda command, **options: spoken.append(command))
    _, lines, err, _ = converse("no\n", locale="en-GB", speak=True)
    assert err == "" and len(spoken) == len([line for line in lines if line.startswith("alexa> ")])
    assert spoken[0][:4] == ["/usr/bin/espeak-ng", "-v", "en-gb", "-m"]
    assert plain_text(spoken[0][4]) == lines[0].removeprefix("alexa> ")
