"""`sam build` makes a Lambda package that answers a LaunchRequest on its own, as Lambda runs it: from a
read-only folder, with bytecode of the runtime's Python version for every module, nothing on stderr,
nothing written, and exactly the locked versions of its dependencies."""

import json
import re
import subprocess
from pathlib import Path

import pytest

import lambda_build

LAUNCH = lambda_build.REPO / "tests" / "fixtures" / "package_launch.json"
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
# Run by the runtime's Python in the package folder: every .py has a pyc Python will use as it is,
# compiled by this version (magic number) as an unchecked-hash pyc (flags 0b01: hash-based, not checked).
PYC_CHECK = """
import importlib.util, json, os, sys
missing, wrong = [], []
for folder, _, files in os.walk("."):
    for name in files:
        if name.endswith(".py"):
            source = os.path.join(folder, name)
            try:
                with open(importlib.util.cache_from_source(source), "rb") as pyc:
                    header = pyc.read(8)
            except FileNotFoundError:
                missing.append(source)
                continue
            if header[:4] != importlib.util.MAGIC_NUMBER or int.from_bytes(header[4:8], "little") != 1:
                wrong.append(source)
print(json.dumps({"missing": missing, "wrong": wrong, "python": "%d.%d" % sys.version_info[:2]}))
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """`sam build` with HOME an empty folder, which must stay empty: uv, make and the SAM CLI keep their
    caches and settings in the repository's .cache/ (lambda_build.cache_env), not in the home folder."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        built = lambda_build.sam_build(tmp_path_factory.mktemp("sam-build") / "build")
    assert sorted(home.rglob("*")) == [], "the build wrote in the home folder"
    return built


@pytest.fixture(scope="module")
def python() -> str:
    found = lambda_build.lambda_python()
    if found is None:
        version = lambda_build.makefile_setting("LAMBDA_PYTHON")
        pytest.fail(f"no Python {version} interpreter (the Lambda runtime) to build and run the package with")
    return found


@pytest.fixture
def read_only_package(package, tmp_path):
    folder = lambda_build.read_only_copy(package, tmp_path / "task")
    yield folder
    lambda_build.writable_again(folder)


def skill_id():
    return json.loads(LAUNCH.read_text())["session"]["application"]["applicationId"]


def snapshot(folder):
    """Every path in the folder with its size and modification time."""
    return {str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
            for path in [folder, *folder.rglob("*")]}


pytestmark = [pytest.mark.slow, pytest.mark.registry("pypi")]


def test_package_has_the_handler_the_legcheck_package_and_experta_at_its_root(package, capsys, tmp_path):
    for name in ("lambda_function.py", "legcheck/skill/build.py", "legcheck/rules/__init__.py",
                 "experta/__init__.py"):
        assert (package / name).is_file(), name
    size, zipped = lambda_build.package_size_mb(package), lambda_build.zipped_size_mb(package, tmp_path)
    with capsys.disabled():
        print(f"\nLambda package: {size:.1f} MB unzipped, {zipped:.1f} MB zipped ({package})")
    assert size < SIZE_BUDGET_MB


def test_package_leaves_out_the_local_web_service_and_build_leftovers(package):
    present = {path.name.lower() for path in package.iterdir()}
    assert not present & set(LOCAL_ONLY_PACKAGES)
    assert not [p for p in present if p.endswith(".egg-info")]


def test_package_installs_exactly_the_locked_versions(package):
    exported = dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", (lambda_build.REPO / "lambda" /
                                                              "requirements.txt").read_text(), re.MULTILINE))
    locked = {name.lower(): version for name, version in exported.items()}
    assert lambda_build.installed_versions(package) == locked


def test_package_pins_frozendict_2_not_experta_s_broken_1_2(package):
    version = lambda_build.installed_versions(package)["frozendict"]
    assert int(version.split(".")[0]) >= 2


def test_every_module_has_unchecked_hash_bytecode_of_the_runtime_python(package, python):
    run = subprocess.run([python, "-I", "-c", PYC_CHECK], cwd=package, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["python"] == lambda_build.makefile_setting("LAMBDA_PYTHON")
    assert report["missing"] == [] and report["wrong"] == []
    tag = f".cpython-{report['python'].replace('.', '')}."
    assert not [p for p in package.rglob("*.pyc") if tag not in p.name], "bytecode of another version"


def test_package_answers_a_launch_request_from_a_read_only_folder_writing_and_logging_nothing(
        read_only_package, python, capsys):
    before = snapshot(read_only_package)
    # No -B: as root the folder's modes stop nothing, so a missing or stale pyc would be written now.
    report, stderr, seconds = lambda_build.run_like_lambda(python, read_only_package, "lambda_function",
                                                           LAUNCH, skill_id())
    assert snapshot(read_only_package) == before
    # What the Lambda runtime would log: stderr under the default warning filters (SyntaxWarnings of modules
    # compiled from source would show; DeprecationWarnings outside __main__ would not, nor would Lambda
    # log them) and warnings or errors logged with no handler set up (logging's last resort).
    assert stderr == ""
    with capsys.disabled():
        print(f"\nCold import + LaunchRequest, read-only package: {report['answer_ms']:.0f} ms "
              f"(import {report['import_ms']:.0f} ms; {seconds * 1000:.0f} ms for the whole process)")
    assert report["outside"] == [], "modules imported from outside the package and the standard library"
    response = report["response"]
    assert response["version"] == "1.0"
    speech = response["response"]["outputSpeech"]
    assert (speech.get("ssml") or speech.get("text") or "").strip()
    # A launch asks the first question and waits for the answer (an error apology would end the session).
    assert response["response"]["shouldEndSession"] is False
    assert response["response"]["reprompt"]["outputSpeech"]
    assert "question" in response["sessionAttributes"]



def test_package_understands_a_description_in_a_persons_own_words(read_only_package, python):
    describe = lambda_build.REPO / "tests" / "fixtures" / "requests" / "en-US" / "DescribeIntent.json"
    application = json.loads(describe.read_text())["session"]["application"]["applicationId"]
    report, stderr, _ = lambda_build.run_like_lambda(python, read_only_package, "lambda_function", describe,
                                                     application)
    assert stderr == "" and report["outside"] == []
    speech = report["response"]["response"]["outputSpeech"]["ssml"]
    assert "Got it: sudden weakness" in speech  # "leg went weak all of a sudden": the resolver, in the package
    assert report["response"]["sessionAttributes"]["findings"] == {"sudden_onset": True}
