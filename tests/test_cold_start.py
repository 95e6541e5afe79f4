"""What a Lambda cold start that answers a LaunchRequest loads: neither experta nor the rule modules (the first
answer builds the engine), nor dateutil's parser (the skill's serializer reads ISO 8601 timestamps itself)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
CHILD = """
import json, sys
from legcheck.skill.entry import lambda_handler
from tests.envelopes import load
request = load(sys.argv[1])
if len(sys.argv) > 2:
    request["session"]["attributes"] = json.loads(sys.argv[2])
speech = lambda_handler(request, None)["response"]["outputSpeech"]["ssml"]
print(json.dumps({"speech": speech, "modules": sorted(sys.modules)}))
"""


def cold(*arguments):
    run = subprocess.run([sys.executable, "-c", CHILD, *arguments], capture_output=True, text=True, timeout=60,
                         cwd=REPO)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def launch():
    return cold("LaunchRequest")


def test_a_launch_asks_the_first_question(launch):
    assert "Welcome to Leg Check" in launch["speech"] and "sudden weakness" in launch["speech"]


@pytest.mark.parametrize("module", ["experta", "legcheck.rules.engine", "legcheck.rules.knowledge",
                                    "legcheck.rules.emergency", "dateutil.parser", "legcheck.skill.resolver"])
def test_a_launch_does_not_load(launch, module):
    assert module not in launch["modules"]


def test_the_first_answer_builds_the_engine():
    answered = cold("AMAZON.YesIntent", json.dumps({"question": "stroke_signs_now", "findings": {}}))
    assert "experta" in answered["modules"] and "911" in answered["speech"]
