"""A denial said after what it denies, put first, so that reading a clause finds the negation before what it
denies (lexicon_index.DENIED_AFTER): "pins and needles, no" -> "not pins and needles"; "I used to get cramps but not
for years" -> "not I used to get cramps"; "sudden? no, it's been slow" -> "not sudden. no, it's been slow"."""
import re
from functools import cache, partial

from . import lexicon_index as lexicon
from .matching import matches
from .reading import BODY, CUES, DENIALS, compiled, denying

_STILL_SO = frozenset(lexicon.STILL_SO)
# what DENIED_AFTER needs, one word of it at least
_NO_WORD = re.compile(r"\b(?:no|none|nope|nah|nil|never|not|but|gone|past|hasn't|haven't|didn't|last)\b")


@cache
def _denied_after():
    return re.compile(lexicon.DENIED_AFTER)


def _named(phrase):
    """The concepts `phrase` names, not counting cues and the concepts that deny."""
    return {n for _, _, n in matches(phrase, compiled()[0])} - set(CUES) - DENIALS


def _deny_first(said, to_group):
    """ "pins and needles, no" -> "no pins and needles"; "lost weight? no" -> "no lost weight"; "I used to get
    cramps but not for years" -> "not I used to get cramps": a phrase that names something, with the no that denies
    it said first."""
    if said.group("asked"):  # "sudden? no it's been slow" -> "not sudden. no it's been slow"; "calf? no swelling":
        named = _named(said.group("asked"))  # the "no" is kept; "anything like that? no" -> "no"; "chest? no it's
        answer = said.group(0)[len(said.group("asked")) + 2:]  # fine": the answer (to a group, "not chest")
        if not named or (named <= BODY and not to_group):
            return answer
        return f"not {said.group('asked')}. {answer}"
    once = said.group("past") or said.group("gone") or said.group("meant")  # "I had ..., long gone now"
    phrase = said.group("phrase") or said.group("echo") or once
    named = _named(phrase) - denying()  # not "drinking plenty, no": a phrase that denies is not made a yes by a no
    if once:  # "not", as "no" before "I ..." would be taken for an answer;
        rest = said.group(0)[len(phrase):]  # what follows is kept ("..., and my legs are weak")
        return f"not {phrase}{rest}" if named and not named & _STILL_SO else said.group(0)
    if named and named <= BODY and not to_group and said.group("phrase"):  # "neck no": "neck? no" as a device
        return said.group(0)[len(phrase):].lstrip(" ,:-")  # hands it over, the body part said back
    return f"not {phrase}" if named else said.group(0)  # "not", as "no pee dark" would be "no pee"


def said_first(text, to_group=False):
    """`text` with each denial said after what it denies put first; `to_group`: it answers a group's question,
    so a body part said back ("chest? no") stays denied rather than becoming the answer."""
    if not _NO_WORD.search(text):
        return text
    return _denied_after().sub(partial(_deny_first, to_group=to_group), text)
