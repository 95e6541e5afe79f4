"""Finding the lexicon's concepts in a text, fast: a cold process compiles only what a text could match.

A concept (legcheck.lexicon.concepts) is a regex of many alternatives.  Each alternative is indexed by the
literal words it must begin with; for a text, only the alternatives whose first words occur in it are compiled
and run, in their order.  Leaving out alternatives that cannot match anywhere in a text changes nothing: the
regex engine tries the alternatives at each position in order, and those left out would fail at every
position.  A finding's recipes are indexed the same way, by one concept each needs.
"""
import re
from typing import NamedTuple


def alternation(pattern):
    """A regex for a concept: whole words only ("back" in "my back's sore", not in "backache")."""
    return re.compile(rf"(?<![\w'])(?:{pattern})(?!\w)")


_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]")  # an escape, a character class, or ( ) |
_LITERAL = re.compile(r"(?:[^\W_]|[ '-])*")


def _top_level(pattern):
    """The alternatives of a regex at its top level."""
    parts, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:token.start()])
            start = token.end()
    return parts + [pattern[start:]]


def _stems(alternative):
    """The literal words an alternative can start with; None when it can start with anything."""
    alternative = alternative.removeprefix("\\b")
    if alternative.startswith("(?:"):
        close = alternative.find(")")
        inner, rest = alternative[3:close], alternative[close + 1:]
        if not inner or any(c in inner for c in "()[]\\?*+{."):
            return None
        heads = [word.strip() for word in inner.split("|")]
        if rest.startswith("?"):  # an optional group: what follows it can start the match too
            tail = _stems(rest[1:].lstrip())
            return None if tail is None or not all(heads) else heads + tail
        return heads if all(heads) else None
    stem = _LITERAL.match(alternative).group()
    if stem and alternative[len(stem):len(stem) + 1] in ("?", "*", "{"):  # the last character is optional
        stem = stem[:-1]
    return [stem.strip()] if stem.strip() else None


class Concept:
    """One concept: its alternatives, what each must begin with, and a regex per selection of them compiled on
    first use (a whole concept takes a millisecond or more to compile; most texts need a few alternatives)."""

    LIMIT = 64  # selections remembered per concept; beyond that the whole regex (same matches) serves

    def __init__(self, pattern):
        self.pattern = pattern
        self.alternatives = _top_level(pattern)
        # The literal words each alternative can begin with (None: it can begin anywhere).
        self.stems = [_stems(alternative) for alternative in self.alternatives]
        self.anywhere = tuple(i for i, stems in enumerate(self.stems) if stems is None)
        self._regexes = {}

    def finditer(self, text, selected):
        """Matches in `text`, given the indexes of the alternatives whose start occurs in it."""
        selected = tuple(sorted({*selected, *self.anywhere}))
        regex = self._regexes.get(selected)
        if regex is None:
            if len(self._regexes) >= self.LIMIT or len(selected) == len(self.alternatives):
                selected = None
                regex = self._regexes.get(None)
            if regex is None:
                chosen = self.pattern if selected is None else "|".join(self.alternatives[i] for i in selected)
                regex = self._regexes[selected] = alternation(chosen)
        return regex.finditer(text)


def _index(by_name):
    """{a word's start: [(a literal start of alternatives, [(concept, alternative index)])]}: each alternative
    under each literal it can begin with, grouped so that a text is searched for each literal once."""
    by_stem = {}
    for name, concept in by_name.items():
        for number, stems in enumerate(concept.stems):
            for stem in stems or ():
                by_stem.setdefault(stem, []).append((name, number))
    index = {}
    for stem, alternatives in by_stem.items():
        index.setdefault(stem.split()[0], []).append((stem, alternatives))
    return index


def _prefixes(text):
    return {word[:size] for word in re.findall(r"[a-z0-9']+", text) for size in range(1, len(word) + 1)}


class Recipes:
    """[(entry id, its recipes, the recipes that deny it)], each recipe (concepts needed, concepts that must be
    absent, may it span sentences), and which entries a clause's concepts could complete."""

    def __init__(self, entries):
        self.entries = entries
        self.by_id = {entry[0]: entry for entry in entries}
        self._by_concept, self._always = {}, set()
        for rank, (_, recipes, denials) in enumerate(entries):
            for need, _, _ in recipes + denials:
                if need:  # a recipe can only be complete when its first concept (any one would do) is there
                    self._by_concept.setdefault(min(need), set()).add(rank)
                else:
                    self._always.add(rank)

    def within(self, names):
        """The entries, in order, with a recipe that could be complete given the concepts `names`."""
        ranks = set(self._always).union(*(self._by_concept.get(name, ()) for name in names))
        return [self.entries[rank] for rank in sorted(ranks)]


class Concepts(NamedTuple):
    """The lexicon's concepts, ready to read a text with."""

    by_name: dict  # concept -> Concept, in the lexicon's order
    index: dict  # a word's start -> the alternatives that begin with it (_index)
    rank: dict  # concept -> its place in the lexicon: spans are listed in that order
    anywhere: tuple  # the concepts with an alternative that can begin with any word


def matches(text, regexes):
    """[(start, end, concept)] for every match of each concept in `text`, concept by concept in the lexicon's
    order: what the concepts' whole regexes would find, found with only the alternatives that could match."""
    selected = {name: [] for name in regexes.anywhere}
    for prefix in _prefixes(text):
        for stem, alternatives in regexes.index.get(prefix, ()):
            if stem in text:  # a match of these alternatives can begin here
                for name, number in alternatives:
                    selected.setdefault(name, []).append(number)
    return [(m.start(), m.end(), name) for name in sorted(selected, key=regexes.rank.__getitem__)
            for m in regexes.by_name[name].finditer(text, selected[name])]


def spans(text, regexes):
    """[(start, end, concept)]; what is wrong ("good") strictly inside a longer phrase of another concept ("good
    days and bad") is that phrase's, not a concept of its own; a body part always counts."""
    found = matches(text, regexes)
    idioms = [(s, e) for s, e, n in found if n == "IDIOM"]  # "a pain in the neck" says nothing of a neck
    found = [(s, e, n) for s, e, n in found if n != "IDIOM" and not any(a <= s < b for a, b in idioms)]
    return [(s, e, n) for s, e, n in found if n != "FINE"
            or not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) and n2 != n for s2, e2, n2 in found)]


def concepts(table):
    """Concepts for {concept name: regex}."""
    by_name = {name: Concept(pattern) for name, pattern in table.items()}
    return Concepts(by_name, _index(by_name), {name: rank for rank, name in enumerate(table)},
                    tuple(name for name, concept in by_name.items() if concept.anywhere))
