"""The next question: the emergency screen first, then only questions that can still change the outcome.

The outcome is the triage level and the (up to three) causes named.  The table below says, for each
finding, the most urgent level a "yes" (or "I don't know") can support and the causes a "yes" can name;
tests/test_interview_tables.py checks it against the rules, so it cannot drift from them.
"""
from .vocabulary import CAUSES, URGENCY

TEMPORARY = {c for c, (family, *_) in CAUSES.items() if family == "temporary"}

# Every sign that calls for an ambulance is in the screen; after it, the most urgent level left is
# the emergency department.
SCREEN = ("sudden_onset", "speech_or_vision", "face_or_arm", "breathing", "bladder_bowel", "spreading_up")

# finding -> (the most urgent level a "yes" to it supports, None for an everyday cause, which can only
#             lower it; the causes a "yes" can name), in the order they are asked after the screen.
# A "doctor_soon" cause finding matters to the triage only while self-care is on the table.
QUESTIONS = {
    "sudden_onset": ("call_emergency", {"stroke"}),
    "speech_or_vision": ("call_emergency", {"stroke"}),
    "face_or_arm": ("call_emergency", {"stroke"}),
    "breathing": ("call_emergency", set()),
    "bladder_bowel": ("emergency_department", {"spinal_cord"}),
    "spreading_up": ("emergency_department", {"guillain_barre"}),
    "dark_urine": ("emergency_department", {"rhabdomyolysis"}),
    "injury": ("emergency_department", {"minor_injury", "muscle_injury", "spinal_cord"}),
    "fever": ("emergency_department", {"systemic_infection"}),
    "very_unwell": ("emergency_department", {"systemic_infection"}),
    "severe_back_pain": ("emergency_department", {"spinal_cord"}),
    "injury_severe": ("doctor_within_24h", {"minor_injury", "muscle_injury"}),
    "getting_worse": ("doctor_within_24h", {"myopathy"}),
    "cant_walk": ("doctor_within_24h", set()),
    "numbness_tingling": ("doctor_soon", {"peripheral_neuropathy", "sciatica", "spinal_cord"}),
    "comes_and_goes": ("doctor_soon", {"multiple_sclerosis"}),
    "weight_loss": ("doctor_soon", set()),
    "hard_exercise": (None, {"overexertion", "rhabdomyolysis"}),
    "dehydrated": (None, {"dehydration_electrolytes"}),
    "low_sugar_signs": (None, {"low_blood_sugar"}),
    "poor_sleep": (None, {"sleep_loss"}),
    "new_medicine": (None, {"medication"}),
    "cramps_spasms": ("doctor_soon", {"dehydration_electrolytes", "electrolyte_imbalance"}),
    "back_pain_down_leg": ("doctor_soon", {"sciatica"}),
    "one_leg": ("doctor_soon", {"peripheral_neuropathy", "sciatica", "myopathy"}),
    "pain_walking": ("doctor_soon", {"peripheral_artery_disease"}),
    "circulation_risk": ("doctor_soon", {"peripheral_artery_disease"}),
    "muscle_pain": ("doctor_soon", {"overexertion", "infection"}),
    "diabetes": ("doctor_soon", {"diabetes", "peripheral_neuropathy"}),
    "recent_infection": ("doctor_soon", {"infection", "peripheral_neuropathy"}),
    "low_potassium_risk": ("doctor_soon", {"electrolyte_imbalance"}),
    "thyroid": ("doctor_soon", {"thyroid"}),
    "kidney_disease": ("doctor_soon", {"kidney_disease"}),
    "autoimmune": ("doctor_soon", {"autoimmune"}),
    "poor_diet": ("doctor_soon", {"nutritional_deficiency", "peripheral_neuropathy"}),
    "toxin_exposure": ("doctor_soon", {"toxins", "peripheral_neuropathy"}),
    "family_muscle_disease": ("doctor_soon", {"myopathy"}),
}


def _yes(findings, *ids):
    return any(findings.get(i) is True for i in ids)


def _open(findings, *ids):
    return any(i in findings and findings[i] is not False for i in ids)


WARNINGS = {"dark_urine", "fever", "very_unwell", "severe_back_pain", "injury_severe", "getting_worse",
            "cant_walk", "numbness_tingling", "comes_and_goes", "weight_loss"}

# A follow-up question is asked only when the answer it follows makes it matter.
GATES = {
    "injury_severe": lambda f: _open(f, "injury"),
    "severe_back_pain": lambda f: "injury" in f,
    "one_leg": lambda f: _yes(f, "numbness_tingling", "back_pain_down_leg", "getting_worse"),
    "circulation_risk": lambda f: _yes(f, "pain_walking"),
    "muscle_pain": lambda f: _yes(f, "hard_exercise", "recent_infection"),
}

# Looking for a cause stops at the first one found, or after this many questions that only name causes:
# a doctor takes it from there.  Questions that can change the triage are always asked.
CAUSE_BUDGET = 6


def next_question(findings, conclusions):
    """The finding to ask about next, or None when no answer can change the outcome."""
    if conclusions.emergency_signs:
        return None
    screen_done = all(q in findings for q in SCREEN if GATES.get(q, _always)(findings))
    if screen_done and URGENCY[conclusions.triage] >= URGENCY["emergency_department"]:
        return None  # nothing after the screen can make it more urgent: send them now
    unexplained = not conclusions.triage_because
    budget = CAUSE_BUDGET - sum(1 for q in findings if QUESTIONS[q][0] == "doctor_soon" and q not in WARNINGS)
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
        if not conclusions.causes and budget > 0:
            return question  # nothing explains the weakness yet: this answer could
    return None


def _always(findings):
    return True
