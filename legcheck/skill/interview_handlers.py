"""Handlers that move the interview on: launch, answers, and what people say in their own words."""

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill import interview, state
from legcheck.skill.respond import goodbye, join, reply, strings
from legcheck.skill.session import DESCRIBE
from legcheck.skill.slots import description, heard_in, spoken_text


def after_result(handler_input, value):
    """A yes, no or "I don't know" when no question is pending (after the result or emergency advice)."""
    record, text = state.session(handler_input), strings(handler_input)
    assessment = interview.assess(handler_input)
    if not record.finished(assessment):
        return interview.advance(handler_input)
    if value is False:
        return goodbye(handler_input, text("EMERGENCY_REPROMPT" if assessment.emergency_signs else
                                           "GOODBYE_THEY" if record.person == "they" else "GOODBYE"))
    if value is True and assessment.causes:
        prompt = text("WHICH_CAUSE", cause=text.cause_name(assessment.causes[0].id))
        return reply(handler_input, prompt, prompt)
    return interview.re_ask(handler_input)


class LaunchRequestHandler(AbstractRequestHandler):
    """Welcome, disclaimer, then straight into the first question."""

    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        text = strings(handler_input)
        state.session(handler_input).restart()
        return interview.advance(handler_input, join(text("WELCOME"), text("DISCLAIMER")))


class SymptomIntentHandler(AbstractRequestHandler):
    """Symptoms said in passing ("I've got a fever"): as Alexa matched them, or as the resolver hears them."""

    def can_handle(self, handler_input):
        return is_intent_name("SymptomIntent")(handler_input)

    def handle(self, handler_input):
        return interview.hear(handler_input, heard_in(handler_input, ("symptom", "symptomTwo"), FINDINGS))


class DenySymptomIntentHandler(AbstractRequestHandler):
    """A symptom they say they do not have ("I don't have a fever"): a no, where nothing was answered yet."""

    def can_handle(self, handler_input):
        return is_intent_name("DenySymptomIntent")(handler_input)

    def handle(self, handler_input):
        heard = heard_in(handler_input, ("symptom",), FINDINGS, denied=True)
        return interview.hear(handler_input, heard)


class DescribeIntentHandler(AbstractRequestHandler):
    """Whatever was said, in the person's own words ("my leg went weak all of a sudden")."""

    def can_handle(self, handler_input):
        return description(handler_input) is not None

    def handle(self, handler_input):
        record = state.session(handler_input)
        from legcheck.skill.resolver import NOTHING, understand  # loaded when first needed

        said = understand(description(handler_input), record.question)
        if said.answer is not NOTHING and record.question not in (None, DESCRIBE):
            return interview.answer(handler_input, said.answer, said.findings)
        return interview.hear(handler_input, said.findings)


class AnswerHandler(AbstractRequestHandler):
    """An answer to the pending question, perhaps with more said after it ("no, but I have a fever");
    subclasses fix the intent and the value."""

    intent = ""
    value = None
    lead = ""  # the answer word the carrier phrase began with, for reading what came after it

    def can_handle(self, handler_input):
        return is_intent_name(self.intent)(handler_input)

    def handle(self, handler_input):
        heard, value = {}, self.value
        text = spoken_text(handler_input, "description")
        if text:
            from legcheck.skill.resolver import NOTHING, understand  # loaded when first needed

            # "not really {any back pain}": the words are read as said after the answer word, which they
            # may change ("yeah {nah}" is a no), and as a reply to the question asked ("no {I sleep like a log}"
            # to "sleeping badly?" is not "no sleep").
            said = understand(f"{self.lead} {text}", state.session(handler_input).question)
            heard, value = said.findings, value if said.answer is NOTHING else said.answer
        if state.session(handler_input).question is None:
            if heard:
                return interview.hear(handler_input, heard)
            return after_result(handler_input, value)
        return interview.answer(handler_input, value, heard)


class YesIntentHandler(AnswerHandler):
    """Yes: the pending finding is present."""

    intent, value = "AMAZON.YesIntent", True


class NoIntentHandler(AnswerHandler):
    """No: the pending finding is absent."""

    intent, value = "AMAZON.NoIntent", False


class DontKnowIntentHandler(AnswerHandler):
    """I don't know: the pending finding is unknown (None), which the rules treat with caution."""

    intent, value = "DontKnowIntent", None


class YesAndIntentHandler(AnswerHandler):
    """ "Yes, and ...": a yes, and whatever else was said."""

    intent, value, lead = "YesAndIntent", True, "yeah"


class NoButIntentHandler(AnswerHandler):
    """ "No, but ...": a no (an answer that starts with a negation is never a yes), and whatever else."""

    intent, value, lead = "NoButIntent", False, "no"


class UnsureButIntentHandler(AnswerHandler):
    """ "I'm not sure, ...": an "I don't know", and whatever else was said."""

    intent, value, lead = "UnsureButIntent", None, "not sure"


class UndoIntentHandler(AbstractRequestHandler):
    """ "That's not what I said": take back what the last thing said changed, and ask again."""

    def can_handle(self, handler_input):
        return is_intent_name("UndoIntent")(handler_input)

    def handle(self, handler_input):
        record, text = state.session(handler_input), strings(handler_input)
        undone = record.undo()
        if not undone:
            return interview.re_ask(handler_input, text("NOTHING_TO_UNDO"))
        if record.question is None and len(undone) == 1 and undone[0] in FINDINGS:
            record.question = undone[0]  # a misheard answer: ask that question again
        return interview.advance(handler_input, text("UNDONE"))
