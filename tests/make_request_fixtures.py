"""Write tests/fixtures/requests/<locale>/<IntentName>.json from interaction_model/<locale>.json.

One Alexa request envelope per intent of each locale's model, plus LaunchRequest and SessionEndedRequest.
Slots get the first value of their type, resolved (ER_SUCCESS_MATCH) to its id, as Alexa sends it.
Run: .venv/bin/python tests/make_request_fixtures.py
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "legcheck" / "interaction_model"
OUT = Path(__file__).resolve().parent / "fixtures" / "requests"
SKILL_ID = "amzn1.ask.skill.00000000-1111-2222-3333-444444444444"
USER_ID = "amzn1.ask.account.FIXTUREUSER"
DEVICE_ID = "amzn1.ask.device.FIXTUREDEVICE"
TIMESTAMP = "2026-01-01T12:00:00Z"


def envelope(locale, request, new=False):
    """A request envelope as a device sends it, with an empty session."""
    application = {"applicationId": SKILL_ID}
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": "amzn1.echo-api.session.FIXTURE", "application": application,
                    "attributes": {}, "user": {"userId": USER_ID}},
        "context": {"System": {"application": application, "user": {"userId": USER_ID},
                               "device": {"deviceId": DEVICE_ID, "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.amazonalexa.com",
                               "apiAccessToken": "FIXTURE.TOKEN"}},
        "request": {"requestId": "amzn1.echo-api.request.FIXTURE", "timestamp": TIMESTAMP,
                    "locale": locale, **request},
    }


def resolved_slot(name, slot_type, value):
    """A slot whose spoken value entity resolution matched to the value's id."""
    authority = f"amzn1.er-authority.echo-sdk.{SKILL_ID}.{slot_type}"
    return {"name": name, "value": value["name"]["value"], "confirmationStatus": "NONE",
            "source": "USER",
            "resolutions": {"resolutionsPerAuthority": [{
                "authority": authority, "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": value["name"]["value"], "id": value["id"]}}]}]}}


def spoken_slot(name, words):
    """A search query slot: the words heard, with no resolution (as Alexa sends AMAZON.SearchQuery)."""
    return {"name": name, "value": words, "confirmationStatus": "NONE", "source": "USER"}


def intent_request(intent, types):
    slots = {}
    for index, slot in enumerate(intent.get("slots", [])):
        if slot["type"] not in types:  # AMAZON.SearchQuery
            slots[slot["name"]] = spoken_slot(slot["name"], "leg went weak all of a sudden")
            continue
        values = types[slot["type"]]
        slots[slot["name"]] = resolved_slot(slot["name"], slot["type"], values[index % len(values)])
    return {"type": "IntentRequest", "dialogState": "STARTED",
            "intent": {"name": intent["name"], "confirmationStatus": "NONE", "slots": slots}}


def write(locale, name, body):
    folder = OUT / locale
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n")


def main():
    for model_file in sorted(MODELS.glob("*.json")):
        locale = model_file.stem
        language = json.loads(model_file.read_text())["interactionModel"]["languageModel"]
        types = {t["name"]: t["values"] for t in language.get("types", [])}
        write(locale, "LaunchRequest", envelope(locale, {"type": "LaunchRequest"}, new=True))
        write(locale, "SessionEndedRequest",
              envelope(locale, {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}))
        for intent in language["intents"]:
            write(locale, intent["name"], envelope(locale, intent_request(intent, types)))


if __name__ == "__main__":
    main()
