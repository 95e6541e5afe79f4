"""Concepts found with only the alternatives a text could match are exactly those the whole regexes find."""
import json
from pathlib import Path

import pytest

from legcheck.lexicon import concepts as lexicon
from legcheck.skill import matching
from legcheck.skill.resolver import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "phrasings"
TABLE = {**lexicon.BODY, **lexicon.STATE, **lexicon.CAUSE_WORDS}
TEXTS = sorted({normalize(case["text"]) for path in sorted(FIXTURES.glob("*.json"))
                for case in json.loads(path.read_text(encoding="utf-8"))})
WHOLE = {name: matching.alternation(pattern) for name, pattern in TABLE.items()}


def whole_regex_matches(text):
    return [(m.start(), m.end(), name) for name, regex in WHOLE.items() for m in regex.finditer(text)]


@pytest.fixture(scope="module")
def fresh():
    return matching.concepts(TABLE)


def test_the_corpus_is_large_enough_to_mean_something():
    assert len(TEXTS) > 800


@pytest.mark.parametrize("text", TEXTS)
def test_selected_alternatives_find_what_the_whole_regexes_find(fresh, text):
    assert matching.matches(text, fresh) == whole_regex_matches(text)


def test_a_text_compiles_only_some_alternatives():
    fresh = matching.concepts(TABLE)
    matching.matches(normalize("My leg went weak all of a sudden and I can't feel my feet"), fresh)
    compiled = {i for concept in fresh.by_name.values() for selection in concept._regexes
                for i in (selection or range(len(concept.alternatives)))}
    total = sum(len(concept.alternatives) for concept in fresh.by_name.values())
    assert 0 < len(compiled) < total / 10


def test_past_the_limit_the_whole_regex_serves_with_the_same_matches(monkeypatch):
    monkeypatch.setattr(matching.Concept, "LIMIT", 1)
    fresh = matching.concepts(TABLE)
    for text in TEXTS[:200]:
        assert matching.matches(text, fresh) == whole_regex_matches(text)
    assert all(len(concept._regexes) <= 2 for concept in fresh.by_name.values())
