"""experta 1.9.4 works on every supported Python once its broken pins are overridden.

experta 1.9.4 pins frozendict==1.2 and schema==0.6.7; frozendict 1.2 imports collections.Mapping,
which Python 3.10 removed. pip cannot override a dependency's pin, so the project installs with uv
and its `override-dependencies` (pyproject.toml) / `--override lambda/overrides.txt` (Lambda build).
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
UV = REPO / ".venv" / "bin" / "uv"
REQUIRED_PYTHON = "3.11"
# Dependencies of the local web service only (`legcheck serve`: Flask app, and its own Alexa request
# signature check with cryptography + certifi roots); the Lambda package leaves them out.
LOCAL_ONLY = {"flask", "flask-ask-sdk", "waitress", "cryptography", "certifi"}

ENGINE_SCRIPT = """
import json, sys
from importlib.metadata import version
from experta import Fact, KnowledgeEngine, Rule
from legcheck import rules

class Leg(Fact):
    pass

class Engine(KnowledgeEngine):
    fired = ()

    @Rule(Leg(weak=True))
    def weak_leg(self):
        self.fired = (*self.fired, "weak_leg")

engine = Engine()
engine.reset()
engine.declare(Leg(weak=True))
engine.run()
print(json.dumps({"python": "%d.%d" % sys.version_info[:2], "fired": list(engine.fired),
                  **{name: version(name) for name in ("experta", "frozendict", "schema")}}))
"""


def find_python(version: str) -> str | None:
    """A working interpreter for `version`: on PATH, or installed by pyenv but not selected."""
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"))
    probe = "import sys; print('%d.%d' % sys.version_info[:2])"
    for candidate in filter(None, candidates):
        result = subprocess.run([candidate, "-c", probe], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip() == version:
            return candidate
    return None


def uv_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    return {**env, "UV_PYTHON_DOWNLOADS": "never"}


def requirement_lines(path: Path) -> list[str]:
    lines = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return [line.replace(" ", "") for line in lines if line]


def requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


@pytest.mark.slow
@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_experta_engine_fires_a_rule_after_a_plain_install_of_the_project(version, tmp_path):
    python = find_python(version)
    if python is None:
        if version == REQUIRED_PYTHON:
            pytest.fail(f"Python {version} is required (requires-python) but no interpreter was found")
        pytest.skip(f"no Python {version} interpreter on this machine (PATH or pyenv)")
    venv = tmp_path / "venv"
    subprocess.run([UV, "venv", "--quiet", "-p", python, venv], check=True, env=uv_env())
    # Run from the repository: uv reads [tool.uv] override-dependencies from the pyproject.toml
    # of the current directory, not from the project being installed.
    install = subprocess.run(
        [UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=uv_env(),
    )
    assert install.returncode == 0, install.stderr
    run = subprocess.run(
        [venv / "bin" / "python", "-c", ENGINE_SCRIPT], cwd=tmp_path, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["python"] == version
    assert report["fired"] == ["weak_leg"]
    assert report["experta"] == "1.9.4"
    assert int(report["frozendict"].split(".")[0]) >= 2
    assert tuple(map(int, report["schema"].split(".")[:3])) >= (0, 7, 5)


def pip_dry_run(tmp_path: Path, *requirements: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
    command += ["--disable-pip-version-check", "--report", str(tmp_path / "report.json"), *requirements]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)


@pytest.mark.slow
def test_pip_alone_resolves_experta_to_the_broken_frozendict_1_2(tmp_path):
    result = pip_dry_run(tmp_path, "experta==1.9.4")
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    versions = {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in report["install"]}
    assert versions["frozendict"] == "1.2"
    assert versions["schema"] == "0.6.7"


@pytest.mark.slow
def test_pip_cannot_install_experta_with_a_working_frozendict(tmp_path):
    result = pip_dry_run(tmp_path, "experta==1.9.4", "frozendict>=2.4")
    assert result.returncode != 0
    assert "ResolutionImpossible" in result.stderr or "conflict" in result.stderr.lower()


def test_lambda_requirements_are_the_project_dependencies_without_the_local_web_service():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    dependencies = {dep.replace(" ", "") for dep in project["project"]["dependencies"]}
    expected = {dep for dep in dependencies if requirement_name(dep) not in LOCAL_ONLY}
    lambda_requirements = requirement_lines(REPO / "lambda" / "requirements.txt")
    assert set(lambda_requirements) == expected, (
        "keep lambda/requirements.txt in step with pyproject.toml, or list local-only deps in LOCAL_ONLY"
    )


def test_lambda_overrides_are_the_project_overrides():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    overrides = [dep.replace(" ", "") for dep in project["tool"]["uv"]["override-dependencies"]]
    assert requirement_lines(REPO / "lambda" / "overrides.txt") == overrides
