"""Fuzzing `legcheck assess`: any input gives exit 0 with the assessment as JSON on stdout, or exit 2 with
exactly one line on stderr and nothing on stdout. Never a traceback."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legcheck.assess import run
from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill.locales import LOCALES

LEGCHECK = str(Path(sys.executable).with_name("legcheck"))
RESULT_KEYS = {"triage", "emergency_signs", "causes", "next_question", "speech"}

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


finding_ids = st.sampled_from(sorted(FINDINGS)) | st.text(max_size=12)
answers = st.sampled_from([True, False, None]) | json_value
requests = st.fixed_dictionaries(
    {"findings": st.dictionaries(finding_ids, answers, max_size=10) | json_value},
    optional={"locale": st.sampled_from(sorted(LOCALES)) | json_value, "extra": json_value})


def check(status, out, err):
    """The contract of `legcheck assess`."""
    assert "Traceback" not in err
    if status == 0:
        assert err == ""
        result = json.loads(out)
        assert RESULT_KEYS <= set(result)
    else:
        assert status == 2, (status, err)
        assert out == ""
        assert err.startswith("legcheck assess: ") and err.endswith("\n") and err.count("\n") == 1


def run_in_process(stdin):
    out, err = io.StringIO(), io.StringIO()
    status = run(stdin=stdin, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@settings(max_examples=300, deadline=None)
@given(requests)
def test_any_request_object_gets_json_or_one_line_of_error(request):
    check(*run_in_process(io.StringIO(json.dumps(request))))


@settings(max_examples=150, deadline=None)
@given(json_value)
def test_any_json_value_gets_json_or_one_line_of_error(value):
    check(*run_in_process(io.StringIO(json.dumps(value))))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_get_json_or_one_line_of_error(data):
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")
    check(*run_in_process(stdin))


@pytest.mark.parametrize("locale", [["en-US"], {"en": "US"}, 5, None, True, 1.5])
def test_a_locale_that_is_not_a_string_is_refused_in_one_line(locale):
    check(*run_in_process(io.StringIO(json.dumps({"findings": {}, "locale": locale}))))


SUBPROCESS_INPUTS = [
    b'{"findings": {"one_leg": true, "sciatica_pain": null}}',
    b'{"findings": {"one_leg": true, "fever": null}, "locale": "en-GB"}',
    b"\xff\xfe\x00garbage",
    b"[" * 100_000,
    b'{"findings": {"one_leg": "yes"}}\n',
    b'{"findings": {}, "locale": ["en-US"]}',
    b"",
]


@pytest.mark.parametrize("data", SUBPROCESS_INPUTS, ids=range(len(SUBPROCESS_INPUTS)))
def test_legcheck_assess_command_gets_json_or_one_line_of_error(data):
    run = subprocess.run([LEGCHECK, "assess"], input=data, capture_output=True, timeout=60)
    check(run.returncode, run.stdout.decode(), run.stderr.decode())
