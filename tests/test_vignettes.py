"""Every vignette reaches its expected triage (never less urgent) and names exactly its expected causes."""
import io
import json

import pytest

from legcheck import assess as assess_command
from legcheck.rules import assess
from legcheck.rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS, URGENCY
from vignettes import VIGNETTES

IDS = [v.name for v in VIGNETTES]


@pytest.mark.parametrize("vignette", VIGNETTES, ids=IDS)
def test_vignette_reaches_expected_triage_and_causes(vignette):
    result = assess(vignette.findings)
    assert URGENCY[result.triage] >= URGENCY[vignette.triage], "under-triaged"
    assert vignette.accepts(result.triage)
    if vignette.causes is not None:
        assert {c.id for c in result.causes} == set(vignette.causes)


@pytest.mark.parametrize("vignette", VIGNETTES, ids=IDS)
def test_legcheck_assess_gives_the_vignettes_triage_and_says_it(vignette):
    request = json.dumps({"findings": vignette.findings, "locale": "en-GB"})
    out, err = io.StringIO(), io.StringIO()
    assert assess_command.run(io.StringIO(request), out, err) == 0, err.getvalue()
    result = json.loads(out.getvalue())
    assert vignette.accepts(result["triage"])
    if result["emergency_signs"]:
        assert "999" in result["speech"]
        assert {c["id"] for c in result["causes"]} >= set().union(*(s["causes"] for s in result["emergency_signs"]))


def test_vignettes_cover_every_triage_level_and_cause():
    assert {v.triage for v in VIGNETTES} == set(TRIAGE_LEVELS)
    assert set().union(*(v.causes or () for v in VIGNETTES)) == set(CAUSES)
    assert len([v for v in VIGNETTES if v.table == "guidance"]) >= 30


def test_vignette_answers_use_known_finding_ids():
    for vignette in VIGNETTES:
        for token in vignette.answers.split():
            assert token[0] in "+?" and token[1:] in FINDINGS, (vignette.name, token)
