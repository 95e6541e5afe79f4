"""Shared English speech strings; the locale modules override a few of them.

Placeholders: {number} is the locale's emergency number, {doctor} the usual word for a family doctor.
"""

TEXT = {
    "DISCLAIMER": "I'm not a doctor; if this is an emergency, call {number} now.",
    "WELCOME": "Welcome to Leg Check. I'll ask a few yes or no questions about weak legs.",
    "START_OVER": "OK, let's start again.",
    "HELP": ("Answer each question with yes, no, or I don't know. You can also tell me a symptom at "
             "any time, like my back hurts. Say why to hear why I'm asking, or stop to finish."),
    "HELP_AFTER_RESULT": ("You can ask me what any of the causes means, like what is sciatica. Say tell me "
                          "more for the details, why for my reasons, or start over to begin again."),
    "OFFER": "Ask me what any of these means, or say start over.",
    "WHICH_CAUSE": "Which one? Say, for example, what is {cause}.",
    "EMERGENCY_CALL": "Call {number} now.",
    "EMERGENCY_GO": ("Get medical care right now: go to an emergency department. If you can't get there "
                     "quickly and safely, call {number}."),
    "EMERGENCY_REPROMPT": "Please get help now. If this is an emergency, call {number}.",
    "GOODBYE": "Take care. If your legs get worse, see a {doctor}, and in an emergency call {number}.",
    "NOT_UNDERSTOOD": "Sorry, I didn't get that.",
    "NO_SYMPTOM": "Sorry, I didn't recognize that symptom.",
    "SYMPTOM_NOTED": "Got it.",
    "SLOWER": "OK, I'll speak more slowly.",
    "FASTER": "OK, I'll speak a bit faster.",
    "SLOWEST": "This is as slowly as I can speak.",
    "FASTEST": "This is as fast as I can speak.",
    "SOMEONE_ELSE": "OK, answer for the person you're helping, and I'll ask about them.",
    "UNKNOWN_CAUSE": ("I can explain causes like sciatica, peripheral neuropathy, or low blood sugar. "
                      "Ask, for example, what is sciatica."),
    "MORE_DETAIL_EARLY": "I'll have more detail once I've finished my questions.",
    "MORE_DETAIL_NONE": "I didn't name a likely cause, so there's nothing more to add.",
    "WHY_GENERAL": ("I ask questions to work out how quickly to get care, and what might be causing the "
                    "weakness."),
    "WHY_CAUSE": "I mentioned {cause} {reasons}.",
    "WHY_NO_CAUSE": "I didn't name a cause, because none of your answers pointed to one.",
    "CARD_TITLE": "Leg Check",
    "CARD_CAUSES": "Possible causes:",
    "ERROR": "Sorry, something went wrong on my side.",
    "REFUSED": "Sorry, this request isn't for Leg Check.",
}

# finding id -> why the question matters, in one short line (from docs/leg-weakness-causes.txt).
WHY = {
    "sudden_onset": "Weakness that comes on suddenly can be a sign of a stroke, which needs help at once.",
    "speech_or_vision": "Trouble speaking or seeing, with weak legs, can be a sign of a stroke.",
    "face_or_arm": "A drooping face or a weak arm can be a sign of a stroke.",
    "bladder_bowel": "Losing bladder or bowel control can mean pressure on the nerves of the spine.",
    "breathing": "Weakness with trouble breathing needs help at once.",
    "spreading_up": "Weakness spreading up from the feet can be Guillain-Barre syndrome.",
    "severe_back_pain": "Severe back pain with weak legs can mean a problem in the spine.",
    "fever": "A fever can mean an infection, which can cause weakness.",
    "very_unwell": "Feeling very unwell or confused with weakness can mean a serious infection.",
    "dark_urine": "Dark urine with weak muscles can mean muscle breakdown, which can harm the kidneys.",
    "injury": "Sprains, strains and other injuries can weaken a leg for a while.",
    "injury_severe": "An injury that is serious or not getting better should be checked by a doctor.",
    "leg_or_back_pain": "Back or leg pain points to causes like sciatica, an injury or tired muscles.",
    "getting_worse": "Weakness that gets worse over time should be checked soon.",
    "cant_walk": "Weakness that makes walking or balance hard should be checked by a doctor.",
    "one_leg": "Weakness in one leg points to a nerve or an injury in that leg, like sciatica.",
    "comes_and_goes": "Weakness that comes and goes can be a sign of multiple sclerosis.",
    "weight_loss": "Losing weight without trying is a sign that needs a doctor's attention.",
    "numbness_tingling": "Numbness or tingling points to the nerves, such as peripheral neuropathy.",
    "back_pain_down_leg": "Pain from the lower back down the leg is typical of sciatica.",
    "muscle_pain": "Aching muscles point to the muscles themselves, such as an infection or overuse.",
    "pain_walking": "Pain when walking that eases with rest can mean poor circulation in the legs.",
    "cramps_spasms": "Cramps or spasms can come from low fluids or salts.",
    "everyday_factors": ("Everyday things like hard exercise, low fluids, skipped meals or poor sleep often "
                         "cause weakness that passes."),
    "hard_exercise": "Hard exercise can leave muscles tired and weak for a few days.",
    "dehydrated": "Losing fluids upsets the body's salts, and that can weaken muscles.",
    "low_sugar_signs": "Low blood sugar leaves muscles short of energy.",
    "poor_sleep": "Lack of sleep or exhaustion can make legs feel weak.",
    "new_medicine": "Some medicines, like sedatives or muscle relaxants, can cause weakness.",
    "long_term_condition": "Diabetes, thyroid or kidney disease, and lupus can all cause muscle weakness.",
    "diabetes": "Diabetes can cause weakness and can damage the nerves.",
    "recent_infection": "Infections like flu or Lyme disease can weaken muscles or nerves.",
    "thyroid": "Thyroid problems can cause muscle weakness.",
    "kidney_disease": "Kidney disease can cause muscle weakness.",
    "autoimmune": "Autoimmune diseases like lupus can cause weakness through inflammation.",
    "other_risks": "Low potassium, a poor diet, toxins, or a family muscle disease can each weaken muscles.",
    "poor_diet": "Too little vitamin B12 or vitamin D can affect nerves and muscles.",
    "circulation_risk": "Smoking and poor circulation can narrow the arteries to the legs.",
    "toxin_exposure": "Some chemicals and heavy metals can damage nerves or muscles.",
    "family_muscle_disease": "Some muscle diseases, like muscular dystrophy, run in families.",
    "low_potassium_risk": "Water pills and low potassium can directly weaken muscles.",
}
