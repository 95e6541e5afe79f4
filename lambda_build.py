"""Build Lambda packages and run them as Lambda does: shared by tests/ and benchmarks/ (not shipped).

- `make_build` runs the Makefile's `build-LegCheckFunction`, the recipe `sam build` runs, without the SAM
  CLI; `sam_build` runs the pinned SAM CLI itself; `hello_build` packages benchmarks/minimal_skill.py with
  the same recipe (the locked ask-sdk-core alone, the same bytecode compile).
- `run_like_lambda` starts a fresh interpreter of the runtime's version in a package folder, imports the
  entry module and answers one request, as the Lambda runtime would.
- `tool_env` is the environment for uv, make and the SAM CLI: no AWS credentials, no telemetry, and every
  cache and settings folder inside the repository (`cache_env`), so that nothing is written in $HOME.
"""

import json
import os
import re
import shutil
import stat
import subprocess
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent
UV = REPO / ".venv" / "bin" / "uv"
# SAM CLI pins many packages; it runs in its own throwaway environment via `uv tool run`.
SAM_CLI = "aws-sam-cli==1.170.0"
CACHE = REPO / ".cache"  # gitignored

# Writes the child reports on its last stdout line; `import_ms` and `answer_ms` count from the first line.
LAMBDA_CHILD = """
import json, sys, time
started = time.perf_counter()
module, event = sys.argv[1], sys.argv[2]
entry = __import__(module)
imported = time.perf_counter()
with open(event) as request:
    response = entry.lambda_handler(json.load(request), None)
answered = time.perf_counter()
import os, sysconfig
paths = sysconfig.get_paths()
stdlib = tuple(os.path.join(paths[key], "") for key in ("stdlib", "platstdlib"))
installed = tuple(os.path.join(paths[key], "") for key in ("purelib", "platlib"))
here = os.path.join(os.getcwd(), "")
outside = sorted(name for name, m in list(sys.modules.items()) if getattr(m, "__file__", None)
                 and not m.__file__.startswith(here)
                 and (not m.__file__.startswith(stdlib) or m.__file__.startswith(installed)))
print(json.dumps({"import_ms": (imported - started) * 1000, "answer_ms": (answered - started) * 1000,
                  "outside": outside, "response": response}))
"""


def cache_env():
    """Where uv, pip, npm and the SAM CLI keep caches and settings during tests and benchmarks."""
    return {"UV_CACHE_DIR": str(CACHE / "uv"), "PIP_CACHE_DIR": str(CACHE / "pip"),
            # `uv tool run` locks its tools folder (~/.local/share/uv/tools otherwise).
            "UV_TOOL_DIR": str(CACHE / "uv-tools"),
            "npm_config_cache": str(CACHE / "npm"), "npm_config_update_notifier": "false",
            # The SAM CLI's settings folder (installation id, telemetry choice): ~/.aws-sam otherwise.
            "__SAM_CLI_APP_DIR": str(CACHE / "aws-sam")}


def tool_env():
    """os.environ without AWS credentials or an active venv, telemetry off, caches in the repository
    (unless already set elsewhere, as scripts/test sets them)."""
    env = {key: value for key, value in os.environ.items()
           if (not key.startswith("AWS_") or key == "AWS_CA_BUNDLE") and key != "VIRTUAL_ENV"}
    env.update(AWS_DEFAULT_REGION="us-east-1", SAM_CLI_TELEMETRY="0", UV_PYTHON_DOWNLOADS="never")
    return {**cache_env(), **env}


def run(command, **options):
    """Run a build command in the repository; raise with its output when it fails."""
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=tool_env(),
                            timeout=900, **options)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def makefile_setting(name):
    """A `NAME ?= value` default of the Makefile (the Lambda Python version and platform)."""
    match = re.search(rf"^{name} \?= (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE)
    return match.group(1) if match else None


def lambda_python():
    """The local interpreter of the Lambda runtime's version that the Makefile compiles bytecode with
    (python3.13 on PATH, or installed by pyenv; LAMBDA_PYTHON_BIN overrides); None when there is none."""
    result = subprocess.run(["make", "--no-print-directory", "-s", "lambda-python"], cwd=REPO,
                            capture_output=True, text=True, env=tool_env())
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def make(*targets, **variables):
    arguments = [f"{name}={value}" for name, value in variables.items()]
    return run(["make", "--no-print-directory", *targets, *arguments])


def make_build(artifacts_dir):
    """The Leg Check package, built by the Makefile target `sam build` runs, into `artifacts_dir`."""
    make("build-LegCheckFunction", ARTIFACTS_DIR=artifacts_dir)
    return Path(artifacts_dir)


def sam_build(build_dir):
    """The Leg Check package, built by the pinned SAM CLI (`sam build`) into `build_dir`."""
    run([UV, "tool", "run", "--from", SAM_CLI, "sam", "build", "--build-dir", build_dir])
    return Path(build_dir) / "LegCheckFunction"


def lambda_group():
    """The `lambda` dependency group of pyproject.toml: the Lambda function's direct dependencies."""
    return tomllib.loads((REPO / "pyproject.toml").read_text())["dependency-groups"]["lambda"]


def requirement_name(requirement):
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


def hello_build(artifacts_dir):
    """The hello skill (benchmarks/minimal_skill.py) packaged as Leg Check is: the locked ask-sdk-core and
    what it needs (exported from uv.lock, hashes checked), then the same bytecode compile."""
    artifacts_dir = Path(artifacts_dir)
    others = [name for name in map(requirement_name, lambda_group()) if name != "ask-sdk-core"]
    prune = [option for name in others for option in ("--prune", name)]
    requirements = artifacts_dir.with_name(artifacts_dir.name + "-requirements.txt")
    requirements.write_text(run([UV, "export", "--quiet", "--frozen", "--only-group", "lambda",
                                 "--no-emit-project", *prune]))
    make("lambda-dependencies", ARTIFACTS_DIR=artifacts_dir, LAMBDA_REQUIREMENTS=requirements)
    shutil.copy(REPO / "benchmarks" / "minimal_skill.py", artifacts_dir)
    make("lambda-bytecode", ARTIFACTS_DIR=artifacts_dir)
    return artifacts_dir


def installed_versions(package):
    """{distribution name (normalized): version} of every *.dist-info in the package folder."""
    versions = {}
    for dist_info in Path(package).glob("*.dist-info"):
        metadata = (dist_info / "METADATA").read_text(encoding="utf-8")
        name = re.search(r"^Name: (.+)$", metadata, re.MULTILINE).group(1).strip()
        version = re.search(r"^Version: (.+)$", metadata, re.MULTILINE).group(1).strip()
        versions[re.sub(r"[-_.]+", "-", name).lower()] = version
    return versions


def package_size_mb(package):
    return sum(f.stat().st_size for f in Path(package).rglob("*") if f.is_file()) / 1e6


def zipped_size_mb(package, scratch):
    return Path(shutil.make_archive(str(Path(scratch) / "package"), "zip", package)).stat().st_size / 1e6


def read_only_copy(package, destination):
    """A copy of the package folder with every write permission removed (chmod -R a-w), as Lambda's
    /var/task. Root ignores these permissions: see `run_like_lambda`'s `no_bytecode_writes`."""
    shutil.copytree(package, destination, symlinks=True)
    for path in [Path(destination), *Path(destination).rglob("*")]:
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
    return Path(destination)


def writable_again(folder):
    """Undo `read_only_copy` (so that the folder can be deleted by its owner)."""
    for path in [Path(folder), *Path(folder).rglob("*")]:
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR)


def run_like_lambda(python, package, module, event, skill_id=None, no_bytecode_writes=False):
    """A fresh `python` in the package folder imports `module` and answers the request in file `event`.

    As the Lambda runtime: the package folder first on sys.path, no user site-packages, an environment
    with nothing of this machine's Python settings (PYTHONPATH, PYTHONDONTWRITEBYTECODE, PYTHONWARNINGS),
    default warning filters, SKILL_ID set as the template sets it. `no_bytecode_writes` adds -B, which is
    what a read-only folder means for imports, for when file modes do not stop the caller (root).
    Returns (the child's report, its stderr, seconds from start to exit).
    """
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if skill_id:
        env["SKILL_ID"] = skill_id
    flags = ["-s", "-B"] if no_bytecode_writes else ["-s"]
    command = [python, *flags, "-c", LAMBDA_CHILD, module, str(event)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=package, capture_output=True, text=True, env=env, timeout=120)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed to answer {event}:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr, seconds
