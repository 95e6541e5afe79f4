"""Session attributes, the skill's only state: defaults and validation of whatever a request carries.

Keys: `question` (finding id asked, or None), `findings` (finding id -> True/False/None), `triage` (level id,
only once a result or emergency advice was given), `causes` (cause ids named, most likely first),
`last_speech` and `last_reprompt` (plain text, for Repeat), `rate` (speaking rate, percent), `person`
("you" or "they").
"""

import re

from legcheck.rules.vocabulary import CAUSES, FINDINGS, TRIAGE_LEVELS
from legcheck.skill.ssml import NORMAL_RATE, RATES

PERSONS = ("you", "they")
MAX_SPEECH = 6000  # characters: Alexa speaks at most 8000, SSML tags included
# Characters XML 1.0 does not allow, which no SSML can carry (attributes may be edited by hand): the
# complement of its Char production [^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff], listed,
# because compiling that negated class costs every cold start about 10 ms and this one about 1 ms.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
AT_START = "session_at_start"  # request attribute: the validated session attributes before any handler ran


def defaults():
    """The attributes of a new session."""
    return {"question": None, "findings": {}, "causes": [], "last_speech": "", "last_reprompt": "",
            "rate": NORMAL_RATE, "person": "you"}


def _findings(value):
    if not isinstance(value, dict):
        return {}
    return {key: answer for key, answer in value.items()
            if key in FINDINGS and (answer is None or isinstance(answer, bool))}


def _causes(value):
    if not isinstance(value, list):
        return []
    return [cause for cause in value if isinstance(cause, str) and cause in CAUSES]


def clean(attributes):
    """Valid attributes from anything: unknown keys and wrong values are dropped or reset, never raised."""
    source = attributes if isinstance(attributes, dict) else {}
    state = defaults()
    state["findings"] = _findings(source.get("findings"))
    question = source.get("question")
    state["question"] = question if isinstance(question, str) and question in FINDINGS else None
    triage = source.get("triage")
    if isinstance(triage, str) and triage in TRIAGE_LEVELS:
        state["triage"] = triage
    state["causes"] = _causes(source.get("causes"))
    for key in ("last_speech", "last_reprompt"):
        if isinstance(source.get(key), str):
            state[key] = _NOT_XML.sub("", source[key]).strip()[:MAX_SPEECH]
    rate = source.get("rate")
    if isinstance(rate, int) and not isinstance(rate, bool) and rate in RATES:
        state["rate"] = rate
    if source.get("person") in PERSONS:
        state["person"] = source["person"]
    return state


def session(handler_input):
    """The session attributes (validated by the interceptor); a scratch dict for an out-of-session request."""
    if handler_input.request_envelope.session is None:
        scratch = handler_input.attributes_manager.request_attributes.setdefault("scratch_session", {})
        if not scratch:
            scratch.update(defaults())
        return scratch
    attributes = handler_input.attributes_manager.session_attributes
    if not isinstance(attributes, dict) or "findings" not in attributes:
        attributes = clean(attributes)
        handler_input.attributes_manager.session_attributes = attributes
    return attributes


def roll_back(handler_input):
    """Put the session attributes back as they were when the request arrived (after validation)."""
    saved = handler_input.attributes_manager.request_attributes.get(AT_START)
    if saved is not None and handler_input.request_envelope.session is not None:
        handler_input.attributes_manager.session_attributes = saved


def restart(attributes):
    """Forget the interview (findings, question, result), keeping the person and the speaking rate."""
    attributes.pop("triage", None)
    attributes.update(question=None, findings={}, causes=[])
