"""Handlers for the session itself: stop, start over, who it is about, speaking rate, and the safety nets."""

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from legcheck.skill import interview, ssml, state
from legcheck.skill.failures import log_failure
from legcheck.skill.respond import goodbye, strings


class StopIntentHandler(AbstractRequestHandler):
    """Stop, Cancel and NavigateHome: a polite goodbye that ends the session."""

    def can_handle(self, handler_input):
        return any(is_intent_name(name)(handler_input) for name in
                   ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"))

    def handle(self, handler_input):
        they = state.session(handler_input).person == "they"
        return goodbye(handler_input, strings(handler_input)("GOODBYE_THEY" if they else "GOODBYE"))


class StartOverIntentHandler(AbstractRequestHandler):
    """Forget the answers (keeping who it is about and the speaking rate) and ask the first question."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.StartOverIntent")(handler_input)

    def handle(self, handler_input):
        state.session(handler_input).restart()
        return interview.advance(handler_input, strings(handler_input)("START_OVER"))


class SomeoneElseIntentHandler(AbstractRequestHandler):
    """The user answers for someone else: questions and results say "they" from now on."""

    def can_handle(self, handler_input):
        return is_intent_name("SomeoneElseIntent")(handler_input)

    def handle(self, handler_input):
        state.session(handler_input).person = "they"
        return interview.re_ask(handler_input, strings(handler_input)("SOMEONE_ELSE"))


class SpeakingRateHandler(AbstractRequestHandler):
    """A step slower or faster for the rest of the session; subclasses fix the intent and the step."""

    intent, step, changed, limit = "", 0, "", ""

    def can_handle(self, handler_input):
        return is_intent_name(self.intent)(handler_input)

    def handle(self, handler_input):
        record = state.session(handler_input)
        rate = ssml.step_rate(record.rate, self.step)
        key = self.changed if rate != record.rate else self.limit
        record.rate = rate
        return interview.re_ask(handler_input, strings(handler_input)(key))


class SpeakSlowerIntentHandler(SpeakingRateHandler):
    """Speak one step slower."""

    intent, step, changed, limit = "SpeakSlowerIntent", -1, "SLOWER", "SLOWEST"


class SpeakFasterIntentHandler(SpeakingRateHandler):
    """Speak one step faster."""

    intent, step, changed, limit = "SpeakFasterIntent", 1, "FASTER", "FASTEST"


class FallbackIntentHandler(AbstractRequestHandler):
    """Something the model did not understand: say so and ask the pending question again."""

    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.FallbackIntent")(handler_input)

    def handle(self, handler_input):
        return interview.re_ask(handler_input, strings(handler_input)("NOT_UNDERSTOOD"))


class SessionEndedRequestHandler(AbstractRequestHandler):
    """The session ended (user left, timeout or error): nothing to say."""

    def can_handle(self, handler_input):
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.response


class UnexpectedIntentHandler(AbstractRequestHandler):
    """Any other intent (registered last): keep the user in the interview by re-asking."""

    def can_handle(self, handler_input):
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input):
        return interview.re_ask(handler_input, strings(handler_input)("NOT_UNDERSTOOD"))


class CatchAllExceptionHandler(AbstractExceptionHandler):
    """Any error: log its type and the request id (nothing else), undo the request's changes, apologise and
    ask the pending question again (or, if that fails too, apologise, remind of the emergency number and
    end the session)."""

    def can_handle(self, handler_input, exception):
        return True

    def handle(self, handler_input, exception):
        log_failure(exception, getattr(handler_input.request_envelope.request, "request_id", None))
        text = strings(handler_input)
        try:
            state.roll_back(handler_input)
            response = interview.re_ask(handler_input, text("ERROR"))
            state.save(handler_input)  # no response interceptor runs after an exception handler
            return response
        except Exception:
            partial = handler_input.response_builder.response
            partial.card = partial.reprompt = None
            return goodbye(handler_input, f"{text('ERROR')} {text('DISCLAIMER')}")
