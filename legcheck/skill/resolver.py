"""Words -> findings, with their polarity: the skill's own understanding of whatever a person says.

Used for every slot value Alexa could not match (ER_SUCCESS_NO_MATCH), for free descriptions
(DescribeIntent's AMAZON.SearchQuery), and by `legcheck chat`.  It reads the lexicon (legcheck.lexicon): a
finding is heard when all the concepts of one of its recipes occur in one clause.

- Several findings in one utterance: each clause is read on its own ("no fever but my back hurts badly").
- Negation: "no", "not", "don't", "without"... deny what follows them in the clause; "fine", "normal"... deny
  what came before ("my speech is fine").  Phrases that report a symptom despite a negative word ("can't feel
  my feet", "my leg won't hold me") are concepts of their own and are never read as negations.
- Hedges: "maybe", "not sure", "I don't know if" make it "I don't know"; "I don't think" makes it "no"; "a bit",
  "sort of", "I think" leave it "yes".
- Safety: where a negation is unclear (it reaches only part of what a recipe needs), nothing is recorded; when
  one utterance both says and denies a finding, the yes wins.
- A leading yes, no or "I don't know" is the answer to the pending question; an answer that starts with a
  negation is never yes.
"""
import re
from dataclasses import dataclass, field
from functools import cache

from legcheck.lexicon import concepts
from legcheck.lexicon.causes import CAUSES
from legcheck.lexicon.findings import FINDINGS
from legcheck.rules.groups import IMPLIES

from . import matching
from .matching import Recipes, alternation
from .matching import spans as spans_of
from .session import ANSWER_URGENCY

NOTHING = "nothing"  # no leading answer
_URGENCY = {**ANSWER_URGENCY, NOTHING: 0}
_FIXES = [(r"[\u2018\u2019`´]", "'"), (r"\bcan ?not\b", "can't"), (r"\bcant\b", "can't"),
          (r"\b(?:(?:is|am|are|was|were|be|been) )?(?:not able to|unable to)\b", "can't"),
          (r"\bcould ?n[o']?t\b", "can't"), (r"\bme(?= (?:\w+ )?(?:leg|legs|back|neck|arm|arms|head|face|feet|foot|"
           r"knee|knees|hip|hips|chest|wee|bladder|bowels|heart|speech|eyes|breathing|bum|ankle|ankles|thigh|"
           r"thighs|calf|calves|hand|hands|mouth|tummy|belly|toes|shoulder|waterworks)\b)", "my"),
          (r"\b(do|does|did|is|are|was|were|have|has|had|would|could|should|wo)nt\b", r"\1n't"),
          (r"\bim\b", "i'm"), (r"\bive\b", "i've"), (r"\bits\b", "it's"), (r"[^a-z0-9'.,;!?\- ]+", " "),
          (r"\s+", " ")]
_LEAD = r"^(?:(?:well|um+|uh+|erm+|er|oh|ah|hmm+|ok|okay|so|look|honestly|actually)[, ]+)*"
_SHORT_END = r"(?=\s*$|\s*[,.;!?]|\s+(?:but|and|though|really(?=\s*(?:$|[,.;!?]))|thanks|thank you|sorry|mate|love|" \
             r"dear|ji)\b)"
_PRONOUN_START = r"(?=\s*$|\s*[,.;!?]|\s+(?:it|it's|i|i'm|i've|she|she's|he|he's|they|they're|that|that's|my|her|" \
                 r"his|their|not|nothing|just|only|but|and|though|it was|its|thank|thanks|sorry|mate|love|dear|" \
                 r"ji|there's|there|everything|all|the|no|nope|never|really|none|definitely|absolutely)\b)"


def normalize(text):
    """Lower case, straight quotes, "cannot" -> "can't", only letters, digits and clause punctuation."""
    text = (text or "").lower()
    for pattern, replacement in _FIXES:
        text = re.sub(pattern, replacement, text)
    return text.strip(" ,")


@dataclass(frozen=True)
class Heard:
    """What an utterance said: a leading answer (True, False, None or NOTHING) and findings with polarity."""

    answer: object = NOTHING
    findings: dict = field(default_factory=dict)


@cache
def _compiled():
    """(Concepts, the findings' Recipes, the causes' Recipes, answer regexes, cue regexes), compiled once."""
    table = {**concepts.BODY, **concepts.STATE, **concepts.CAUSE_WORDS}
    regexes = matching.concepts(table)

    def parse(recipe):
        """(concepts needed, concepts that must be absent, whether they may be in different sentences: "*")"""
        wide = recipe.startswith("*")
        words = recipe.lstrip("*").split()
        return (frozenset(c for c in words if not c.startswith("!")),
                frozenset(c[1:] for c in words if c.startswith("!")), wide)

    def recipes(entries):
        return Recipes([(entry_id, [parse(r) for r in words.recipes], [parse(r) for r in words.denied_by])
                        for entry_id, words in entries.items() if words.recipes])

    subject = r"(?:(?:i|i'm|she|she's|he|he's|we|they|it|it's|that|that's) )?"
    answers = [(False, re.compile(_LEAD + r"(?:yeah|yes|yep) (?:nah|no)" + r"(?![\w'])")),
               (True, re.compile(_LEAD + r"(?:nah|no) (?:yeah|yes)" + r"(?![\w'])")),
               (None, re.compile(_LEAD + subject + rf"(?:{concepts.UNSURE})" + _SHORT_END)),
               (False, re.compile(_LEAD + r"(?:no+|nope|nah+|nay|never|na|nahi|nahin)" + _PRONOUN_START)),
               (False, re.compile(_LEAD + rf"(?:{concepts.NO})" + _SHORT_END)),
               (True, re.compile(_LEAD + rf"(?:{concepts.YES_STRONG})" + r"(?![\w'])")),
               (True, re.compile(_LEAD + rf"(?:{concepts.YES})" + _SHORT_END))]
    cues = {"negation": alternation(concepts.NEGATION), "unsure": alternation(concepts.UNSURE_HEDGE),
            "doubt": alternation(concepts.NEGATIVE_HEDGE), "sentence": re.compile(concepts.SENTENCE),
            "clause": re.compile(concepts.CLAUSE)}
    return regexes, recipes(FINDINGS), recipes(CAUSES), answers, cues


def _pieces(text, boundary, start=0, end=None):
    end = len(text) if end is None else end
    cuts = [start] + [m.start() for m in boundary.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _polarity(need, spans, sentence, clauses, cue_positions, body):
    """True, False, None (unsure) or "unclear" for one recipe that matched in `sentence`: each of its
    concepts of what is wrong is denied by a negation before it, or "fine" after it, in its own clause."""
    start, end = sentence
    states = [min(s for s, e, n in spans if n == name) for name in need if name not in body]
    places = [min(s for s, e, n in spans if n == name) for name in need if name in body]

    def negated_clause(position):
        a, b = next((a, b) for a, b in clauses if a <= position < b)
        return any(a <= p < position for p in cue_positions["negation"])

    if not states:
        return False if places and all(negated_clause(p) for p in places) else True
    unsure = any(start <= p < end for p in cue_positions["unsure"])
    denied = []
    for position in states:
        a, b = next((a, b) for a, b in clauses if a <= position < b)
        before = [p for p in cue_positions["negation"] + cue_positions["doubt"] if a <= p < position]
        after = [s for s, e, n in spans if n == "FINE" and "FINE" not in need  # "my breathing is fine"
                 and position < s < min(b, position + 40) and not _about_time(spans, position)]
        denied.append(bool(before or after))
    if all(denied):
        return False
    if any(denied) or any(negated_clause(p) for p in places):  # "pins and needles, nothing down below"
        return "unclear"
    return None if unsure else True


_TIME_COURSE = {"EPISODES", "GONE_AGAIN", "SUDDEN", "WORSE", "RECENT_ONSET", "ONSET", "GRADUAL"}


def _about_time(spans, position):
    """Does the concept at `position` say when or how it came ("some days I'm fine" does not deny it)?"""
    return any(s == position and n in _TIME_COURSE for s, e, n in spans)


def _read(text, entries, assumed=None):
    """{entry id: True | False | None} for the entries `text` describes; `assumed` ({entry id: concepts})
    are taken as said (the body part of the question being answered: "it's a bit dark" is about the pee)."""
    assumed = assumed or {}
    regexes, _, _, _, cues = _compiled()
    spans = spans_of(text, regexes)
    covered = [(s, e) for s, e, n in spans if n not in concepts.DENIALS]

    def free(match):  # a cue inside a concept ("can't walk", "no feeling") is part of that concept
        return not any(s <= match.start() and match.end() <= e for s, e in covered)

    hedges = [m for kind in ("unsure", "doubt") for m in cues[kind].finditer(text)]
    in_hedge = [(m.start(), m.end()) for m in hedges]
    positions = {kind: [m.start() for m in cues[kind].finditer(text) if free(m)] for kind in ("unsure", "doubt")}
    positions["negation"] = [m.start() for m in cues["negation"].finditer(text)
                             if free(m) and not any(s <= m.start() < e for s, e in in_hedge)]
    heard = {}
    sentences = _pieces(text, cues["sentence"])
    every_clause = [piece for sentence in sentences for piece in _pieces(text, cues["clause"], *sentence)]
    whole = (0, len(text))
    for clause in [*sentences, whole]:
        wide = clause == whole and len(sentences) > 1  # "*" recipes: across sentences ("..., but it passed")
        clauses = every_clause if wide else _pieces(text, cues["clause"], *clause)
        inside = [(s, e, n) for s, e, n in spans if clause[0] <= s < clause[1]]
        names = {n for _, _, n in inside}
        if "SOMEONE_ELSES" in names:  # "my cat is sick", "the chair leg is broken"
            continue
        clause_heard = {}
        for entry_id, recipes, denials in (entries.entries if assumed else entries.within(names)):
            for need, avoid, across in recipes:
                if across != wide and not (across and len(sentences) == 1):
                    continue
                if (need - assumed.get(entry_id, set())) <= names and not avoid & names:
                    value = _polarity(need & names, inside, clause, clauses, positions, concepts.BODY)
                    if value != "unclear":
                        clause_heard[entry_id] = _safer(clause_heard.get(entry_id, NOTHING), value)
            for need, avoid, across in denials:  # "both legs", "it came on slowly": not so
                if across == wide and need <= names and not avoid & names and entry_id not in clause_heard:
                    if _polarity(need, inside, clause, clauses, positions, concepts.BODY) is True:
                        clause_heard[entry_id] = False
        for specific, general in IMPLIES.items():  # "no severe back pain" is not "no back pain"
            if clause_heard.get(specific) is False and clause_heard.get(general) is False:
                del clause_heard[general]
        for entry_id, value in clause_heard.items():
            heard[entry_id] = _safer(heard.get(entry_id, NOTHING), value)
    return heard


def _safer(old, new):
    """Of two readings of one finding, the one that can only make the advice more urgent: yes, then unsure."""
    return old if _URGENCY[old] >= _URGENCY[new] else new


def _answer(text, answers):
    """(leading answer or NOTHING, the rest); a yes or no said last ("a bit hot, yes") counts too."""
    for value, pattern in answers:
        match = pattern.match(text)
        if match:
            return value, text[match.end():].strip(" ,.;!?")
    last = re.search(r"[,.]? (yes|yeah|yep|no|nope|nah)[.!]?$", text)
    if last:
        return last.group(1) in ("yes", "yeah", "yep"), text[:last.start()]
    return NOTHING, text


def understand(text, question=None):
    """What `text` says: its leading answer and the findings it describes.  With the `question` being
    answered, words that only make sense about it count ("it's a bit dark" about the pee)."""
    text = normalize(text)
    _, findings, _, answers, _ = _compiled()
    answer, rest = _answer(text, answers)
    heard = _read(rest, findings)
    entry = findings.by_id.get(question)
    if answer is NOTHING and entry is not None and question not in heard:
        body = {question: {c for need, _, _ in entry[1] for c in need if c in concepts.BODY}}
        about = _read(rest, Recipes([entry]), assumed=body)
        if question in about:
            answer = about[question]
    return Heard(answer, heard)


def causes_in(text):
    """The causes `text` names ("what's that nerve thing, sciatica?"), most specific first."""
    _, _, causes, _, _ = _compiled()
    heard = _read(normalize(text), causes)
    return [cause for cause, value in heard.items() if value is not False]
