"""What the skill says about an assessment, in a locale's words: emergency advice at once, else the advice,
up to three causes with their reasons and the safety net, under 90 words; "tell me more" and the card say all.
"""
from legcheck.rules.groups import GROUP_OF, SCREENS, answered
from legcheck.rules.vocabulary import CALL
from legcheck.skill.locales import in_person
from legcheck.skill.locales.en_advice import CALL_SOMEONE, SAFETY_NET, SELF_CARE_BACKUP

MAX_WORDS = 90
MAX_SPOKEN_CAUSES = 3
MAX_SPOKEN_REASONS = 2  # per cause; "tell me more" and the card give them all
EMERGENCY_LEVELS = ("call_emergency", "emergency_department")


def words(text):
    return len(text.split())


def join(*parts):
    return " ".join(part for part in parts if part)


def listed(items):
    """ "a, b and c" """
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""



def _by_group(finding, answers):
    """The group question answered yes or "I don't know" that left `finding` unsure, if any."""
    group = GROUP_OF.get(finding)
    return group if answers.get(finding, True) is None and group in answers and answers[group] is not False \
        else None


def what_you_said(text, because, answers, person="you"):
    """ "you said X and Y, and you weren't sure whether Z" for a list of finding ids (X about `person`)."""
    said, unsure = [], []
    for finding in because:
        asked = _by_group(finding, answers) or finding
        words = in_person(text.said(asked), person)
        if answers.get(asked, True) is None:
            unsure.append(text("UNSURE_WHETHER", thing=words))
        else:
            said.append(words)
    clauses = ([text("YOU_SAID", things=listed(dict.fromkeys(said)))] if said else [])
    return listed(clauses + list(dict.fromkeys(unsure)))


def _sentence(clause):
    return clause[:1].upper() + clause[1:] + "." if clause else ""


def emergency(text, assessment, person="you", detail=False):
    """What was found, what it may mean, what to do now and while help comes."""
    answers = assessment.findings
    sure = [s for s in assessment.emergency_signs if not all(_by_group(f, answers) for f in s.because)]
    parts = []
    if not sure:  # a yes to a screen question: one of its signs, we can't say which (or an "I don't know")
        said = what_you_said(text, assessment.emergency_signs[0].because, answers, person)
        parts += [_sentence(said), text("ANY_OF_THESE")]
    for sign in sure if detail else sure[:1]:
        said = what_you_said(text, sign.because, answers, person)
        parts += [_sentence(said), in_person(text.sign_meaning(sign.id), person)]
    parts += text.advice(assessment.triage, person)
    aid = list(dict.fromkeys(a for a in (text.first_aid(s.id, person) for s in sure or assessment.emergency_signs)
                             if a))
    if sure or len(aid) == 1:
        parts += aid if detail else aid[:1]
    if assessment.triage != CALL and (detail or not _ambulance_screen_done(answers)):
        parts.append(text.line(SAFETY_NET, person))  # the ambulance signs, perhaps never asked (hazard H15)
    if detail:
        parts += _causes(text, assessment, person, len(assessment.causes), detail=True)
        parts.append(text.line(CALL_SOMEONE, person))
    return join(*parts)


def _ambulance_screen_done(answers):
    """Was every ambulance screen question answered (itself, or each of its signs)?"""
    return all(answered(question, answers) for question in SCREENS[CALL])


def _causes(text, assessment, person, count, detail=False):
    parts = []
    for i, cause in enumerate(assessment.causes[:count]):
        because = cause.because if detail else cause.because[:MAX_SPOKEN_REASONS]
        reasons = text("BECAUSE", said=what_you_said(text, because, assessment.findings, person))
        key = "IT_MAY_BE" if i == 0 else "IT_COULD_ALSO_BE"
        parts.append(text(key, cause=text.cause_name(cause.id), reasons=reasons))
        if detail:
            parts.append(text.explain(cause.id))
    return parts


def _helps(text, assessment):
    return list(dict.fromkeys(h for h in (text.helps(c.id) for c in assessment.causes) if h))


def result(text, assessment, person="you", detail=False):
    """The result: under 90 words unless `detail`; with `detail`, everything (for "tell me more")."""
    if assessment.emergency_signs:
        return emergency(text, assessment, person, detail)
    count = len(assessment.causes) if detail else MAX_SPOKEN_CAUSES
    while True:
        parts = text.advice(assessment.triage, person)
        causes = _causes(text, assessment, person, count, detail)
        parts += causes or [text("NO_CLEAR_CAUSE")]
        helps = _helps(text, assessment)
        parts += helps if detail else helps[:1]
        if assessment.triage == "self_care":
            parts.append(text.line(SELF_CARE_BACKUP, person))
        parts += [text.line(SAFETY_NET, person), text("NOT_DIAGNOSIS")]
        spoken = join(*parts)
        if detail or count <= 1 or words(spoken) <= MAX_WORDS:
            return spoken
        count -= 1


def cause_reasons(text, assessment, person):
    """One sentence per named cause: "I mentioned sciatica because you said ..."."""
    lines = []
    for cause in assessment.causes:
        reasons = text("BECAUSE", said=what_you_said(text, cause.because, assessment.findings, person))
        lines.append(text("WHY_CAUSE", cause=text.cause_name(cause.id), reasons=reasons))
    return lines


def card(text, assessment, person):
    """The card a caregiver can read later: everything "tell me more" says, then the disclaimer."""
    return "\n\n".join((result(text, assessment, person, detail=True), text("DISCLAIMER")))
