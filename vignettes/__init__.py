"""Clinical vignettes shared by the tests and the benchmarks: who says yes to what, and what Leg Check must
conclude.

Each `*.tsv` file beside this module is one table (its first lines say where its rows come from). Columns:
`name`; `answers` ("+id" yes, "?id" I don't know; every other finding is "no"); the expected `triage` (">=level":
at least that level, where the skill deliberately says more urgent than the guidance the row follows); the
`causes` that must be named (exactly these, in any order; "*" where the table does not fix them); a `story`
as the person would tell it in their own words (may be empty); and the `source` that sets the level.
"""

import csv
from pathlib import Path
from typing import NamedTuple

from legcheck.rules.groups import GROUPS, IMPLIES, RETIRED, group_answer
from legcheck.rules.vocabulary import FINDINGS, URGENCY

HERE = Path(__file__).resolve().parent


class Vignette(NamedTuple):
    name: str
    answers: str
    triage: str  # the level guidance accepts (the least urgent one, with `at_least`)
    at_least: bool
    causes: tuple | None  # None: any causes may be named
    story: str
    source: str
    table: str

    def accepts(self, level):
        """Is `level` what this vignette expects (exactly, or at least as urgent)?"""
        return level == self.triage or (self.at_least and URGENCY[level] > URGENCY[self.triage])

    @property
    def findings(self):
        """Every finding answered as this person would: the listed answers, "no" to everything else."""
        return findings_of(self.answers)


def _rows(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        causes = None if row["causes"].strip() == "*" else tuple(row["causes"].split())
        triage = row["triage"].removeprefix(">=")
        yield Vignette(row["name"], row["answers"], triage, triage != row["triage"], causes, row["story"],
                       row["source"], path.stem)


def load():
    """Every vignette of every table, in file order."""
    return [vignette for path in sorted(HERE.glob("*.tsv")) for vignette in _rows(path)]


def findings_of(answers, all_findings=FINDINGS):
    """The full answers of a vignette: its yes and don't-know answers, "no" to everything else.

    An umbrella question ("any pain in your back or legs?") gets the answer its members imply.
    """
    findings = dict.fromkeys(all_findings, False)
    for token in answers.split():
        findings[token[1:]] = {"+": True, "?": None}[token[0]]
    return with_umbrellas(findings)


def with_umbrellas(findings):
    """The answers a person would give to the group questions, given their other answers (and what those
    imply: someone with pain shooting down from the back has back pain)."""
    findings = dict(findings)
    for finding, implied in IMPLIES.items():
        if findings.get(finding, False) is not False and findings.get(implied, False) is False:
            findings[implied] = findings[finding]
    for group in GROUPS | RETIRED:
        findings[group] = group_answer(group, findings)
    return findings


VIGNETTES = load()
