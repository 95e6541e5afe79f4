"""The import hook that lets flask-ask-sdk load on OpenSSL 3.0.10+ (see legcheck/oscrypto_compat.py)."""

import difflib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from legcheck.oscrypto_compat import PATCHED_MODULES, fixed_source

VERSION_STRING = "OpenSSL 3.0.19 27 Jan 2026"


def oscrypto_source(module):
    spec = importlib.util.find_spec("oscrypto")
    return (Path(spec.origin).parent / "_openssl" / f"{module.rsplit('.', 1)[1]}.py").read_text()


@pytest.mark.parametrize("module", PATCHED_MODULES)
def test_fix_changes_only_the_three_version_regexes(module):
    source = oscrypto_source(module)
    changed = [line for line in difflib.unified_diff(source.splitlines(), fixed_source(source).splitlines(),
                                                     lineterm="", n=0)
               if line.startswith("+") and not line.startswith("+++")]
    assert len(changed) <= 3 and all("re." in line for line in changed)  # 0 once fixed upstream
    fixed = fixed_source(source)
    pattern = re.search(r"version_match = re.search\('(.+?)', version_string\)", fixed).group(1)
    assert re.search(pattern.replace("\\\\", "\\"), VERSION_STRING).group(1) == "3.0.19"


def test_fix_leaves_already_fixed_source_alone():
    source = fixed_source(oscrypto_source(PATCHED_MODULES[0]))
    assert fixed_source(source) == source


def test_flask_ask_sdk_imports_in_a_fresh_interpreter_after_legcheck_web():
    code = ("import legcheck.web, flask_ask_sdk.skill_adapter, certvalidator\n"
            "from oscrypto._openssl._libcrypto import libcrypto_version_info\n"
            "print(libcrypto_version_info)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("(")
