"""Typed line -> intent and slots, using only a locale's interaction model (plus built-in phrasings).

Each sample utterance becomes a token pattern in which a slot is a placeholder for its slot type.
For an intent, the line's slot values and synonyms (longest first) are replaced by the same
placeholders; the line then scores against every sample: exact (1.0), the sample inside the line
(partial), a free slot of one or more unknown words (value not resolved), or a fuzzy string ratio.
Below FALLBACK_BELOW the answer is AMAZON.FallbackIntent, as on a device.
"""

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from legcheck.slot_values import EMPTY, Lexicon, delexicalize, normalize, placeholder

MODEL_DIR = Path(__file__).resolve().parent / "interaction_model"
FALLBACK = "AMAZON.FallbackIntent"
FREE_TYPES = {"AMAZON.SearchQuery"}  # a slot that takes whatever was said
DESCRIBE = "DescribeIntent"  # the intent whose search query slot takes a whole description
# Intents whose words carry answers or symptoms: unless a line is exactly one of their samples, it goes to the
# resolver whole, so that nothing said around a sample ("no loose motions, no vomiting") is lost.  A command
# ("slow down please") may have a word or two more than its sample.
CONTENT_INTENTS = {"AMAZON.YesIntent", "AMAZON.NoIntent", "DontKnowIntent", "SymptomIntent", "DenySymptomIntent"}
COMMAND_AT_LEAST = 0.85
FALLBACK_BELOW = 0.7

# A few standard phrasings of the built-in intents, added to the model's own samples.
BUILTIN_PHRASES = {
    "AMAZON.YesIntent": ["yes", "yeah", "yep", "yup", "yes please", "sure", "correct", "that's right",
                         "i do", "i am", "i did", "i have", "it is", "it does", "they do", "they are",
                         "they did", "of course", "definitely", "absolutely"],
    "AMAZON.NoIntent": ["no", "nope", "nah", "no thanks", "not really", "not at all", "i don't", "i'm not",
                        "i didn't", "i haven't", "it isn't", "it doesn't", "they don't", "they aren't",
                        "they didn't", "never", "negative"],
    "AMAZON.HelpIntent": ["help", "help me", "what can i say", "what can you do", "how does this work"],
    "AMAZON.StopIntent": ["stop", "quit", "exit", "goodbye", "bye", "shut up", "that's enough"],
    "AMAZON.CancelIntent": ["cancel", "never mind", "forget it"],
    "AMAZON.RepeatIntent": ["repeat", "repeat that", "say that again", "again", "what did you say"],
    "AMAZON.StartOverIntent": ["start over", "restart", "start again", "begin again"],
    "AMAZON.NavigateHomeIntent": ["home", "go home"],
}


@dataclass(frozen=True)
class SlotFill:
    name: str
    type: str
    text: str  # the words heard
    id: str | None = None  # resolved value id, None = ER_SUCCESS_NO_MATCH
    canonical: str | None = None


@dataclass
class Understanding:
    intent: str
    score: float
    slots: dict = field(default_factory=dict)  # slot name -> SlotFill


@dataclass(frozen=True)
class Sample:
    intent: str
    tokens: tuple  # words and placeholders
    slot_names: tuple  # slot names in order of appearance
    free: re.Pattern | None  # the sample with one or more unknown words in each slot (None: no slots)


class Matcher:
    """The compiled interaction model of one locale."""

    def __init__(self, model):
        language = model["interactionModel"]["languageModel"]
        self.lexicons = {t["name"]: Lexicon(t) for t in language.get("types", [])}
        self.slots = {i["name"]: [(s["name"], s["type"]) for s in i.get("slots", [])]
                      for i in language["intents"]}
        self.samples = []
        for intent in language["intents"]:
            texts = BUILTIN_PHRASES.get(intent["name"], []) + intent.get("samples", [])
            types = dict(self.slots[intent["name"]])
            self.samples += [_sample(intent["name"], text, types) for text in texts]
        self.exact = {}
        for sample in self.samples:
            self.exact.setdefault((sample.intent, sample.tokens), sample)

    def understand(self, line):
        words = normalize(line)
        views = {}  # intent -> (line with that intent's slot values as placeholders, values found)
        for intent, slots in self.slots.items():
            views[intent] = delexicalize(words, {t for _, t in slots}, self.lexicons)
            if (intent, views[intent][0]) in self.exact:  # an exact hit wins at once
                return self._fill(self.exact[intent, views[intent][0]], 1.0, views[intent][1], None)
        best, best_score, best_capture = None, 0.0, None
        for sample in self.samples:
            score, capture = _score(views[sample.intent][0], words, sample, self.lexicons, best_score)
            if score > best_score:
                best, best_score, best_capture = sample, score, capture
            if score == 1.0:
                break
        free = best is not None and best_capture is not None and any(
            t in FREE_TYPES for _, t in self.slots[best.intent])
        command = best is not None and best.intent not in CONTENT_INTENTS and (
            best_score >= COMMAND_AT_LEAST or best_capture is not None)  # a carrier phrase, as on a device
        if best is not None and best_score >= FALLBACK_BELOW and (best_score == 1.0 or free or command):
            return self._fill(best, best_score, views[best.intent][1], best_capture, line)
        if DESCRIBE in self.slots:
            # Not a sample, but words with something in them: as a device hands over a description after a
            # carrier phrase, the whole line goes to the skill's own resolver (which also hears a leading
            # yes, no or "I don't know", and finds nothing in "play some music").
            return Understanding(DESCRIBE, round(best_score, 3),
                                 {"description": SlotFill("description", "AMAZON.SearchQuery", line.strip())})
        if best is None or best_score < FALLBACK_BELOW:
            return Understanding(FALLBACK, round(best_score, 3))
        return self._fill(best, best_score, views[best.intent][1], best_capture, line)

    def _fill(self, sample, score, found, capture, line=""):
        result = Understanding(sample.intent, round(score, 3))
        slots = self.slots[sample.intent]
        if capture is not None:  # free slots: the words heard, resolved to a value inside them if any
            for name, (start, heard) in capture.items():
                slot_type = dict(slots)[name]
                inside = delexicalize(tuple(heard.split()), {slot_type}, self.lexicons)[1]
                value_id, canonical = inside[0][2:] if inside else (None, None)
                spoken = _as_spoken(_heard_words(line), start, len(heard.split()))
                result.slots[name] = SlotFill(name, slot_type, spoken, value_id, canonical)
            return result
        order = list(sample.slot_names) + [n for n, _ in slots if n not in sample.slot_names]
        remaining = list(found)
        for name in order:
            slot_type = dict(slots)[name]
            match = next((f for f in remaining if f[0] == slot_type), None)
            if match:
                remaining.remove(match)
                result.slots[name] = SlotFill(name, slot_type, match[1], match[2], match[3])
        return result


def _sample(intent, text, slot_types):
    tokens, names = [], []
    for part in re.split(r"(\{\w+\})", text):
        if part.startswith("{") and part[1:-1] in slot_types:
            names.append(part[1:-1])
            tokens.append(placeholder(slot_types[part[1:-1]]))
        else:
            tokens.extend(normalize(part))
    free = " ".join(r"(\S+(?: \S+)*?)" if t.startswith("{") else re.escape(t) for t in tokens)
    return Sample(intent, tuple(tokens), tuple(names), re.compile(free) if names else None)


def _score(tokens, words, sample, lexicons, floor=0.0):
    """(score, free slots or None) of a line (delexicalized tokens, plain words) against a sample."""
    pattern = sample.tokens
    if not tokens or not pattern:
        return 0.0, None
    best, capture = 0.0, None
    blocks = [b for b in difflib.SequenceMatcher(None, tokens, pattern, autojunk=False).get_matching_blocks()
              if b.size]
    matched = sum(b.size for b in blocks)
    # The whole sample inside the line, in order; a lone word only at either end.
    if matched == len(pattern) and (len(pattern) > 1 or pattern[0].startswith("{")
                                    or blocks[0].a in (0, len(tokens) - 1)):
        best = 0.6 + 0.4 * matched / len(tokens) - 0.05 * (len(blocks) - 1)
    captured = _free_slots(words, sample)
    types = [t[1:-1] for t in pattern if t.startswith("{")]
    if captured is not None and all(slot_type in FREE_TYPES or lexicons.get(slot_type, EMPTY).exact(heard.split())
                                    for (_, heard), slot_type in zip(captured.values(), types, strict=True)):
        if FREE_TYPES & set(types):  # any words fit a search query: the longest carrier phrase is the best fit
            return 1.0 - 0.01 / (1 + sum(1 for t in pattern if not t.startswith("{"))), captured
        return 1.0, captured  # the sample's words with a value or synonym in each slot
    if captured is not None:
        literal = sum(1 for t in pattern if not t.startswith("{"))
        share = literal / (literal + sum(len(w.split()) for _, w in captured.values()))
        if (literal >= 2 or share >= 0.5) and 0.7 + 0.3 * share > best:  # a carrier phrase, or most words
            best, capture = 0.7 + 0.3 * share, captured
    matcher = difflib.SequenceMatcher(None, " ".join(tokens), " ".join(pattern), autojunk=False)
    if 0.9 * matcher.quick_ratio() > max(best, floor) and 0.9 * matcher.ratio() > best:
        best, capture = 0.9 * matcher.ratio(), None
    return best, capture


def _free_slots(words, sample):
    """Slot name -> (the index of its first word, the words it covers) when each slot takes one or more unknown
    words."""
    line = " ".join(words)
    match = sample.free.fullmatch(line) if sample.free else None
    if not match:
        return None
    return {name: (line[:match.start(number)].count(" "), match.group(number))
            for number, name in enumerate(sample.slot_names, start=1)}


def _heard_words(line):
    """[(a word as typed, lower case with its apostrophe and any comma after it: "it's,"), (its normalized
    words: "it", "is"))]: a typed line keeps what its punctuation says of where a clause ends."""
    said = line.lower().replace("\u2019", "'").split()
    return [(word, normalize(word)) for word in said]


def _as_spoken(heard, start, count):
    """The words a device hands over for normalized words start .. start + count: as they were said ("it's
    been", not "it is been"); a contraction the slot starts inside of keeps only its part in the slot."""
    out, position = [], 0
    for word, parts in heard:
        inside = [part for offset, part in enumerate(parts) if start <= position + offset < start + count]
        if len(inside) == len(parts) and parts:
            out.append(word)
        elif inside:
            out.extend(inside)
        position += len(parts)
    return " ".join(out)


def load_model(locale, model_dir=None):
    path = Path(model_dir or MODEL_DIR) / f"{locale}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def matcher_for(locale, model_dir=None):
    """The compiled matcher of a locale (built once, then cached)."""
    return Matcher(load_model(locale, model_dir))


def understand(line, locale="en-US", model_dir=None):
    return matcher_for(locale, model_dir).understand(line)
