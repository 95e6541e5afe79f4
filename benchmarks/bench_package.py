"""Package size: the Lambda function that `sam build` makes, unzipped and zipped, in MB.

    .venv/bin/python -m benchmarks.bench_package

`sam build` runs as in tests/test_lambda_package.py (the pinned SAM CLI through `uv tool run`, AWS
variables cleared, into a temporary build dir). The baseline is the hello skill (benchmarks/minimal_skill.py)
packaged the way the Makefile packages Leg Check: `uv pip install --target` of ask-sdk-core alone for the
same Python version and platform, plus the handler file.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from tests.test_lambda_package import (  # noqa: E402
    SAM_CLI,
    offline_aws_env,
    package_size_mb,
    zipped_size_mb,
)

UV = str(REPO / ".venv" / "bin" / "uv")


def makefile_setting(name):
    """A `NAME ?= value` default of the Makefile (the Lambda Python version and platform)."""
    return re.search(rf"^{name} \?= (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE).group(1)


def sam_build(build_dir):
    command = [UV, "tool", "run", "--from", SAM_CLI, "sam", "build", "--build-dir", str(build_dir)]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=offline_aws_env(),
                         timeout=900)
    if run.returncode != 0:
        raise RuntimeError(f"sam build failed:\n{run.stdout}{run.stderr}")
    return build_dir / "LegCheckFunction"


def hello_package(target):
    command = [UV, "pip", "install", "--quiet", "--target", str(target),
               "--python-version", makefile_setting("LAMBDA_PYTHON"),
               "--python-platform", makefile_setting("LAMBDA_PLATFORM"),
               "--only-binary", ":all:", "ask-sdk-core"]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=offline_aws_env(),
                         timeout=900)
    if run.returncode != 0:
        raise RuntimeError(f"uv pip install ask-sdk-core failed:\n{run.stderr}")
    shutil.copy(REPO / "benchmarks" / "minimal_skill.py", target)
    return target


def main(argv=None):
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        packages = {"leg check": sam_build(scratch / "build"),
                    "hello skill": hello_package(scratch / "hello")}
        sizes = {name: (package_size_mb(path), zipped_size_mb(path, scratch))
                 for name, path in packages.items()}
    for name, (unzipped, zipped) in sizes.items():
        print(f"{name:<12} package {unzipped:.1f} MB unzipped, {zipped:.1f} MB zipped")
    ours, hello = sizes["leg check"], sizes["hello skill"]
    print(f"ratio        {ours[0] / hello[0]:.2f}x unzipped, {ours[1] / hello[1]:.2f}x zipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
