"""What the skill says about a result, in plain words: advice first, then causes and their reasons."""
import re

from .vocabulary import CAUSES, EMERGENCY_SIGNS, FINDINGS, emergency_number

MAX_WORDS = 90
MAX_SPOKEN_CAUSES = 3
MAX_SPOKEN_REASONS = 2  # per cause; `detail` and the card give them all
DISCLAIMER = "This is not a diagnosis."

ADVICE = {
    "call_emergency": "Call {number} now.",
    "emergency_department": "Get medical care right now: go to an emergency department. "
                            "If you can't get there safely, call {number}.",
    "doctor_within_24h": "Please see a doctor within a day.",
    "doctor_soon": "Please book an appointment with a doctor in the next few days.",
    "self_care": "This sounds like a temporary cause. Rest, drink fluids, eat regularly and sleep well, "
                 "and see a doctor if it is not better in a few days or gets worse.",
}

_PRONOUNS = {"you": "they", "your": "their", "yours": "theirs", "yourself": "themselves",
             "You": "They", "Your": "Their", "Yours": "Theirs", "Yourself": "Themselves"}
_PRONOUN_RE = re.compile(r"\b(" + "|".join(_PRONOUNS) + r")\b")


def third_person(text):
    """The same words about someone else: "you have a fever" -> "they have a fever"."""
    return _PRONOUN_RE.sub(lambda m: _PRONOUNS[m.group(1)], text)


def in_person(text, person):
    return third_person(text) if person == "they" else text


def question(finding_id, person="you"):
    """The spoken question for a finding."""
    return in_person(FINDINGS[finding_id][0], person)


def statement(finding_id, value=True):
    """What an answer means: "you have a fever", or "you weren't sure whether you have a fever"."""
    said = FINDINGS[finding_id][1]
    return said if value is not None else f"you weren't sure whether {said}"


def reasons(because, findings):
    """ "because you said X and Y" for the reasons of a conclusion."""
    said = what_you_said(because, findings)
    return "because " + said if said else ""


def what_you_said(because, findings):
    """ "you said X and Y, and you weren't sure whether Z" for a list of finding ids."""
    parts = [statement(r, findings.get(r, True)) for r in because]
    said = [p for p in parts if not p.startswith("you weren't")]
    unsure = [p for p in parts if p.startswith("you weren't")]
    clauses = []
    if said:
        clauses.append("you said " + _join(said))
    clauses.extend(unsure)
    return _join(clauses)


def advice(level, locale):
    return ADVICE[level].format(number=emergency_number(locale))


def emergency_speech(conclusions, findings, locale, person="you"):
    """Say at once what the emergency sign is and what to do."""
    sign = conclusions.emergency_signs[0]
    meaning = EMERGENCY_SIGNS[sign["id"]][1]
    said = what_you_said(sign["because"], findings)
    text = f"{_sentence(said)} {_sentence(meaning)} {advice(conclusions.triage, locale)}"
    return in_person(text, person)


def result_speech(conclusions, findings, locale, person="you", detail=False):
    """The result: the advice, up to three likely causes with their reasons, and the disclaimer."""
    if conclusions.emergency_signs:
        return emergency_speech(conclusions, findings, locale, person)
    causes = conclusions.causes if detail else conclusions.causes[:MAX_SPOKEN_CAUSES]
    while True:
        text = _result_text(conclusions.triage, causes, findings, locale, detail)
        if detail or len(causes) <= 1 or len(text.split()) <= MAX_WORDS:
            return in_person(text, person)
        causes = causes[:-1]


def _result_text(level, causes, findings, locale, detail):
    parts = [advice(level, locale)]
    if not causes:
        parts.append("Your answers don't point to one clear cause, so a doctor should look into it.")
    for i, cause in enumerate(causes):
        family, name, explanation = CAUSES[cause["id"]]
        lead = "It may be" if i == 0 else "It could also be"
        because = cause["because"] if detail else cause["because"][:MAX_SPOKEN_REASONS]
        parts.append(f"{lead} {name}, {reasons(because, findings)}.")
        if detail:
            parts.append(explanation)
    parts.append(DISCLAIMER)
    return " ".join(parts)


def _join(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text):
    return text[:1].upper() + text[1:] + "."
