"""Handlers that explain without moving the interview on: help, why, what a cause is, more detail, repeat."""

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from legcheck.skill import interview, speech, state
from legcheck.skill.respond import join, reply, strings
from legcheck.skill.session import DESCRIBE
from legcheck.skill.slots import causes_heard


class HelpIntentHandler(AbstractRequestHandler):
    """How to answer (or what to ask after the result), then the pending question again."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        key = "HELP_AFTER_RESULT" if interview.finished(handler_input) else "HELP"
        return interview.re_ask(handler_input, text(key))


class WhyIntentHandler(AbstractRequestHandler):
    """Why the pending question matters; after the result, the reasons for what was said."""

    def can_handle(self, handler_input):
        return is_intent_name("WhyIntent")(handler_input)

    def handle(self, handler_input):
        record = state.session(handler_input)
        text = strings(handler_input)
        if record.question == DESCRIBE:
            return interview.re_ask(handler_input, text("WHY_DESCRIBE"))
        if record.question is not None:
            return interview.re_ask(handler_input, text.why(record.question))
        assessment = interview.assess(handler_input)
        if not record.finished(assessment):
            return interview.re_ask(handler_input, text("WHY_GENERAL"))
        # After the result: the reasons once, then what the user can do next (not the whole result again).
        lines = speech.cause_reasons(text, assessment, record.person)
        explanation = " ".join(lines) or text("WHY_NO_CAUSE")
        after = text("EMERGENCY_REPROMPT" if assessment.emergency_signs else "OFFER")
        return reply(handler_input, join(explanation, after), after)


class ExplainCauseIntentHandler(AbstractRequestHandler):
    """What a cause is (from the seed text), then back to where the user was."""

    def can_handle(self, handler_input):
        return is_intent_name("ExplainCauseIntent")(handler_input)

    def handle(self, handler_input):
        causes = causes_heard(handler_input, "cause")
        if not causes:
            return interview.re_ask(handler_input, strings(handler_input)("UNKNOWN_CAUSE"))
        return interview.re_ask(handler_input, strings(handler_input).explain(causes[0]))


class MoreDetailIntentHandler(AbstractRequestHandler):
    """After the result: every named cause with its explanation; before it, a promise and the question."""

    def can_handle(self, handler_input):
        return is_intent_name("MoreDetailIntent")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        assessment = interview.assess(handler_input)
        if not state.session(handler_input).finished(assessment):
            return interview.re_ask(handler_input, text("MORE_DETAIL_EARLY"))
        detail = interview.spoken(handler_input, assessment, detail=True)
        after = text("EMERGENCY_REPROMPT" if assessment.emergency_signs else "OFFER")
        return reply(handler_input, join(detail, after), after)


class RepeatIntentHandler(AbstractRequestHandler):
    """Say the last response again (at the current speaking rate)."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

    def handle(self, handler_input):
        record = state.session(handler_input)
        if not record.last_speech:
            return interview.re_ask(handler_input)
        return reply(handler_input, record.last_speech, record.last_reprompt or record.last_speech)
