"""Typed lines -> intents and slots, from the interaction models (what the model says works in chat)."""

import json
import re
from pathlib import Path

import pytest

from legcheck.nlu import FALLBACK, MODEL_DIR, Matcher, load_model, matcher_for, understand
from legcheck.slot_values import normalize

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "utterances.json").read_text(encoding="utf-8"))
CASES = [(locale, case) for locale in ("en-US", "en-GB") for case in FIXTURE[locale]]
LOCALES = sorted(path.stem for path in MODEL_DIR.glob("*.json"))


@pytest.mark.parametrize(("locale", "case"), CASES, ids=[f"{loc}:{case['line']}" for loc, case in CASES])
def test_a_typed_line_means_its_intent_and_slot_values(locale, case):
    understood = understand(case["line"], locale)
    assert understood.intent == case["intent"]
    assert {name: fill.id for name, fill in understood.slots.items()} == case.get("slots", {})


def test_the_fixture_covers_near_misses_and_junk():
    assert len(FIXTURE["en-US"]) >= 40
    junk = [case for case in FIXTURE["en-US"] if case["intent"] == "DescribeIntent"]
    assert len(junk) >= 5


def filled_samples(locale):
    """(intent, sample with each slot filled by a value name, expected slot ids), cycling through values."""
    language = load_model(locale)["interactionModel"]["languageModel"]
    values = {t["name"]: [(v["id"], v["name"]["value"]) for v in t["values"]] for t in language["types"]}
    # Alexa hands over a search query's words as heard, with no value id.
    values["AMAZON.SearchQuery"] = [(None, "felt funny this morning"), (None, "went weak on the stairs")]
    for intent in language["intents"]:
        types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            names = re.findall(r"\{(\w+)\}", sample)
            for turn in range(max([len(values[types[name]]) for name in names] or [1])):
                chosen = {name: values[types[name]][(turn + i) % len(values[types[name]])]
                          for i, name in enumerate(names)}
                line = re.sub(r"\{(\w+)\}", lambda m, chosen=chosen: chosen[m.group(1)][1], sample)
                yield intent["name"], line, {name: value[0] for name, value in chosen.items()}


def test_every_locale_has_a_model():
    assert LOCALES == ["en-AU", "en-CA", "en-GB", "en-IN", "en-US"]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sample_utterance_with_its_slots_filled_maps_back_to_its_intent(locale):
    matcher = matcher_for(locale)
    wrong, total = [], 0
    for intent, line, slot_ids in filled_samples(locale):
        total += 1
        understood = matcher.understand(line)
        if (understood.intent, {n: f.id for n, f in understood.slots.items()}) != (intent, slot_ids):
            wrong.append((line, intent, understood.intent))
    assert total > 300
    assert wrong == []


def test_contractions_and_punctuation_are_normalized():
    assert normalize("I can't, I'm NOT sure!") == ("i", "can", "not", "i", "am", "not", "sure")
    assert normalize("It\u2019s for my mum.") == ("it", "is", "for", "my", "mum")


def test_the_matcher_of_a_locale_is_built_once():
    assert matcher_for("en-GB") is matcher_for("en-GB")


def tiny_model(synonyms):
    intents = [{"name": "AMAZON.YesIntent", "samples": []}, {"name": "AMAZON.FallbackIntent", "samples": []},
               {"name": "SymptomIntent", "slots": [{"name": "symptom", "type": "SymptomType"}],
                "samples": ["I have {symptom}"]}]
    values = [{"id": "fever", "name": {"value": "fever", "synonyms": synonyms}}]
    return {"interactionModel": {"languageModel": {"invocationName": "leg check", "intents": intents,
                                                   "types": [{"name": "SymptomType", "values": values}]}}}


def test_only_what_the_model_says_is_understood():
    assert Matcher(tiny_model(["chills"])).understand("I have chills").slots["symptom"].id == "fever"
    assert Matcher(tiny_model([])).understand("I have chills").slots["symptom"].id is None
    assert Matcher(tiny_model([])).understand("why are you asking").intent == FALLBACK


def test_built_in_intents_get_their_standard_phrasings_only_when_the_model_has_them():
    assert Matcher(tiny_model([])).understand("yeah").intent == "AMAZON.YesIntent"
    assert Matcher(tiny_model([])).understand("nope").intent == FALLBACK


def test_a_line_that_is_no_sample_goes_whole_to_the_resolver():
    understood = understand("please order me a large pizza with olives")
    assert understood.intent == "DescribeIntent"
    assert understood.slots["description"].text == "please order me a large pizza with olives"


def test_without_a_description_intent_a_line_that_is_no_sample_is_a_fallback():
    understood = Matcher(tiny_model(["high temperature"])).understand("please order me a large pizza")
    assert (understood.intent, understood.slots) == (FALLBACK, {})


def test_a_search_query_slot_hands_over_the_words_as_said_after_the_carrier_phrase():
    # as typed: contractions ("it's been", not "it is been") and commas kept, the carrier phrase left out
    heard = understand("it didn't come on suddenly, it's been slowly getting worse", "en-GB")
    assert heard.intent == "DescribeIntent"
    assert heard.slots["description"].text == "didn't come on suddenly, it's been slowly getting worse"
