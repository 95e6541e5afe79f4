"""Shared fixtures.

- `no_skill_id`: SKILL_ID unset for the test (the fixtures come from several skill ids).
"""

import pytest


@pytest.fixture
def no_skill_id(monkeypatch):
    monkeypatch.delenv("SKILL_ID", raising=False)
