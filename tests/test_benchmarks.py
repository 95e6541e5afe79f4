"""Smoke tests: each benchmark runs with tiny counts and prints its figures (no timing is asserted here;
speed is what the benchmarks measure, see benchmarks/README.md). Each runs in its own interpreter, as
`python -m benchmarks.<name>`: tests and benchmarks never import each other."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NUMBER = r"\d+(\.\d+)?"


def run(module, *args):
    command = [sys.executable, "-m", f"benchmarks.{module}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_rules_benchmark_prints_median_p99_and_ratio():
    out = run("bench_rules", "--rounds", "1")
    assert "leg check assess  median" in out and "p99" in out
    assert "experta, no rules median" in out and "ratio (median)" in out


def test_turn_benchmark_prints_median_p99_and_ratio_against_the_hello_skill():
    out = run("bench_turn", "--rounds", "1")
    assert re.search(rf"leg check turn +median {NUMBER} ms +p99 {NUMBER} ms", out), out
    assert re.search(rf"hello skill turn +median {NUMBER} ms +p99 {NUMBER} ms", out), out
    assert re.search(rf"ratio +median {NUMBER}x +p99 {NUMBER}x", out), out


def test_interview_benchmark_prints_questions_and_seconds_beside_the_previous_release():
    out = run("bench_interview", "--table", "seed")
    assert re.search(rf"before the result +questions {NUMBER} / {NUMBER} \[16 / 22\]; +seconds {NUMBER} / {NUMBER} "
                     rf"\[94 / 126\]", out), out
    assert re.search(rf"call_emergency +\(\d+\) +questions {NUMBER} / {NUMBER}", out), out


def test_resolver_benchmark_prints_what_reading_adds_to_a_turn_and_to_a_cold_start():
    out = run("bench_resolver", "--rounds", "1", "--runs", "1")
    assert re.search(rf"reading adds +median -?{NUMBER} +p99 -?{NUMBER}", out), out
    assert re.search(rf"looked up +{NUMBER}, {NUMBER}", out), out
    assert re.search(rf"added +-?{NUMBER}, -?{NUMBER}; median of the 1 back-to-back pairs -?{NUMBER}", out), out
    for case in ("with bytecode", "from source"):
        assert re.search(rf"{case} +import {NUMBER} +first reading {NUMBER} +in all {NUMBER}", out), out


def test_cold_start_benchmark_prints_both_cases_with_ratios():
    out = run("bench_cold_start", "--runs", "1", "--skip-package")
    for case in ("with bytecode cache", "no bytecode cache"):
        assert re.search(rf"{case} +leg check: process {NUMBER} ms, import\+launch {NUMBER} ms;.*"
                         rf"ratio process {NUMBER}x, import\+launch {NUMBER}x", out), out


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_cold_start_benchmark_builds_both_lambda_packages_and_prints_their_figures():
    out = run("bench_cold_start", "--runs", "1")
    assert re.search(rf"lambda package +leg check: process {NUMBER} ms, import\+launch {NUMBER} ms, "
                     rf"import {NUMBER} ms;  hello skill: process {NUMBER} ms, import\+launch {NUMBER} ms, "
                     rf"import {NUMBER} ms;  ratio process {NUMBER}x, import\+launch {NUMBER}x, "
                     rf"import {NUMBER}x", out), out


@pytest.mark.slow
def test_web_benchmark_prints_throughput_latency_and_errors_for_both_servers():
    out = run("bench_web", "--seconds", "1", "--sessions", "4", "--threads", "2", "--interviews", "8")
    for name in ("leg check", "hello skill"):
        figures = rf"{name} +{NUMBER} requests/s +median {NUMBER} ms +p99 {NUMBER} ms +errors 0 "
        assert re.search(figures, out), out
    assert re.search(rf"throughput ratio \(leg check / hello skill\) {NUMBER}x", out), out


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_package_benchmark_prints_sizes_of_both_packages():
    out = run("bench_package")
    for name in ("leg check", "hello skill"):
        assert re.search(rf"{name} +package {NUMBER} MB unzipped, {NUMBER} MB zipped", out), out
    assert re.search(rf"ratio +{NUMBER}x unzipped, {NUMBER}x zipped", out), out


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_run_all_runs_every_benchmark_and_names_each_command():
    out = run("run_all", "--quick", "--skip", "package")
    for module in ("bench_rules", "bench_turn", "bench_cold_start", "bench_web"):
        assert f"-m benchmarks.{module}" in out, out
    assert "FAILED" not in out
