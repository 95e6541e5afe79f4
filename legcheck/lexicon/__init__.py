"""The lexicon: the one source of how people say each finding and each cause (legcheck.lexicon.findings,
.causes, with the concepts of .concepts) and the sample utterances of every intent (.intents).  The voice models
of every locale are generated from it (scripts/gen_models.py) and the skill's resolver reads it at run time
(legcheck.skill.resolver)."""
