"""English advice, per triage level and per emergency sign, each sentence with the source it follows.

Placeholders: {number} the locale's emergency number (and, in India, the ambulance number after it),
{doctor} the usual word for a family doctor, {route_24h} and {route_soon} how to be seen in that country
(legcheck/skill/locales/en_<country>.py).  `they` is the sentence when the user speaks for someone else.
"""
from typing import NamedTuple

from legcheck.rules import sources
from legcheck.rules.sources import EVALUATION, EVERYDAY, PROGRESSIVE, RULED_OUT, SUDDENLY, Seed


class Line(NamedTuple):
    text: str
    source: tuple
    they: str | None = None



ADVICE = {
    "call_emergency": (
        Line("Call {number} now.", (SUDDENLY,)),
        Line("I can't make the call: use your phone or alarm pendant, or shout for help.",
             (sources.FALLS_PLAN, sources.NIDIRECT_FALLS)),
        Line("If it's safe, unlock the door, then sit or lie down and don't try to walk.",
             (sources.KEYHOLDERS, sources.NIDIRECT_FALLS),
             they="If it's safe, unlock the door. Help them sit or lie down, and don't let them walk."),
    ),
    "emergency_department": (
        Line("Get medical care now at an emergency department.", (SUDDENLY,)),
        Line("Don't drive yourself: ask someone to take you, or call {number}.",
             (sources.DO_NOT_DRIVE, sources.CAUDA_EQUINA),
             they="Don't let them drive: take them, ask someone to, or call {number}."),
    ),
    "doctor_within_24h": (
        Line("Please see a doctor today or tomorrow: {route_24h}", (PROGRESSIVE,)),
    ),
    "doctor_soon": (
        Line("Please see a {doctor} in the next few days: {route_soon}", (EVALUATION,)),
    ),
    "self_care": (
        Line("This sounds like a temporary cause.", (EVERYDAY,)),
    ),
}

# After the advice, below the emergency levels: when to call the number at once, and when to see a doctor.
SAFETY_NET = Line("If your face droops, or you get trouble speaking or breathing, or chest pain, call {number} "
                  "at once.", (SUDDENLY, sources.NHS_HEART_ATTACK),
                  they="If their face droops, or they get trouble speaking or breathing, or chest pain, call "
                       "{number} at once.")
SELF_CARE_BACKUP = Line("See a {doctor} if it isn't better in a few days.", (RULED_OUT, PROGRESSIVE))

# Only in "tell me more" and on the card, after emergency advice.
CALL_SOMEONE = Line("When I stop, you can ask Alexa to call a family member, if calling is set up on this device.",
                    (sources.SMART_SPEAKER_CALLS, sources.FALLS_PLAN))

STROKE_FIRST_AID = Line("Note the time it started, and don't eat or drink until you've been checked.",
                        (sources.STROKE_WAITING, sources.STROKE_DOS_AND_DONTS),
                        they="Note the time it started, and don't give them anything to eat or drink.")
# emergency sign id -> what to do while help comes (spoken after the advice)
FIRST_AID = {
    "stroke_signs": STROKE_FIRST_AID,
    "sudden_weakness": STROKE_FIRST_AID,
    "passing_stroke_signs": STROKE_FIRST_AID,
    "sudden_headache": STROKE_FIRST_AID,
    "new_confusion": STROKE_FIRST_AID,
    "fall_cant_get_up": Line("Keep warm with a blanket or coat, and don't force yourself up.",
                             (sources.NIDIRECT_FALLS, sources.NHS_HIP_FRACTURE),
                             they="Keep them warm with a blanket or coat, and don't try to lift them."),
    "spinal_injury": Line("Keep as still as you can, and don't let anyone move you.",
                          (sources.SJA_SPINAL_INJURY,),
                          they="Keep them still, and don't move them or let them get up."),
    "chest_pain": Line("Sit down and rest while you wait.", (sources.NHS_HEART_ATTACK,),
                       they="Help them sit down and rest while you wait."),
    "low_sugar_unwell": Line("Have something sugary now, like juice or sweets, if you can swallow safely.",
                             (sources.ST_JOHN_HYPOGLYCAEMIA,),
                             they="Give them something sugary now, like juice or sweets, if they can swallow "
                                  "safely."),
    "bleeding_risk": Line("Tell them at the hospital that you take blood thinners.",
                          (sources.NICE_ANTICOAGULANT_HEAD_INJURY,),
                          they="Tell the hospital they take blood thinners."),
}

# cause id -> what helps, for the causes that can be cared for at home
HELPS = {
    "overexertion": Line("Rest and move gently; sore muscles usually settle within a few days.",
                         (sources.EXERCISE_SORENESS,)),
    "dehydration_electrolytes": Line("Drink plenty, in small sips if you feel sick; a pharmacist can give you "
                                     "rehydration sachets.", (sources.NHS_DEHYDRATION,)),
    "low_blood_sugar": Line("Have something sugary now, like juice or sweets, then a proper meal.",
                            (sources.ST_JOHN_HYPOGLYCAEMIA,)),
    "sleep_loss": Line("Rest, and try to get a few good nights' sleep.", (Seed(
        "A general lack of sleep or overall exhaustion can diminish the body’s energy reserves"),)),
    "medication": Line("Ask your pharmacist or the doctor who prescribed it; don't stop it on your own.",
                       (sources.STATIN_MUSCLE_PAIN,)),
    "minor_injury": Line("Rest the leg for a few days.", (Seed("often resolving with rest"),)),
}
