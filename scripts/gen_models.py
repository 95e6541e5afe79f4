"""Generate the Alexa interaction models of every English locale from one source.

`legcheck/interaction_model/en-US.json` is the hand-edited source. The other locales are the same
model with the words people there say added (and a few American ones dropped): British
spelling ("diarrhoea", "tea coloured urine"), "mum", "water tablets", "loose motions"...
Every model is also copied to skill-package/interactionModels/custom/, the folder that
`ask deploy` uploads (a real copy, because zipping tools may not follow symlinks).

    python scripts/gen_models.py           write the generated files
    python scripts/gen_models.py --check   exit 1 if a generated file is missing or stale
"""

import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "legcheck" / "interaction_model"
PACKAGE_DIR = ROOT / "skill-package" / "interactionModels" / "custom"
SOURCE_LOCALE = "en-US"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")

# A variant target is an intent name (its samples) or "TypeName:value id" (its synonyms).
COLOUR = {
    "SymptomType:dark_urine": ["tea coloured urine", "cola coloured urine", "coke coloured pee"],
}
COMMONWEALTH = {
    "SymptomType:dark_urine": ["dark wee", "my wee is dark", "tea coloured wee"],
    "SymptomType:dehydrated": ["diarrhoea", "I have diarrhoea", "I've got diarrhoea"],
    "SymptomType:severe_back_pain": ["agonising back pain"],
    "SymptomType:bladder_bowel": ["I've wet myself", "I can't hold my wee", "can't hold my wee"],
    "SymptomType:recent_infection": ["a tummy bug", "a bug"],
    "SymptomType:low_potassium_risk": ["water tablets", "I take water tablets"],
    "SymptomType:new_medicine": ["I started new medication"],
    "SomeoneElseIntent": [
        "it's for my mum", "it's about my mum", "my mum's legs are weak", "I'm asking for my mum",
        "I'm caring for someone",
    ],
}
MOM = ["it's for my mom", "it's about my mom", "my mom's legs are weak", "I'm asking for my mom"]
BRITISH_SLANG = {
    "SymptomType:poor_sleep": ["knackered", "I'm knackered", "shattered", "I'm shattered"],
    "SymptomType:dehydrated": ["being sick", "I've been sick", "I keep being sick"],
    "SymptomType:low_sugar_signs": ["a hypo", "I'm having a hypo"],
}
VARIANTS = {
    "en-US": ({}, {}),
    "en-CA": (COLOUR, {}),
    "en-GB": (
        [COLOUR, COMMONWEALTH, BRITISH_SLANG, {
            "SymptomType:very_unwell": ["I feel rough", "I feel poorly", "feeling poorly"],
            "SymptomType:bladder_bowel": ["I've pooed myself"],
        }],
        {"SomeoneElseIntent": MOM},
    ),
    "en-AU": (
        [COLOUR, COMMONWEALTH, BRITISH_SLANG, {
            "SymptomType:very_unwell": ["I feel crook", "feeling crook", "I'm crook"],
            "SymptomType:recent_infection": ["gastro", "I had gastro"],
            "SymptomType:dehydrated": ["chucking up", "I've been chucking up"],
        }],
        {"SomeoneElseIntent": MOM},
    ),
    "en-IN": (
        [COLOUR, COMMONWEALTH, {
            "SymptomType:dehydrated": ["loose motions", "I have loose motions", "I've got loose motions"],
            "SymptomType:diabetes": ["sugar", "I have sugar", "sugar patient", "I'm a sugar patient"],
            "SymptomType:very_unwell": ["giddy", "I feel giddy", "giddiness"],
            "SymptomType:muscle_pain": ["body pain", "my legs are paining", "leg paining"],
            "SymptomType:recent_infection": ["dengue", "typhoid", "malaria", "viral infection"],
            "SymptomType:poor_diet": ["pure vegetarian", "I'm a pure vegetarian", "I don't eat eggs"],
            "SomeoneElseIntent": ["it's for my mummy", "it's for my papa", "it's for my amma"],
        }],
        {"SomeoneElseIntent": MOM},
    ),
}


def _merge(parts):
    """One {target: [phrases]} dict from a list of them (in order, without repeats)."""
    if isinstance(parts, dict):
        parts = [parts]
    merged = {}
    for part in parts:
        for target, phrases in part.items():
            merged.setdefault(target, [])
            merged[target] += [p for p in phrases if p not in merged[target]]
    return merged


def _phrase_list(language_model, target):
    """The list a target names: an intent's samples or a slot value's synonyms."""
    if ":" in target:
        type_name, value_id = target.split(":")
        slot_type = next(t for t in language_model["types"] if t["name"] == type_name)
        value = next(v for v in slot_type["values"] if v["id"] == value_id)
        return value["name"]["synonyms"]
    return next(i for i in language_model["intents"] if i["name"] == target)["samples"]


def build(locale, source=None):
    """The interaction model of `locale` as a dict."""
    if source is None:
        source = json.loads((MODEL_DIR / f"{SOURCE_LOCALE}.json").read_text(encoding="utf-8"))
    model = copy.deepcopy(source)
    language_model = model["interactionModel"]["languageModel"]
    additions, removals = VARIANTS[locale]
    for target, phrases in _merge(removals).items():
        phrase_list = _phrase_list(language_model, target)
        phrase_list[:] = [p for p in phrase_list if p not in phrases]
    for target, phrases in _merge(additions).items():
        phrase_list = _phrase_list(language_model, target)
        phrase_list += [p for p in phrases if p not in phrase_list]
    return model


def render(model):
    """The JSON text of a model as committed: 2-space indent, UTF-8, final newline."""
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def expected_files():
    """{path: text} of every file this script writes."""
    files = {}
    for locale in LOCALES:
        text = render(build(locale))
        files[MODEL_DIR / f"{locale}.json"] = text
        files[PACKAGE_DIR / f"{locale}.json"] = text
    return files


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    stale = [path for path, text in expected_files().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path, text in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(LOCALES)} locales ({len(stale)} files changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
