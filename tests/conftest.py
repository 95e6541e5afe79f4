"""Shared fixtures, the `registry` marker, and where the test run may write.

- `no_skill_id`: SKILL_ID unset for the test (the fixtures come from several skill ids).
- `@pytest.mark.registry("pypi" | "npm", ...)`: the test downloads from a package registry (PyPI through
  uv or pip, the SAM CLI through `uv tool run`, npm). Each registry is probed once per session (a short
  HTTP request to the index uv, pip or npm would use); when it cannot be reached the test is skipped with
  the reason, unless LEGCHECK_REQUIRE_REGISTRY=1 (CI), which fails it instead.
- Caches and settings of uv, pip, npm and the SAM CLI go to .cache/ in the repository, not $HOME
  (lambda_build.cache_env; scripts/test sets the same before it installs anything).
"""

import functools
import os
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from lambda_build import cache_env

PROBE_TIMEOUT = 5  # seconds
OFFLINE_SWITCHES = {"pypi": ("UV_OFFLINE", "PIP_NO_INDEX"), "npm": ("npm_config_offline",)}


def pytest_configure(config):
    for name, value in cache_env().items():
        os.environ.setdefault(name, value)


def registry_url(name):
    if name == "pypi":
        return (os.environ.get("UV_DEFAULT_INDEX") or os.environ.get("UV_INDEX_URL")
                or os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple/")
    if name == "npm":
        url = os.environ.get("npm_config_registry")
        npm = shutil.which("npm")
        if not url and npm:
            result = subprocess.run([npm, "config", "get", "registry"], capture_output=True, text=True,
                                    timeout=30)
            url = result.stdout.strip()
        return url or "https://registry.npmjs.org/"
    raise ValueError(f"unknown registry {name!r} (pypi or npm)")


@functools.cache
def unreachable(name):
    """Why registry `name` cannot be reached, or None when it answers."""
    switches = [switch for switch in OFFLINE_SWITCHES[name]
                if os.environ.get(switch, "").lower() not in ("", "0", "false", "no")]
    if switches:
        return f"{name} registry: offline ({switches[0]} is set)"
    url = registry_url(name)
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=PROBE_TIMEOUT):
            return None
    except urllib.error.HTTPError as error:  # an answer, even a refusal of HEAD, means it is reachable
        return None if error.code < 500 and error.code != 407 else f"{name} registry {url}: HTTP {error.code}"
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return f"{name} registry {url} cannot be reached ({reason})"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    for marker in item.iter_markers("registry"):
        for name in marker.args or ("pypi",):
            reason = unreachable(name)
            if reason is None:
                continue
            if os.environ.get("LEGCHECK_REQUIRE_REGISTRY") == "1":
                pytest.fail(f"{reason}, and LEGCHECK_REQUIRE_REGISTRY=1", pytrace=False)
            pytest.skip(f"needs the package registry: {reason}")


@pytest.fixture
def no_skill_id(monkeypatch):
    monkeypatch.delenv("SKILL_ID", raising=False)
