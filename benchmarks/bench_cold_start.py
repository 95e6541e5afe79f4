"""Cold start: a fresh interpreter imports the Lambda entry and answers a LaunchRequest.

    .venv/bin/python -m benchmarks.bench_cold_start [--runs N]

Each run is a new `python -I` process (this venv's interpreter) that imports the entry module and answers
the en-US LaunchRequest fixture. Two figures per skill: the whole process (start to exit, as the wall
clock sees it) and import + first answer inside it. Two cases: with the bytecode caches Python keeps in
__pycache__ (a warm disk), and without any (-X pycache_prefix=<an empty directory> and -B:
every module compiled from source, as in the Lambda package, which `make` ships without __pycache__).
The baseline is the minimal ask-sdk-core hello skill (benchmarks/minimal_skill.py), run the same way.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAUNCH = REPO / "tests" / "fixtures" / "requests" / "en-US" / "LaunchRequest.json"
ENTRIES = {"leg check": ("lambda_function", REPO / "lambda" / "lambda_function.py"),
           "hello skill": ("minimal_skill", REPO / "benchmarks" / "minimal_skill.py")}

CHILD = """
import importlib.util, json, sys, time
started = time.perf_counter()
module, path, launch = sys.argv[1:4]
spec = importlib.util.spec_from_file_location(module, path)
entry = importlib.util.module_from_spec(spec)
spec.loader.exec_module(entry)
with open(launch) as request:
    response = entry.lambda_handler(json.load(request), None)
assert response["response"]["outputSpeech"], response
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def cold_start(module, path, bytecode):
    """(whole process, import + answer) in seconds for one fresh interpreter."""
    env = {key: value for key, value in os.environ.items() if key != "SKILL_ID"}
    flags = ["-I"]
    with tempfile.TemporaryDirectory() as empty:
        if not bytecode:
            flags = ["-I", "-B", "-X", f"pycache_prefix={empty}"]
        command = [sys.executable, *flags, "-c", CHILD, module, str(path), str(LAUNCH)]
        start = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        whole = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(f"{module} failed to answer a LaunchRequest:\n{run.stderr}")
    return whole, json.loads(run.stdout.strip().splitlines()[-1])["seconds"]


def measure(runs, bytecode):
    """{skill: (median whole process, median import + answer)} in ms, the skills alternating."""
    samples = {name: [] for name in ENTRIES}
    for module, path in ENTRIES.values():  # a first run fills __pycache__ (and the disk cache)
        cold_start(module, path, bytecode=True)
    for _ in range(runs):
        for name, (module, path) in ENTRIES.items():
            samples[name].append(cold_start(module, path, bytecode))
    return {name: tuple(statistics.median(column) * 1000 for column in zip(*rows, strict=True))
            for name, rows in samples.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per skill and case")
    args = parser.parse_args(argv)
    print(f"cold starts: {args.runs} fresh interpreters per skill and case (medians; {sys.executable})")
    for case, bytecode in (("with bytecode cache", True), ("no bytecode cache  ", False)):
        medians = measure(args.runs, bytecode)
        ours, hello = medians["leg check"], medians["hello skill"]
        print(f"{case}  leg check: process {ours[0]:.0f} ms, import+launch {ours[1]:.0f} ms;  "
              f"hello skill: process {hello[0]:.0f} ms, import+launch {hello[1]:.0f} ms;  "
              f"ratio process {ours[0] / hello[0]:.2f}x, import+launch {ours[1] / hello[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
