"""Dependencies: experta 1.9.4 works on every supported Python once its broken pins are overridden, and the
development environment and the Lambda package install exactly what uv.lock records.

experta 1.9.4 pins frozendict==1.2 and schema==0.6.7; frozendict 1.2 imports collections.Mapping,
which Python 3.10 removed. pip cannot override a dependency's pin, so the project is resolved by uv with
[tool.uv] override-dependencies (pyproject.toml): `uv lock` records the result in uv.lock (which
scripts/setup installs with `uv sync --locked`), and lambda/requirements.txt is exported from the lock for
the `lambda` dependency group, every file's hash included (`make lambda-requirements`), for the Makefile
to install with hash checking. tests/test_lambda_package.py checks the built package has exactly those.
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

import lambda_build
from lambda_build import REPO, UV, requirement_name

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


def project():
    return tomllib.loads((REPO / "pyproject.toml").read_text())


def locked_packages():
    """{name: version} of every package in uv.lock."""
    return {package["name"]: package["version"]
            for package in tomllib.loads((REPO / "uv.lock").read_text())["package"] if "version" in package}


def uv(*args, cwd=REPO):
    return subprocess.run([UV, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          env=lambda_build.tool_env(), timeout=900)


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


@pytest.mark.slow
@pytest.mark.registry("pypi")
@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_experta_engine_fires_a_rule_after_a_plain_install_of_the_project(version, tmp_path):
    python = find_python(version)
    if python is None:
        if version == REQUIRED_PYTHON:
            pytest.fail(f"Python {version} is required (requires-python) but no interpreter was found")
        pytest.skip(f"no Python {version} interpreter on this machine (PATH or pyenv)")
    venv = tmp_path / "venv"
    assert uv("venv", "--quiet", "-p", python, venv).returncode == 0
    # Run from the repository: uv reads [tool.uv] override-dependencies from the pyproject.toml
    # of the current directory, not from the project being installed.
    install = uv("pip", "install", "--quiet", "--python", venv / "bin" / "python", ".")
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


def pip_dry_run(tmp_path, *requirements):
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
    command += ["--disable-pip-version-check", "--report", str(tmp_path / "report.json"), *requirements]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=lambda_build.tool_env())


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_pip_alone_resolves_experta_to_the_broken_frozendict_1_2(tmp_path):
    result = pip_dry_run(tmp_path, "experta==1.9.4")
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    versions = {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in report["install"]}
    assert versions["frozendict"] == "1.2"
    assert versions["schema"] == "0.6.7"


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_pip_cannot_install_experta_with_a_working_frozendict(tmp_path):
    result = pip_dry_run(tmp_path, "experta==1.9.4", "frozendict>=2.4")
    assert result.returncode != 0
    assert "ResolutionImpossible" in result.stderr or "conflict" in result.stderr.lower()


def test_the_lock_is_up_to_date_with_pyproject():
    result = uv("lock", "--locked", "--offline")
    assert result.returncode == 0, "run `uv lock` (then `make lambda-requirements`):\n" + result.stderr


def test_the_lock_was_resolved_with_the_overrides_and_holds_working_frozendict_and_schema():
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    overrides = {(item["name"], item["specifier"]) for item in lock["manifest"]["overrides"]}
    declared = {(requirement_name(dep), dep[len(requirement_name(dep)):].replace(" ", ""))
                for dep in project()["tool"]["uv"]["override-dependencies"]}
    assert overrides == declared
    versions = locked_packages()
    assert versions["experta"] == "1.9.4"
    assert int(versions["frozendict"].split(".")[0]) >= 2
    assert tuple(map(int, versions["schema"].split(".")[:3])) >= (0, 7, 5)


def test_lambda_requirements_are_a_fresh_export_of_the_lock(tmp_path):
    """No drift: lambda/requirements.txt is what `make lambda-requirements` exports from uv.lock now."""
    fresh = tmp_path / "requirements.txt"
    lambda_build.make("lambda-requirements", LAMBDA_REQUIREMENTS=fresh)
    assert fresh.read_text() == (REPO / "lambda" / "requirements.txt").read_text(), (
        "lambda/requirements.txt is stale: run `make lambda-requirements`")


def test_lambda_requirements_pin_every_package_to_its_locked_version_with_hashes():
    text = (REPO / "lambda" / "requirements.txt").read_text()
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^\s;]+)(?: ;[^\\\n]+)? \\\n"
                      r"((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", text, re.MULTILINE)
    requirements = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(pins) == len(requirements), "every requirement is pinned with == and has hashes"
    locked = locked_packages()
    assert {name: version for name, version, _ in pins} == {name: locked[name] for name, _, _ in pins}
    assert {"ask-sdk-core", "experta", "frozendict", "schema"} <= {name for name, _, _ in pins}
    assert not {name for name, _, _ in pins} & {"flask", "flask-ask-sdk", "waitress", "cryptography"}


def test_lambda_group_is_the_project_dependencies_without_the_local_web_service():
    dependencies = {dep.replace(" ", "") for dep in project()["project"]["dependencies"]}
    expected = {dep for dep in dependencies if requirement_name(dep) not in LOCAL_ONLY}
    assert {dep.replace(" ", "") for dep in lambda_build.lambda_group()} == expected, (
        "keep the `lambda` dependency group in step with [project] dependencies, or list local-only "
        "dependencies in LOCAL_ONLY")
