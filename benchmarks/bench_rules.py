"""How long one assessment takes, against an experta engine with no rules given the same facts.

    .venv/bin/python -m benchmarks.bench_rules [--rounds N]

Both are measured in this process over the vignettes of tests/vignettes.py: the baseline is the cost of
experta itself (reset, declare the same Finding facts, run), so the ratio is what the rules, the next
question and the speech add.
"""
import argparse
import sys
import time

from experta import KnowledgeEngine  # noqa: E402

from benchmarks.bench_turn import summary  # noqa: E402
from legcheck.rules import assess  # noqa: E402
from legcheck.rules.facts import Finding  # noqa: E402
from vignettes import VIGNETTES  # noqa: E402


class NoRules(KnowledgeEngine):
    """The baseline: experta with nothing to match."""


def time_each(function, inputs, rounds):
    samples = []
    for _ in range(rounds):
        for value in inputs:
            start = time.perf_counter()
            function(value)
            samples.append(time.perf_counter() - start)
    return samples


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="passes over the vignettes")
    args = parser.parse_args(argv)
    inputs = [vignette.findings for vignette in VIGNETTES]
    empty = NoRules()

    def baseline(findings):
        empty.reset()
        empty.declare(*(Finding(id=k, value=v) for k, v in findings.items()))
        empty.run()

    for function in (assess, baseline):  # warm up: build the engines, fill caches
        time_each(function, inputs, 1)
    rules_median, rules_p99 = summary(time_each(assess, inputs, args.rounds))
    base_median, base_p99 = summary(time_each(baseline, inputs, args.rounds))
    print(f"assessments: {len(inputs)} vignettes x {args.rounds} rounds")
    print(f"leg check assess  median {rules_median:.3f} ms  p99 {rules_p99:.3f} ms")
    print(f"experta, no rules median {base_median:.3f} ms  p99 {base_p99:.3f} ms")
    print(f"ratio (median)    {rules_median / base_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
