"""The next question: the emergency screen first, then only questions that can still change the outcome.

After the six-question screen, a question is asked when its answer could still make the triage more
urgent (or rule out self-care), could show an everyday cause while nothing explains the weakness, or, while
no cause is named, could name one (at most CAUSE_BUDGET such questions).  Umbrella questions stand for a
group each.  The table below says, for each finding, the most urgent level a "yes" (or "I don't know") can
support and the causes a "yes" can name; tests/test_interview.py checks it against the rules, so it cannot
drift from them, and tests/test_properties.py that stopping early never under-triages.
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
    "fever_or_unwell": (None, set()),
    "fever": ("emergency_department", {"systemic_infection"}),
    "very_unwell": ("emergency_department", {"systemic_infection"}),
    "injury": ("emergency_department", {"minor_injury", "muscle_injury", "spinal_cord"}),
    "injury_severe": ("doctor_within_24h", {"minor_injury", "muscle_injury"}),
    "leg_or_back_pain": (None, set()),
    "severe_back_pain": ("emergency_department", {"spinal_cord"}),
    "worse_or_unsteady": (None, set()),
    "getting_worse": ("doctor_within_24h", {"myopathy"}),
    "cant_walk": ("doctor_within_24h", set()),
    "other_changes": (None, set()),
    "numbness_tingling": ("doctor_soon", {"peripheral_neuropathy", "sciatica", "spinal_cord"}),
    "comes_and_goes": ("doctor_soon", {"multiple_sclerosis"}),
    "weight_loss": ("doctor_soon", set()),
    "everyday_factors": (None, set()),
    "hard_exercise": (None, {"overexertion", "rhabdomyolysis"}),
    "dehydrated": (None, {"dehydration_electrolytes"}),
    "low_sugar_signs": (None, {"low_blood_sugar"}),
    "poor_sleep": (None, {"sleep_loss"}),
    "new_medicine": (None, {"medication"}),
    "back_pain_down_leg": ("doctor_soon", {"sciatica"}),
    "one_leg": ("doctor_soon", {"peripheral_neuropathy", "sciatica", "myopathy"}),
    "pain_walking": ("doctor_soon", {"peripheral_artery_disease"}),
    "circulation_risk": ("doctor_soon", {"peripheral_artery_disease"}),
    "muscle_pain": ("doctor_soon", {"overexertion", "infection"}),
    "cramps_spasms": ("doctor_soon", {"dehydration_electrolytes", "electrolyte_imbalance"}),
    "recent_infection": ("doctor_soon", {"infection", "peripheral_neuropathy"}),
    "long_term_condition": (None, set()),
    "diabetes": ("doctor_soon", {"diabetes", "peripheral_neuropathy"}),
    "thyroid": ("doctor_soon", {"thyroid"}),
    "kidney_disease": ("doctor_soon", {"kidney_disease"}),
    "autoimmune": ("doctor_soon", {"autoimmune"}),
    "other_risks": (None, set()),
    "low_potassium_risk": ("doctor_soon", {"electrolyte_imbalance"}),
    "poor_diet": ("doctor_soon", {"nutritional_deficiency", "peripheral_neuropathy"}),
    "toxin_exposure": ("doctor_soon", {"toxins", "peripheral_neuropathy"}),
    "family_muscle_disease": ("doctor_soon", {"myopathy"}),
}

# Umbrella questions: a "no" to one answers its group at once, so a person with none of them is not
# asked each in turn.  "I don't know" opens the group.
GROUPS = {
    "fever_or_unwell": ("fever", "very_unwell", "recent_infection"),
    "worse_or_unsteady": ("getting_worse", "cant_walk"),
    "other_changes": ("numbness_tingling", "comes_and_goes", "weight_loss"),
    "leg_or_back_pain": ("severe_back_pain", "back_pain_down_leg", "pain_walking", "muscle_pain",
                         "cramps_spasms"),
    "everyday_factors": ("hard_exercise", "dehydrated", "low_sugar_signs", "poor_sleep", "new_medicine"),
    "long_term_condition": ("diabetes", "thyroid", "kidney_disease", "autoimmune"),
    "other_risks": ("low_potassium_risk", "poor_diet", "toxin_exposure", "family_muscle_disease"),
}
GROUP_OF = {member: group for group, members in GROUPS.items() for member in members}

WARNINGS = {"dark_urine", "fever", "very_unwell", "injury", "injury_severe", "severe_back_pain",
            "getting_worse", "cant_walk", "numbness_tingling", "comes_and_goes", "weight_loss"}


def _yes(findings, *ids):
    return any(findings.get(i) is True for i in ids)


def _open(findings, *ids):
    return any(i in findings and findings[i] is not False for i in ids)


# A follow-up question is asked only when the answer it follows makes it matter.
FOLLOW_UPS = {
    "injury_severe": lambda f: _open(f, "injury"),
    "one_leg": lambda f: _yes(f, "numbness_tingling", "back_pain_down_leg", "getting_worse"),
    "circulation_risk": lambda f: _yes(f, "pain_walking"),
    "muscle_pain": lambda f: _yes(f, "hard_exercise", "recent_infection"),
}

# Looking for a cause stops at the first one found, or after this many questions that only name causes:
# a doctor takes it from there.  Questions that can change the triage are always asked.
CAUSE_BUDGET = 6


def askable(question, findings):
    """Not answered yet, and not in a group they said no to (follow-ups are _matters' concern)."""
    group = GROUP_OF.get(question)
    return (question not in findings
            and (group is None or _open(findings, group) or _yes(findings, *GROUPS[group])))


def next_question(findings, conclusions):
    """The finding to ask about next, or None when no answer can change the outcome."""
    if conclusions.emergency_signs:
        return None
    for question in SCREEN:
        if question not in findings:
            return question
    if URGENCY[conclusions.triage] >= URGENCY["emergency_department"]:
        return None  # nothing after the screen can make it more urgent: send them now
    budget = CAUSE_BUDGET - sum(1 for q in findings if QUESTIONS[q][0] == "doctor_soon" and q not in WARNINGS)
    for question in QUESTIONS:
        if question in GROUPS:
            # Not when they already said yes to one of its members ("I have pins and needles").
            if question not in findings and not _yes(findings, *GROUPS[question]) and any(
                    _matters(member, findings | {question: None}, conclusions, budget)
                    for member in GROUPS[question] if member not in findings):
                return question
        elif askable(question, findings) and _matters(question, findings, conclusions, budget):
            return question
    return None


def _matters(question, findings, conclusions, budget):
    """Could the answer change the triage or name the first likely cause?"""
    if not FOLLOW_UPS.get(question, _always)(findings):
        return False
    level, causes = QUESTIONS[question]
    if level and URGENCY[level] > URGENCY[conclusions.triage]:
        return True  # it could make it more urgent, or rule out self-care
    if not conclusions.triage_because and causes & TEMPORARY:
        return True  # an everyday cause could explain it
    group = GROUP_OF.get(question)
    if group and findings.get(group) is True and not _yes(findings, *GROUPS[group]):
        return True  # they said one of these applies: find out which
    return not conclusions.causes and budget > 0 and bool(causes)


def _always(findings):
    return True
