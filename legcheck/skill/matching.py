"""Finding the lexicon's concepts in a text, fast: a cold process compiles only what a text could match.

A concept (legcheck.lexicon.concepts) is a regex of many alternatives; so are the cues and the leading answers
the resolver looks for.  Each alternative is indexed by the literal words that start a word in every match of
it, mostly the words it begins with (legcheck/skill/stems.py; scripts/gen_index.py writes the index out as
legcheck/skill/lexicon_index.py); for a text, only the alternatives whose words occur in it are compiled and
run, in their order.  Leaving out alternatives that cannot match
anywhere in a text changes nothing: the regex engine tries the alternatives at each position in order, and
those left out would fail at every position.  A finding's recipes are indexed the same way, by one concept
each needs.
"""
import re

BEFORE, AFTER = r"(?<![\w'])(?:", r")(?!\w)"  # whole words only ("back" in "my back's sore", not in "backache")


def alternation(pattern):
    """A regex for a concept: whole words only."""
    return re.compile(BEFORE + pattern + AFTER)


class Group:
    """One concept, cue or answer: its alternatives, and a regex per selection of them compiled on first use (a
    whole concept takes a millisecond or more to compile; most texts need a few alternatives)."""

    LIMIT = 64  # selections remembered per group; beyond that the whole regex (same matches) serves

    def __init__(self, before, alternatives, after):
        self.before, self.alternatives, self.after = before, alternatives, after
        self._regexes = {}

    def regex(self, selected):
        """The regex of the alternatives numbered `selected`, in their order."""
        selected = tuple(sorted(set(selected)))
        regex = self._regexes.get(selected)
        if regex is None:
            if len(self._regexes) >= self.LIMIT or len(selected) == len(self.alternatives):
                selected = None
                regex = self._regexes.get(None)
            if regex is None:
                chosen = self.alternatives if selected is None else [self.alternatives[i] for i in selected]
                regex = self._regexes[selected] = re.compile(self.before + "|".join(chosen) + self.after)
        return regex


def _places(word, entry):
    """([(the first two words of literal starts, [(a literal start, [(group number, alternative number)])])] of
    an index line (lexicon_index): a text without those two words has none of the starts ("can't" begins
    hundreds, "can't bear" a few): first those that may go on within `word`'s word ("numb" in "numbness"), then
    those that go on after it (which only the text's word `word` itself can begin))."""
    fields, grouped = entry.split("|"), {}
    for stem, places in zip(fields[::2], fields[1::2], strict=True):
        grouped.setdefault(" ".join(stem.split(" ", 2)[:2]), []).append(
            (stem, [tuple(map(int, place.split("."))) for place in places.split()]))
    return ([(start, stems) for start, stems in grouped.items() if len(start) == len(word)],
            [(start, stems) for start, stems in grouped.items() if len(start) > len(word)])


class Vocabulary:
    """Groups of alternatives (the concepts and cues, or the answers) and the index of their first words, as
    legcheck/skill/lexicon_index.py holds them: `groups` [(name, regex before, alternatives one a line, regex
    after)], `index` a line per word start, `anywhere` [(group, alternative)] that can begin with any word."""

    def __init__(self, groups, index, anywhere):
        self.names = [name for name, _, _, _ in groups]
        self._groups, self._anywhere, self._compiled = groups, anywhere, {}
        self._index = dict(line.split("|", 1) for line in index.strip("\n").split("\n"))  # read when needed
        self._words = {}  # word -> [(its prefix, the literal starts to look for)], as words come

    WORDS = 8192  # words remembered (a turn's words mostly recur: "my", "leg", "weak")

    def _prefixes(self, word):
        """[(a prefix of `word`, the literal starts of its index entry (_places) it can begin)] for the prefixes the
        index has: those that may go on within the word, and for the whole word (keyed "word "), those that go on
        after it ("can bear" is begun by "can", not by "candle")."""
        found = self._words.get(word)
        if found is None:
            found, index = [], self._index
            for size in range(1, len(word) + 1):
                entry = index.get(word[:size])
                if entry is not None:
                    if entry.__class__ is str:
                        entry = index[word[:size]] = _places(word[:size], entry)
                    within, after = entry
                    found.append((word[:size], within))
                    if size == len(word) and after:
                        found.append((word + " ", after))
            if len(self._words) < self.WORDS:
                self._words[word] = found
        return found

    def selected(self, text):
        """{group number: [numbers of its alternatives whose literal start occurs in `text`]}."""
        selected, seen = {}, set()
        for group, number in self._anywhere:
            selected.setdefault(group, []).append(number)
        for word in set(re.findall(r"[a-z0-9']+", text)):
            for prefix, starts in self._prefixes(word):
                if prefix in seen:
                    continue
                seen.add(prefix)
                for start, stems in starts:
                    if start in text:
                        for stem, places in stems:
                            if stem in text:  # these alternatives can match in the text
                                for group, number in places:
                                    selected.setdefault(group, []).append(number)
        return selected

    def regex(self, group, selected):
        """The regex of a group's alternatives numbered `selected`."""
        compiled = self._compiled.get(group)
        if compiled is None:
            _, before, alternatives, after = self._groups[group]
            compiled = self._compiled[group] = Group(before, alternatives.strip("\n").split("\n"), after)
        return compiled.regex(selected)


def matches(text, vocabulary):
    """[(start, end, name)] for every match of each group in `text`, group by group in the vocabulary's order: what
    the groups' whole regexes would find, found with only the alternatives that could match."""
    selected = vocabulary.selected(text)
    return [(m.start(), m.end(), vocabulary.names[group]) for group in sorted(selected)
            for m in vocabulary.regex(group, selected[group]).finditer(text)]


def spans(found, denying=frozenset()):
    """The concepts `found` ([(start, end, concept)]) that count: "fine" strictly inside a longer phrase of
    another concept ("good days and bad") is that phrase's, not a concept of its own, unless the phrase itself
    denies (`denying`: "she's talking fine" still says the speech is fine); a body part always counts."""
    idioms = [(s, e) for s, e, n in found if n == "IDIOM"]  # "a pain in the neck" says nothing of a neck
    found = [(s, e, n) for s, e, n in found if n != "IDIOM" and not any(a <= s < b for a, b in idioms)]
    return [(s, e, n) for s, e, n in found if n != "FINE" or not any(
        s2 <= s and e <= e2 and (e2 - s2) > (e - s) and n2 != n and n2 not in denying for s2, e2, n2 in found)]


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

    @classmethod
    def parsed(cls, text):
        """Recipes as lexicon_index holds them: an entry a block, its id, then a recipe a line ("NEEDED ...|ABSENT
        ...|*"), "-" before one that denies it."""
        def recipe(line):
            need, avoid, wide = line.lstrip("-").split("|")
            return frozenset(need.split()), frozenset(avoid.split()), wide == "*"
        entries = []
        for block in text.strip("\n").split("\n\n"):
            entry_id, *lines = block.split("\n")
            entries.append((entry_id, [recipe(line) for line in lines if line[0] != "-"],
                            [recipe(line) for line in lines if line[0] == "-"]))
        return cls(entries)

    def within(self, names):
        """The entries, in order, with a recipe that could be complete given the concepts `names`."""
        ranks = set(self._always).union(*(self._by_concept.get(name, ()) for name in names))
        return [self.entries[rank] for rank in sorted(ranks)]
