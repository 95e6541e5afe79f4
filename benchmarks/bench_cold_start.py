"""Cold start: a fresh interpreter imports the Lambda entry and answers a LaunchRequest.

    .venv/bin/python -m benchmarks.bench_cold_start [--runs N] [--skip-package]

Each run is a new process that imports the entry module and answers the en-US LaunchRequest fixture; the
figures are medians of the whole process (start to exit, as the wall clock sees it) and of import + first
answer inside it. The baseline is the minimal ask-sdk-core hello skill (benchmarks/minimal_skill.py), run
the same way, the two skills alternating. Three cases:

- with bytecode cache: this venv's interpreter (`python -I`) with the __pycache__ it keeps (a warm disk);
- no bytecode cache: the same with -B -X pycache_prefix=<an empty directory>, every module compiled from
  source (what a package without bytecode costs on every cold start in Lambda's read-only folder);
- Lambda package: each skill built by the Makefile's recipe (`make build-LegCheckFunction`, as `sam
  build` runs it; the hello skill with the same dependency install and bytecode compile), copied into a
  read-only folder (chmod -R a-w) and run there by a fresh interpreter of the runtime's version (Python
  3.13), as Lambda runs it (lambda_build.run_like_lambda). Import alone is printed too.
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

import lambda_build

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
    """(whole process, import + answer) in seconds for one fresh interpreter of this venv."""
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


def skill_id_of(event_path):
    return json.loads(Path(event_path).read_text())["session"]["application"]["applicationId"]


def measure_packages(runs, scratch):
    """{skill: (median whole process, median import + answer, median import)} in ms for the built Lambda
    packages in read-only folders, run by the runtime's Python version."""
    python = lambda_build.lambda_python()
    if python is None:
        raise RuntimeError("no Python of the Lambda runtime's version (make lambda-python)")
    scratch = Path(scratch)
    built = {"leg check": ("lambda_function", lambda_build.make_build(scratch / "legcheck")),
             "hello skill": ("minimal_skill", lambda_build.hello_build(scratch / "hello"))}
    folders = {name: (module, lambda_build.read_only_copy(package, scratch / f"{package.name}-read-only"))
               for name, (module, package) in built.items()}
    samples = {name: [] for name in folders}
    skill_id = skill_id_of(LAUNCH)
    try:
        for module, folder in folders.values():  # a first run warms the disk cache
            lambda_build.run_like_lambda(python, folder, module, LAUNCH, skill_id, no_bytecode_writes=True)
        for _ in range(runs):
            for name, (module, folder) in folders.items():
                report, _, seconds = lambda_build.run_like_lambda(python, folder, module, LAUNCH, skill_id,
                                                                  no_bytecode_writes=True)
                samples[name].append((seconds * 1000, report["answer_ms"], report["import_ms"]))
    finally:
        for _, folder in folders.values():
            lambda_build.writable_again(folder)
    return python, {name: tuple(statistics.median(column) for column in zip(*rows, strict=True))
                    for name, rows in samples.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per skill and case")
    parser.add_argument("--skip-package", action="store_true",
                        help="leave out the built Lambda packages (they need the package registry)")
    args = parser.parse_args(argv)
    print(f"cold starts: {args.runs} fresh interpreters per skill and case (medians; {sys.executable})")
    for case, bytecode in (("with bytecode cache", True), ("no bytecode cache  ", False)):
        medians = measure(args.runs, bytecode)
        ours, hello = medians["leg check"], medians["hello skill"]
        print(f"{case}  leg check: process {ours[0]:.0f} ms, import+launch {ours[1]:.0f} ms;  "
              f"hello skill: process {hello[0]:.0f} ms, import+launch {hello[1]:.0f} ms;  "
              f"ratio process {ours[0] / hello[0]:.2f}x, import+launch {ours[1] / hello[1]:.2f}x")
    if not args.skip_package:
        with tempfile.TemporaryDirectory() as scratch:
            python, medians = measure_packages(args.runs, scratch)
        ours, hello = medians["leg check"], medians["hello skill"]
        print(f"lambda package      leg check: process {ours[0]:.0f} ms, import+launch {ours[1]:.0f} ms, "
              f"import {ours[2]:.0f} ms;  hello skill: process {hello[0]:.0f} ms, import+launch "
              f"{hello[1]:.0f} ms, import {hello[2]:.0f} ms;  ratio process {ours[0] / hello[0]:.2f}x, "
              f"import+launch {ours[1] / hello[1]:.2f}x, import {ours[2] / hello[2]:.2f}x  ({python}, "
              "read-only folder)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
