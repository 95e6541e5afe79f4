"""Package size: the Lambda function the Makefile builds for `sam build`, unzipped and zipped, in MB.

    .venv/bin/python -m benchmarks.bench_package

Leg Check is built by `make build-LegCheckFunction ARTIFACTS_DIR=<tmp>`, the recipe `sam build` runs
(lambda_build.make_build: no SAM CLI needed). The baseline is the hello skill (benchmarks/minimal_skill.py)
packaged with the same recipe (lambda_build.hello_build): the locked ask-sdk-core alone, installed for the
same Python version and platform, plus the handler file, and the same bytecode compile. The share of the
bytecode (__pycache__) in each is printed too.
"""
import argparse
import sys
import tempfile
from pathlib import Path

import lambda_build


def bytecode_mb(package):
    return sum(f.stat().st_size for f in Path(package).rglob("__pycache__/*.pyc")) / 1e6


def main(argv=None):
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        packages = {"leg check": lambda_build.make_build(scratch / "legcheck"),
                    "hello skill": lambda_build.hello_build(scratch / "hello")}
        sizes = {name: (lambda_build.package_size_mb(path), lambda_build.zipped_size_mb(path, scratch),
                        bytecode_mb(path))
                 for name, path in packages.items()}
    for name, (unzipped, zipped, bytecode) in sizes.items():
        print(f"{name:<12} package {unzipped:.1f} MB unzipped, {zipped:.1f} MB zipped "
              f"(bytecode {bytecode:.1f} MB of it unzipped)")
    ours, hello = sizes["leg check"], sizes["hello skill"]
    print(f"ratio        {ours[0] / hello[0]:.2f}x unzipped, {ours[1] / hello[1]:.2f}x zipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
