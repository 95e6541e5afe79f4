"""Building responses: SSML at the session's rate, remembered for Repeat; the locale's strings."""

from ask_sdk_model.ui import SimpleCard

from legcheck.skill import ssml, state
from legcheck.skill.locales import strings_for


def locale(handler_input):
    """The request's locale (en-US when the request has none)."""
    value = getattr(handler_input.request_envelope.request, "locale", None)
    return strings_for(value).locale


def strings(handler_input):
    """The locale's Strings (set by the localization interceptor; looked up here if it did not run)."""
    attributes = handler_input.attributes_manager.request_attributes
    if "strings" not in attributes:
        attributes["strings"] = strings_for(locale(handler_input))
    return attributes["strings"]


def join(*parts):
    """Sentences joined by spaces, empty parts left out."""
    return " ".join(part for part in parts if part)


def _ssml(handler_input, text):
    return ssml.render(text, state.session(handler_input).rate)


def first_contact(handler_input, speech):
    """`speech`, led by the disclaimer when a session opens with an intent (a one-shot request)."""
    session = handler_input.request_envelope.session
    disclaimer = strings(handler_input)("DISCLAIMER")
    if session is not None and session.new and disclaimer not in speech:
        return join(disclaimer, speech)
    return speech


def reply(handler_input, speech, reprompt, card=None, prefix=""):
    """Say `prefix` and `speech`, keep the session open with `reprompt`, and remember `speech` and `reprompt`
    for Repeat (the prefix, an apology or an acknowledgement, is said once)."""
    record = state.session(handler_input)
    record.last_speech, record.last_reprompt = speech, reprompt
    said = first_contact(handler_input, join(prefix, speech))
    builder = handler_input.response_builder.speak(_ssml(handler_input, said))
    builder.ask(_ssml(handler_input, reprompt))
    if card is not None:
        builder.set_card(SimpleCard(title=strings(handler_input)("CARD_TITLE"), content=card))
    return builder.response


def goodbye(handler_input, speech):
    """Say `speech` and end the session."""
    builder = handler_input.response_builder.speak(_ssml(handler_input, speech))
    return builder.set_should_end_session(True).response
