"""The shared clinical vocabulary: finding, triage, family, cause and emergency-sign ids.

The ids are those of the project's clinical spec (docs/clinical.md); do not rename them.  Seven umbrella
findings (fever_or_unwell, worse_or_unsteady, other_changes, leg_or_back_pain, everyday_factors,
long_term_condition, other_risks) are the project's own:
they shorten the interview (see rules/interview.py) and no rule concludes anything from them.
Text is written in the second person ("you"); `rules.speech.third_person` turns it into "they".
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

# finding id -> (the question, what a yes means, in words that follow "you said")
FINDINGS = {
    "sudden_onset": ("Did the weakness come on suddenly, over minutes or a few hours?",
                     "the weakness came on suddenly"),
    "speech_or_vision": ("Do you have any trouble speaking, or any change in your vision?",
                         "you have trouble speaking or a change in your vision"),
    "face_or_arm": ("Is your face drooping, or is an arm weak or numb?",
                    "your face is drooping or an arm is weak or numb"),
    "bladder_bowel": ("Have you lost control of your bladder or bowels?",
                      "you have lost control of your bladder or bowels"),
    "breathing": ("Do you have any difficulty breathing?", "you have difficulty breathing"),
    "spreading_up": ("Is the weakness spreading upward, from your feet toward your body?",
                     "the weakness is spreading upward"),
    "severe_back_pain": ("Do you have severe back pain?", "you have severe back pain"),
    "fever_or_unwell": ("Do you have a fever, or feel very unwell, or have you had an infection lately, like "
                        "flu or a tick bite?", "you have a fever, feel unwell or had an infection"),
    "fever": ("Do you have a fever?", "you have a fever"),
    "very_unwell": ("Do you feel very unwell, confused, or faint?",
                    "you feel very unwell, confused or faint"),
    "dark_urine": ("Is your urine dark, like tea or cola?", "your urine is dark, like tea or cola"),
    "injury": ("Did it start after an injury, such as a fall, an accident, a sprain or a strain?",
               "it started after an injury"),
    "injury_severe": ("Was it a serious injury, or is it not getting better?",
                      "the injury was serious or is not getting better"),
    "leg_or_back_pain": ("Do you have any pain or cramps in your back or legs?",
                         "you have pain or cramps in your back or legs"),
    "worse_or_unsteady": ("Is the weakness getting worse, or making it hard to walk, stand or keep your "
                          "balance?", "the weakness is getting worse or makes you unsteady"),
    "getting_worse": ("Has the weakness been getting worse over days or weeks?",
                      "the weakness has been getting worse"),
    "cant_walk": ("Does it make it hard to walk, stand, or keep your balance?",
                  "it is hard to walk, stand or keep your balance"),
    "one_leg": ("Is it only one leg?", "only one leg is weak"),
    "other_changes": ("Do you have numbness or tingling, weakness that comes and goes, or weight loss "
                      "without trying?", "you have numbness, episodes of weakness or weight loss"),
    "comes_and_goes": ("Has the weakness come and gone in episodes over weeks or months?",
                       "the weakness comes and goes in episodes"),
    "weight_loss": ("Have you lost weight without trying?", "you have lost weight without trying"),
    "numbness_tingling": ("Do you have numbness, tingling, or pins and needles in your legs or feet?",
                          "you have numbness or tingling in your legs or feet"),
    "back_pain_down_leg": ("Does pain shoot from your lower back down your leg?",
                           "pain shoots from your lower back down your leg"),
    "muscle_pain": ("Do your leg muscles ache or hurt?", "your leg muscles ache or hurt"),
    "pain_walking": ("Do your legs hurt or cramp when you walk, and ease when you rest?",
                     "your legs hurt when you walk and ease when you rest"),
    "cramps_spasms": ("Do you have muscle cramps or spasms?", "you have muscle cramps or spasms"),
    "everyday_factors": ("In the last few days, have you exercised hard, been sick or sweated a lot, "
                         "skipped meals, slept badly, or started a new medicine?",
                         "something in the last few days may have tired you out"),
    "hard_exercise": ("Have you done hard exercise or heavy physical work in the last few days?",
                      "you did hard exercise or heavy work recently"),
    "dehydrated": ("Have you been sweating a lot, vomiting, had diarrhea, or not drinking enough?",
                   "you may be low on fluids"),
    "low_sugar_signs": ("Are you shaky, sweaty, or very hungry, or have you skipped meals?",
                        "you are shaky or hungry, or skipped meals"),
    "poor_sleep": ("Have you been sleeping badly, or feeling exhausted?",
                   "you have been sleeping badly or feel exhausted"),
    "new_medicine": ("Have you started a new medicine, such as a sedative or a muscle relaxant?",
                     "you started a new medicine"),
    "long_term_condition": ("Do you have a long-term condition, such as diabetes, a thyroid problem, kidney "
                            "disease, lupus or rheumatoid arthritis?", "you have a long-term condition"),
    "diabetes": ("Do you have diabetes?", "you have diabetes"),
    "recent_infection": ("Have you had a recent infection, like flu, a stomach bug, or a tick bite?",
                         "you had a recent infection"),
    "thyroid": ("Do you have a thyroid problem?", "you have a thyroid problem"),
    "kidney_disease": ("Do you have kidney disease?", "you have kidney disease"),
    "autoimmune": ("Do you have lupus, rheumatoid arthritis, or another autoimmune disease?",
                   "you have an autoimmune disease"),
    "other_risks": ("Do any of these apply to you: water pills or low potassium, a diet with little meat, "
                    "fish or dairy, chemicals or heavy metals, or a muscle disease in your family?",
                    "one of the other risks applies to you"),
    "poor_diet": ("Do you eat little meat, fish or dairy, or get very little sunlight?",
                  "your diet or sunlight may be low in vitamins"),
    "circulation_risk": ("Do you smoke, or have you been told you have poor circulation?",
                         "you smoke or have poor circulation"),
    "toxin_exposure": ("Have you been exposed to chemicals, or heavy metals such as lead or mercury?",
                       "you were exposed to chemicals or heavy metals"),
    "family_muscle_disease": ("Does anyone in your family have a muscle disease?",
                              "a muscle disease runs in your family"),
    "low_potassium_risk": ("Do you take water pills, or have you been told your potassium is low?",
                           "you take water pills or have low potassium"),
}

FAMILIES = {
    "temporary": "everyday, temporary factors",
    "nerve": "a nerve problem",
    "muscle": "a muscle problem",
    "systemic": "a whole-body illness",
}

# cause id -> (family id, spoken name, a one-line explanation from the seed text)
CAUSES = {
    "overexertion": ("temporary", "tired muscles after hard exercise",
                     "Overexertion from strenuous exercise often results in muscle fatigue, where muscles "
                     "feel tired and less capable after intense activity, sometimes with soreness hours or "
                     "days later."),
    "dehydration_electrolytes": ("temporary", "low fluids or salts",
                                 "Dehydration and imbalances in electrolytes, such as potassium or sodium, "
                                 "can affect muscle function, leading to weakness or muscle spasms."),
    "low_blood_sugar": ("temporary", "low blood sugar",
                        "Low blood sugar, or hypoglycemia, can cause muscles to feel weak due to a lack "
                        "of available energy."),
    "minor_injury": ("temporary", "a minor injury",
                     "Minor injuries like sprains, strains, or bruising can temporarily reduce leg "
                     "strength, often resolving with rest."),
    "sleep_loss": ("temporary", "lack of sleep or exhaustion",
                   "A lack of sleep or overall exhaustion can diminish the body's energy reserves and "
                   "lead to leg weakness."),
    "medication": ("temporary", "a side effect of a medicine",
                   "Certain medications, including sedatives or muscle relaxers, may temporarily cause "
                   "leg weakness as a side effect."),
    "peripheral_neuropathy": ("nerve", "peripheral neuropathy",
                              "Peripheral neuropathy is damage to nerves outside the brain and spinal "
                              "cord, often causing weakness, numbness, or tingling in the feet and hands. "
                              "It can come from diabetes, infections, vitamin deficiencies, or toxins."),
    "sciatica": ("nerve", "sciatica",
                 "Sciatica happens when the sciatic nerve, which runs from the lower back down the leg, "
                 "is compressed or irritated, causing pain, numbness, tingling and weakness along the leg."),
    "spinal_cord": ("nerve", "a problem in the spine",
                    "Spinal problems such as a herniated disc, spinal stenosis, or a spinal cord injury "
                    "can compress the spinal cord and interfere with signals between the brain and legs."),
    "stroke": ("nerve", "a stroke",
               "A stroke is caused by interrupted blood flow to the brain. It can cause sudden weakness "
               "or numbness, often on one side of the body, including the leg."),
    "multiple_sclerosis": ("nerve", "multiple sclerosis",
                           "Multiple sclerosis is an autoimmune disease where the immune system attacks "
                           "the brain and spinal cord, causing symptoms such as weakness that comes and "
                           "goes."),
    "guillain_barre": ("nerve", "Guillain-Barre syndrome",
                       "Guillain-Barre syndrome is a rare disorder where the immune system attacks the "
                       "nerves, causing weakness that starts in the feet and legs and spreads upward."),
    "myopathy": ("muscle", "a muscle disease",
                 "Myopathies are muscle diseases where the muscle fibres do not work properly, such as "
                 "muscular dystrophies and inflammatory myopathies like polymyositis."),
    "electrolyte_imbalance": ("muscle", "low potassium or high calcium",
                              "Very low potassium or high calcium can directly impair muscle contraction "
                              "and lead to weakness."),
    "muscle_injury": ("muscle", "an injured muscle",
                      "Direct muscle injury or trauma, such as from accidents or severe strains, can cause "
                      "leg weakness because of damaged tissue."),
    "rhabdomyolysis": ("muscle", "rhabdomyolysis, a fast breakdown of muscle",
                       "Rhabdomyolysis is a serious condition where damaged muscle breaks down rapidly, "
                       "causing severe weakness and possibly kidney damage."),
    "infection": ("muscle", "an infection affecting the muscles",
                  "Infections such as influenza or Lyme disease can cause muscle weakness and pain."),
    "nutritional_deficiency": ("systemic", "a lack of vitamin B12 or vitamin D",
                               "Nutritional deficiencies, such as too little vitamin B12 or vitamin D, can "
                               "affect nerve and muscle health."),
    "diabetes": ("systemic", "diabetes",
                 "Uncontrolled diabetes can lead to general weakness, and can also damage the nerves."),
    "thyroid": ("systemic", "a thyroid problem",
                "Both an underactive and an overactive thyroid can cause muscle weakness."),
    "kidney_disease": ("systemic", "kidney disease", "Kidney disease is known to cause muscle weakness."),
    "autoimmune": ("systemic", "an autoimmune disease",
                   "Autoimmune diseases, such as lupus or rheumatoid arthritis, can cause weakness "
                   "through widespread inflammation."),
    "peripheral_artery_disease": ("systemic", "poor circulation in the legs",
                                  "Peripheral artery disease narrows the arteries to the legs. The reduced "
                                  "blood supply can cause weakness, pain or cramping when walking."),
    "systemic_infection": ("systemic", "an infection of the whole body",
                           "Infections of the whole body, such as severe flu or sepsis, can cause "
                           "widespread weakness, making the legs feel heavy."),
    "toxins": ("systemic", "chemicals or heavy metals",
               "Exposure to certain environmental toxins or heavy metals can cause leg weakness by "
               "affecting nerves or muscles."),
}

# emergency sign id -> (triage level, what it may mean, in plain words)
EMERGENCY_SIGNS = {
    "stroke_signs": ("call_emergency", "these can be signs of a stroke"),
    "sudden_weakness": ("call_emergency", "weakness that comes on suddenly can be a sign of a stroke"),
    "breathing_difficulty": ("call_emergency", "weakness with difficulty breathing needs help at once"),
    "spinal_injury": ("emergency_department", "this can mean an injury to the spine"),
    "cord_compression": ("emergency_department", "this can mean pressure on the nerves of the spine"),
    "ascending_weakness": ("emergency_department",
                           "weakness spreading upward can be Guillain-Barre syndrome, which can affect "
                           "breathing"),
    "muscle_breakdown": ("emergency_department",
                         "dark urine with weakness can mean muscle breakdown that harms the kidneys"),
    "severe_infection": ("emergency_department", "this can be a serious infection such as sepsis"),
}

EMERGENCY_NUMBERS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "000", "en-IN": "112"}
DEFAULT_LOCALE = "en-US"


def emergency_number(locale):
    """The emergency number for a locale; 911 (en-US) when the locale is unknown."""
    return EMERGENCY_NUMBERS.get(locale, EMERGENCY_NUMBERS[DEFAULT_LOCALE])


def most_urgent(levels):
    """The most urgent of the given triage levels (None for none)."""
    return max(levels, key=URGENCY.__getitem__, default=None)
