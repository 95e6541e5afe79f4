"""Request envelopes for the handler tests: loaded from tests/fixtures/requests and patched per test."""

import copy
import json
from pathlib import Path

REQUESTS = Path(__file__).resolve().parent / "fixtures" / "requests"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


def fixture_names(locale):
    """The request names (intent names, LaunchRequest, SessionEndedRequest) with a fixture for `locale`."""
    return sorted(path.stem for path in (REQUESTS / locale).glob("*.json"))


def load(name, locale="en-US", attributes=None, slots=None):
    """The fixture envelope `name` of `locale`, with session `attributes` and slot values replaced.

    `slots` maps slot name -> value id (resolved, ER_SUCCESS_MATCH), or -> None for a value that entity
    resolution did not match (ER_SUCCESS_NO_MATCH).
    """
    envelope = json.loads((REQUESTS / locale / f"{name}.json").read_text())
    if attributes is not None:
        envelope["session"]["attributes"] = copy.deepcopy(attributes)
    for slot_name, value_id in (slots or {}).items():
        envelope["request"]["intent"]["slots"][slot_name] = slot(slot_name, value_id)
    return envelope


def slot(name, value_id, spoken="something"):
    """A slot as Alexa sends it: resolved to `value_id`, or unmatched when `value_id` is None."""
    if value_id is None:
        status, values = "ER_SUCCESS_NO_MATCH", []
    else:
        status, values = "ER_SUCCESS_MATCH", [{"value": {"name": spoken, "id": value_id}}]
    authority = {"authority": "amzn1.er-authority.echo-sdk.fixture", "status": {"code": status},
                 "values": values}
    return {"name": name, "value": spoken, "confirmationStatus": "NONE",
            "resolutions": {"resolutionsPerAuthority": [authority]}}


def speech(response):
    """The SSML the response says ("" when it says nothing)."""
    return (response.get("response", {}).get("outputSpeech") or {}).get("ssml", "")


def reprompt(response):
    """The reprompt SSML ("" when there is none)."""
    output = (response.get("response", {}).get("reprompt") or {}).get("outputSpeech") or {}
    return output.get("ssml", "")


def attributes_of(response):
    """The session attributes the response carries back."""
    return response.get("sessionAttributes") or {}


class Session:
    """A conversation through `lambda_handler`: each request carries the previous response's attributes."""

    def __init__(self, handler, locale="en-US"):
        self.handler, self.locale, self.attributes, self.response = handler, locale, None, None

    def send(self, name, slots=None, attributes=None):
        state = self.attributes if attributes is None else attributes
        envelope = load(name, self.locale, attributes=state or {}, slots=slots)
        envelope["session"]["new"] = name == "LaunchRequest"
        self.response = self.handler(envelope, None)
        self.attributes = attributes_of(self.response)
        return self.response

    def describe(self, text):
        """Say `text` in one's own words: DescribeIntent, its AMAZON.SearchQuery slot carrying the words."""
        envelope = load("DescribeIntent", self.locale, attributes=self.attributes or {})
        envelope["request"]["intent"]["slots"]["description"] = {"name": "description", "value": text,
                                                                 "confirmationStatus": "NONE"}
        self.response = self.handler(envelope, None)
        self.attributes = attributes_of(self.response)
        return self.response
