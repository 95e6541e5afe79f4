"""Handlers that move the interview on: launch, answers (yes, no, I don't know) and volunteered symptoms."""

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill import interview, state
from legcheck.skill.respond import goodbye, join, reply, strings


def resolved_ids(handler_input, slot_names, known):
    """Ids of the slot values that entity resolution matched (ER_SUCCESS_MATCH) and that are in `known`."""
    slots = handler_input.request_envelope.request.intent.slots or {}
    ids = []
    for name in slot_names:
        resolutions = getattr(slots.get(name), "resolutions", None)
        for authority in getattr(resolutions, "resolutions_per_authority", None) or []:
            code = getattr(getattr(authority, "status", None), "code", None)
            if getattr(code, "value", code) != "ER_SUCCESS_MATCH" or not authority.values:
                continue
            value_id = getattr(authority.values[0].value, "id", None)
            if value_id in known and value_id not in ids:
                ids.append(value_id)
    return ids


def after_result(handler_input, value):
    """A yes, no or "I don't know" when no question is pending (after the result or emergency advice)."""
    attributes = state.session(handler_input)
    text = strings(handler_input)
    if attributes.get("triage") is None:
        return interview.advance(handler_input)
    if value is False:
        emergency = interview.assess(handler_input).emergency_signs
        return goodbye(handler_input, text("EMERGENCY_REPROMPT" if emergency else "GOODBYE"))
    if value is True and attributes["causes"]:
        prompt = text("WHICH_CAUSE", cause=text.cause_name(attributes["causes"][0]))
        return reply(handler_input, prompt, prompt)
    return interview.re_ask(handler_input)


class LaunchRequestHandler(AbstractRequestHandler):
    """Welcome, disclaimer, then straight into the first question."""

    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        state.restart(state.session(handler_input))
        return interview.advance(handler_input, join(text("WELCOME"), text("DISCLAIMER")))


class SymptomIntentHandler(AbstractRequestHandler):
    """Volunteered symptoms: the matched findings become yes, then the next step."""

    def can_handle(self, handler_input):
        return is_intent_name("SymptomIntent")(handler_input)

    def handle(self, handler_input):
        found = resolved_ids(handler_input, ("symptom", "symptomTwo"), FINDINGS)
        text = strings(handler_input)
        if not found:
            return interview.re_ask(handler_input, text("NO_SYMPTOM"))
        attributes = state.session(handler_input)
        attributes["findings"].update(dict.fromkeys(found, True))
        if attributes["question"] in found:
            attributes["question"] = None
        return interview.advance(handler_input, text("SYMPTOM_NOTED"))


class DenySymptomIntentHandler(AbstractRequestHandler):
    """A symptom they say they do not have ("I don't have a fever"): a no, if not answered before."""

    def can_handle(self, handler_input):
        return is_intent_name("DenySymptomIntent")(handler_input)

    def handle(self, handler_input):
        found = resolved_ids(handler_input, ("symptom",), FINDINGS)
        text = strings(handler_input)
        if not found:
            return interview.re_ask(handler_input, text("NO_SYMPTOM"))
        attributes = state.session(handler_input)
        # An answer already given stands: a misheard "I don't have" must never make it less urgent.
        for finding in found:
            attributes["findings"].setdefault(finding, False)
        if attributes["question"] in found:
            attributes["question"] = None
        return interview.advance(handler_input, text("SYMPTOM_NOTED"))


class AnswerHandler(AbstractRequestHandler):
    """An answer to the pending question; subclasses fix the intent and the value."""

    intent = ""
    value = None

    def can_handle(self, handler_input):
        return is_intent_name(self.intent)(handler_input)

    def handle(self, handler_input):
        if state.session(handler_input)["question"] is None:
            return after_result(handler_input, self.value)
        return interview.answer(handler_input, self.value)


class YesIntentHandler(AnswerHandler):
    """Yes: the pending finding is present."""

    intent, value = "AMAZON.YesIntent", True


class NoIntentHandler(AnswerHandler):
    """No: the pending finding is absent."""

    intent, value = "AMAZON.NoIntent", False


class DontKnowIntentHandler(AnswerHandler):
    """I don't know: the pending finding is unknown (None), which the rules treat with caution."""

    intent, value = "DontKnowIntent", None
