"""A clause of doubt after what was said ("my arm feels a bit odd, I don't know if it's weak"; "he hasn't wet
himself, but he's in pads so I can't be sure"): which clauses doubt, and which findings a doubt reaches."""
import re

from .reading import CUES, compiled, read, sentences_and_clauses


def clauses_of_doubt(text, found):
    """([(the index of a clause that doubts what was said before it, the concepts it names)], the clauses of
    `text`): "..., not sure if that counts"; "..., so I don't really know"; "..., I don't know if it's weak".  A
    doubt about a detail ("not sure when it started") or a clause that says something of its own is none."""
    cues = [(s, e) for s, e, n in found if n == "unsure"]
    if not cues:
        return [], []
    _, clauses = sentences_and_clauses(text)
    findings = compiled()[2]
    named = [(s, n) for s, e, n in found  # not what a cue is made of ("can't" of "I can't remember"), nor a thing
             if n not in CUES and n not in _ASIDE and not any(c <= s and e <= d for c, d in cues)]  # ("the light")
    return [(index, {n for s, n in named if a <= s < b}) for index, (a, b) in enumerate(clauses)
            if any(a <= s < b for s, _ in cues) and not _DETAIL.search(text, a, b)
            and set(read(text[a:b].strip(" ,.;!?"), findings).values()) <= {None}], clauses


def made_of(entries, findings):
    """The concepts the recipes of `entries` are made of."""
    return {c for entry in entries if entry in findings.by_id for need, _, _ in findings.by_id[entry][1] for c in need}


def doubted(text, found, doubts, clauses, findings, heard):
    """The findings of a description that a clause of doubt (`doubts`) is about: read (yes or no) before it, made of
    whatever the doubt names, and named in the last clause before it that names anything ("it started yesterday or
    today, I'm not sure" doubts when, not what)."""
    reached = set()
    for index, names in doubts:
        near, before = set(), index - 1
        while before >= 0 and not near:
            near = {n for s, _, n in found if clauses[before][0] <= s < clauses[before][1] and n not in CUES}
            before -= 1
        said = read(text[:clauses[index][0]].rstrip(" ,.;!?"), findings) if near else {}
        reached |= {finding for finding, value in said.items() if value is not None and heard.get(finding) is value
                    and names <= made_of([finding], findings) and near & made_of([finding], findings)}
    return reached


_ASIDE = {"SOMEONE_ELSES", "ANIMAL", "IDIOM", "OTHERS_PAST", "OTHERS_GONE", "OTHERS_NOW",
          "NOT_ME"}  # what names no finding
# a doubt about a detail, not about what was said: "not sure when it started"; "I don't know the name"
_DETAIL = re.compile(r"\b(?:how long|how often|how many|how much|how bad|when|why|where|which|the (?:name|dose)|"
                     r"what (?:it's|they're|it is|they are|that's) (?:called|for)|(?:relevant|related|connected|"
                     r"important|serious|matters?|to do with)\b)|out of (?:ten|10)\b")  # "maybe a four out of ten"


def unsure_of(text, found):
    """{finding: None} for what a text says the person does not know about ("I haven't looked at my pee": dark
    urine; lexicon_index.UNSURE_OF), where its words are unsure; what it says of a finding otherwise stands."""
    cues = [s for s, _, n in found if n == "unsure"]
    sentences = [(a, b) for a, b in sentences_and_clauses(text)[0] if any(a <= s < b for s in cues)] if cues else ()
    return {finding: None for a, b in sentences  # each sentence read with what `found` already holds of it
            for finding, value in read(text[a:b], compiled().unsure_of,
                                       found=[(s - a, e - a, n) for s, e, n in found if a <= s and e <= b]).items()
            if value is not False}
