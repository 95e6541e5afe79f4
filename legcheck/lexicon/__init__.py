"""The lexicon: the one source of how people say each finding and each cause (legcheck.lexicon.findings,
.causes, with the concepts of .concepts) and the sample utterances of every intent (.intents).  The voice models
of every locale are generated from it (scripts/gen_models.py), and so is the index the skill's resolver reads at
run time (scripts/gen_index.py -> legcheck/skill/lexicon_index.py)."""
