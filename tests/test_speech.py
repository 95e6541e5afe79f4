"""What the skill says about a result: emergency advice a person alone can act on, the advice first otherwise,
up to three causes with reasons and the safety net, under 90 words; "tell me more" and the card say it all."""
import pytest

from legcheck.rules import assess
from legcheck.skill import speech
from legcheck.skill.locales import LOCALES, MODULES, en_findings, strings_for, third_person
from vignettes import VIGNETTES

RESULTS = {v.name: assess(v.findings) for v in VIGNETTES}
US = strings_for("en-US")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("name", sorted(RESULTS))
def test_the_spoken_result_stays_under_90_words_and_gives_the_advice_first(name, locale):
    result, text = RESULTS[name], strings_for(locale)
    said = speech.result(text, result)
    assert speech.words(said) <= speech.MAX_WORDS
    if result.emergency_signs:
        assert f"all {text.number}" in said  # "Call 999 now", or "... or call 999" to get there
    else:
        assert said.startswith(text.advice(result.triage)[0])
        assert said.endswith("This is not a diagnosis.")


def test_ambulance_advice_says_alexa_cannot_call_and_what_to_do_while_waiting():
    said = speech.result(US, assess({"face_or_arm": True}))
    assert "Call 911 now." in said and "I can't make the call" in said
    assert "unlock the door" in said and "don't try to walk" in said
    assert "Note the time it started" in said and "don't eat or drink" in said
    detail = speech.result(US, assess({"face_or_arm": True}), detail=True)
    assert "ask Alexa to call a family member" in detail


def test_emergency_department_advice_says_not_to_drive():
    said = speech.result(strings_for("en-GB"), assess({"dark_urine": True}))
    assert "A&E" in said and "Don't drive yourself" in said and "call 999" in said


@pytest.mark.parametrize("locale, route", [("en-GB", "NHS 111"), ("en-AU", "healthdirect on 1800 022 222"),
                                           ("en-CA", "call 811"), ("en-US", "urgent care"),
                                           ("en-IN", "eSanjeevani")])
def test_advice_within_a_day_names_the_countrys_route_to_care_and_the_safety_net(locale, route):
    text = strings_for(locale)
    said = speech.result(text, assess({"getting_worse": True, "muscle_pain": True}))
    assert route in said
    assert f"call {text.number}" in said and "at once" in said


def test_self_care_says_what_helps_for_the_cause_found():
    said = speech.result(US, assess({"low_sugar_signs": True}))
    assert said.startswith("This sounds like a temporary cause.")
    assert "Have something sugary now" in said and "call 911 at once" in said
    assert "pharmacist" in speech.result(US, assess({"new_medicine": True}))


def test_an_emergency_names_the_causes_its_signs_point_to():
    result = assess({"speech_or_vision": True})
    assert [cause.id for cause in result.causes] == ["stroke"]
    assert "a stroke" in speech.card(US, result, "you")


def test_up_to_three_causes_are_spoken_with_their_reasons():
    result = assess({"diabetes": True, "thyroid": True, "kidney_disease": True, "autoimmune": True})
    said = speech.result(US, result)
    assert len(result.causes) == 4
    assert said.count("It may be ") + said.count("It could also be ") <= 3
    assert said.count("because you said") == said.count("It may be ") + said.count("It could also be ")


def test_more_detail_and_the_card_explain_every_cause():
    result = assess({"numbness_tingling": True, "diabetes": True, "one_leg": False})
    detail = speech.result(US, result, detail=True)
    for cause in result.causes:
        assert US.explain(cause.id) in detail
    assert detail in speech.card(US, result, "you")


def test_an_unsure_answer_is_said_as_unsure():
    said = speech.result(US, assess({"breathing": None}))
    assert said.startswith("You weren't sure whether you have difficulty breathing.")


def test_a_yes_to_a_screen_question_says_what_was_asked_and_acts_at_once():
    said = speech.result(US, assess({"heart_lung_head": True}))
    assert said.startswith("You said you have chest pain, a sudden severe headache, or trouble breathing")
    assert "Call 911 now." in said


def test_speaking_about_someone_else_says_they_and_advises_the_carer():
    said = speech.result(strings_for("en-AU"), assess({"fever": True, "very_unwell": True}), person="they")
    assert said.startswith("You said they have a fever")
    assert "Don't let them drive" in said and "000" in said
    assert US.question("face_or_arm", "they") == "Is their face newly drooping, or is an arm newly weak or numb?"
    assert third_person("Do you have diabetes?") == "Do they have diabetes?"


@pytest.mark.parametrize("finding", sorted(en_findings.FINDINGS))
def test_every_question_is_short_enough_to_hold_in_mind(finding):
    question = en_findings.FINDINGS[finding][0]
    assert question.endswith("?") and speech.words(question) <= 20, question


def test_the_welcome_with_its_disclaimer_is_at_most_25_words():
    for locale in MODULES:
        text = strings_for(locale)
        assert speech.words(f"{text('WELCOME')} {text('DISCLAIMER')}") <= 25
