"""Questions that stand for a group of findings, and what an answer to one says about its members.

The interview asks a group's question instead of each member's.  A "no" to a group is a "no" to every member
not answered yet.  A yes (or "I don't know") to a group whose members each call for the same action on their
own (an *action group*: see legcheck.rules.knowledge) stands for "one of these, I can't say which": every
member not answered yet counts as "I don't know", so the rules give that action at once.  A yes to any other
group only opens it: its members are asked next.
"""
from .vocabulary import CALL, EMERGENCY_DEPARTMENT

GROUPS = {
    # The screen (SCREENS below): every sign that calls for an ambulance, then those for the emergency
    # department; at most three things a question, as a listener can follow them.
    "stroke_signs_now": ("sudden_onset", "sudden_then_gone", "face_or_arm", "speech_or_vision"),
    "heart_lung_head": ("chest_pain", "sudden_headache", "breathing", "swallowing"),
    "fallen_or_confused": ("cant_get_up", "spine_injury", "head_injury", "new_confusion"),
    "pee_bowels_or_numb": ("bladder_bowel", "cant_pee", "dark_urine", "saddle_numbness"),
    "spreading_cold_or_infection": ("spreading_up", "cold_leg"),
    # Umbrella questions: a "no" answers the whole group at once.
    "fever_or_unwell": ("fever", "very_unwell", "recent_infection"),
    "worse_or_unsteady": ("getting_worse", "cant_walk"),
    "other_changes": ("numbness_tingling", "comes_and_goes", "palpitations"),
    "leg_or_back_pain": ("severe_back_pain", "back_pain", "back_pain_down_leg", "neck_pain", "severe_leg_pain",
                         "calf_swelling", "pain_walking", "muscle_pain", "cramps_spasms"),
    # ... and inside it, what a yes to it is followed by
    "severe_pain_or_swelling": ("severe_back_pain", "severe_leg_pain", "calf_swelling"),
    "back_or_neck_pain": ("back_pain", "severe_back_pain", "back_pain_down_leg", "neck_pain"),
    "aches_cramps_or_walking": ("muscle_pain", "cramps_spasms", "pain_walking"),
    "everyday_factors": ("hard_exercise", "dehydrated", "low_sugar_signs"),
    "sleep_or_medicine": ("poor_sleep", "new_medicine"),
    "long_term_condition": ("diabetes", "thyroid", "kidney_disease"),
    "cancer_weight_or_autoimmune": ("cancer_history", "weight_loss", "autoimmune"),
    "other_risks": ("low_potassium_risk", "blood_thinners"),
    "diet_toxins_or_family": ("poor_diet", "toxin_exposure", "family_muscle_disease"),
}
# level -> the screen questions for it, asked in this order (legcheck.rules.interview)
SCREENS = {
    CALL: ("stroke_signs_now", "heart_lung_head", "fallen_or_confused"),
    EMERGENCY_DEPARTMENT: ("pee_bowels_or_numb", "spreading_cold_or_infection"),
}
SCREEN = SCREENS[CALL] + SCREENS[EMERGENCY_DEPARTMENT]
# With no answers nothing can be concluded yet and the interview starts with the screen: what the interview
# gives for no answers, known without building the engine (tests/test_interview.py checks that it is), so
# that a launch needs no rules at all.
FIRST_QUESTION = SCREEN[0]
# Group questions of earlier releases, no longer asked: a session that answered one still reads as it did.
RETIRED = {
    "spine_nerves": ("bladder_bowel", "cant_pee", "saddle_numbness"),
    "spreading_dark_or_cold": ("spreading_up", "dark_urine", "cold_leg"),
    "spreading_cold_or_head": ("spreading_up", "cold_leg", "head_injury"),
}
# A screen question's words that ask about more than its members: "hurt your neck or back" is also asked of
# someone hurt in a fall or accident who has severe back pain or neck pain, and "an infection and feel very
# unwell" of someone with a fever or an infection who feels very unwell (each pair is a rule of the same level
# as the group: tests/test_interview.py).  A yes to the group stands for these too; after a no, the interview
# does not chase them (the rules still fire if both are said later, and the fever question asks again).
COVERS = {
    "fallen_or_confused": (("injury", "severe_back_pain"), ("injury", "neck_pain")),
    "spreading_cold_or_infection": (("fever", "very_unwell"), ("recent_infection", "very_unwell")),
}
# finding -> the group questions that ask about it (the widest first)
GROUPS_OF = {member: tuple(group for group, members in GROUPS.items() if member in members)
             for member in dict.fromkeys(member for members in GROUPS.values() for member in members)}
GROUP_OF = {member: groups[0] for member, groups in GROUPS_OF.items()}

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


def answered(question, findings):
    """Is `question` (a finding or a group) answered in `findings`: itself, or every member of its group?"""
    return question in findings or all(member in findings for member in GROUPS.get(question, (None,)))


def group_answer(group, findings):
    """How a person who gave `findings` (member answers) answers `group`'s question: yes if any member (or
    pair it covers) is a yes, "I don't know" if any could be, else no."""
    ways = [(member,) for member in (GROUPS | RETIRED)[group]] + list(COVERS.get(group, ()))
    answers = [[findings.get(finding, False) for finding in way] for way in ways]
    if any(all(answer is True for answer in way) for way in answers):
        return True
    if any(all(answer is not False for answer in way) for way in answers):
        return None
    return False


def expand(findings, action_groups):
    """The answers the rules see: `findings` plus what its group answers and yeses say of the members."""
    expanded = dict(findings)
    for finding, implied in IMPLIES.items():  # unsure of the specific one: unsure of the other too
        if finding in expanded and expanded[finding] is not False and implied not in expanded:
            expanded[implied] = expanded[finding]
    for group, members in (GROUPS | RETIRED).items():
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
