"""Generate the Alexa interaction models of every locale from the lexicon (legcheck/lexicon/).

The lexicon is the one source of how people say things: the findings and causes (slot values, synonyms,
regional words) and the intents' sample utterances.  The models are outputs only: this script writes
legcheck/interaction_model/<locale>.json (package data, read by `legcheck chat`) and the copies in
skill-package/interactionModels/custom/ that `ask deploy` uploads (real copies: zip tools may not follow links).

    python scripts/gen_models.py           write the generated files
    python scripts/gen_models.py --check   exit 1 if a generated file is missing or stale
"""

import json
import sys
from pathlib import Path

from legcheck.lexicon.causes import CAUSES
from legcheck.lexicon.findings import FINDINGS
from legcheck.lexicon.intents import INTENTS, INVOCATION_NAME, REGIONAL
from legcheck.lexicon.words import LOCALES

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "legcheck" / "interaction_model"
PACKAGE_DIR = ROOT / "skill-package" / "interactionModels" / "custom"


def _values(entries, locale):
    """Slot type values: the name, and each synonym once (none equal to the name), in lexicon order."""
    values = []
    for entry_id, words in entries.items():
        synonyms = []
        for phrase in words.phrases(locale):
            if phrase.lower() != words.name.lower() and phrase.lower() not in (s.lower() for s in synonyms):
                synonyms.append(phrase)
        values.append({"id": entry_id, "name": {"value": words.name, "synonyms": synonyms}})
    return values


def _samples(intent, locale):
    country = locale.split("-")[1]
    regional = REGIONAL.get(country, {}).get(intent, [])
    leave_out = {phrase[1:] for phrase in regional if phrase.startswith("-")}
    samples = []
    for sample in [s for s in INTENTS[intent][1] if s not in leave_out] + [s for s in regional if s[:1] != "-"]:
        if sample.casefold() not in (kept.casefold() for kept in samples):
            samples.append(sample)
    return samples


def build(locale):
    """The interaction model of `locale` as a dict."""
    intents = []
    for name, (slots, _) in INTENTS.items():
        intent = {"name": name, "samples": _samples(name, locale)}
        if slots:
            intent["slots"] = [{"name": slot, "type": slot_type} for slot, slot_type in slots.items()]
        intents.append(intent)
    types = [{"name": "SymptomType", "values": _values(FINDINGS, locale)},
             {"name": "CauseType", "values": _values(CAUSES, locale)}]
    return {"interactionModel": {"languageModel": {"invocationName": INVOCATION_NAME, "intents": intents,
                                                   "types": types}}}


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
