"""`sam build` makes a Lambda package that answers a LaunchRequest on its own, with nothing else installed."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cfnlint.decode import cfn_yaml

REPO = Path(__file__).resolve().parents[1]
LAUNCH = REPO / "tests" / "fixtures" / "package_launch.json"
# Same isolated SAM CLI as tests/test_template.py.
SAM_CLI = "aws-sam-cli==1.170.0"
# Unzipped; Lambda allows 250 MB, but anything near this means something was packaged by mistake.
SIZE_BUDGET_MB = 30
LOCAL_ONLY_PACKAGES = (
    "flask",
    "flask_ask_sdk",
    "waitress",
    "werkzeug",
    "ask_sdk_webservice_support",
    "cryptography",
)

# Runs as Lambda does, from the package folder (on sys.path as the current directory), with
# `python -E -s -S -B`: no site-packages, no PYTHONPATH, no bytecode written (the folder is read-only).
INVOKE_SCRIPT = """
import json, sys, time
started = time.perf_counter()
package, launch = sys.argv[1], sys.argv[2]
import lambda_function, experta, legcheck.rules, legcheck.skill
modules = (lambda_function, experta, legcheck.rules, legcheck.skill)
outside = [m.__name__ for m in modules if not m.__file__.startswith(package)]
with open(launch) as request:
    response = lambda_function.lambda_handler(json.load(request), None)
seconds = time.perf_counter() - started
print(json.dumps({"outside": outside, "response": response, "seconds": seconds}))
"""


def lambda_python() -> str:
    """The local interpreter matching the template's runtime (PATH, or pyenv when not selected)."""
    template = cfn_yaml.load(str(REPO / "template.yaml"))
    version = template["Resources"]["LegCheckFunction"]["Properties"]["Runtime"].removeprefix("python")
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates = [
        shutil.which(f"python{version}"),
        *sorted(Path(pyenv_root).glob(f"versions/{version}.*/bin")),
    ]
    for candidate in filter(None, candidates):
        python = str(Path(candidate) / f"python{version}") if Path(candidate).is_dir() else candidate
        probe = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return python
    pytest.fail(f"no Python {version} interpreter (the Lambda runtime) to run the package with")


def offline_aws_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") or k == "AWS_CA_BUNDLE"}
    env.update(AWS_DEFAULT_REGION="us-east-1", SAM_CLI_TELEMETRY="0", UV_PYTHON_DOWNLOADS="never")
    return env


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    build_dir = tmp_path_factory.mktemp("sam-build") / "build"
    uv = str(REPO / ".venv" / "bin" / "uv")
    command = [uv, "tool", "run", "--from", SAM_CLI, "sam", "build", "--build-dir", str(build_dir)]
    result = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, env=offline_aws_env(), timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return build_dir / "LegCheckFunction"


def package_size_mb(package: Path) -> float:
    return sum(f.stat().st_size for f in package.rglob("*") if f.is_file()) / 1e6


def zipped_size_mb(package: Path, tmp_path: Path) -> float:
    return Path(shutil.make_archive(str(tmp_path / "package"), "zip", package)).stat().st_size / 1e6


@pytest.mark.slow
def test_package_has_the_handler_the_legcheck_package_and_experta_at_its_root(package, capsys, tmp_path):
    for name in ("lambda_function.py", "legcheck/skill/build.py", "legcheck/rules/__init__.py",
                 "experta/__init__.py"):
        assert (package / name).is_file(), name
    size, zipped = package_size_mb(package), zipped_size_mb(package, tmp_path)
    with capsys.disabled():
        print(f"\nLambda package: {size:.1f} MB unzipped, {zipped:.1f} MB zipped ({package})")
    assert size < SIZE_BUDGET_MB


@pytest.mark.slow
def test_package_leaves_out_the_local_web_service_and_build_leftovers(package):
    present = {path.name.lower() for path in package.iterdir()}
    assert not present & set(LOCAL_ONLY_PACKAGES)
    assert not [p for p in present if p.endswith(".egg-info")]
    assert not list(package.rglob("__pycache__"))


@pytest.mark.slow
def test_package_pins_frozendict_2_not_experta_s_broken_1_2(package):
    (dist_info,) = package.glob("frozendict-*.dist-info")
    assert int(dist_info.name.removeprefix("frozendict-").split(".")[0]) >= 2


@pytest.mark.slow
def test_package_answers_a_launch_request_in_a_clean_interpreter(package, tmp_path, capsys):
    launch = json.loads(LAUNCH.read_text())
    env = {"PATH": os.environ.get("PATH", ""), "SKILL_ID": launch["session"]["application"]["applicationId"]}
    command = [lambda_python(), "-E", "-s", "-S", "-B", "-c", INVOKE_SCRIPT, str(package), str(LAUNCH)]
    run = subprocess.run(command, cwd=package, capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    with capsys.disabled():
        print(f"\nCold import + LaunchRequest in a clean interpreter: {result['seconds'] * 1000:.0f} ms")
    assert result["outside"] == []
    response = result["response"]
    assert response["version"] == "1.0"
    speech = response["response"]["outputSpeech"]
    assert (speech.get("ssml") or speech.get("text") or "").strip()
    # A launch asks the first question and waits for the answer (an error apology would end the session).
    assert response["response"]["shouldEndSession"] is False
    assert response["response"]["reprompt"]["outputSpeech"]
    assert "question" in response["sessionAttributes"]
