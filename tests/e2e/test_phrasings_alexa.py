"""(b) Every phrasing of both corpora through virtual-alexa, with the generated en-US model, against
`legcheck serve` (tests/e2e/phrasings.js): Alexa's own matching of sample utterances and slot values, then
the skill's resolver for whatever Alexa hands over unmatched.  virtual-alexa only matches a custom slot to its
known values (a device also hands over other words), so this rate is a floor of what a device does.  Run with
-s to see the rates; safety is absolute here as everywhere."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.phrasings import NO_ANSWER, load, report, score

E2E = Path(__file__).parent
LEGCHECK = Path(sys.executable).with_name("legcheck")
FLOOR = 0.80  # the aim through a device model


@pytest.mark.slow
@pytest.mark.registry("npm")
@pytest.mark.parametrize("corpus", ["phrasings", "heldout"])
def test_phrasings_through_virtual_alexa_and_legcheck_serve(corpus, tmp_path, capsys):
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "Node.js 20+ and npm are needed for the end-to-end tests"
    if not (E2E / "node_modules" / "virtual-alexa").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=E2E, check=True, timeout=600)
    cases = load(corpus)
    (tmp_path / "cases.json").write_text(json.dumps([{"text": c.text, "question": c.question} for c in cases]))
    env = dict(os.environ, LEGCHECK=str(LEGCHECK))
    env.pop("SKILL_ID", None)
    run = subprocess.run([node, "phrasings.js", str(tmp_path / "cases.json"), str(tmp_path / "results.json")],
                         cwd=E2E, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text())
    scores = []
    for case, result in zip(cases, results, strict=True):
        findings = dict(result["findings"] or {})
        answer = findings.pop(case.question, NO_ANSWER)
        scores.append(score(case, answer, findings))
    unmatched = sum(1 for r in results if r["findings"] is None)
    with capsys.disabled():
        print(f"\n{report(f'virtual-alexa on {corpus}', scores)}; no intent matched: {unmatched}")
    assert sum(s.negated_read_as_yes for s in scores) == 0
    assert sum(s.unrelated_recorded for s in scores) == 0
    assert sum(s.right for s in scores) / len(scores) >= FLOOR
