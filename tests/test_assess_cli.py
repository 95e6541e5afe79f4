"""`legcheck assess`: the JSON contract, and one clear line for bad input."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from legcheck.assess import run
from legcheck.rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS

BAD_INPUTS = sorted((Path(__file__).parent / "fixtures" / "assess").iterdir())


def call(stdin_bytes):
    stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    return run(stdin, out, err), out.getvalue(), err.getvalue()


def test_assessment_is_printed_as_the_documented_json():
    status, out, err = call(b'{"findings": {"back_pain_down_leg": true, "one_leg": true, "fever": false}}')
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert set(result) == {"triage", "emergency_signs", "causes", "next_question", "speech"}
    assert result["triage"] in TRIAGE_LEVELS
    sciatica = {"id": "sciatica", "family": "nerve", "because": ["one_leg", "back_pain_down_leg"]}
    assert result["causes"][0] == sciatica
    assert all(c["id"] in CAUSES for c in result["causes"])
    assert result["next_question"] in FINDINGS


def test_an_emergency_names_the_sign_and_the_locales_number():
    status, out, _ = call(b'{"findings": {"breathing": true}, "locale": "en-GB"}')
    result = json.loads(out)
    assert status == 0 and result["triage"] == "call_emergency"
    assert result["emergency_signs"] == [{"id": "breathing_difficulty", "because": ["breathing"],
                                          "causes": ["guillain_barre"]}]
    assert [cause["id"] for cause in result["causes"]] == ["guillain_barre"]
    assert result["next_question"] is None and "999" in result["speech"]


def test_null_means_i_dont_know_and_counts_as_the_urgent_answer():
    _, out, _ = call(b'{"findings": {"speech_or_vision": null}}')
    assert json.loads(out)["triage"] == "call_emergency"


@pytest.mark.parametrize("path", BAD_INPUTS, ids=[p.name for p in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line_and_nothing_on_stdout(path):
    status, out, err = call(path.read_bytes())
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("legcheck assess: ") and "Traceback" not in err


def test_the_installed_command_reads_stdin_and_exits_2_on_bad_input():
    command = [sys.executable, "-m", "legcheck.cli", "assess"]
    good = subprocess.run(command, input=b'{"findings": {}}', capture_output=True, check=False)
    assert good.returncode == 0 and json.loads(good.stdout)["next_question"] == "stroke_signs_now"
    bad = subprocess.run(command, input=b'{"findings": {"fever": 2}}', capture_output=True, check=False)
    assert bad.returncode == 2 and bad.stdout == b""
    message = "legcheck assess: finding 'fever' must be true, false or null, not 2"
    assert bad.stderr.decode().strip() == message
