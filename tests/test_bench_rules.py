"""The rules benchmark runs and prints its figures (speed itself is measured by the benchmark, not here)."""
from benchmarks.bench_rules import main


def test_rules_benchmark_prints_median_p99_and_ratio(capsys):
    assert main(["--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "leg check assess  median" in out and "p99" in out
    assert "experta, no rules median" in out and "ratio (median)" in out
