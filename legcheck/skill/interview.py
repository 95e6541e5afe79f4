"""The interview: the Session's findings -> the rules -> the next question, emergency advice, or the result;
and what a person said in their own words, heard through the resolver and said back to them."""

from legcheck import rules
from legcheck.rules.groups import FIRST_QUESTION, GROUPS, IMPLIES, answered, group_answer
from legcheck.rules.vocabulary import CALL
from legcheck.skill import speech, state
from legcheck.skill.locales import in_person
from legcheck.skill.respond import join, reply, strings
from legcheck.skill.session import DESCRIBE


def assess(handler_input):
    """The rules' assessment of the session's findings."""
    return rules.assess(state.session(handler_input).findings)


def spoken(handler_input, assessment, detail=False):
    """What to say about `assessment` in the request's locale, for the session's person."""
    return speech.result(strings(handler_input), assessment, state.session(handler_input).person, detail)


def finished(handler_input):
    """True once the result or emergency advice was given."""
    return state.session(handler_input).finished(assess(handler_input))


def question_text(handler_input, question):
    text, record = strings(handler_input), state.session(handler_input)
    if question == DESCRIBE:
        return text("DESCRIBE", legs=in_person("your legs", record.person))
    return text.question(question, record.person)


def ask(handler_input, question, prefix=""):
    """Ask `question` (a finding, a group, or the open question) and remember it as pending."""
    state.session(handler_input).question = question
    said = question_text(handler_input, question)
    return reply(handler_input, said, said, prefix=prefix)


def advance(handler_input, prefix=""):
    """Say what comes next: emergency advice at once, else the pending or next question, else the result."""
    record = state.session(handler_input)
    if not record.findings and record.question is None:
        # Nothing answered yet: the first question, without building the engine.  A cold start's first
        # reply (the launch) so skips experta's Rete build, which the first answer then pays.
        return ask(handler_input, FIRST_QUESTION, prefix)
    assessment = assess(handler_input)
    if assessment.emergency_signs:
        return emergency(handler_input, assessment, prefix)
    pending = record.question
    if pending is not None and pending != DESCRIBE and not answered(pending, assessment.findings):
        return ask(handler_input, pending, prefix)  # something else was said: the question still stands
    if assessment.next_question is not None:
        if not record.described and assessment.screening != CALL:
            record.described = True  # once the ambulance screen is clear: the open question, once
            return ask(handler_input, DESCRIBE, prefix)
        return ask(handler_input, assessment.next_question, prefix)
    return result(handler_input, assessment, prefix)


def emergency(handler_input, assessment, prefix=""):
    """Say which emergency sign was found and what to do now; ask nothing more."""
    record, text = state.session(handler_input), strings(handler_input)
    record.question = None
    card = speech.card(text, assessment, record.person)
    return reply(handler_input, spoken(handler_input, assessment), text("EMERGENCY_REPROMPT"), card=card,
                 prefix=prefix)


def result(handler_input, assessment, prefix=""):
    """The result, a card a caregiver can read later, and what the user can ask next."""
    record, text = state.session(handler_input), strings(handler_input)
    record.question = None
    card = speech.card(text, assessment, record.person)
    return reply(handler_input, join(spoken(handler_input, assessment), text("OFFER")), text("OFFER"), card=card,
                 prefix=prefix)


def answer(handler_input, value, heard=None):
    """Record `value` (True, False or None) for the pending question, and anything else said; go on."""
    record = state.session(handler_input)
    question = record.question
    if question is None or question == DESCRIBE:
        return hear(handler_input, heard or {})
    record.answer(question, value)
    record.question = None
    changed = record.record(heard) if heard else {}  # "that's not what I said" then takes these back
    return advance(handler_input, understood(handler_input, changed))


def hear(handler_input, heard, nothing_key="NO_SYMPTOM"):
    """Findings said in the person's own words: record them, say what was understood, and go on; findings that
    answer the pending question answer it (`_said_of`)."""
    record = state.session(handler_input)
    if record.question not in (None, DESCRIBE):
        value = _said_of(record.question, heard)
        if value is not _UNSAID:
            return answer(handler_input, value, heard)
    changed = record.record(heard)
    record.described = record.described or bool(changed)  # told in their own words: no need to ask
    if record.question == DESCRIBE:
        record.question = None  # the open question is answered by whatever was said
        return advance(handler_input, understood(handler_input, changed))
    if not changed:
        return re_ask(handler_input, strings(handler_input)(nothing_key if not heard else "ALREADY_NOTED"))
    return advance(handler_input, understood(handler_input, changed))


_UNSAID = object()


def _said_of(question, heard):
    """What findings said in one's own words answer to the pending `question`, besides the question's own finding
    (recorded as said): yes to a group one of whose members is said to be there ("I'm on warfarin" to "water pills
    or blood thinners?": its other members are asked next, as after a yes); no to a finding whose wider one is
    denied ("no back pain" to "is it severe?"); _UNSAID when they do not answer it."""
    if question in heard:
        return _UNSAID
    if question in GROUPS and group_answer(question, heard) is True:
        return True
    if question in IMPLIES and heard.get(IMPLIES[question]) is False:
        return False
    return _UNSAID


def understood(handler_input, changed):
    """ "Got it: severe back pain, and no fever." for the findings a person's words changed."""
    if not changed:
        return ""
    text = strings(handler_input)
    implied = {IMPLIES[finding] for finding, value in changed.items() if value is True and finding in IMPLIES}
    things = [text("HEARD_YES" if value else "HEARD_NO" if value is False else "HEARD_MAYBE",
                   thing=_bare(text.name(finding)) if value is False else text.name(finding))
              for finding, value in changed.items() if finding not in implied]
    return text("HEARD", things=speech.listed(things))


def _bare(name):
    """ "an injury" -> "injury": what follows "no" takes no article ("no injury", not "no an injury")."""
    first, _, rest = name.partition(" ")
    return rest if first in ("a", "an", "the") and rest else name


def re_ask(handler_input, prefix=""):
    """Say what the skill waits for: the pending question, the emergency advice, the post-result offer,
    or (with no question and no result) the next step of the interview."""
    record, text = state.session(handler_input), strings(handler_input)
    if record.question is not None:
        return ask(handler_input, record.question, prefix)
    assessment = assess(handler_input)
    if record.finished(assessment):
        if assessment.emergency_signs:
            return reply(handler_input, spoken(handler_input, assessment), text("EMERGENCY_REPROMPT"),
                         prefix=prefix)
        return reply(handler_input, text("OFFER"), text("OFFER"), prefix=prefix)
    return advance(handler_input, prefix)
