"""Lint the Alexa interaction models against the rules the Alexa console enforces.

The finding and cause ids come from the project itself (rules.vocabulary and docs/clinical.md).
"""

import importlib.util
import json
import re
from pathlib import Path

import pytest

from legcheck.lexicon.intents import MEANING_CARRIERS, carrier_intent
from legcheck.rules.vocabulary import CAUSES, FINDINGS

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "legcheck" / "interaction_model"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
REQUIRED_BUILT_INS = {
    "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
    "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent",
    "AMAZON.RepeatIntent", "AMAZON.StartOverIntent",
}
CUSTOM_INTENT_SLOTS = {
    "DontKnowIntent": {}, "WhyIntent": {}, "SomeoneElseIntent": {}, "SpeakSlowerIntent": {},
    "SpeakFasterIntent": {}, "MoreDetailIntent": {},
    "SymptomIntent": {"symptom": "SymptomType", "symptomTwo": "SymptomType"},
    "DenySymptomIntent": {"symptom": "SymptomType"},
    "ExplainCauseIntent": {"cause": "CauseType"},
    "DescribeIntent": {"description": "AMAZON.SearchQuery"}, "NoButIntent": {"description": "AMAZON.SearchQuery"},
    "YesAndIntent": {"description": "AMAZON.SearchQuery"}, "UnsureButIntent": {"description": "AMAZON.SearchQuery"},
    "UndoIntent": {},
    # "suddenly {description}": a carrier phrase whose words mean something is an intent of its own
    **{carrier_intent(carrier): {"description": "AMAZON.SearchQuery"} for carrier in MEANING_CARRIERS},
}
FORBIDDEN_INVOCATION_WORDS = {"alexa", "amazon", "echo", "computer", "skill", "app", "open", "ask",
                              "tell", "launch", "start", "begin", "load", "play", "run", "resume", "use"}
# A word (letters, with inner apostrophes), a one-letter abbreviation ("t."), or a {slot}.
TOKEN = re.compile(r"\{[A-Za-z]+\}|[A-Za-z]+(?:'[A-Za-z]+)*|[A-Za-z]\.")


def load(locale):
    return json.loads((MODELS / f"{locale}.json").read_text(encoding="utf-8"))


def language_model(locale):
    return load(locale)["interactionModel"]["languageModel"]


def fold(text):
    return " ".join(text.casefold().split())


def bad_tokens(text):
    return [token for token in text.split(" ") if not TOKEN.fullmatch(token)]


def type_values(model, type_name):
    return next(t["values"] for t in model["types"] if t["name"] == type_name)


def clinical_md_ids(heading):
    """The backticked ids in the first column of the table under a docs/clinical.md heading."""
    section = (ROOT / "docs" / "clinical.md").read_text(encoding="utf-8").split(f"## {heading}")[1]
    section = section.split("\n## ")[0]
    return set(re.findall(r"`([a-z_]+)`", section))


@pytest.fixture(params=LOCALES)
def model(request):
    return language_model(request.param)


def test_every_locale_has_a_model_file():
    found = {path.stem for path in MODELS.glob("*.json")}
    assert found == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_model_files_are_pretty_printed_with_two_spaces(locale):
    text = (MODELS / f"{locale}.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_invocation_name_is_two_or_more_lowercase_words_without_reserved_words(model):
    words = model["invocationName"].split(" ")
    assert re.fullmatch(r"[a-z]+( [a-z]+)+", model["invocationName"])
    assert not FORBIDDEN_INVOCATION_WORDS & set(words)


def test_required_built_in_and_custom_intents_are_present_with_their_slots(model):
    intents = {intent["name"]: intent for intent in model["intents"]}
    assert REQUIRED_BUILT_INS <= set(intents)
    assert set(intents) == REQUIRED_BUILT_INS | set(CUSTOM_INTENT_SLOTS)
    for name, slots in CUSTOM_INTENT_SLOTS.items():
        assert {s["name"]: s["type"] for s in intents[name].get("slots", [])} == slots, name
        assert intents[name]["samples"], name
    assert intents["AMAZON.FallbackIntent"]["samples"] == []


def test_utterances_use_only_words_apostrophes_abbreviations_and_slots(model):
    for intent in model["intents"]:
        for sample in intent["samples"]:
            assert sample == sample.strip() and "  " not in sample, sample
            assert not bad_tokens(sample), (intent["name"], sample)
            assert len(sample) <= 200, sample


def test_every_slot_in_an_utterance_is_declared_once_and_every_declared_slot_is_used(model):
    for intent in model["intents"]:
        declared = {slot["name"] for slot in intent.get("slots", [])}
        used = set()
        for sample in intent["samples"]:
            slots = re.findall(r"\{(\w+)\}", sample)
            assert len(slots) == len(set(slots)), sample
            assert set(slots) <= declared, (intent["name"], sample)
            used |= set(slots)
        assert used == declared, intent["name"]


def test_slot_types_exist_and_every_custom_type_is_used(model):
    custom = {t["name"] for t in model["types"]}
    used = {s["type"] for i in model["intents"] for s in i.get("slots", [])}
    assert all(name in custom or name.startswith("AMAZON.") for name in used)
    assert custom <= used


def test_no_utterance_is_repeated_within_or_across_intents(model):
    owner = {}
    for intent in model["intents"]:
        for sample in intent["samples"]:
            key = fold(sample)
            assert key not in owner, f"{sample!r} in {intent['name']} and {owner[key]}"
            owner[key] = intent["name"]


def test_no_slot_value_or_synonym_is_repeated_within_a_type(model):
    for slot_type in model["types"]:
        seen = {}
        for value in slot_type["values"]:
            for phrase in [value["name"]["value"], *value["name"].get("synonyms", [])]:
                key = fold(phrase)
                assert key not in seen, f"{phrase!r} in {value['id']} and {seen[key]}"
                seen[key] = value["id"]
                assert not bad_tokens(phrase) and len(phrase) <= 140, phrase


def test_symptom_values_are_exactly_the_finding_ids_of_the_project(model):
    ids = {value["id"] for value in type_values(model, "SymptomType")}
    assert ids == set(FINDINGS)
    assert clinical_md_ids("Findings") <= ids


def test_cause_values_are_exactly_the_cause_ids_of_the_project(model):
    ids = {value["id"] for value in type_values(model, "CauseType")}
    assert ids == set(CAUSES)
    families = clinical_md_ids("Cause families and causes") - {"temporary", "nerve", "muscle", "systemic"}
    assert families <= ids


def test_every_finding_has_at_least_six_everyday_synonyms(model):
    for value in type_values(model, "SymptomType"):
        assert len(value["name"]["synonyms"]) >= 6, value["id"]


def test_symptom_intent_has_at_least_sixty_samples(model):
    symptom = next(i for i in model["intents"] if i["name"] == "SymptomIntent")
    assert len(symptom["samples"]) >= 60


def test_all_locales_have_the_same_intents_and_slot_value_ids():
    def shape(locale):
        lm = language_model(locale)
        return ([i["name"] for i in lm["intents"]],
                {t["name"]: sorted(v["id"] for v in t["values"]) for t in lm["types"]})
    assert all(shape(locale) == shape("en-US") for locale in LOCALES)


def test_locales_differ_where_people_speak_differently():
    def synonyms(locale, value_id):
        return next(v for v in type_values(language_model(locale), "SymptomType")
                    if v["id"] == value_id)["name"]["synonyms"]
    assert "diarrhoea" in synonyms("en-GB", "dehydrated")
    assert "diarrhoea" not in synonyms("en-US", "dehydrated")
    assert "loose motions" in synonyms("en-IN", "dehydrated")
    assert "I feel crook" in synonyms("en-AU", "very_unwell")


def _generator():
    spec = importlib.util.spec_from_file_location("gen_models", ROOT / "scripts" / "gen_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_models_and_skill_package_copies_are_up_to_date():
    gen = _generator()
    assert set(gen.LOCALES) == set(LOCALES)
    stale = [str(path.relative_to(ROOT)) for path, text in gen.expected_files().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, "run: python scripts/gen_models.py"
