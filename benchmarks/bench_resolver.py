"""What the resolver (the skill's own understanding of a person's words) adds to a turn and to a cold start.

    .venv/bin/python -m benchmarks.bench_resolver [--rounds N] [--runs N]

Turn: every phrasing of tests/fixtures/phrasings/findings.json sent as a description (DescribeIntent) through
`lambda_handler`, twice: with the resolver reading it (the turn as it runs) and with the resolver's answer
looked up from a table computed beforehand (the baseline: the same turn, the same findings, the same reply,
without the reading): median and p99 of each, and what reading adds. A plain yes turn is printed beside.
Cold start: a fresh interpreter that imports the Lambda entry and answers a description, twice: with the
resolver (imported, its lexicon indexed, the concepts the words touch compiled) and with a stand-in module
that returns the resolver's answer computed beforehand (the baseline: the same turn, the same findings, the
same reply, without the resolver): median and fastest of each, their differences, and the median difference of
the runs taken back to back (a busy machine moves single cold starts by tens of milliseconds).  A LaunchRequest
cold start (no engine built, nothing read) is printed beside.  Inside: what the resolver itself adds to a fresh
interpreter that has imported the Lambda entry (importing it, then its first reading of the description), timed in the
process, with bytecode (kept in a temporary folder, as the Lambda package ships it) and compiled from source
(what this venv does under PYTHONDONTWRITEBYTECODE): medians, against the aim of 20 ms.
"""
import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from legcheck.envelope import Conversation
from legcheck.nlu import SlotFill, Understanding
from legcheck.skill import resolver
from legcheck.skill.entry import lambda_handler

REPO = Path(__file__).resolve().parent.parent
PHRASINGS = REPO / "tests" / "fixtures" / "phrasings" / "findings.json"
STATE = {"findings": {"stroke_signs_now": False}, "question": "description"}
CHILD = """
import json, sys, time, types
started = time.perf_counter()
if len(sys.argv) > 2:  # the baseline: the resolver's answer, looked up
    heard = json.loads(sys.argv[2])
    stand_in = types.ModuleType("legcheck.skill.resolver")
    stand_in.NOTHING = "nothing"
    stand_in.understand = lambda text, question=None: types.SimpleNamespace(answer="nothing", findings=heard)
    sys.modules["legcheck.skill.resolver"] = stand_in
from legcheck.skill.entry import lambda_handler
response = lambda_handler(json.loads(sys.argv[1]), None)
assert response["response"]["outputSpeech"], response
print(json.dumps({"seconds": time.perf_counter() - started, "said": response["response"]["outputSpeech"]}))
"""
STORY = "my legs have felt heavy and achy for a few weeks and I keep tripping on the stairs"
INSIDE = """
import json, sys, time
import legcheck.skill.entry
started = time.perf_counter()
from legcheck.skill import resolver
imported = time.perf_counter()
resolver.understand(sys.argv[1])
print(json.dumps([(imported - started) * 1000, (time.perf_counter() - imported) * 1000]))
"""


def envelope(understanding):
    conversation = Conversation("en-US", slot_names={"DescribeIntent": ["description"]})
    conversation.attributes, conversation.sent = dict(STATE), 1
    return conversation.intent(understanding)


def describe(text):
    return Understanding("DescribeIntent", 1.0, {"description": SlotFill("description", "AMAZON.SearchQuery", text)})


def p99(values):
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


def timed(request):
    start = time.perf_counter()
    lambda_handler(request, None)
    return (time.perf_counter() - start) * 1000


def turns(rounds):
    """(yes turns, description turns read, description turns looked up) in ms, interleaved so that all three
    see the same machine."""
    texts = [item["text"] for item in json.loads(PHRASINGS.read_text(encoding="utf-8"))]
    reading = resolver.understand
    heard = {}

    def looked_up(text, question=None):
        return heard[text, question]

    def remembering(text, question=None):
        heard[text, question] = reading(text, question)
        return heard[text, question]

    resolver.understand = remembering
    try:
        for text in texts:
            lambda_handler(envelope(describe(text)), None)
        yes, read, table = [], [], []
        for _ in range(rounds):
            for text in texts:
                yes.append(timed(envelope(Understanding("AMAZON.YesIntent", 1.0))))
                resolver.understand = reading
                read.append(timed(envelope(describe(text))))
                resolver.understand = looked_up
                table.append(timed(envelope(describe(text))))
    finally:
        resolver.understand = reading
    return yes, read, table


def cold_starts(runs):
    """{"launch" | "read" | "looked up": cold starts in ms}."""
    description = json.dumps(envelope(describe(STORY)))
    heard = resolver.understand(STORY)
    assert heard.answer == resolver.NOTHING and heard.findings, heard
    cases = {"launch": [json.dumps(Conversation("en-US").launch())], "read": [description],
             "looked up": [description, json.dumps(heard.findings)]}
    samples, said = {name: [] for name in cases}, {}
    for _ in range(runs):
        for name, arguments in cases.items():
            run = subprocess.run([sys.executable, "-c", CHILD, *arguments], capture_output=True, text=True,
                                 timeout=120, cwd=REPO)
            if run.returncode != 0:
                raise RuntimeError(run.stderr)
            answer = json.loads(run.stdout.strip().splitlines()[-1])
            samples[name].append(answer["seconds"] * 1000)
            said[name] = answer["said"]
    if said["read"] != said["looked up"]:
        raise RuntimeError("the stand-in's turn said something else than the resolver's")
    return samples


def inside(runs):
    """{"with bytecode" | "from source": [(import ms, first reading ms)]} in fresh interpreters (-I: whatever
    PYTHONDONTWRITEBYTECODE says)."""
    samples = {"with bytecode": [], "from source": []}
    with tempfile.TemporaryDirectory() as kept, tempfile.TemporaryDirectory() as empty:
        flags = {"with bytecode": ["-X", f"pycache_prefix={kept}"],
                 "from source": ["-B", "-X", f"pycache_prefix={empty}"]}
        for run in range(runs + 1):  # the first run writes the bytecode
            for case, extra in flags.items():
                child = subprocess.run([sys.executable, "-I", *extra, "-c", INSIDE, STORY], capture_output=True,
                                       text=True, timeout=120, cwd=REPO)
                if child.returncode != 0:
                    raise RuntimeError(child.stderr)
                if run:
                    samples[case].append(json.loads(child.stdout.strip().splitlines()[-1]))
    return samples


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the phrasings")
    parser.add_argument("--runs", type=int, default=10, help="fresh interpreters per case")
    args = parser.parse_args(argv)
    lambda_handler(envelope(describe("warm up")), None)
    yes, read, table = turns(args.rounds)
    print(f"turn: {len(read)} description turns, each read and looked up (ms)")
    print(f"  description read       median {statistics.median(read):.2f}  p99 {p99(read):.2f}")
    print(f"  description looked up  median {statistics.median(table):.2f}  p99 {p99(table):.2f}")
    added = sorted(r - t for r, t in zip(read, table, strict=True))
    print(f"  reading adds           median {statistics.median(added):.2f}  p99 {p99(added):.2f}  (per pair of turns)")
    print(f"  the turn's p99 grows by {p99(read) - p99(table):.2f}")
    print(f"  (plain yes turn        median {statistics.median(yes):.2f}  p99 {p99(yes):.2f})")
    samples = cold_starts(args.runs)
    cold, fastest = ({name: pick(values) for name, values in samples.items()} for pick in (statistics.median, min))
    paired = statistics.median(r - t for r, t in zip(samples["read"], samples["looked up"], strict=True))
    print(f"cold start: {args.runs} fresh interpreters per case, a description first (ms: median, fastest)")
    print(f"  looked up  {cold['looked up']:.0f}, {fastest['looked up']:.0f}  (a launch first: {cold['launch']:.0f})")
    print(f"  read       {cold['read']:.0f}, {fastest['read']:.0f}")
    print(f"  added      {cold['read'] - cold['looked up']:.0f}, {fastest['read'] - fastest['looked up']:.0f}; "
          f"median of the {args.runs} back-to-back pairs {paired:.0f}  (aim <= 20)")
    print(f"inside: {args.runs} fresh interpreters each, the entry imported, then the resolver (ms, medians)")
    for case, rows in inside(args.runs).items():
        imported, first, both = (statistics.median(row[i] if i < 2 else sum(row) for row in rows) for i in range(3))
        print(f"  {case:<13}  import {imported:.1f}  first reading {first:.1f}  in all {both:.1f}  (aim <= 20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
