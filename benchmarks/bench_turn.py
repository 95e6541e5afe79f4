"""How long one warm turn takes: an Alexa request dict into `lambda_handler`, the response dict out.

    .venv/bin/python -m benchmarks.bench_turn [--rounds N]

Every vignette of tests/vignettes.py is interviewed as a device would: a LaunchRequest, then Yes, No or
"I don't know" to the question named in the `question` session attribute, until the result (or the
emergency advice). Only the handler call is timed (the engine, ask-sdk and (de)serialisation included).
The baseline is the minimal ask-sdk-core hello skill (benchmarks/minimal_skill.py), given the very same
request dicts in the same process.
"""
import argparse
import copy
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from benchmarks import minimal_skill  # noqa: E402
from legcheck.rules.vocabulary import FINDINGS  # noqa: E402
from legcheck.skill.entry import lambda_handler  # noqa: E402
from legcheck.skill.outcome import outcome  # noqa: E402
from legcheck.skill.session import DESCRIBE  # noqa: E402
from vignettes import VIGNETTES  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "requests" / "en-US"
ANSWER_INTENTS = {True: "AMAZON.YesIntent", False: "AMAZON.NoIntent", None: "DontKnowIntent"}
TURN_LIMIT = len(FINDINGS) + 2
_TEMPLATES = {}


def envelope(name, attributes):
    """The en-US fixture request `name` carrying session `attributes` (new session for a launch)."""
    if name not in _TEMPLATES:
        _TEMPLATES[name] = json.loads((FIXTURES / f"{name}.json").read_text())
    request = copy.deepcopy(_TEMPLATES[name])
    request["session"]["attributes"] = copy.deepcopy(attributes)
    request["session"]["new"] = name == "LaunchRequest"
    return request


def next_request(findings, attributes):
    """The intent that answers the pending question, or None once the result has been given."""
    if outcome(attributes) is not None:
        return None
    question = attributes.get("question")
    if question == DESCRIBE:  # the open question: these fixtures tell no story
        return ANSWER_INTENTS[None]
    if question not in findings:
        raise RuntimeError(f"the skill neither asked a question nor gave a result: {attributes!r}")
    return ANSWER_INTENTS[findings[question]]


def interview(handler, findings):
    """[(request, seconds)] of each turn of one interview, and the session attributes at its end."""
    turns, attributes, name = [], {}, "LaunchRequest"
    while name is not None:
        if len(turns) > TURN_LIMIT:
            raise RuntimeError("the interview does not end")
        request = envelope(name, attributes)
        start = time.perf_counter()
        response = handler(request, None)
        turns.append((request, time.perf_counter() - start))
        attributes = response.get("sessionAttributes") or {}
        name = next_request(findings, attributes)
    return turns, attributes


def vignette_findings():
    return [vignette.findings for vignette in VIGNETTES]


def interview_scripts():
    """Per vignette: the request names of its whole interview and the (triage, causes) it ends with."""
    scripts = []
    for findings in vignette_findings():
        turns, attributes = interview(lambda_handler, findings)
        names = [request["request"].get("intent", {}).get("name", "LaunchRequest") for request, _ in turns]
        scripts.append((names, outcome(attributes)))
    return scripts


def summary(samples):
    """(median, p99) in milliseconds."""
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[math.ceil(len(ordered) * 0.99) - 1] * 1000


def replay(handler, requests):
    samples = []
    for request in requests:
        start = time.perf_counter()
        handler(request, None)
        samples.append(time.perf_counter() - start)
    return samples


def measure(rounds):
    """Turn times of Leg Check and of the hello skill over the same requests (seconds)."""
    every = vignette_findings()
    for findings in every:  # warm up both: engines built, modules and caches loaded
        turns, _ = interview(lambda_handler, findings)
        replay(minimal_skill.lambda_handler, [request for request, _ in turns])
    ours, requests = [], []
    for _ in range(rounds):
        for findings in every:
            turns, _ = interview(lambda_handler, findings)
            ours += [seconds for _, seconds in turns]
            requests += [request for request, _ in turns]
    return ours, replay(minimal_skill.lambda_handler, requests)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the vignettes")
    args = parser.parse_args(argv)
    os.environ.pop("SKILL_ID", None)  # neither skill checks the skill id here
    ours, hello = measure(args.rounds)
    our_median, our_p99 = summary(ours)
    hello_median, hello_p99 = summary(hello)
    print(f"turns: {len(ours)} ({len(VIGNETTES)} vignette interviews x {args.rounds} rounds)")
    print(f"leg check turn    median {our_median:.3f} ms  p99 {our_p99:.3f} ms")
    print(f"hello skill turn  median {hello_median:.3f} ms  p99 {hello_p99:.3f} ms")
    print(f"ratio             median {our_median / hello_median:.2f}x  p99 {our_p99 / hello_p99:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
