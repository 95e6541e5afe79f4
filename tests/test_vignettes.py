"""Every vignette reaches its expected triage and names exactly its expected causes."""
import pytest

from legcheck.rules import assess
from legcheck.rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS
from vignettes import VIGNETTES


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.name for v in VIGNETTES])
def test_vignette_reaches_expected_triage_and_causes(vignette):
    result = assess(vignette.findings)
    assert result.triage == vignette.triage
    if vignette.causes is not None:
        assert {c["id"] for c in result.causes} == set(vignette.causes)


def test_vignettes_cover_every_triage_level_and_cause():
    assert {v.triage for v in VIGNETTES} == set(TRIAGE_LEVELS)
    assert set().union(*(v.causes or () for v in VIGNETTES)) == set(CAUSES)
    assert len(VIGNETTES) >= 40


def test_vignette_answers_use_known_finding_ids():
    for vignette in VIGNETTES:
        for token in vignette.answers.split():
            assert token[0] in "+?" and token[1:] in FINDINGS, (vignette.name, token)
