"""Runs the virtual-alexa end-to-end tests (tests/e2e/skill.test.js) under pytest.

They need Node >= 20 and npm; `npm ci` installs virtual-alexa from package-lock.json (from the npm
registry, into the npm cache the test run keeps in .cache/npm) when node_modules is missing. The node
tests start `legcheck serve --no-verify` themselves.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

E2E = Path(__file__).parent
LEGCHECK = Path(sys.executable).with_name("legcheck")


@pytest.mark.slow
@pytest.mark.registry("npm")
def test_virtual_alexa_conversations_through_legcheck_serve():
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "Node.js 20+ and npm are needed for the end-to-end tests"
    if not (E2E / "node_modules" / "virtual-alexa").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=E2E, check=True, timeout=600)
    env = dict(os.environ, LEGCHECK=str(LEGCHECK))
    env.pop("SKILL_ID", None)
    result = subprocess.run([node, "--test"], cwd=E2E, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# pass 2" in result.stdout and "# fail 0" in result.stdout, result.stdout[-2000:]
