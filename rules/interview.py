"""The next question: the emergency screen first, then only questions that can still change the outcome.

The outcome is the triage level and the (up to three) causes named.  The table below says, for each
finding, the most urgent level a "yes" (or "I don't know") can support and the causes a "yes" can name;
tests/test_interview_tables.py checks it against the rules, so it cannot drift from them.
"""
from .vocabulary import CAUSES, URGENCY

TEMPORARY = {c for c, (family, *_) in CAUSES.items() if family == "temporary"}

SCREEN = ("sudden_onset", "injury", "speech_or_vision", "face_or_arm", "breathing", "bladder_bowel",
          "spreading_up")

# finding -> (the most urgent level a "yes" to it supports, or None when it only names causes;
#             the causes a "yes" can name), in the order they are asked after the screen.
QUESTIONS = {
    "sudden_onset": ("call_emergency", {"stroke"}),
    "injury": ("emergency_department", {"minor_injury", "muscle_injury", "spinal_cord"}),
    "speech_or_vision": ("call_emergency", {"stroke"}),
    "face_or_arm": ("call_emergency", {"stroke"}),
    "breathing": ("call_emergency", set()),
    "bladder_bowel": ("emergency_department", {"spinal_cord"}),
    "spreading_up": ("emergency_department", {"guillain_barre"}),
    "dark_urine": ("emergency_department", {"rhabdomyolysis"}),
    "fever": ("doctor_within_24h", {"systemic_infection"}),
    "very_unwell": ("emergency_department", {"systemic_infection"}),
    "severe_back_pain": ("call_emergency", {"spinal_cord"}),
    "injury_severe": ("doctor_within_24h", {"minor_injury", "muscle_injury"}),
    "getting_worse": ("doctor_within_24h", {"myopathy"}),
    "cant_walk": ("doctor_within_24h", set()),
    "numbness_tingling": ("doctor_soon", {"peripheral_neuropathy", "sciatica", "spinal_cord"}),
    "comes_and_goes": ("doctor_soon", {"multiple_sclerosis"}),
    "weight_loss": ("doctor_soon", set()),
    "one_leg": (None, {"peripheral_neuropathy", "sciatica", "myopathy"}),
    "back_pain_down_leg": (None, {"sciatica"}),
    "hard_exercise": (None, {"overexertion", "rhabdomyolysis"}),
    "muscle_pain": (None, {"overexertion", "infection"}),
    "dehydrated": (None, {"dehydration_electrolytes"}),
    "pain_walking": (None, {"peripheral_artery_disease"}),
    "circulation_risk": (None, {"peripheral_artery_disease"}),
    "poor_sleep": (None, {"sleep_loss"}),
    "low_sugar_signs": (None, {"low_blood_sugar"}),
    "new_medicine": (None, {"medication"}),
    "cramps_spasms": (None, {"dehydration_electrolytes", "electrolyte_imbalance"}),
    "recent_infection": (None, {"infection", "peripheral_neuropathy"}),
    "diabetes": (None, {"diabetes", "peripheral_neuropathy"}),
    "low_potassium_risk": (None, {"electrolyte_imbalance"}),
    "thyroid": (None, {"thyroid"}),
    "kidney_disease": (None, {"kidney_disease"}),
    "autoimmune": (None, {"autoimmune"}),
    "poor_diet": (None, {"nutritional_deficiency", "peripheral_neuropathy"}),
    "toxin_exposure": (None, {"toxins", "peripheral_neuropathy"}),
    "family_muscle_disease": (None, {"myopathy"}),
}


def _yes(findings, *ids):
    return any(findings.get(i) is True for i in ids)


def _open(findings, *ids):
    return any(i in findings and findings[i] is not False for i in ids)


# A follow-up question is asked only when the answer it follows makes it matter.
GATES = {
    "injury": lambda f: _open(f, "sudden_onset") or "spreading_up" in f,
    "injury_severe": lambda f: _open(f, "injury"),
    "severe_back_pain": lambda f: "injury" in f,
    "one_leg": lambda f: _yes(f, "numbness_tingling", "back_pain_down_leg", "getting_worse"),
    "circulation_risk": lambda f: _yes(f, "pain_walking"),
    "very_unwell": lambda f: "fever" in f,
}

MAX_CAUSES = 3


def next_question(findings, conclusions):
    """The finding to ask about next, or None when no answer can change the outcome."""
    if conclusions.emergency_signs:
        return None
    screen_done = all(q in findings for q in SCREEN if GATES.get(q, _always)(findings))
    if screen_done and URGENCY[conclusions.triage] >= URGENCY["emergency_department"]:
        return None  # nothing after the screen can make it more urgent: send them now
    named = {c["id"] for c in conclusions.causes[:MAX_CAUSES]}
    unexplained = not conclusions.triage_because
    for question, (level, causes) in QUESTIONS.items():
        if question in findings or not GATES.get(question, _always)(findings):
            continue
        if not screen_done:
            if question in SCREEN:
                return question
            continue
        if level and URGENCY[level] > URGENCY[conclusions.triage]:
            return question  # the answer could make it more urgent, or rule out self-care
        if unexplained and causes & TEMPORARY:
            return question  # an everyday cause could explain it
        if len(named) < MAX_CAUSES and causes - named:
            return question  # the answer could name another likely cause
    return None


def _always(findings):
    return True
