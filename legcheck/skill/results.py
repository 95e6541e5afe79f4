"""Words about the outcome that the engine's speech does not already say: reasons, the card, the details."""

from legcheck.rules import speech
from legcheck.rules.vocabulary import CAUSES


def cause_reasons(text, assessment, findings, person):
    """One sentence per named cause: "I mentioned sciatica because you said ..."."""
    lines = []
    for cause in assessment.causes:
        because = speech.reasons(cause["because"], findings)
        if because:
            line = text("WHY_CAUSE", cause=CAUSES[cause["id"]][1], reasons=because)
            lines.append(speech.in_person(line, person))
    return lines


def card_text(text, assessment, findings, locale, person):
    """The card a caregiver can read later: the advice, every cause with its reasons, the disclaimer."""
    if assessment.emergency_signs:
        return "\n\n".join((assessment.speech, text("DISCLAIMER")))
    causes = cause_reasons(text, assessment, findings, person)
    if not causes:
        return "\n\n".join((assessment.speech, text("DISCLAIMER")))
    lines = [speech.in_person(speech.advice(assessment.triage, locale), person)]
    lines += ["", text("CARD_CAUSES"), *(f"- {line}" for line in causes)]
    lines += ["", text("DISCLAIMER")]
    return "\n".join(lines)
