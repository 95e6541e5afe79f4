"""Every vignette reaches its expected triage and names exactly its expected causes."""
import pytest

from rules import assess
from rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS
from tests.vignettes import VIGNETTES, findings_of


@pytest.mark.parametrize("name, answers, triage, causes", VIGNETTES, ids=[v[0] for v in VIGNETTES])
def test_vignette_reaches_expected_triage_and_causes(name, answers, triage, causes):
    result = assess(findings_of(answers, FINDINGS))
    assert result.triage == triage
    assert {c["id"] for c in result.causes} == set(causes.split())


def test_vignettes_cover_every_triage_level_and_cause():
    assert {v[2] for v in VIGNETTES} == set(TRIAGE_LEVELS)
    assert set().union(*(v[3].split() for v in VIGNETTES)) == set(CAUSES)
    assert len(VIGNETTES) >= 40


def test_vignette_answers_use_known_finding_ids():
    for name, answers, *_ in VIGNETTES:
        for token in answers.split():
            assert token[0] in "+?" and token[1:] in FINDINGS, (name, token)
