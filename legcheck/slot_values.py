"""Slot values in a typed line: normalizing words, and finding the values and synonyms of slot types.

`delexicalize` replaces each value found (as a placeholder such as "{SymptomType}") in three passes:
exact phrases, longest first; then the same content words in another order or with filler words
("legs feel wobbly" for "wobbly legs"); then a single misspelt word ("tinglin" for "tingling").
"""

import difflib
import re

_CONTRACTIONS = [("can't", "can not"), ("won't", "will not"), ("ain't", "is not"), ("n't", " not"),
                 ("'m", " am"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'d", " would"),
                 ("'s", " is")]
# Filler words left out when comparing a stretch of the line with a value by its content words.
FILLER = frozenset("a an the my i am is are feel feels felt been very really so and of".split())
MIN_TYPO_LENGTH, MIN_TYPO_RATIO = 5, 0.85


def normalize(text):
    """Lower case, contractions expanded, punctuation dropped: a tuple of words."""
    text = text.lower().replace("\u2019", "'")
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    return tuple(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def placeholder(slot_type):
    return "{" + slot_type + "}"


def _content(words):
    return frozenset(word for word in words if word not in FILLER)


class Lexicon:
    """The values of one slot type: phrase words -> (value id, canonical name), names and synonyms."""

    def __init__(self, slot_type=None):
        self.phrases, self.bags = {}, {}
        for value in (slot_type or {}).get("values", []):
            name = value["name"]["value"]
            for phrase in [name] + value["name"].get("synonyms", []):
                words = normalize(phrase)
                self.phrases.setdefault(words, (value.get("id") or name, name))
                if len(_content(words)) > 1:
                    self.bags.setdefault(_content(words), self.phrases[words])
        self.single = [words[0] for words in self.phrases if len(words) == 1
                       and len(words[0]) >= MIN_TYPO_LENGTH]
        self.longest = max(map(len, self.phrases), default=0)

    def exact(self, words):
        return self.phrases.get(tuple(words))

    def spans(self, words, free, fuzzy):
        """(start, end, hit) of values over words whose positions are all free."""
        for start in range(len(words)):
            for end in range(min(len(words), start + self.longest + 2), start, -1):
                if not free.issuperset(range(start, end)):
                    continue
                if not fuzzy:
                    hit = self.exact(words[start:end]) if end - start <= self.longest else None
                elif end - start == 1:
                    hit = self._typo(words[start])
                else:
                    hit = self._reordered(words[start:end])
                if hit:
                    yield start, end, hit

    def _reordered(self, window):
        if window[0] in FILLER or window[-1] in FILLER:
            return None
        return self.bags.get(_content(window))

    def _typo(self, word):
        if len(word) < MIN_TYPO_LENGTH:
            return None
        close = difflib.get_close_matches(word, self.single, n=1, cutoff=MIN_TYPO_RATIO)
        return self.phrases[(close[0],)] if close else None


EMPTY = Lexicon()


def delexicalize(words, types, lexicons):
    """(words with values of `types` replaced by placeholders, found values as (type, heard, id, name))."""
    free, chosen = set(range(len(words))), []
    for fuzzy in (False, True):
        spans = [(end - start, start, end, slot_type, hit) for slot_type in sorted(types)
                 for start, end, hit in lexicons.get(slot_type, EMPTY).spans(words, free, fuzzy)]
        for _, start, end, slot_type, hit in sorted(spans, key=lambda span: (-span[0], span[1])):
            if free.issuperset(range(start, end)):
                free -= set(range(start, end))
                chosen.append((start, end, slot_type, hit))
    tokens, found, position = [], [], 0
    for start, end, slot_type, (value_id, name) in sorted(chosen):
        tokens += words[position:start] + (placeholder(slot_type),)
        found.append((slot_type, " ".join(words[start:end]), value_id, name))
        position = end
    return tuple(tokens) + tuple(words[position:]), tuple(found)
