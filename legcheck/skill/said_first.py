"""A denial said after what it denies, put first, so that reading a clause finds the negation before what it
denies (lexicon_index.DENIED_AFTER): "pins and needles, no" -> "not pins and needles"; "I used to get cramps but not
for years" -> "not I used to get cramps"; "sudden? no, it's been slow" -> "not sudden. no, it's been slow"."""
import re
from functools import cache, partial

from . import lexicon_index as lexicon
from .matching import matches
from .reading import BODY, CUES, DENIALS, compiled, denying

_STILL_SO = frozenset(lexicon.STILL_SO)
_NO_WORD = re.compile(r"\b(?:no|none|nope|nah|nil|never|not|but|gone|past|hasn't|haven't|didn't|last)\b")  # what
# DENIED_AFTER needs


@cache
def _denied_after():
    return re.compile(lexicon.DENIED_AFTER)


def _deny_first(said, to_group):
    """ "pins and needles, no" -> "no pins and needles"; "lost weight? no" -> "no lost weight"; "I used to get
    cramps but not for years" -> "not I used to get cramps": a phrase that names something, with the no that denies
    it said first."""
    if said.group("asked"):  # "sudden? no it's been slow" -> "not sudden. no it's been slow"; "anything like
        named = {n for _, _, n in matches(said.group("asked"), compiled()[0])} - set(CUES) - DENIALS  # that? no"
        answer = said.group(0)[len(said.group("asked")) + 2:]  # -> "no"; "calf? no swelling": "no" is kept; "chest?
        if not named or (named <= BODY and not to_group):  # no it's fine": the answer (to a group, "not chest")
            return answer
        return f"not {said.group('asked')}. {answer}"
    once = said.group("past") or said.group("gone") or said.group("meant")  # "I had ..., long gone now"
    phrase = said.group("phrase") or said.group("echo") or once
    named = {n for _, _, n in matches(phrase, compiled()[0])} - set(CUES) - DENIALS - denying()  # not "drinking
    # plenty, no": a phrase that itself denies is not made a yes by the no after it
    if once:  # "not", as "no" before "I ..." would be taken for an answer;
        rest = said.group(0)[len(phrase):]  # what follows is kept ("..., and my legs are weak")
        return f"not {phrase}{rest}" if named and not named & _STILL_SO else said.group(0)
    return f"not {phrase}" if named else said.group(0)  # "not", as "no pee dark" would be "no pee"



def said_first(text, to_group=False):
    """`text` with each denial said after what it denies put first; `to_group`: it answers a group's question,
    so a body part said back ("chest? no") stays denied rather than becoming the answer."""
    if not _NO_WORD.search(text):
        return text
    return _denied_after().sub(partial(_deny_first, to_group=to_group), text)
