"""Questions that stand for a group of findings, and what an answer to one says about its members.

The interview asks a group's question instead of each member's.  A "no" to a group is a "no" to every member
not answered yet.  A yes (or "I don't know") to a group whose members each call for the same action on their
own (an *action group*: see legcheck.rules.knowledge) stands for "one of these, I can't say which": every
member not answered yet counts as "I don't know", so the rules give that action at once.  A yes to any other
group only opens it: its members are asked next.
"""

GROUPS = {
    # The screen: every sign that calls for an ambulance, then those for the emergency department.
    "stroke_signs_now": ("sudden_onset", "sudden_then_gone", "face_or_arm", "speech_or_vision"),
    "heart_lung_head": ("chest_pain", "sudden_headache", "breathing", "swallowing"),
    "fallen_or_confused": ("cant_get_up", "spine_injury", "new_confusion"),
    "spine_nerves": ("bladder_bowel", "cant_pee", "saddle_numbness"),
    "spreading_dark_or_cold": ("spreading_up", "dark_urine", "cold_leg"),
    # Umbrella questions: a "no" answers the whole group at once.
    "fever_or_unwell": ("fever", "very_unwell", "recent_infection"),
    "worse_or_unsteady": ("getting_worse", "cant_walk"),
    "other_changes": ("numbness_tingling", "comes_and_goes", "weight_loss", "palpitations"),
    "leg_or_back_pain": ("severe_back_pain", "back_pain", "back_pain_down_leg", "neck_pain", "severe_leg_pain",
                         "calf_swelling", "pain_walking", "muscle_pain", "cramps_spasms"),
    "everyday_factors": ("hard_exercise", "dehydrated", "low_sugar_signs", "poor_sleep", "new_medicine"),
    "long_term_condition": ("diabetes", "thyroid", "kidney_disease", "autoimmune", "cancer_history"),
    "other_risks": ("low_potassium_risk", "blood_thinners", "poor_diet", "toxin_exposure",
                    "family_muscle_disease"),
}
GROUP_OF = {member: group for group, members in GROUPS.items() for member in members}

# A yes to the first finding is a yes to the second ("severe back pain" is back pain); "I don't know" to the
# first is "I don't know" to the second, when that was not answered.
IMPLIES = {
    "severe_back_pain": "back_pain",
    "back_pain_down_leg": "back_pain",
    "sudden_then_gone": "sudden_onset",
    "cant_get_up": "injury",
    "spine_injury": "injury",
    "head_injury": "injury",
}


def expand(findings, action_groups):
    """The answers the rules see: `findings` plus what its group answers and yeses say of the members."""
    expanded = dict(findings)
    for finding, implied in IMPLIES.items():  # unsure of the specific one: unsure of the other too
        if finding in expanded and expanded[finding] is not False and implied not in expanded:
            expanded[implied] = expanded[finding]
    for group, members in GROUPS.items():
        answer = findings.get(group, "unasked")
        if answer is False:
            fill = False
        elif group in action_groups and answer in (True, None):
            fill = None
        else:
            continue
        for member in members:
            expanded.setdefault(member, fill)
    return expanded
