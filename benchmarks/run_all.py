"""Run every benchmark, one after the other, each in its own interpreter, and print all their figures.

    .venv/bin/python -m benchmarks.run_all [--quick] [--skip NAME ...]

--quick uses tiny counts (a smoke run: the figures are printed but mean little). Exit status 1 if any
benchmark fails. Each benchmark's own command line is printed above its figures.
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (script, full arguments, quick arguments)
BENCHMARKS = {
    "rules": ("bench_rules", [], ["--rounds", "1"]),
    "turn": ("bench_turn", [], ["--rounds", "1"]),
    "interview": ("bench_interview", [], ["--table", "seed"]),
    "resolver": ("bench_resolver", [], ["--rounds", "1", "--runs", "1"]),
    "cold_start": ("bench_cold_start", [], ["--runs", "1"]),
    "web": ("bench_web", [], ["--seconds", "1", "--sessions", "4", "--threads", "2", "--interviews", "8"]),
    "package": ("bench_package", [], []),
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke run)")
    parser.add_argument("--skip", nargs="*", default=[], choices=sorted(BENCHMARKS),
                        help="benchmarks to leave out")
    args = parser.parse_args(argv)
    failed = []
    for name, (script, full, quick) in BENCHMARKS.items():
        if name in args.skip:
            continue
        command = [sys.executable, "-m", f"benchmarks.{script}", *(quick if args.quick else full)]
        shown = " ".join([".venv/bin/python", *command[1:]])
        print(f"== {name}: {shown}", flush=True)
        started = time.monotonic()
        run = subprocess.run(command, cwd=HERE.parent)
        outcome = "" if run.returncode == 0 else ", FAILED"
        print(f"   ({time.monotonic() - started:.0f} s{outcome})\n", flush=True)
        if run.returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
