"""Concepts, cues and answers found with only the alternatives a text could match are exactly those the whole
regexes find, over the phrasing corpus; the index is built here from the lexicon as it is now
(scripts/gen_index.py), so these hold whether or not the written index is up to date (tests/test_index.py)."""
import importlib.util
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from legcheck.lexicon import concepts as lexicon
from legcheck.skill import answers, matching, reading, resolver
from legcheck.skill.reading import normalize

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "phrasings"
TABLE = {**lexicon.BODY, **lexicon.STATE, **lexicon.CAUSE_WORDS, **answers.cues(lexicon)}
RAW = sorted({case["text"] for path in sorted(FIXTURES.glob("*.json"))
              for case in json.loads(path.read_text(encoding="utf-8"))})
TEXTS = sorted({normalize(text) for text in RAW})
WHOLE = {name: matching.alternation(pattern) for name, pattern in TABLE.items()}
WHOLE_ANSWERS = [(value, re.compile(before + f"(?:{pattern})" + after))
                 for value, before, pattern, after in answers.answers(lexicon)]


def generator():
    spec = importlib.util.spec_from_file_location("gen_index", ROOT / "scripts" / "gen_index.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh():
    """(concepts and cues, answers) as the resolver reads them, from an index of the lexicon as it is now."""
    return reading.tables(SimpleNamespace(**generator().build()))[:2]


@pytest.fixture(scope="module")
def built():
    return fresh()


def whole_regex_matches(text):
    return [(m.start(), m.end(), name) for name, regex in WHOLE.items() for m in regex.finditer(text)]


def test_the_corpus_is_large_enough_to_mean_something():
    assert len(TEXTS) > 800


@pytest.mark.parametrize("text", TEXTS)
def test_selected_alternatives_find_what_the_whole_regexes_find(built, text):
    concepts, spoken = built
    assert matching.matches(text, concepts) == whole_regex_matches(text)
    answer = next(((value, m.end()) for value, regex in WHOLE_ANSWERS if (m := regex.match(text))), None)
    selected = spoken.selected(text)
    assert next(((spoken.names[n], m.end()) for n in sorted(selected)
                 if (m := spoken.regex(n, selected[n]).match(text))), None) == answer


def test_a_text_compiles_only_some_alternatives():
    concepts, spoken = fresh()
    text = normalize("My leg went weak all of a sudden and I can't feel my feet")
    matching.matches(text, concepts)
    resolver._answer(text, spoken)
    for vocabulary, share in ((concepts, 20), (spoken, 5)):
        groups = vocabulary._compiled.values()
        compiled = sum(len(selection or group.alternatives) for group in groups for selection in group._regexes)
        total = sum(len(alternatives.strip().split("\n")) for _, _, alternatives, _ in vocabulary._groups)
        assert compiled < total / share


def test_past_the_limit_the_whole_regex_serves_with_the_same_matches(monkeypatch):
    monkeypatch.setattr(matching.Group, "LIMIT", 1)
    concepts, _ = fresh()
    for text in TEXTS[:200]:
        assert matching.matches(text, concepts) == whole_regex_matches(text)
    assert all(len(group._regexes) <= 2 for group in concepts._compiled.values())


def test_normalizing_skips_only_the_fixes_that_could_not_change_the_text():
    def every_fix(text):
        text = (text or "").lower()
        for _, pattern, replacement in reading._FIXES:
            text = re.sub(pattern, replacement, text)
        return text.strip(" ,")
    tricky = ["I CANNOT walk", "it\u2019s `sore´", "me  leg\t\thurts", "Im fine, ive no pain, its ok", "dont,  wont",
              "I'm not able to stand", "she couldnt", "  , hello , ", None, ""]
    assert [normalize(text) for text in RAW + tricky] == [every_fix(text) for text in RAW + tricky]
