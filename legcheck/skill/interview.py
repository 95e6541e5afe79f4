"""The interview: findings -> rules.assess -> the next question, emergency advice, or the result."""

from legcheck import rules
from legcheck.rules.groups import GROUPS
from legcheck.skill import speech, state
from legcheck.skill.respond import join, reply, strings


def assess(handler_input):
    """The engine's assessment of the session's findings."""
    return rules.assess(state.session(handler_input)["findings"])


def spoken(handler_input, assessment, detail=False):
    """What to say about `assessment` in the request's locale, for the session's person."""
    return speech.result(strings(handler_input), assessment, state.session(handler_input)["person"], detail)


def answered(question, findings):
    """Is `question` answered in `findings` (the rules' answers): itself, or every member of its group?"""
    return question in findings or all(member in findings for member in GROUPS.get(question, (None,)))


def ask(handler_input, finding, prefix=""):
    """Ask the question for `finding` and remember it as pending."""
    state.session(handler_input)["question"] = finding
    question = strings(handler_input).question(finding, state.session(handler_input)["person"])
    return reply(handler_input, join(prefix, question), question)


def advance(handler_input, prefix=""):
    """Say what comes next: emergency advice at once, else the next question, else the result."""
    attributes = state.session(handler_input)
    assessment = assess(handler_input)
    if assessment.emergency_signs:
        return emergency(handler_input, assessment, prefix)
    pending = attributes["question"]
    if pending is not None and not answered(pending, assessment.findings):
        return ask(handler_input, pending, prefix)  # something else was said: the question still stands
    if assessment.next_question is not None:
        attributes.pop("triage", None)
        attributes["causes"] = []
        return ask(handler_input, assessment.next_question, prefix)
    return result(handler_input, assessment, prefix)


def emergency(handler_input, assessment, prefix=""):
    """Say which emergency sign was found and to get help now; ask nothing more."""
    attributes = state.session(handler_input)
    attributes.update(question=None, triage=assessment.triage, causes=[cause.id for cause in assessment.causes])
    text = strings(handler_input)
    card = speech.card(text, assessment, attributes["person"])
    return reply(handler_input, join(prefix, spoken(handler_input, assessment)), text("EMERGENCY_REPROMPT"),
                 card=card)


def result(handler_input, assessment, prefix=""):
    """The engine's result, a card a caregiver can read later, and what the user can ask next."""
    attributes = state.session(handler_input)
    attributes.update(question=None, triage=assessment.triage, causes=[cause.id for cause in assessment.causes])
    text = strings(handler_input)
    card = speech.card(text, assessment, attributes["person"])
    said = join(prefix, spoken(handler_input, assessment), text("OFFER"))
    return reply(handler_input, said, text("OFFER"), card=card)


def answer(handler_input, value):
    """Record `value` (True, False or None) for the pending question and go on."""
    attributes = state.session(handler_input)
    question = attributes["question"]
    if question is None:
        return re_ask(handler_input)
    attributes["findings"][question] = value
    attributes["question"] = None
    return advance(handler_input)


def re_ask(handler_input, prefix=""):
    """Say what the skill waits for: the pending question, the emergency advice, the post-result offer,
    or (with no question and no result) the next step of the interview."""
    attributes = state.session(handler_input)
    text = strings(handler_input)
    if attributes["question"] is not None:
        return ask(handler_input, attributes["question"], prefix)
    if attributes.get("triage") is not None:
        assessment = assess(handler_input)
        if assessment.emergency_signs:
            return reply(handler_input, join(prefix, spoken(handler_input, assessment)),
                         text("EMERGENCY_REPROMPT"))
        return reply(handler_input, join(prefix, text("OFFER")), text("OFFER"))
    return advance(handler_input, prefix)
