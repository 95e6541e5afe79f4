"""Hypothesis strategies for fuzzing: odd JSON values and real request fixtures, mutated (fields missing or
of the wrong type, unknown intents and slots, odd strings and locales, hand-edited session attributes)."""

from hypothesis import strategies as st

from legcheck.rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS
from tests.envelopes import LOCALES, fixture_names, load, slot

FIXTURES = [(locale, name) for locale in LOCALES for name in fixture_names(locale)]
ODD_TEXT = ["", " ", "<speak>", "</speak>", "&", "&amp;", "]]>", "<![CDATA[x]]>", '"\'<>', "\u202eevil",
            "\U0001f9b5\U0001f9b6", "\x00", "\x0b", "\ufffe", "\ud800", "yes", "null", "x" * 100_000]
odd_text = st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=40))
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | odd_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3),
    max_leaves=6)
ids = st.sampled_from(sorted(FINDINGS)) | st.sampled_from(sorted(CAUSES)) | odd_text
answer_value = st.sampled_from([True, False, None, 1, 0, "yes", "true", [], {}, 1.5])
attributes = st.fixed_dictionaries({}, optional={
    "question": ids | json_value,
    "findings": st.dictionaries(ids, answer_value, max_size=8) | json_value,
    "triage": st.sampled_from(sorted(TRIAGE_LEVELS)) | json_value,
    "causes": st.lists(ids, max_size=4) | json_value,
    "last_speech": odd_text | json_value,
    "last_reprompt": odd_text | json_value,
    "rate": st.sampled_from([80, 100, 120, 0, -5, 10**12, True, "90", 90.0]),
    "person": st.sampled_from(["you", "they", "me", "", None, 3]),
}) | json_value
intent_names = st.sampled_from(["AMAZON.PauseIntent", "NoSuchIntent", "", "SymptomIntent",
                                "ExplainCauseIntent", "AMAZON.YesIntent"]) | odd_text
locales = st.sampled_from(["fr-FR", "de-DE", "EN-us", "en_US", "en", "", "xx-YY-ZZ"]) | json_value


def paths(node, prefix=()):
    """Every (container path, key) in a JSON tree."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in items:
        yield prefix, key
        yield from paths(child, (*prefix, key))


def at(envelope, path):
    for key in path:
        envelope = envelope[key]
    return envelope


@st.composite
def slots(draw):
    names = st.sampled_from(["symptom", "symptomTwo", "cause", "other"]) | odd_text
    built = {}
    for name in draw(st.lists(names, max_size=3)):
        built[name] = slot(name, draw(ids | st.none()), spoken=draw(odd_text))
        if draw(st.booleans()):
            built[name] = draw(json_value)
    return built


@st.composite
def mutated_envelopes(draw):
    locale, name = draw(st.sampled_from(FIXTURES))
    envelope = load(name, locale)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["drop", "retype", "intent", "locale", "attributes"]))
        request = envelope.get("request") if isinstance(envelope.get("request"), dict) else {}
        places = list(paths(envelope))
        if kind in ("drop", "retype") and places:
            path, key = draw(st.sampled_from(places))
            container = at(envelope, path)
            if kind == "drop" and isinstance(container, dict):
                del container[key]
            else:
                container[key] = draw(json_value)
        elif kind == "intent":
            request["intent"] = {"name": draw(intent_names), "confirmationStatus": "NONE",
                                 "slots": draw(slots())}
        elif kind == "locale":
            request["locale"] = draw(locales)
        elif kind == "attributes" and isinstance(envelope.get("session"), dict):
            envelope["session"]["attributes"] = draw(attributes)
    return envelope
