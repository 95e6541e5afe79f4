"""Handlers that explain without moving the interview on: help, why, what a cause is, more detail, repeat."""

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from legcheck.rules.vocabulary import CAUSES
from legcheck.skill import interview, speech, state
from legcheck.skill.interview_handlers import resolved_ids
from legcheck.skill.respond import join, reply, strings


def finished(handler_input):
    """True once a result or emergency advice was given."""
    return state.session(handler_input).get("triage") is not None


class HelpIntentHandler(AbstractRequestHandler):
    """How to answer (or what to ask after the result), then the pending question again."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        key = "HELP_AFTER_RESULT" if finished(handler_input) else "HELP"
        return interview.re_ask(handler_input, text(key))


class WhyIntentHandler(AbstractRequestHandler):
    """Why the pending question matters; after the result, the reasons for what was said."""

    def can_handle(self, handler_input):
        return is_intent_name("WhyIntent")(handler_input)

    def handle(self, handler_input):
        attributes = state.session(handler_input)
        text = strings(handler_input)
        if attributes["question"] is not None:
            return interview.re_ask(handler_input, text.why(attributes["question"]))
        if not finished(handler_input):
            return interview.re_ask(handler_input, text("WHY_GENERAL"))
        assessment = interview.assess(handler_input)
        if assessment.emergency_signs:
            explanation = interview.spoken(handler_input, assessment)
        else:
            lines = speech.cause_reasons(text, assessment, attributes["person"])
            explanation = " ".join(lines) or text("WHY_NO_CAUSE")
        return interview.re_ask(handler_input, explanation)


class ExplainCauseIntentHandler(AbstractRequestHandler):
    """What a cause is (from the seed text), then back to where the user was."""

    def can_handle(self, handler_input):
        return is_intent_name("ExplainCauseIntent")(handler_input)

    def handle(self, handler_input):
        causes = resolved_ids(handler_input, ("cause",), CAUSES)
        if not causes:
            return interview.re_ask(handler_input, strings(handler_input)("UNKNOWN_CAUSE"))
        return interview.re_ask(handler_input, strings(handler_input).explain(causes[0]))


class MoreDetailIntentHandler(AbstractRequestHandler):
    """After the result: every named cause with its explanation; before it, a promise and the question."""

    def can_handle(self, handler_input):
        return is_intent_name("MoreDetailIntent")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        if not finished(handler_input):
            return interview.re_ask(handler_input, text("MORE_DETAIL_EARLY"))
        assessment = interview.assess(handler_input)
        detail = interview.spoken(handler_input, assessment, detail=True)
        return interview.re_ask(handler_input, detail)


class RepeatIntentHandler(AbstractRequestHandler):
    """Say the last response again (at the current speaking rate)."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

    def handle(self, handler_input):
        attributes = state.session(handler_input)
        if not attributes["last_speech"]:
            return interview.re_ask(handler_input)
        reprompt = attributes["last_reprompt"] or attributes["last_speech"]
        return reply(handler_input, join(attributes["last_speech"]), reprompt)
