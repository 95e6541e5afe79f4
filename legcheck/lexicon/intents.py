"""The sample utterances of every intent, with their slots: how people ask the skill to do things.

`INTENTS` holds what every locale says; `REGIONAL` what only some countries add (or, with "-", leave out).
scripts/gen_models.py turns this, the findings and the causes into the five interaction models.
"""

INVOCATION_NAME = "leg check"

# Carrier phrases of a free description that say nothing themselves ("my mum {description}"): Alexa hands over
# the words after them (AMAZON.SearchQuery needs one).  Those whose words mean something: MEANING_CARRIERS below.
CARRIERS = (
    'my', 'her', 'his', 'I just', 'she', 'he', 'they', 'it', 'it just', 'my mum', 'my mom', 'my dad',
    'my husband', 'my wife', 'my mother', 'my father', 'my nan', 'my grandmother', 'my grandfather', 'well', 'so',
    'basically', 'what happened was', 'the problem is', 'the thing is', 'there is', 'um', 'oh', 'uh', "he's", "she's",
    "I've", "there's this", 'that', 'like', "mum's", "dad's", 'we', 'our', "I'm", "it's", 'me', "there's",
    'a', 'mum', 'mom', 'dad', 'nan', "nan's", 'grandad', 'grandpa', 'grandma', 'granny', 'my grandad', 'my grandpa',
    'my grandma', 'my son', 'my daughter', 'my partner', 'mum says', 'she says', 'he says', 'papa', 'nana', 'mummy',
    'okay', 'then', 'now', 'having', 'taking', 'also', 'okay so', 'ok so', 'honestly',
    'right so', 'sir', 'madam', 'mate', 'there was', 'there were', "we've", 'we have',
)

# intent -> (slots as {name: type}, samples)
INTENTS = {
    'AMAZON.YesIntent': ({}, [
        'I guess', 'I suppose', 'sometimes', 'a bit', 'a little', 'a little bit', 'sort of', 'kind of',
        'slightly', 'I think so', 'probably', 'mostly', 'now and then', 'on and off',
        'yes I think so', 'yes they do',
        'yeah', 'yep', 'yup', 'yes I do', 'yes it is', 'yes it did', 'yes I have', 'yes please', "that's right",
        'correct', 'I do', 'it does', 'it did', 'I think so', 'sure', 'uh huh', 'definitely', 'absolutely',
        'yes indeed',
    ]),
    'AMAZON.NoIntent': ({}, [
        'no I don\'t think so', 'no it doesn\'t', 'no they don\'t',
        'nope', 'nah', "no I don't", "no it isn't", "no it didn't", "no it's not", "no I haven't", "I don't",
        "it doesn't", "it isn't", "I haven't", 'not really', 'not at all', 'definitely not', "I don't think so",
        "I don't have that", 'none of those', 'no not at all',
    ]),
    'AMAZON.HelpIntent': ({}, [
        'what can I say', 'what do I do', 'how does this work', 'help me', 'what are my options',
        "I'm confused about what to say",
    ]),
    'AMAZON.StopIntent': ({}, [
        "that's all", "I'm finished", "I'm done", 'goodbye',
    ]),
    'AMAZON.CancelIntent': ({}, [
        'never mind', 'forget it',
    ]),
    'AMAZON.FallbackIntent': ({}, [

    ]),
    'AMAZON.NavigateHomeIntent': ({}, [

    ]),
    'AMAZON.RepeatIntent': ({}, [
        'say that again', 'repeat that', 'repeat the question', 'can you repeat that', 'what did you say',
        'sorry what', 'come again', 'pardon', 'pardon me', 'once more',
    ]),
    'AMAZON.StartOverIntent': ({}, [
        'start over', 'start again', 'begin again', 'restart', 'from the beginning', "let's start again",
        'check again', 'new check', 'go back to the start',
    ]),
    'DontKnowIntent': ({}, [
        'possibly', 'perhaps', 'could be', 'might be', 'hard to say', 'I can\'t remember', 'I can\'t tell',
        'I really don\'t know', 'I honestly don\'t know', 'I\'m really not sure',
        "I don't know", 'I do not know', "don't know", 'dunno', 'not sure', "I'm not sure", 'I am not sure',
        "I'm not really sure", "I'm unsure", 'unsure', "I'm not certain", 'maybe', 'maybe not', 'possibly',
        'perhaps', "I can't tell", 'I cannot tell', "can't tell", "it's hard to tell", 'hard to say', 'no idea',
        'I have no idea', "I've no idea", "I can't remember", "I don't remember", "I couldn't say", "I can't say",
        "I'm not sure about that", "I don't know about that", 'who knows',
    ]),
    'SymptomIntent': ({'symptom': 'SymptomType', 'symptomTwo': 'SymptomType'}, [
        '{symptom}', '{symptom} and {symptomTwo}', 'I have {symptom}', 'I have {symptom} and {symptomTwo}',
        "I've got {symptom}", "I've got {symptom} and {symptomTwo}", "I've had {symptom}", 'I had {symptom}',
        'I get {symptom}', 'I think I have {symptom}', 'I think {symptom}', "I'm having {symptom}",
        'I am having {symptom}', 'I also have {symptom}', 'also {symptom}', 'and {symptom}', 'and also {symptom}',
        'plus {symptom}', "there's {symptom}", 'there is {symptom}', "there's also {symptom}", 'my {symptom}',
        'my {symptom} and {symptomTwo}', 'it started with {symptom}', 'it began with {symptom}',
        'it started after {symptom}', 'it began after {symptom}', 'it happened after {symptom}', 'after {symptom}',
        'since {symptom}', 'with {symptom}', 'with {symptom} and {symptomTwo}', "I'm {symptom}", 'I am {symptom}',
        'I feel {symptom}', "I've been {symptom}", 'I have been {symptom}', "I'm suffering from {symptom}",
        'I suffer from {symptom}', "I've been having {symptom}", 'my legs are weak and {symptom}',
        'my legs are weak and I have {symptom}', 'my legs feel weak and {symptom}', 'my leg is weak and {symptom}',
        'weak legs and {symptom}', 'weak legs with {symptom}', 'my legs are weak because of {symptom}',
        'I noticed {symptom}', "I've noticed {symptom}", "I've been told I have {symptom}",
        'the doctor said I have {symptom}', 'yes {symptom}', 'yes I have {symptom}', "yeah I've got {symptom}",
        'I do have {symptom}', 'also I have {symptom}', 'as well as {symptom}', '{symptom} as well',
        '{symptom} too', 'I have {symptom} too', 'the problem is {symptom}', 'the main thing is {symptom}',
        "it's {symptom}", 'it is {symptom}', 'it was {symptom}', 'I want to tell you about {symptom}',
        'I have {symptom} in my legs', '{symptom} in my legs', '{symptom} in my feet',
    ]),
    'DenySymptomIntent': ({'symptom': 'SymptomType'}, [
        "I don't have {symptom}", 'I do not have {symptom}', "I don't have any {symptom}",
        "I haven't got {symptom}", 'I have not got {symptom}', "I've not got {symptom}", "I haven't had {symptom}",
        'I have not had {symptom}', "I've never had {symptom}", 'I have never had {symptom}', 'no {symptom}',
        "there's no {symptom}", 'there is no {symptom}', "I don't get {symptom}", "I'm not {symptom}",
        'I am not {symptom}', "I don't feel {symptom}", "no I don't have {symptom}", "no I haven't got {symptom}",
        'without {symptom}', 'no sign of {symptom}', 'nothing like {symptom}', "I wouldn't say {symptom}",
        'not {symptom}', 'definitely no {symptom}', "I don't think I have {symptom}", "I've had no {symptom}",
        'I have had no {symptom}', "there hasn't been {symptom}", 'there has not been any {symptom}',
    ]),
    'WhyIntent': ({}, [
        'why', 'why are you asking', 'why do you ask', 'why do you ask that', 'why did you ask that',
        'why does that matter', 'why does it matter', 'why do you say that', 'why is that', 'why that question',
        'why do you want to know', 'how did you work that out', 'how did you get that', 'how do you know',
        'what makes you say that', 'why do you think that', "what's that got to do with it",
        'what has that got to do with my legs', 'explain why', "what's the reason",
    ]),
    'ExplainCauseIntent': ({'cause': 'CauseType'}, [
        'what is {cause}', "what's {cause}", 'what is a {cause}', "what's a {cause}", 'what is an {cause}',
        'what are {cause}', 'tell me about {cause}', 'tell me more about {cause}', 'more about {cause}',
        'what does {cause} mean', "what's {cause} mean", 'what do you mean by {cause}', 'explain {cause}',
        'explain what {cause} is', 'can you explain {cause}', 'define {cause}', 'what is meant by {cause}',
        'what causes {cause}', 'is {cause} serious', 'how serious is {cause}', "I don't know what {cause} is",
        "I've never heard of {cause}", 'why {cause}', "why do you think it's {cause}", 'why did you say {cause}',
    ]),
    'SomeoneElseIntent': ({}, [
        "I'm asking for someone else", 'I am asking for someone else', "it's for someone else",
        'this is for someone else', "it's not for me", "it isn't for me", "I'm not the patient",
        "I'm asking for a friend", "I'm asking about my friend", "I'm asking on behalf of someone",
        "I'm helping someone", "I'm helping my friend", 'I look after someone', "I'm a caregiver", "I'm a carer",
        "I'm their carer", "I'm a nurse asking for a patient", "it's for my mom", "it's for my mother",
        "it's for my father", "it's for my dad", 'this is for my husband', 'this is for my wife',
        "it's for my husband", "it's for my wife", "it's for my partner", "it's for my son",
        "it's for my daughter", "it's for my grandmother", "it's for my grandfather", "it's for my grandma",
        "it's for my grandpa", "it's for my brother", "it's for my sister", "it's about my mom",
        "it's about my mother", "it's about my dad", "it's about my father", "my mother's legs are weak",
        "my husband's legs are weak", "my wife's legs are weak", "my dad's legs are weak",
        "my mom's legs are weak", "I'm asking for my mom", "I'm asking for my husband", "I'm asking for my wife",
        "I'm asking for my dad", "I'm asking for my father", "I'm asking for my mother",
    ]),
    'SpeakSlowerIntent': ({}, [
        'speak slower', 'speak more slowly', 'speak slowly', 'talk slower', 'talk more slowly', 'slow down',
        'please slow down', 'can you slow down', 'slower', 'slower please', 'say it slower',
        "you're talking too fast", "you're speaking too fast", 'too fast',
    ]),
    'SpeakFasterIntent': ({}, [
        'speak faster', 'speak more quickly', 'talk faster', 'talk quicker', 'speed up', 'please speed up',
        'can you speed up', 'faster', 'faster please', 'quicker', 'go faster', 'hurry up',
        "you're talking too slowly", "you're speaking too slowly", 'too slow',
    ]),
    'MoreDetailIntent': ({}, [
        'tell me more', 'more detail', 'more details', 'explain more', 'explain that', 'can you explain', 'go on',
        'say more', 'more information', 'give me more information', 'I want to know more', 'in more detail',
        'expand on that', 'elaborate', 'what does that mean', 'tell me more please',
    ]),
    # Free descriptions, after a carrier phrase (CARRIERS above; those that mean something are intents of their own)
    'DescribeIntent': ({'description': 'AMAZON.SearchQuery'}, [f'{carrier} {{description}}' for carrier in CARRIERS]),
    # An answer that says more: the answer counts, and so does what follows it.
    'NoButIntent': ({'description': 'AMAZON.SearchQuery'}, [
        'no but {description}', 'nope but {description}', 'nah but {description}', 'no it\'s {description}',
        'no it is {description}', 'no it was {description}', 'no it\'s been {description}', 'no it has {description}',
        'no it {description}', 'no my {description}', 'no I {description}', 'no I\'m {description}',
        'no she {description}', 'no he {description}', 'not really {description}',
        'no everything {description}', 'nope everything {description}', 'nope it\'s {description}',
        'nah it\'s {description}', 'no just {description}', 'no only {description}', 'no just the {description}',
        'no that\'s {description}', 'no there\'s {description}', 'no her {description}', 'no his {description}',
        'nah {description}', 'nope {description}', 'naw {description}', 'nahi {description}', 'nah mate {description}',
    ]),
    'YesAndIntent': ({'description': 'AMAZON.SearchQuery'}, [
        'yes and {description}', 'yes but {description}', 'yeah and {description}', 'yeah but {description}',
        'yes my {description}', 'yeah my {description}', 'yes it {description}', 'yeah it {description}',
        'yes it\'s {description}', 'yeah it\'s {description}', 'yes I {description}', 'yeah I {description}',
        'yes she {description}', 'yes he {description}', 'yes since {description}', 'yeah since {description}',
        'yes a bit {description}', 'a bit {description}', 'sort of {description}', 'sometimes {description}',
        'yes {description}', 'yeah {description}', 'haan {description}', 'yep {description}',
        'yes especially {description}', 'yes when {description}', 'yeah when {description}',
        'aye {description}', 'yup {description}', 'too right {description}', 'kind of {description}',
        'a bit of {description}', 'bit of {description}',
    ]),
    'UnsureButIntent': ({'description': 'AMAZON.SearchQuery'}, [
        'not sure {description}', 'I\'m not sure {description}', 'I am not sure {description}',
        'I don\'t know {description}', 'I\'m not certain {description}', 'maybe {description}',
        'possibly {description}', 'I can\'t remember {description}', 'I\'m not sure but {description}',
        'hard to say {description}', 'I don\'t know but {description}',
        'dunno {description}', 'no idea {description}', 'might be {description}', 'could be {description}',
        'not sure if {description}',
    ]),
    'UndoIntent': ({}, [
        'that\'s not what I said', 'that is not what I said', 'that\'s not what I meant', 'I didn\'t say that',
        'I did not say that', 'that\'s wrong', 'that\'s not right', 'you got that wrong', 'you misheard me',
        'you heard me wrong', 'undo that', 'take that back', 'scratch that', 'no I didn\'t say that',
        'that\'s not it', 'wrong', 'not what I said', 'you misunderstood',
    ]),
}

# Carrier phrases whose words mean something ("suddenly", "urine", "one", "my brother"): Alexa hands over only the
# words after a carrier phrase, so each of these is an intent of its own, named after its words
# ("DescribeOutOfNowhereIntent"), and the skill puts the words back in front before reading the description.
MEANING_CARRIERS = (
    'suddenly', 'out of nowhere', 'since this morning', 'last night', 'for weeks', 'yesterday', 'today', 'this',
    'ever since', 'since', 'after', 'at night', 'a while ago', 'earlier', 'very', 'got', 'weakness', 'the weakness',
    'urine', 'I think', 'I keep', 'my brother', 'my sister', 'when I', 'whenever I', 'every', 'all', 'one', 'both',
    'from',
    # sentences that start with what is wrong ("chest is tight", "can't feel my feet", "nobody in my family")
    'never', 'nothing', 'nobody', 'only', "can't", 'chest', 'neck', 'back', 'pain', 'breathing', 'feet', 'heart',
    'worst', 'feeling', 'feels', 'walking', 'while', 'had', 'new', 'severe', 'cramps', 'swelling', 'muscle', 'legs',
    'leg', 'everything', 'pins and needles', 'numbness', 'headache',
    # ... and with a negation, a symptom, a place, a condition or a time said first
    'no', "don't", "didn't", "haven't", 'not', "couldn't", 'numb', 'tingling', 'weak', 'dark', 'cold', 'swollen',
    'sore', 'aching', 'burning', 'fever', 'bladder', 'knee', 'knees', 'hip', 'foot', 'toes', 'thighs', 'calf',
    'face', 'speech', 'vision', 'diabetic', 'diabetes', 'sugar', 'cancer', 'tablets', 'recently', 'lately',
    'getting', 'last week',
    # ... and with what happened or how it is, said first ("fell off the ladder", "sharp pain down my leg")
    'fell', 'slipped', 'tripped', 'started', 'came', 'lost', 'sleep', 'sleeping', 'sudden', 'sharp', 'terrible',
    'excruciating', 'vomiting', 'swallowing', 'thyroid', 'kidneys', 'eyes', 'muscles', 'food', 'loose', 'took',
    'doctor said', 'the doctor said',
    # ... and words that say which, how much or whose ("the right one", "just achy", "really bad", "I have sugar")
    'the', 'just', 'really', 'I',
    # ... and words that change what follows them ("on and off", "on warfarin", "been sick")
    'on', 'been',
)


def carrier_intent(carrier):
    """The intent of a carrier phrase that means something: "out of nowhere" -> "DescribeOutOfNowhereIntent"
    (an intent's name has no apostrophe: "can't" -> "DescribeCantIntent", read back as "cant", which the
    resolver reads as "can't")."""
    return "Describe" + "".join(word[:1].upper() + word[1:] for word in carrier.replace("'", "").split()) + "Intent"


INTENTS.update({carrier_intent(carrier): ({'description': 'AMAZON.SearchQuery'}, [f'{carrier} {{description}}'])
                for carrier in MEANING_CARRIERS})

# country -> intent -> samples only people there say ("-sample" leaves a shared one out)
REGIONAL = {
    'GB': {
        'SomeoneElseIntent': [
            "it's for my mum", "it's about my mum", "my mum's legs are weak", "I'm asking for my mum",
            "I'm caring for someone", "-it's for my mom", "-it's about my mom", "-my mom's legs are weak",
            "-I'm asking for my mom",
        ],
    },
    'AU': {
        'SomeoneElseIntent': [
            "it's for my mum", "it's about my mum", "my mum's legs are weak", "I'm asking for my mum",
            "I'm caring for someone", "-it's for my mom", "-it's about my mom", "-my mom's legs are weak",
            "-I'm asking for my mom",
        ],
    },
    'IN': {
        'SomeoneElseIntent': [
            "it's for my mum", "it's about my mum", "my mum's legs are weak", "I'm asking for my mum",
            "I'm caring for someone", "it's for my mummy", "it's for my papa", "it's for my amma",
            "-it's for my mom", "-it's about my mom", "-my mom's legs are weak", "-I'm asking for my mom",
        ],
    },
    'CA': {
    },
    'US': {
    },
}
