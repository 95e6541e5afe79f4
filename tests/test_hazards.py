"""The controls of the hazard log (docs/clinical-safety.md): one test per hazard, named after its id."""
import re
from pathlib import Path

import pytest

from legcheck.rules import assess
from legcheck.rules.groups import SCREENS
from legcheck.rules.interview import SCREENED_BY
from legcheck.rules.knowledge import RULES
from legcheck.rules.vocabulary import FINDINGS, URGENCY
from legcheck.skill import speech
from legcheck.skill.locales import LOCALES, strings_for
from vignettes import with_umbrellas

LOG = (Path(__file__).resolve().parents[1] / "docs" / "clinical-safety.md").read_text(encoding="utf-8")
GB, US = strings_for("en-GB"), strings_for("en-US")


def level(**findings):
    return assess(findings).triage


def signs(**findings):
    return [sign.id for sign in assess(findings).emergency_signs]


def test_H01_sudden_confusion_calls_for_an_ambulance():
    assert level(new_confusion=True) == "call_emergency"
    assert "new_confusion" in signs(new_confusion=True)


def test_H02_low_blood_sugar_with_diabetes_and_feeling_very_unwell_gets_first_aid_and_urgent_care():
    result = assess({"diabetes": True, "low_sugar_signs": True, "very_unwell": True})
    assert result.triage == "emergency_department"
    said = speech.result(GB, result)
    assert "something sugary now" in said and "call 999" in said


def test_H03_hurt_in_a_fall_and_cannot_get_up_calls_for_an_ambulance_and_keeps_warm():
    assert level(cant_get_up=True) == "call_emergency"
    assert "Keep warm" in speech.result(GB, assess({"cant_get_up": True}))
    assert level(injury=True, cant_walk=True) == "emergency_department"


def test_H04_severe_back_or_neck_pain_after_an_injury_calls_for_an_ambulance_and_keeps_still():
    for findings in ({"injury": True, "severe_back_pain": True}, {"injury": True, "neck_pain": True},
                     {"spine_injury": True}):
        result = assess(findings)
        assert result.triage == "call_emergency"
        assert "Keep as still as you can" in speech.result(GB, result)


def test_H05_i_dont_know_about_a_cause_finding_never_gives_self_care():
    assert level(poor_sleep=True, diabetes=None) == level(poor_sleep=True, diabetes=True) == "doctor_soon"


@pytest.mark.parametrize("findings", [{"one_leg": True, "cramps_spasms": True},
                                      {"injury": True, "injury_severe": False},
                                      {"new_medicine": True, "muscle_pain": True}],
                         ids=["one_leg_cramps", "fall_with_bruise", "new_medicine_aching"])
def test_H06_one_weak_leg_a_fall_or_a_medicine_with_aching_muscles_is_never_self_care(findings):
    assert URGENCY[level(**findings)] >= URGENCY["doctor_soon"]


def test_H07_back_pain_with_both_legs_weaker_and_worse_goes_to_the_emergency_department():
    assert level(back_pain=True, getting_worse=True, one_leg=False) == "emergency_department"
    assert level(back_pain_down_leg=True, getting_worse=True, one_leg=None) == "emergency_department"


def test_H08_fever_with_severe_back_pain_goes_to_the_emergency_department():
    assert "spinal_infection" in signs(fever=True, severe_back_pain=True)


@pytest.mark.parametrize("finding, expected", [
    ("chest_pain", "call_emergency"), ("sudden_headache", "call_emergency"), ("swallowing", "call_emergency"),
    ("sudden_then_gone", "call_emergency"), ("cold_leg", "emergency_department"),
    ("cant_pee", "emergency_department"), ("saddle_numbness", "emergency_department"),
    ("head_injury", "call_emergency"), ("severe_leg_pain", "doctor_within_24h"),
    ("calf_swelling", "doctor_within_24h"), ("cancer_history", "doctor_within_24h")])
def test_H09_every_red_flag_of_the_guidance_has_a_question_and_its_level(finding, expected):
    assert level(**{finding: True}) == expected
    assert GB.question(finding).endswith("?")


@pytest.mark.parametrize("findings", [{"palpitations": True, "low_potassium_risk": True},
                                      {"palpitations": True, "dehydrated": True},
                                      {"cancer_history": True, "back_pain": True},
                                      {"blood_thinners": True, "injury": True}])
def test_H10_red_flags_that_need_two_answers_go_to_the_emergency_department(findings):
    assert level(**findings) == "emergency_department"


def test_H10_blood_thinners_with_a_knock_to_the_head_name_the_bleeding_risk_and_call_an_ambulance():
    # a knock to the head with weak legs calls for an ambulance on its own (NHS); blood thinners add the reason
    assert level(blood_thinners=True, head_injury=True) == "call_emergency"
    assert "bleeding_risk" in signs(blood_thinners=True, head_injury=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_H11_advice_is_something_a_person_alone_can_act_on(locale):
    text = strings_for(locale)
    call = speech.result(text, assess({"face_or_arm": True}))
    assert "I can't make the call" in call and "unlock the door" in call and "Note the time" in call
    emergency_department = speech.result(text, assess({"dark_urine": True}))
    assert "Don't drive yourself" in emergency_department
    for findings in ({"getting_worse": True}, {"thyroid": True}, {"poor_sleep": True}):
        said = speech.result(text, assess(findings))
        assert f"call {text.number}" in said and "at once" in said  # the safety net
    assert text.local(text.routes[0][0]) in speech.result(text, assess({"getting_worse": True}))


def test_H12_an_emergency_names_the_causes_its_sign_points_to():
    result = assess({"face_or_arm": True})
    assert [cause.id for cause in result.causes] == ["stroke"]
    assert "a stroke" in speech.card(US, result, "you")


@pytest.mark.parametrize("answer", [False, None], ids=["no", "unsure"])
def test_H13_no_rule_that_calls_for_an_ambulance_is_open_when_the_ed_questions_start(answer):
    findings = {}
    while (question := assess(findings).next_question) not in SCREENS["emergency_department"]:
        findings[question] = answer
        if assess(findings).emergency_signs:
            return  # "I don't know" to an ambulance question: the advice came at once
    answers = assess(findings).findings
    open_ = [rule.name for rule in RULES if rule.conclusion.level == "call_emergency" and rule.open_given(answers)]
    # Only rules a screen question's words also asked about ("hurt your neck or back") may stay open, and only
    # after a no to that question.
    assert all(findings.get(SCREENED_BY.get(name)) is False for name in open_), open_


def test_H13_someone_hurt_in_a_fall_with_severe_back_or_neck_pain_gets_an_ambulance_within_the_screen():
    for pain in ("severe_back_pain", "neck_pain"):
        person = with_umbrellas({**dict.fromkeys(FINDINGS, False), "injury": True, pain: True})
        findings = {}
        while (question := assess(findings).next_question) in SCREENS["call_emergency"]:
            findings[question] = person[question]
        assert assess(findings).triage == "call_emergency", pain


def test_H14_i_dont_know_to_a_screen_question_gives_its_advice_at_once():
    for question in SCREENS["call_emergency"]:
        assert level(**{question: None}) == "call_emergency"
    for question in SCREENS["emergency_department"]:
        assert URGENCY[level(**{question: None})] >= URGENCY["emergency_department"]


def test_every_hazard_of_the_log_has_its_test_and_every_test_its_row():
    logged = set(re.findall(r"^\| (H\d\d) \|", LOG, re.MULTILINE))
    tested = {name.split("_")[1] for name in globals() if re.match(r"test_H\d\d_", name)}
    assert logged == tested


@pytest.mark.parametrize("locale", LOCALES)
def test_H15_an_emergency_department_sign_said_at_the_first_question_still_names_the_ambulance_signs(locale):
    from legcheck.envelope import Conversation
    from legcheck.nlu import SlotFill, Understanding
    from legcheck.skill.entry import lambda_handler

    conversation = Conversation(locale)
    conversation.receive(lambda_handler(conversation.launch(), None))
    said = SlotFill("symptom", "SymptomType", "my pee is dark like cola", id="dark_urine")
    response = lambda_handler(conversation.intent(Understanding("SymptomIntent", 1.0, {"symptom": said})), None)
    spoken = response["response"]["outputSpeech"]["ssml"]
    assert "emergency" in spoken or "A&amp;E" in spoken, spoken
    # "... or call 911." then the safety net: "... or chest pain, call 911 at once."
    assert "chest pain" in spoken and "at once" in spoken and spoken.count('interpret-as="digits"') >= 2, spoken
    screened = {question: False for question in SCREENS["call_emergency"]}
    after_the_screen = speech.emergency(strings_for(locale), assess({**screened, "dark_urine": True}))
    assert "chest pain" not in after_the_screen  # asked already: the spoken advice stays short


def test_H16_a_knock_to_the_head_with_weak_legs_calls_an_ambulance_from_the_ambulance_screen():
    assert level(head_injury=True) == "call_emergency"
    person = with_umbrellas({**dict.fromkeys(FINDINGS, False), "injury": True, "head_injury": True})
    findings = {}
    while (question := assess(findings).next_question) in SCREENS["call_emergency"]:
        findings[question] = person[question]
    assert assess(findings).triage == "call_emergency"


@pytest.mark.parametrize("infection", ["fever", "recent_infection"])
def test_H17_an_infection_with_feeling_very_unwell_gets_emergency_advice_within_the_screen(infection):
    person = with_umbrellas({**dict.fromkeys(FINDINGS, False), infection: True, "very_unwell": True})
    findings = {}
    while (question := assess(findings).next_question) in SCREENS["call_emergency"] + SCREENS["emergency_department"]:
        findings[question] = person[question]
    # three ambulance questions, the open question (the skill's), then at most two emergency-department ones
    assert len(findings) <= 5 and assess(findings).triage == "emergency_department", findings


def test_H18_a_no_said_after_a_yes_does_not_undo_it():
    from legcheck.skill.resolver import understand

    assert understand("he can't put any weight on it, no", "cant_get_up").answer is True
    assert understand("no, well, I might have hit my head, I can't remember", "fallen_or_confused").answer is None


def test_H19_someone_elses_illness_long_ago_does_not_hide_the_persons_own_signs():
    from legcheck.skill.resolver import understand

    heard = understand("Mom's not making sense today, she's asking for her sister who passed years ago, and she "
                       "can't walk straight").findings
    assert heard.get("new_confusion") is True and heard.get("cant_walk") is True
    assert understand("my legs feel weak", "stroke_signs_now").answer is not True  # not read as an arm


def test_H20_someone_elses_illness_counts_unless_the_person_denies_it_of_themselves():
    from legcheck.skill.resolver import understand

    assert understand("Dad's on apixaban and he can't get up off the floor").findings["blood_thinners"] is True
    assert understand("my husband has chest pain but I don't").findings["chest_pain"] is True
    heard = understand("My wife's on warfarin but I'm not on any blood thinners myself").findings
    assert heard["blood_thinners"] is False


def test_H21_a_body_part_alone_never_turns_a_denial_or_a_hedge_into_a_yes():
    from legcheck.skill.resolver import understand

    assert understand("no, all normal down there", "pee_bowels_or_numb").answer is False
    assert understand("she keeps rubbing her chest but she won't say, I honestly don't know",
                      "heart_lung_head").answer is None
    assert not understand("my legs", "leg_or_back_pain").findings


def test_H22_a_doubt_said_after_a_yes_makes_it_unsure_but_a_doubt_about_a_detail_does_not():
    from legcheck.skill.resolver import understand

    assert understand("my arm feels a bit odd, I don't know if it's weak", "face_or_arm").answer is None
    assert understand("yes, it came on fast, not sure when exactly", "sudden_onset").answer is True
    assert understand("I've got chest pain, I don't know about the breathing", "heart_lung_head").answer is True


def test_H23_a_things_clause_does_not_hide_a_stroke_sign_said_in_the_same_sentence():
    from legcheck.skill.resolver import understand

    assert understand("his face has gone droopy and his dinner's going cold").findings["face_or_arm"] is True
    assert understand("my dog is limping, he hurt his leg").findings == {}


def test_H24_a_reply_that_only_answers_its_own_question_is_read_only_as_a_reply_to_it():
    from legcheck.skill.resolver import NOTHING, understand

    assert understand("getting better", "getting_worse").answer is False
    assert understand("getting better", "injury").answer is NOTHING
    assert understand("getting better").findings == {}
    assert understand("it's there all the time", "comes_and_goes").answer is False
    assert understand("it's there all the time", "sudden_then_gone").answer is NOTHING


def test_H25_a_workmates_emergency_is_still_heard_though_their_everyday_illness_is_not():
    from legcheck.skill.resolver import understand

    assert understand("my colleague has collapsed and his face is drooping").findings["face_or_arm"] is True
    assert understand("my workmate's got a cold so he's off all week").findings == {}


def test_H26_denying_some_signs_of_a_screen_question_is_not_a_no_to_the_others():
    from legcheck.skill.resolver import NOTHING, understand

    assert understand("no face drooping, no slurring", "stroke_signs_now").answer is NOTHING
    assert understand("no diabetes and my kidneys are fine", "long_term_condition").answer is False


def test_H27_a_clear_head_said_of_how_the_person_usually_is_never_denies_new_confusion():
    from legcheck.skill.resolver import understand

    assert understand("Mum's suddenly all confused, and she's usually sharp as a tack").findings[
        "new_confusion"] is True
    assert understand("dad's talking rubbish today, he's normally all there").findings["new_confusion"] is True
    assert understand("no, she's as sharp as ever", "new_confusion").findings["new_confusion"] is False
    assert understand("she's talking fine, she just can't get her legs going").findings["speech_or_vision"] is False


def test_H28_a_simile_about_a_thing_is_still_heard_as_the_persons_symptom():
    from legcheck.skill.resolver import understand

    assert understand("it feels like a car's parked on my chest").findings["chest_pain"] is True
    assert understand("feels like a truck's parked on it", "chest_pain").answer is True
    assert understand("the car broke down again").findings == {}


def test_H29_a_self_correction_is_not_a_negation():
    from legcheck.skill.resolver import understand

    heard = understand("Her speech is fine, oh, no, actually it's a bit slurred, listen to her.")
    assert heard.findings["speech_or_vision"] is True
    assert understand("no slurring, no drooping").findings["speech_or_vision"] is False


def test_H30_a_denial_said_in_a_second_languages_grammar_is_not_a_no_to_an_emergency_sign():
    from legcheck.skill.resolver import understand

    assert understand("my grandmother is not talking clearly since afternoon words are coming out wrong").findings[
        "speech_or_vision"] is True
    assert understand("i have no air it is hard to take breath").findings["breathing"] is True
    assert understand("she's talking clearly").findings["speech_or_vision"] is False


def test_H31_a_relative_long_gone_named_in_the_persons_story_does_not_set_the_story_aside():
    from legcheck.skill.resolver import understand

    text = "grandma's been really confused since this afternoon she's asking for my grandpa who passed years ago"
    assert understand(text).findings["new_confusion"] is True
    assert understand("my grandpa was always confused years ago").findings == {}


def test_H32_a_no_said_first_is_never_a_yes():
    from legcheck.skill.resolver import understand

    assert understand("no my neck's good, just a bit stiff", "neck_pain").answer is None
    assert understand("sudden? no, it's been slow", "sudden_onset").answer is False
    assert understand("no wait, actually yes, my words are jumbled", "speech_or_vision").answer is True


def test_H33_a_word_is_put_right_only_where_it_could_not_be_right():
    from legcheck.skill.resolver import understand

    assert "sudden_onset" not in understand("he's been crook with the flu all week").findings
    assert understand("my legs are week since this morning").findings["sudden_onset"] is True


def test_H34_a_denied_pain_denies_only_its_severe_form_never_an_emergency_sign_that_comes_without_it():
    from legcheck.skill.resolver import understand

    assert understand("no pain in my back").findings["severe_back_pain"] is False
    assert "cant_get_up" not in understand("no, she hasn't had a fall").findings
    assert "saddle_numbness" not in understand("no numbness in my legs").findings
    assert "back_pain" not in understand("no severe back pain").findings


def test_H35_an_injury_long_past_is_set_aside_but_never_one_said_to_be_recent():
    from legcheck.skill.resolver import understand

    assert understand("accident was there, but that was ten years back").findings.get("injury") is not True
    assert understand("I fell yesterday, I also fell last year").findings["injury"] is True
    assert understand("I broke my hip this morning, I had a fracture years ago too").findings["injury_severe"] is True
