"""What a speech recogniser, or a speaker's own grammar, makes of words the concepts know, put right before a text
is read: each is (words one of which the text must hold for it to apply, the regex, its replacement), and each
applies only where the words around it leave no doubt ("my legs are week" is weak; "a week" stays a week).
scripts/gen_index.py copies them into the resolver's index (legcheck/skill/lexicon_index.py).
"""
MISHEARD = (
    # homophones a recogniser writes for the words of the body and of illness
    (("week",), r"\b(legs?|leg's|arms?|knees?|feet|foot|gone|going|getting|got|feels?|feeling|felt|went|goes|"
                r"is|are|was|were|very|so|really|too|bit|little|quite) week\b"
                r"(?! (?:ago|later|before|after|now|or|long|end|day|night|off|away))", r"\1 weak"),
    (("saw",), r"\b(is|are|was|were|really|very|so|bit|feels?|been|it's|that's|real|proper|all) saw\b", r"\1 sore"),
    (("pane",), r"\bpanes?\b", "pain"),
    (("know ",), r"^know (?!(?:what|where|who|when|how|if|whether|that|about|of|the|him|her|them|it)\b)", "no "),
    (("hart",), r"\bhart\b", "heart"),
    (("bowls",), r"\b(my|me|her|his|their|of|the) bowls\b", r"\1 bowels"),
    (("flew",), r"\b(the|had|got|with|a|after) flew\b", r"\1 flu"),
    (("pea",), r"\b(my|me|his|her|their|the) pea\b", r"\1 pee"),
    ((" we",), r"\b(my|me|her|his|can't|cannot|couldn't) we\b(?!'re|'ve|'ll|'d| are| were| have| will| would)",
     r"\1 wee"),
    (("farin",), r"\bwar ?farin\b", "warfarin"),
    (("roid",), r"\b(?:tie|thy|thigh) roid\b", "thyroid"),
    (("beaties", "beetus", "betes", "beetis"), r"\b(?:die|dia|dye) ?(?:beaties|beetus|betes|beetis)\b", "diabetes"),
    (("loop us",), r"\bloop us\b", "lupus"),
    (("kid knee",), r"\bkid knee\b", "kidney"),
    (("led ",), r"\bled (paint|pipes?|poison\w*|batter\w*|dust|fumes)\b", r"lead \1"),
    (("calve",), r"\b(my|me|her|his|the|right|left|one) calve\b", r"\1 calf"),
    (("num",), r"\bnum\b", "numb"),
    (("blew",), r"\b(looks?|looking|gone|going|turned|turning|is|are|bit|all|kind of|sort of) blew\b", r"\1 blue"),
    (("needle",), r"\bpins and needle\b", "pins and needles"),
    (("fell of ",), r"\bfell of\b", "fell off"),
    (("bare",), r"\b(?:way|wait|weight) bare\b", "bear weight"),
    # a second language's grammar: "she is not sleeping good"; "she don't eat nothing"; "legs without force"
    (("good",), r"\b(walk|walking|walks|sleep|sleeping|sleeps|slept|swallow|swallowing|talk|talking|talks|speak|"
                r"speaking|see|seeing|eat|eating|breathe|breathing|stand|standing|move|moving) good\b", r"\1 well"),
    (("nothing",), r"\b((?:don't|doesn't|didn't|can't|haven't|hasn't|won't|not|never) \w+) nothing\b",
     r"\1 anything"),
    (("without",), r"\bwithout (?:force|strength|power)\b", "weak"),
    (("sleeping",), r"\b(arm|arms|leg|legs|foot|feet|hand|hands|toes) (is|are|keeps?|feels?|feeling) sleeping\b",
     r"\1 \2 numb"),
)
