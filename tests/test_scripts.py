"""scripts/test keeps the test run's caches where the tests do, and CI cannot skip the registry tests."""

import re

from lambda_build import REPO, cache_env


def test_scripts_test_exports_the_same_cache_folders_as_the_tests_use():
    exported = dict(re.findall(r'^export (\w+)="\$\{\1:-(.*)\}"$', (REPO / "scripts" / "test").read_text(),
                               re.MULTILINE))
    expected = {name: value.replace(str(REPO), "$PWD") for name, value in cache_env().items()}
    assert exported == expected


def test_ci_fails_a_test_whose_registry_cannot_be_reached_instead_of_skipping_it():
    assert "LEGCHECK_REQUIRE_REGISTRY=1 bash scripts/test" in (REPO / ".ci" / "run").read_text()
