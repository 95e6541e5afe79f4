"""How a leading yes, no or "I don't know" is said, and the cues the resolver reads a clause by, as regexes
around the lexicon's words (legcheck/lexicon/concepts.py).

scripts/gen_index.py splits each into its alternatives for the resolver's index (legcheck/skill/lexicon_index.py):
after changing this module, run `python scripts/gen_index.py`.  The resolver (legcheck/skill/resolver.py) reads
only that index, so that a fresh process neither imports the lexicon nor compiles what a text cannot match.
"""
LEAD = r"^(?:(?:well|um+|uh+|erm+|er|oh|ah|och|ach|hmm+|mm+|ok|okay|so|look|honestly|actually|" \
       r"(?:mum|mom|mam|dad|nan|gran|papa|mummy|he|she|they|my \w+) says)[, ]+)*"
SHORT_END = r"(?=\s*$|\s*[,.;!?]|\s+(?:but|and|though|really(?=\s*(?:$|[,.;!?]))|thanks|thank you|sorry|mate|love|" \
            r"dear|ji|other than|apart from|except|besides|honestly|to be honest|eh|" \
            r"i (?:guess|suppose|think|reckon))\b)"
PRONOUN_START = r"(?=\s*$|\s*[,.;!?]|\s+(?:sir|madam|ma'am|mam|darling|thankfully|luckily|" \
                r"it|it's|i|i'm|i've|she|she's|he|he's|they|they're|that|that's|my|her|" \
                r"his|their|not|nothing|just|only|but|and|though|it was|its|thank|thanks|sorry|mate|love|dear|" \
                r"ji|there's|there|everything|all|the|no|nope|never|really|none|definitely|absolutely)\b)"
SUBJECT = r"(?:(?:i|i'm|she|she's|he|he's|we|they|it|it's|that|that's) )?(?:(?:honestly|really|truly|just|genuinely) )?"
WORD_END = r"(?![\w'])"


def answers(concepts):
    """[(the answer, the regex before the alternatives, the alternatives' regex, the regex after them)], tried in
    this order at the start of an utterance."""
    return [(False, LEAD, r"(?:yeah|yes|yep) (?:nah|no)", WORD_END),
            (True, LEAD, r"(?:nah|no) (?:yeah|yes)", WORD_END),
            (None, LEAD + SUBJECT, concepts.UNSURE, SHORT_END),
            (False, LEAD, r"no+|nope|nah+|naw|nay|never|na|nahi|nahin", PRONOUN_START),
            (False, LEAD, r"not a chance|no chance|not on your nelly|heck no|hell no|och no|god no|lord no", WORD_END),
            (False, LEAD, r"not really|not at all|not a bit", PRONOUN_START),  # "not really i'm getting around"
            (False, LEAD, r"not (?:as far as|that) (?:i|we)(?:'m| am|'ve| have)? (?:know|knew|aware|noticed|seen)"
             r"(?: of)?", r"(?=\s+(?:he|she|they|i|no|nothing|none|never)\b)"),  # "not as far as i know he hasn't"
            (False, LEAD, concepts.NO, SHORT_END),
            (True, LEAD, r"(?:only|just|mostly|mainly) (?:when|if|after|at night|in the (?:morning|evening|night)s?)|"
             r"the odd (?:time|one)", r"(?![\w'])(?![^.;!?]*\botherwise (?:no|not|fine|never)\b)"),  # "only when he
            # bends over": so, some of the time (its episodes are read from the words after it)
            (True, LEAD, concepts.YES_STRONG, WORD_END),
            (True, LEAD, concepts.YES, SHORT_END)]


def cues(concepts):
    """{cue: regex of whole words}: what denies what follows it ("negation"), what makes a finding "I don't know"
    ("unsure") or a no ("doubt")."""
    return {"negation": concepts.NEGATION, "unsure": concepts.UNSURE_HEDGE, "doubt": concepts.NEGATIVE_HEDGE}
