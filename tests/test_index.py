"""The resolver's index (legcheck/skill/lexicon_index.py) is what scripts/gen_index.py makes of the lexicon now,
its stems are the literal words each alternative must begin with, and the resolver reads it without
importing the lexicon."""
import re
import subprocess
import sys

import pytest

from legcheck.skill import stems
from tests.test_matching import ROOT, generator


def test_the_index_is_up_to_date_with_the_lexicon():
    gen = generator()
    assert gen.TARGET.read_text(encoding="utf-8") == gen.render(gen.build()), "run: python scripts/gen_index.py"


@pytest.mark.parametrize(("alternative", "expected"), [
    ("legs?", ("leg",)),
    ("(?:un)?happy", ("happy", "unhappy")),
    ("(?:my |her )?back", ("back",)),  # "back" starts a word whether or not "my " is there
    ("(?<!week )back(?! garden)", ("back",)),
    ("lost (?:all )?(?:the )?feeling", ("lost all feeling", "lost all the feeling", "lost feeling",
                                        "lost the feeling")),
    ("(?:(?:my|our) |^)(?:cat|dog)s?", ("cat", "dog")),
    ("no+", ("no",)),
    ("can't (?:\\w+ )?walk", ("can't",)),
    ("\\w+statin", None),
    (", and", None),
])
def test_stems_are_the_literal_words_an_alternative_begins_with(alternative, expected):
    assert stems.stems(alternative) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    ("[.;!?]|\\bbut\\b", "!.;?b"),
    ("(?:my |her )?back", "bhm"),  # a lead-in that may be left out: its first letters, or the word's
    ("(?<=\\w)(?<!n't) (?=just)", " "),  # lookarounds consume nothing
    (",? and", " ,"),
    ("\\w+statin", None),
    ("[a-z]x", None),  # a range is left to the regex
    ("x?", None),  # a match can be empty
    ("(?<=at all)(?= )", None),
])
def test_first_chars_are_those_every_match_begins_with(pattern, expected):
    assert stems.first_chars(pattern) == expected


def test_the_lookahead_of_first_chars_finds_the_same_sentences_and_clauses():
    from legcheck.lexicon import concepts
    from tests.test_matching import TEXTS
    for pattern in (concepts.SENTENCE, concepts.CLAUSE):
        plain, ahead = re.compile(pattern), re.compile(stems.ahead(pattern))
        assert ahead.pattern != pattern
        assert [[m.span() for m in ahead.finditer(text)] for text in TEXTS] == [
            [m.span() for m in plain.finditer(text)] for text in TEXTS]


def test_a_group_the_index_cannot_read_is_an_error_not_a_guess():
    with pytest.raises(ValueError):
        stems.stems("(?P<name>leg)")


def test_the_resolver_reads_its_index_without_importing_the_lexicon():
    child = ("import sys; from legcheck.skill.resolver import understand; understand('no fever but my back hurts'); "
             "print([m for m in sys.modules if m.startswith('legcheck.lexicon')])")
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
