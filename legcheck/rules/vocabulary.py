"""The shared clinical vocabulary: ids of findings, triage levels, cause families, causes and emergency signs.

The ids are those of the project's clinical spec (docs/clinical.md): add ids, never rename them.  Only ids
live here; the words the skill says for each (questions, reasons, advice) are in legcheck/skill/locales/.
"""

# Triage levels, most urgent first.
TRIAGE_LEVELS = (
    "call_emergency",
    "emergency_department",
    "doctor_within_24h",
    "doctor_soon",
    "self_care",
)
URGENCY = {level: len(TRIAGE_LEVELS) - i for i, level in enumerate(TRIAGE_LEVELS)}
CALL, EMERGENCY_DEPARTMENT, WITHIN_24H, SOON, SELF_CARE = TRIAGE_LEVELS

# Findings: yes/no facts about the person (docs/clinical.md), then the project's additions.
SPEC_FINDINGS = (
    "sudden_onset", "speech_or_vision", "face_or_arm", "bladder_bowel", "breathing", "spreading_up",
    "severe_back_pain", "fever", "very_unwell", "dark_urine", "injury", "injury_severe", "getting_worse",
    "cant_walk", "one_leg", "comes_and_goes", "weight_loss", "numbness_tingling", "back_pain_down_leg",
    "muscle_pain", "pain_walking", "cramps_spasms", "hard_exercise", "dehydrated", "low_sugar_signs",
    "poor_sleep", "new_medicine", "diabetes", "recent_infection", "thyroid", "kidney_disease", "autoimmune",
    "poor_diet", "circulation_risk", "toxin_exposure", "family_muscle_disease", "low_potassium_risk",
)
# Red flags the guidance names that the spec had no question for (docs/clinical.md, "Findings added").
RED_FLAG_FINDINGS = (
    "new_confusion", "chest_pain", "sudden_headache", "swallowing", "sudden_then_gone", "cant_get_up",
    "spine_injury", "neck_pain", "back_pain", "cold_leg", "severe_leg_pain", "calf_swelling", "cant_pee",
    "saddle_numbness", "palpitations", "cancer_history", "blood_thinners", "head_injury",
)
# Questions that stand for a group of findings (legcheck/rules/groups.py); no rule tests them.
GROUP_FINDINGS = (
    "stroke_signs_now", "heart_lung_head", "fallen_or_confused", "spine_nerves", "spreading_dark_or_cold",
    "fever_or_unwell", "worse_or_unsteady", "other_changes", "leg_or_back_pain", "everyday_factors",
    "long_term_condition", "other_risks",
    # added when the questions were cut to at most three things each
    "pee_bowels_or_numb", "spreading_cold_or_head", "sleep_or_medicine", "cancer_weight_or_autoimmune",
    "diet_toxins_or_family", "severe_pain_or_swelling", "back_or_neck_pain", "aches_cramps_or_walking",
    # added when a knock to the head joined the ambulance screen and infection with feeling very unwell the
    # emergency-department screen
    "spreading_cold_or_infection",
)
FINDINGS = SPEC_FINDINGS + RED_FLAG_FINDINGS + GROUP_FINDINGS

FAMILIES = ("temporary", "nerve", "muscle", "systemic")

# cause id -> family id (seed text, "What Can Cause Weakness in the Legs?")
CAUSES = {
    "overexertion": "temporary", "dehydration_electrolytes": "temporary", "low_blood_sugar": "temporary",
    "minor_injury": "temporary", "sleep_loss": "temporary", "medication": "temporary",
    "peripheral_neuropathy": "nerve", "sciatica": "nerve", "spinal_cord": "nerve", "stroke": "nerve",
    "multiple_sclerosis": "nerve", "guillain_barre": "nerve",
    "myopathy": "muscle", "electrolyte_imbalance": "muscle", "muscle_injury": "muscle",
    "rhabdomyolysis": "muscle", "infection": "muscle",
    "nutritional_deficiency": "systemic", "diabetes": "systemic", "thyroid": "systemic",
    "kidney_disease": "systemic", "autoimmune": "systemic", "peripheral_artery_disease": "systemic",
    "systemic_infection": "systemic", "toxins": "systemic",
}

# Emergency signs: what the rules call a finding (or a few together) that ends the interview at once.
EMERGENCY_SIGNS = (
    "stroke_signs", "sudden_weakness", "breathing_difficulty", "spinal_injury", "cord_compression",
    "ascending_weakness", "muscle_breakdown", "severe_infection",
    # added with the red flags of the guidance
    "passing_stroke_signs", "swallowing_difficulty", "chest_pain", "sudden_headache", "new_confusion",
    "fall_cant_get_up", "hurt_cant_walk", "head_injury", "bleeding_risk", "blocked_artery", "spinal_infection",
    "cancer_spine", "heart_rhythm", "low_sugar_unwell", "sepsis_signs",
)


def most_urgent(levels):
    """The most urgent of the given triage levels (None for none)."""
    return max(levels, key=URGENCY.__getitem__, default=None)


def more_urgent(a, b):
    """True when triage level `a` is more urgent than `b` (None is the least urgent)."""
    return URGENCY.get(a, 0) > URGENCY.get(b, 0)
