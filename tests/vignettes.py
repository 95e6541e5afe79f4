"""Clinical vignettes written from the seed text: who says yes to what, and what Leg Check must conclude.

Each row: a name, the answers ("+id" yes, "?id" I don't know; every other finding is "no"), the expected
triage level, and the causes that must be named (exactly these, in any order).
"""
from rules.interview import GROUPS

VIGNETTES = [
    # name                               answers                                            triage                  causes
    ("stroke_speech",                    "+sudden_onset +speech_or_vision",                 "call_emergency",       "stroke"),
    ("stroke_face_droop",                "+face_or_arm +one_leg",                           "call_emergency",       "stroke"),
    ("stroke_sudden_one_leg",            "+sudden_onset +one_leg",                          "call_emergency",       "stroke"),
    ("stroke_unsure_speech",             "?speech_or_vision",                               "call_emergency",       ""),
    ("sudden_after_a_fall",              "+sudden_onset +injury",                           "call_emergency",       "stroke minor_injury"),
    ("unsure_if_sudden",                 "?sudden_onset",                                   "call_emergency",       ""),
    ("breathing_difficulty",             "+breathing +getting_worse",                       "call_emergency",       "myopathy"),
    ("spinal_injury_after_fall",         "+injury +injury_severe +severe_back_pain",        "emergency_department", "spinal_cord muscle_injury"),
    ("cauda_equina",                     "+bladder_bowel +severe_back_pain",                "emergency_department", "spinal_cord"),
    ("guillain_barre_after_flu",         "+spreading_up +recent_infection +numbness_tingling", "emergency_department", "guillain_barre peripheral_neuropathy"),
    ("rhabdo_after_marathon",            "+dark_urine +hard_exercise +muscle_pain",          "emergency_department", "rhabdomyolysis overexertion"),
    ("sepsis",                           "+fever +very_unwell",                             "emergency_department", "systemic_infection"),
    ("sepsis_unsure_fever",              "?fever +very_unwell",                             "emergency_department", ""),
    ("back_pain_unsure_about_injury",    "?injury +severe_back_pain",                       "emergency_department", ""),
    ("progressive_both_legs",            "+getting_worse +cant_walk",                       "doctor_within_24h",    "myopathy"),
    ("polymyositis_like",                "+getting_worse +muscle_pain",                     "doctor_within_24h",    "myopathy"),
    ("muscle_injury_not_improving",      "+injury +injury_severe",                          "doctor_within_24h",    "muscle_injury"),
    ("flu_with_fever",                   "+fever +recent_infection +muscle_pain",           "doctor_within_24h",    "systemic_infection infection"),
    ("lyme_after_tick_bite",             "+recent_infection +muscle_pain +fever",           "doctor_within_24h",    "infection systemic_infection"),
    ("severe_back_pain_numb",            "+severe_back_pain +numbness_tingling",            "doctor_within_24h",    "spinal_cord peripheral_neuropathy"),
    ("balance_trouble_unexplained",      "+cant_walk",                                      "doctor_within_24h",    ""),
    ("unsure_if_worsening",              "?getting_worse +poor_sleep",                      "doctor_within_24h",    "sleep_loss"),
    ("feeling_faint",                    "+very_unwell",                                    "doctor_within_24h",    ""),
    ("diabetic_neuropathy",              "+numbness_tingling +diabetes",                    "doctor_soon",          "peripheral_neuropathy diabetes"),
    ("b12_neuropathy",                   "+numbness_tingling +poor_diet",                   "doctor_soon",          "peripheral_neuropathy nutritional_deficiency"),
    ("toxic_neuropathy",                 "+numbness_tingling +toxin_exposure",              "doctor_soon",          "peripheral_neuropathy toxins"),
    ("sciatica",                         "+back_pain_down_leg +one_leg",                    "doctor_soon",          "sciatica"),
    ("sciatica_with_tingling",           "+back_pain_down_leg +one_leg +numbness_tingling", "doctor_soon",          "sciatica"),
    ("multiple_sclerosis",               "+comes_and_goes +numbness_tingling",              "doctor_soon",          "multiple_sclerosis peripheral_neuropathy"),
    ("claudication_smoker",              "+pain_walking +circulation_risk",                 "doctor_soon",          "peripheral_artery_disease"),
    ("thyroid",                          "+thyroid",                                        "doctor_soon",          "thyroid"),
    ("kidney_disease",                   "+kidney_disease +cramps_spasms",                  "doctor_soon",          "kidney_disease dehydration_electrolytes"),
    ("lupus",                            "+autoimmune +muscle_pain",                        "doctor_soon",          "autoimmune"),
    ("water_pills_low_potassium",        "+low_potassium_risk +cramps_spasms",              "doctor_soon",          "electrolyte_imbalance dehydration_electrolytes"),
    ("muscular_dystrophy_in_family",     "+family_muscle_disease",                          "doctor_soon",          "myopathy"),
    ("weight_loss",                      "+weight_loss",                                    "doctor_soon",          ""),
    ("unexplained_weakness",             "",                                                "doctor_soon",          ""),
    ("uncontrolled_diabetes",            "+diabetes +low_sugar_signs",                      "doctor_soon",          "diabetes low_blood_sugar"),
    ("gym_soreness",                     "+hard_exercise +muscle_pain",                     "self_care",            "overexertion"),
    ("hot_day_dehydration",              "+dehydrated +cramps_spasms",                      "self_care",            "dehydration_electrolytes"),
    ("skipped_meals",                    "+low_sugar_signs",                                "self_care",            "low_blood_sugar"),
    ("minor_sprain",                     "+injury +one_leg",                                "self_care",            "minor_injury"),
    ("night_shifts",                     "+poor_sleep",                                     "self_care",            "sleep_loss"),
    ("new_muscle_relaxant",              "+new_medicine +poor_sleep",                       "self_care",            "medication sleep_loss"),
    ("gym_but_unsure_about_balance",     "+hard_exercise ?cant_walk",                       "doctor_within_24h",    "overexertion"),
]


def findings_of(answers, all_findings):
    """The full answers of a vignette: its yes and don't-know answers, "no" to everything else.

    An umbrella question ("any pain in your back or legs?") gets the answer its members imply.
    """
    findings = {finding: False for finding in all_findings}
    for token in answers.split():
        findings[token[1:]] = {"+": True, "?": None}[token[0]]
    return with_umbrellas(findings)


def with_umbrellas(findings):
    """The answers a person would give to the umbrella questions, given their other answers."""
    findings = dict(findings)
    for group, members in GROUPS.items():
        answers_in_group = [findings.get(m, False) for m in members]
        if True in answers_in_group:
            findings[group] = True
        elif None in answers_in_group:
            findings[group] = None
        else:
            findings[group] = False
    return findings
