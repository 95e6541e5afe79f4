"""The paraphrase corpora (tests/fixtures/phrasings: written from how patients and carers talk; and
tests/fixtures/heldout: written by someone else, kept out of the work on the lexicon) as cases, and how a
reading of one is scored.  Used by tests/test_phrasings.py and tests/e2e/test_phrasings_alexa.py.

A case: the words, the question pending when they are said (the open question, "what's been happening?",
unless the case is an answer to a yes/no question), the answer expected to that question (answers only), the
findings expected (each must be read with that value; the most specific finding is labelled, so more findings
may be read), and `unrelated` (nothing at all may be read).
"""
import json
from pathlib import Path
from typing import NamedTuple

from legcheck.rules.groups import GROUPS, IMPLIES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = {"phrasings": FIXTURES / "phrasings", "heldout": FIXTURES / "heldout"}
DESCRIBE = "description"
NO_ANSWER = "no answer"


class Case(NamedTuple):
    kind: str  # findings, negated, answers, unrelated
    text: str
    question: str
    answer: object  # True, False, None, or NO_ANSWER
    findings: dict
    locale: str


def load(corpus):
    """Every case of a corpus, in file order."""
    folder, cases = CORPORA[corpus], []
    for kind in ("findings", "negated", "answers", "unrelated"):
        for item in json.loads((folder / f"{kind}.json").read_text(encoding="utf-8")):
            question = item.get("question", DESCRIBE)
            answer = item["answer"] if "answer" in item else NO_ANSWER
            cases.append(Case(kind, item["text"], question, answer, item.get("findings", {}),
                              item.get("locale", "en-US")))
    return cases


class Score(NamedTuple):
    right: bool
    negated_read_as_yes: bool  # a no (or an answer starting with a negation) read as a yes
    unrelated_recorded: bool


def score(case, answer, findings):
    """How a reading (`answer` to the pending question or NO_ANSWER, `findings` read) fares.  A finding heard, or
    a yes to the question asked, says the wider one it implies (legcheck.rules.groups.IMPLIES: a weakness that came
    suddenly and went came suddenly; severe back pain is back pain), as the rules see it; a label of the wider one
    is met by it; a no to a group's question is a no to each of its members not otherwise answered (as
    legcheck.rules.groups reads it)."""
    wanted = dict(case.findings)
    if case.answer is not NO_ANSWER:
        wanted[case.question] = case.answer
        findings = {**findings, **({case.question: answer} if answer is not NO_ANSWER else {})}
        if answer is False:
            findings = {**{member: False for member in GROUPS.get(case.question, ())}, **findings}
    findings = {**{wider: True for finding, wider in IMPLIES.items() if findings.get(finding) is True}, **findings}
    right = all(finding in findings and findings[finding] is value for finding, value in wanted.items())
    if case.kind == "unrelated":
        right = not findings
    negated_as_yes = any(value is False and findings.get(finding) is True for finding, value in wanted.items())
    return Score(right, negated_as_yes, case.kind == "unrelated" and bool(findings))


def report(name, scores):
    """A one-line summary: the share read right, and the two safety counts."""
    right = sum(s.right for s in scores)
    return (f"{name}: {right}/{len(scores)} read right ({right / len(scores):.1%}); negated read as yes: "
            f"{sum(s.negated_read_as_yes for s in scores)}; unrelated recorded: "
            f"{sum(s.unrelated_recorded for s in scores)}")
