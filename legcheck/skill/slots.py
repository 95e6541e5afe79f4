"""Slot values: the ids Alexa resolved (ER_SUCCESS_MATCH) and, where it could not, the words it heard, read by
the skill's own resolver (legcheck.skill.resolver)."""
import re

from legcheck.rules.groups import GROUPS


def _slots(handler_input):
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    return getattr(intent, "slots", None) or {}


def spoken_text(handler_input, name):
    """The words heard for slot `name` ("" when none)."""
    value = getattr(_slots(handler_input).get(name), "value", None)
    return value.strip() if isinstance(value, str) else ""


_DESCRIBE = re.compile(r"Describe((?:[A-Z][a-z']*)*)Intent")


def description(handler_input):
    """The words of a description as said: a carrier phrase that means something has an intent of its own
    (legcheck.lexicon.intents.MEANING_CARRIERS, "DescribeOutOfNowhereIntent"), whose words go back in front of
    what Alexa handed over ("out of nowhere" + "my legs gave way").  None for any other intent."""
    name = getattr(getattr(handler_input.request_envelope.request, "intent", None), "name", None) or ""
    carrier = carrier_of(name)
    if carrier is None:
        return None
    return " ".join(part for part in (carrier, spoken_text(handler_input, "description")) if part)


def carrier_of(intent_name):
    """The carrier phrase a description intent stands for ("" for DescribeIntent), None for other intents."""
    match = _DESCRIBE.fullmatch(intent_name)
    if not match:
        return None
    return re.sub(r"\bi\b", "I", " ".join(re.findall(r"[A-Z][a-z']*", match.group(1))).lower())


def _resolved(slot, known):
    """The id entity resolution matched for `slot`, if it is one of `known`."""
    resolutions = getattr(slot, "resolutions", None)
    for authority in getattr(resolutions, "resolutions_per_authority", None) or []:
        code = getattr(getattr(authority, "status", None), "code", None)
        if getattr(code, "value", code) == "ER_SUCCESS_MATCH" and authority.values:
            value_id = getattr(authority.values[0].value, "id", None)
            if value_id in known:
                return value_id
    return None


def resolved_ids(handler_input, slot_names, known):
    """Ids of the slot values that entity resolution matched and that are in `known`."""
    ids = []
    for name in slot_names:
        value_id = _resolved(_slots(handler_input).get(name), known)
        if value_id and value_id not in ids:
            ids.append(value_id)
    return ids


def heard_in(handler_input, slot_names, known, denied=False):
    """{finding id: True | False | None} from the slots: a resolved value is a yes (a no when `denied`, the
    carrier phrase being a denial); the words of an unresolved one, or of one resolved to a group ("a sore back"),
    go through the resolver."""
    heard = {}
    for name in slot_names:
        slot = _slots(handler_input).get(name)
        value_id = _resolved(slot, known)
        if value_id:
            heard[value_id] = not denied
        words = spoken_text(handler_input, name)
        if words and (not value_id or value_id in GROUPS):  # "a sore back" resolved to the group of pains
            from legcheck.skill.resolver import understand  # loaded when first needed

            # Under a denial the words are read as said after "no": "no fever but my back hurts badly".
            for finding, value in understand(f"no {words}" if denied else words).findings.items():
                heard.setdefault(finding, value)
    return heard


def causes_heard(handler_input, slot_name):
    """Cause ids for the slot: as resolved, or as the resolver reads the words."""
    from legcheck.lexicon.causes import CAUSES

    ids = resolved_ids(handler_input, (slot_name,), CAUSES)
    if ids:
        return ids
    words = spoken_text(handler_input, slot_name)
    if not words:
        return []
    from legcheck.skill.resolver import causes_in

    return causes_in(words)
