"""How one text is read against the lexicon's recipes (legcheck/skill/lexicon_index.py): its sentences and clauses,
what negation and hedges reach, what is about someone or something else, and which findings all the concepts of
a recipe complete.  legcheck.skill.resolver reads answers and whole replies with it."""
import re
from functools import cache, lru_cache
from typing import NamedTuple

from legcheck.rules.groups import COVERS, GROUPS, IMPLIES, SCREEN

from . import lexicon_index as lexicon
from .matching import AFTER, BEFORE, Recipes, Vocabulary, matches
from .matching import spans as spans_of
from .session import ANSWER_URGENCY

NOTHING = "nothing"  # no leading answer
_URGENCY = {**ANSWER_URGENCY, NOTHING: 0}
# (words one of which a match needs, or None; the regex; its replacement): a fix whose words are not in the text
# cannot change it and is not compiled
_FIXES = [(("\u2018", "\u2019", "`", "´"), r"[\u2018\u2019`´]", "'"), (("can",), r"\bcan ?not\b", "can't"),
          (("cant",), r"\bcant\b", "can't"), (("nae", "canna"), r"\b(?:couldnae|cannae|canna)\b", "can't"),
          (("able to",), r"\b(?:(?:is|am|are|was|were|be|been) )?(?:not able to|unable to)\b", "can't"),
          (("could",), r"\bcould ?n[o']?t\b", "can't"),
          (("me ", "ma "), r"\bm[ea](?= (?:(?!(?:a|an|the|some|any)\b)\w+ )?(?:leg|legs|back|neck|arm|arms|head|"
           r"face|feet|foot|throat|knee|knees|hip|hips|chest|wee|bladder|bowels|heart|speech|eyes|breathing|bum|ankle|ankles|thigh|"
           r"thighs|calf|calves|hand|hands|mouth|tummy|belly|toes|shoulder|waterworks)\b)", "my"),
          (("nt",), r"\b(do|does|did|is|are|was|were|have|has|had|would|could|should|wo)nt\b", r"\1n't"),
          (("not ", "never ", "n't "), r"\b((?:(?:it's|it is|it was) (?:not|never)|it (?:wasn't|isn't)) "
           r"(?!(?:like|that|as|so|because|sure|certain)\b)(?:\w+ ){0,4}?\w+) (?=(?:it's|it is|it was|it has)\b)",
           r"\1, "),
          # "it's not sudden it's been weeks"; "it wasn't gradual put it that way it was bang"
          (("s ",), r"\b(neck|back|head|face|bottom|bum|chest|heart|wee|pee|husband|wife|mum|mom|dad|nan|gran|mother|"
           r"father|grandad|grandma)s (?=(?:been|gone|got|going|getting|giving|not|all|really|very|so|killing|hurting|"
           r"sore|bad|swollen|numb|weak|cold|legs?|arms?|face|feet|foot|speech|words|voice|mouth|smile|pee|wee|back|"
           r"neck|head|heart|chest|had|always|just|dark|like|on (?:the|his|her|blood|eliquis|warfarin))\b)",
           r"\1's "),  # "my husbands legs", "my necks been sore": speech hands over no apostrophe
          ((" um", " uh", " er", " hmm"), r"(?<=[a-z']) (?:um+|uh+|uhm|erm+|er|hmm+)\b,?(?= [a-z])", ""),  # "and um i"
          (("im",), r"\bim\b", "i'm"), (("ive",), r"\bive\b", "i've"), (("its",), r"\bits\b", "it's"),
          (None, r"[^a-z0-9'.,;!?\- ]+", " "), (("  ",), r"\s+", " "),  # by then " " is the only space left
          *lexicon.MISHEARD]  # "my legs are week"
BODY, DENIALS = frozenset(lexicon.BODY), frozenset(lexicon.DENIALS)
_CARRIED = frozenset(lexicon.CARRIED)
_NOT_PEOPLE = frozenset(("ANIMAL", "FICTION"))
# how bad and since when, and nothing of where ("..., but tonight it's agony"; "..., but not severe pain, just normal")
_HOW_BAD = frozenset(("SEVERE", "PAIN", "WORSE", "WORSENING", "CONSTANT", "RECENT_ONSET", "LATELY", "MILD", "FINE"))
# what calls for an ambulance or the emergency department: the screen's findings, and what its words also ask about
URGENT = frozenset(member for group in SCREEN for member in GROUPS[group]).union(
    pair[-1] for pairs in COVERS.values() for pair in pairs)
CUES = ("negation", "unsure", "doubt")  # the cues, after the concepts in lexicon_index.CONCEPTS


def normalize(text):
    """Lower case, straight quotes, "cannot" -> "can't", only letters, digits and clause punctuation."""
    text = (text or "").lower()
    for words, pattern, replacement in _FIXES:
        if words is None or any(word in text for word in words):
            text = re.sub(pattern, replacement, text)
    return text.strip(" ,")


class Tables(NamedTuple):
    """What the resolver reads with: the concepts and cues, the answers, and the Recipes of the findings, of the
    causes, of the replies to a finding's own question, and of what a finding is about (read only when unsure)."""

    concepts: Vocabulary
    answers: Vocabulary
    findings: Recipes
    causes: Recipes
    replies: Recipes
    unsure_of: Recipes


def tables(index):
    """The Tables of an index as legcheck/skill/lexicon_index.py holds it; each group's regexes are compiled as
    texts need them."""
    blocks = (block.split("\n", 1) for block in index.CONCEPTS.strip("\n").split("\n\n"))
    concepts = Vocabulary([(name, BEFORE, alternatives, AFTER) for name, alternatives in blocks],
                          index.CONCEPT_INDEX, index.CONCEPT_ANYWHERE)
    answers = Vocabulary(index.ANSWERS, index.ANSWER_INDEX, index.ANSWER_ANYWHERE)
    return Tables(concepts, answers, *(Recipes.parsed(block) for block in (index.FINDINGS, index.CAUSES,
                                                                          index.REPLIES, index.UNSURE_OF)))


@cache
def compiled():
    """The tables of the generated index, read once (lexicon_index)."""
    return tables(lexicon)


@cache
def denying():
    """The concepts only recipes that deny a finding, a cause or a reply are made of ("talking fine")."""
    tables = compiled()
    made = [(need, entry[1] is not recipes) for table in (tables.findings, tables.causes, tables.replies)
            for entry in table.entries for recipes in entry[1:] for need, _, _ in recipes]
    return frozenset().union(*(need for need, denies in made if denies)).difference(
        *(need for need, denies in made if not denies))


def pieces(text, boundary, start=0, end=None):
    end = len(text) if end is None else end
    cuts = [start] + [m.start() for m in boundary.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _polarity(need, spans, sentence, clauses, cue_positions, body):
    """True, False, None (unsure) or "unclear" for one recipe that matched in `sentence`: each of its
    concepts of what is wrong (where first said) is denied by a negation before it, or "fine" after it (unless
    it is a denial itself: "I can wee alright"), in its own clause."""
    start, end = sentence
    places = [min(s for s, e, n in spans if n == name) for name in need if name in body]

    def clause_of(position):
        return next((a, b) for a, b in clauses if a <= position < b)

    def negated_clause(position):
        a, _ = clause_of(position)
        return any(a <= p < position for p in cue_positions["negation"])

    own = [(s, e) for s, e, n in spans if n in need and n not in body]  # "normal" in "a normal colour"

    def fine_after(position, reach):  # "my breathing is fine"; "my back is fine, the pain is in my knee"
        _, b = clause_of(position)
        return "FINE" not in need and any(n == "FINE" and position < s < min(b, position + reach)
                                          and not any(a <= s < e for a, e in own) for s, _, n in spans)

    def denied_apart(position, states):  # "my back doesn't hurt, my thighs ache something shocking": the place's
        a, b = clause_of(position)  # own clause denies, and what is wrong is said of another place
        place = next(n for s, _, n in spans if s == position and n in body)
        return (any(a <= p < b for p in cue_positions["negation"]) and bool(states)
                and all(not a <= p < b and elsewhere(p, place) for p in states))

    def elsewhere(position, place):  # the clause of `position` names a place other than `place`
        a, b = clause_of(position)
        return any(a <= s < b and n in body and n != place for s, _, n in spans)

    def hedged(position):  # "maybe" before it in its sentence, or anywhere in its own clause ("a fever maybe")
        a, b = clause_of(position)
        return any(start <= p < end and (p < position or a <= p < b) for p in cue_positions["unsure"])

    def denied_at(position, name):
        a, _ = clause_of(position)
        before = any(a <= p < position for p in cue_positions["negation"] + cue_positions["doubt"])
        return before or (name not in DENIALS and name not in denying() and fine_after(position, 40)
                          and not _about_time(spans, position))

    states, denied = [], []
    for name in need - body:  # where first said, in a body part's clause if it is said there ("my back doesn't
        said = [s for s, e, n in spans if n == name]  # hurt, it's my neck that aches"): looked for only when
        position = min(said)  # it is said more than once
        if len(said) > 1:
            near = [clause_of(p) for p in places]
            position = min([p for p in said if any(a <= p < b for a, b in near)] or said)
        states.append(position)
        denied.append(denied_at(position, name))
    if not states:
        return False if places and all(negated_clause(p) for p in places) else True
    unsure = any(hedged(p) for p in states + places)
    if all(denied):
        return False
    if any(denied) or any(negated_clause(p) or fine_after(p, 25) or denied_apart(p, states) for p in places):
        return "unclear"  # "pins and needles, nothing down below"
    return None if unsure else True


_TIME_COURSE = {"EPISODES", "GONE_AGAIN", "SUDDEN", "WORSE", "RECENT_ONSET", "ONSET", "GRADUAL"}


def _about_time(spans, position):
    """Does the concept at `position` say when or how it came ("some days I'm fine" does not deny it)?"""
    return any(s == position and n in _TIME_COURSE for s, e, n in spans)


@lru_cache(maxsize=16)  # a text is read again for what others have (OTHERS_NOW) and for a workmate's words
def sentences_and_clauses(text):
    """(((start, end) of each sentence of `text`), ((start, end) of each clause, sentence by sentence))."""
    clause_end = re.compile(lexicon.CLAUSE)
    sentences = tuple(pieces(text, re.compile(lexicon.SENTENCE)))
    return sentences, tuple(piece for part in sentences for piece in pieces(text, clause_end, *part))


def read(text, entries, assumed=None, found=None, aside=("OTHERS_PAST", "OTHERS_GONE")):
    """{entry id: True | False | None} for the entries `text` describes; `assumed` ({entry id: concepts})
    are taken as said (the body part of the question being answered: "it's a bit dark" is about the pee);
    `found`: the concepts and cues `matches` finds in `text`, when the caller has them already; the clauses
    with a concept in `aside` are not about the person."""
    assumed = assumed or {}
    found = matches(text, compiled()[0]) if found is None else found
    cues = {kind: [(s, e) for s, e, n in found if n == kind] for kind in CUES}
    spans = spans_of([match for match in found if match[2] not in CUES], denying())
    covered = [(s, e) for s, e, n in spans if n not in DENIALS]

    def free(start, end):  # a cue inside a concept ("can't walk", "no feeling") is part of that concept
        return not any(s <= start and end <= e for s, e in covered)

    in_hedge = cues["unsure"] + cues["doubt"]
    positions = {kind: [s for s, e in cues[kind] if free(s, e)] for kind in ("unsure", "doubt")}
    positions["negation"] = [start for start, end in cues["negation"]
                             if free(start, end) and not any(s <= start < e for s, e in in_hedge)]
    heard = {}
    clause_end = re.compile(lexicon.CLAUSE)
    sentences, every_clause = sentences_and_clauses(text)
    clauses_of = {(a, b): [clause for clause in every_clause if a <= clause[0] < b] for a, b in sentences}
    others = _not_the_persons(spans, sentences, every_clause, aside)
    spans = [(s, e, n) for s, e, n in spans if not any(a <= s < b for a, b in others)]  # not about the person
    carried = _carried(spans, every_clause)
    spans += carried
    single = len(sentences) == 1
    whole = [] if single else [(0, len(text))]  # one sentence is the whole text, read once
    carrying = [(a, b) for a, b in every_clause if any(a <= s < b for s, _, _ in carried)]  # read on their own too

    def reading(clause, wide, clauses, bounds):
        """{entry: value} of the concepts in `clause`, negation read in `clauses`, hedges in `bounds`."""
        inside = [(s, e, n) for s, e, n in spans if clause[0] <= s < clause[1]]
        names = {n for _, _, n in inside}
        if names & _NOT_PEOPLE:  # "my dog is limping, he hurt his leg"
            return {}
        clause_heard, made = {}, {}
        for entry_id, recipes, denials in (entries.entries if assumed else entries.within(names)):
            taken = assumed.get(entry_id)
            for need, avoid, across in recipes:
                if across != wide and not (across and single):
                    continue
                said = need - taken if taken else need  # something of it said, not all taken as said
                if said and said <= names and avoid.isdisjoint(names):
                    value = _polarity(need & names, inside, bounds, clauses, positions, BODY)
                    if value != "unclear":
                        clause_heard[entry_id] = safer(clause_heard.get(entry_id, NOTHING), value)
                        made[entry_id] = (*made.get(entry_id, ()), need & names)
            for need, avoid, across in denials:  # "both legs", "it came on slowly": not so
                said = need - taken if taken else need  # a bare "fine" is not about the question's body part
                if (across == wide and said <= names and said - {"FINE"} and avoid.isdisjoint(names)
                        and entry_id not in clause_heard
                        and (wide or "FINE" not in said or _in_one(said, inside, clauses))):
                    if _polarity(need & names, inside, bounds, clauses, positions, BODY) is True:
                        clause_heard[entry_id] = False
                        made[entry_id] = (*made.get(entry_id, ()), need & names)
        for specific, general in NARROWER:  # "no severe back pain" is not "no back pain", unless that is denied
            if clause_heard.get(specific) is False and clause_heard.get(general) is False:  # apart ("no fall, and
                narrower = [need for other, wider in NARROWER if wider == general for need in made.get(other, ())]
                if not _apart(made[general], narrower, inside, clauses, positions["negation"]):  # no knocks to the
                    del clause_heard[general]  # head"; not "no head injury, no back injury")
        return clause_heard

    for clause in [*sentences, *whole, *carrying]:
        wide = clause in whole  # "*" recipes: across sentences ("..., but it passed")
        clauses = every_clause if wide else clauses_of.get(clause) or pieces(text, clause_end, *clause)
        for entry_id, value in reading(clause, wide, clauses, clause).items():
            heard[entry_id] = safer(heard.get(entry_id, NOTHING), value)
    for clause, bounds in _alone(spans, sentences, every_clause, positions["negation"]):
        for entry_id, value in reading(clause, False, [clause], bounds).items():  # "didn't hit my head, I landed
            narrower = [specific for specific, general in NARROWER if general == entry_id]
            if value is not False and entry_id not in heard and not any(heard.get(n) for n in narrower):
                heard[entry_id] = value  # on my hip when I fell": only what the sentence left unsaid (not the
                # wider of what it said: numb "round my bottom, it's numb"), and only what can make it more urgent
    heard = _urgent_only(heard, text, entries, assumed, found, aside)  # "my workmate's got a cold"
    if "OTHERS_NOW" not in aside and any(n == "OTHERS_NOW" for _, _, n in spans):  # "my wife's on warfarin but
        mine = read(text, entries, assumed, found, (*aside, "OTHERS_NOW"))  # I'm not on any blood thinners"
        heard.update({entry: False for entry, value in mine.items() if value is False and heard.get(entry) is True})
        if any(n == "NOT_ME" for _, _, n in spans):  # "my mum's got the diabetes but I haven't"
            heard.update({entry: False for entry, value in heard.items()
                          if value is True and entry not in mine and entry in lexicon.CONDITIONS})
    return heard


def _not_the_persons(spans, sentences, clauses, aside):
    """[(start, end)] of what is not about the person: a clause with a thing ("the chair leg is broken"), a clause
    from where it names what `aside` names on ("she's confused, asking for my grandpa who passed years ago"), and a
    sentence with a workmate when ACQUAINTANCE is in `aside` ("my colleague is diabetic, he's always checking his
    sugar")."""
    whole = {"SOMEONE_ELSES", *({"OTHERS_GONE"} & set(aside))}  # "..., God rest him" is said after what was theirs
    others = [(a, b) for a, b in clauses if any(a <= s < b for s, _, n in spans if n in whole)]
    others += [(min(s for s, _, n in spans if a <= s < b and n in aside), b) for a, b in clauses
               if any(a <= s < b and n in aside for s, _, n in spans)]
    return others + [(a, b) for a, b in sentences if "ACQUAINTANCE" in aside and any(
        a <= s < b for s, _, n in spans if n == "ACQUAINTANCE")]


def _urgent_only(heard, text, entries, assumed, found, aside):
    """`heard`, with what a sentence about a workmate or someone else's relative says (`ACQUAINTANCE`) kept only
    when it is urgent: "my workmate's got a cold" records nothing, "my colleague has collapsed and his face is
    drooping" records the drooping face."""
    if "ACQUAINTANCE" in aside or not any(n == "ACQUAINTANCE" for _, _, n in found):
        return heard
    mine = read(text, entries, assumed, found, (*aside, "ACQUAINTANCE"))
    return {**mine, **{entry: safer(mine.get(entry, NOTHING), value) for entry, value in heard.items()
                       if entry in URGENT and value is not False}}


def _apart(general, narrower, spans, clauses, negations):
    """Are the concepts of one of the recipes a wider finding matched (`general`) denied in a clause of their own,
    without any that the recipes its narrower findings matched (`narrower`) add to them?"""
    narrowing = frozenset().union(*narrower)
    said = [{n for s, _, n in spans if a <= s < b} for a, b in clauses if any(a <= p < b for p in negations)]
    return any(narrowing - need and need <= names and not names & (narrowing - need)
               for names in said for need in general)


def _in_one(names, spans, clauses):
    """Do all `names` occur in one of `clauses`?  "Fine" is said of what is next to it: "I can swallow fine, it's
    the breathing that's the bother" does not say the breathing is fine."""
    return any(names <= {n for s, _, n in spans if a <= s < b} for a, b in clauses)


def _alone(spans, sentences, clauses, negations):
    """[(a clause read on its own too, its sentence)]: a later clause of a sentence that says again a concept said
    before it, or follows a clause with a negation or a denial ("it's not both legs, it's only the right one"),
    where a reading of the whole sentence would pair its words with the ones before."""
    alone = []
    for start, end in sentences:
        parts = [(a, b) for a, b in clauses if start <= a < end]
        said = set()
        for index, (a, b) in enumerate(parts):
            names = {n for s, _, n in spans if a <= s < b}
            if index and (names & said or any(c <= p < d for c, d in parts[:index] for p in negations)
                          or any(c <= s < d and n in DENIALS for c, d in parts[:index] for s, _, n in spans)):
                alone.append(((a, b), (start, end)))
            said |= names
    return alone


def _carried(spans, clauses):
    """What a clause takes from the clause before it: one that only says where ("..., it's just in the lower back")
    takes that clause's pain, numbness, weakness... said again at the place, without that clause's negation; one
    that only says how bad ("my back's been bad for years, but tonight it's agony") takes where that pain is."""
    carried, before, place = [], set(), set()
    for a, b in clauses:
        inside = [(s, e, n) for s, e, n in spans if a <= s < b]
        names = {n for _, _, n in inside}
        if "ONLY_IN" in names and names & BODY and not names & _CARRIED:
            s, e = next((s, e) for s, e, n in inside if n == "ONLY_IN")
            carried += [(s, e, name) for name in sorted(before)]
        elif "SEVERE" in names and place and names <= _HOW_BAD:
            s, e = next((s, e) for s, e, n in inside if n == "SEVERE")
            carried += [(s, e, name) for name in sorted(place | {"PAIN"} - names)]
        before = names & _CARRIED or before
        place = names & BODY if "PAIN" in names else place if not names else set()  # past "this is different"
    return carried


# (a finding, a wider one its denial does not deny): what IMPLIES joins, and numbness between the legs, which
# is numbness but not of the legs ("no numbness in my bottom, only in my feet")
NARROWER = (*IMPLIES.items(), ("saddle_numbness", "numbness_tingling"), ("severe_leg_pain", "muscle_pain"),
             ("injury_severe", "injury"))  # "no severe pain in the leg"; "wasn't a bad fall"


def safer(old, new):
    """Of two readings of one finding, the one that can only make the advice more urgent: yes, then unsure."""
    return old if _URGENCY[old] >= _URGENCY[new] else new
