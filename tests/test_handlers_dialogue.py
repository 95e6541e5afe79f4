"""What each handler says and how it changes the session attributes."""

import pytest

from legcheck.rules.vocabulary import CAUSES, FINDINGS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.locales import en, strings_for
from legcheck.skill.outcome import outcome
from tests.envelopes import attributes_of, load, reprompt, speech

SCIATICA = {**dict.fromkeys(FINDINGS, False), "back_pain_down_leg": True}
BEFORE_RESULT = {"question": "one_leg", "findings": {k: v for k, v in SCIATICA.items() if k != "one_leg"}}
PENDING = {"question": "one_leg", "findings": {"sudden_onset": False, "speech_or_vision": False}}


pytestmark = pytest.mark.usefixtures("no_skill_id")


def send(name, attributes=None, locale="en-US", slots=None):
    return lambda_handler(load(name, locale, attributes=attributes, slots=slots), None)


def result_state():
    """The attributes right after the sciatica result."""
    return attributes_of(send("AMAZON.YesIntent", BEFORE_RESULT))


@pytest.mark.parametrize("intent, value", [("AMAZON.YesIntent", True), ("AMAZON.NoIntent", False),
                                           ("DontKnowIntent", None)])
def test_answers_set_the_pending_finding_and_ask_a_new_question(intent, value):
    response = send(intent, PENDING)
    attributes = attributes_of(response)
    assert attributes["findings"]["one_leg"] is value
    assert attributes["question"] not in (None, "one_leg") or outcome(attributes) is not None
    assert reprompt(response)


def test_volunteered_symptoms_become_yes_and_unmatched_values_are_ignored():
    response = send("SymptomIntent", PENDING, slots={"symptom": "numbness_tingling", "symptomTwo": None})
    findings = attributes_of(response)["findings"]
    assert findings["numbness_tingling"] is True
    assert set(findings) == {"sudden_onset", "speech_or_vision", "numbness_tingling"}


def test_a_symptom_said_of_one_member_of_the_group_asked_about_answers_the_group_yes():
    pending = {"question": "other_risks", "findings": {**SCIATICA, "low_potassium_risk": None}}
    del pending["findings"]["blood_thinners"]
    response = send("SymptomIntent", pending, slots={"symptom": "blood_thinners", "symptomTwo": None})
    attributes = attributes_of(response)
    assert attributes["findings"]["other_risks"] is True and attributes["findings"]["blood_thinners"] is True
    assert attributes["question"] != "other_risks"  # not asked again right after "I'm on warfarin"
    assert "Got it: blood thinners" in speech(response)


def test_a_wider_finding_denied_answers_the_narrower_question_no():
    pending = {"question": "severe_back_pain", "findings": {"sudden_onset": False, "speech_or_vision": False}}
    response = send("DenySymptomIntent", pending, slots={"symptom": "back_pain"})
    findings = attributes_of(response)["findings"]
    assert findings["severe_back_pain"] is False and findings["back_pain"] is False


def test_an_unrecognised_symptom_re_asks_the_pending_question_without_changing_anything():
    response = send("SymptomIntent", PENDING, slots={"symptom": None, "symptomTwo": "not_a_finding"})
    assert attributes_of(response)["findings"] == PENDING["findings"]
    assert "catch a symptom" in speech(response) and "Is it only one leg?" in speech(response)


@pytest.mark.parametrize("locale, number", [("en-US", "911"), ("en-GB", "999"), ("en-AU", "000"),
                                            ("en-IN", "112"), ("en-CA", "911")])
def test_an_emergency_sign_gets_emergency_advice_at_once_and_no_question(locale, number):
    slots = {"symptom": "sudden_onset", "symptomTwo": "speech_or_vision"}
    response = send("SymptomIntent", PENDING, locale=locale, slots=slots)
    attributes = attributes_of(response)
    assert outcome(attributes)[0] == "call_emergency" and attributes["question"] is None
    assert f"Call <say-as interpret-as=\"digits\">{number}</say-as>" in speech(response)
    assert "stroke" in speech(response)
    assert not speech(response).endswith("?</speak>") and number in reprompt(response)
    for intent in ("AMAZON.YesIntent", "AMAZON.FallbackIntent", "AMAZON.RepeatIntent", "WhyIntent"):
        again = send(intent, attributes, locale=locale)
        assert "stroke" in speech(again) and attributes_of(again)["question"] is None, intent


def test_the_result_has_advice_causes_a_card_and_an_offer():
    response = send("AMAZON.YesIntent", BEFORE_RESULT)
    attributes = attributes_of(response)
    assert outcome(attributes) == ("doctor_soon", ["sciatica"])
    assert "sciatica" in speech(response)
    assert speech(response).endswith("Ask me what any of these means, or say start over.</speak>")
    card = response["response"]["card"]
    assert card["type"] == "Simple" and card["title"] == "Leg Check"
    assert "sciatica, because you said only one leg is weak and pain shoots" in card["content"]
    assert "in the next few days" in card["content"] and "I'm not a doctor" in card["content"]


def test_after_the_result_no_ends_politely_and_yes_asks_which_cause():
    state = result_state()
    assert send("AMAZON.NoIntent", state)["response"]["shouldEndSession"] is True
    yes = send("AMAZON.YesIntent", state)
    assert "what is sciatica" in speech(yes) and reprompt(yes)


def test_why_explains_the_pending_question_then_the_reasons_after_the_result():
    during = speech(send("WhyIntent", PENDING))
    assert "one leg" in during and during.endswith("Is it only one leg?</speak>")
    after = speech(send("WhyIntent", result_state()))
    assert "I mentioned sciatica because you said only one leg is weak and pain shoots from your lower back" in after


@pytest.mark.parametrize("cause", sorted(CAUSES))
def test_every_cause_can_be_explained(cause):
    assert strings_for("en-US").explain(cause) in speech(send("ExplainCauseIntent", PENDING, slots={"cause": cause}))


def test_every_finding_has_a_why_line():
    assert set(FINDINGS) <= set(en.WHY)


def test_a_session_opened_by_an_intent_starts_with_the_disclaimer():
    envelope = load("SymptomIntent", slots={"symptom": "fever", "symptomTwo": None})
    envelope["session"]["new"] = True
    said = speech(lambda_handler(envelope, None))
    assert said.startswith("<speak>I'm not a doctor: in an emergency, call")


def test_explain_cause_uses_the_seed_explanation_and_re_asks():
    response = send("ExplainCauseIntent", PENDING, slots={"cause": "sciatica"})
    assert strings_for("en-US").explain("sciatica") in speech(response)
    assert speech(response).endswith("one leg?</speak>")
    unknown = send("ExplainCauseIntent", PENDING, slots={"cause": None})
    assert "I can explain causes like sciatica" in speech(unknown) and "one leg?" in speech(unknown)


def test_more_detail_gives_every_cause_with_its_explanation_only_after_the_result():
    assert strings_for("en-US").explain("sciatica") in speech(send("MoreDetailIntent", result_state()))
    early = speech(send("MoreDetailIntent", PENDING))
    assert "once I've finished my questions" in early and early.endswith("one leg?</speak>")


def test_help_explains_how_to_answer_then_re_asks():
    said = speech(send("AMAZON.HelpIntent", PENDING))
    assert "yes, no, or I don't know" in said and said.endswith("Is it only one leg?</speak>")


def test_someone_else_switches_questions_to_they():
    response = send("SomeoneElseIntent", {"question": "speech_or_vision", "findings": {}})
    assert attributes_of(response)["person"] == "they"
    assert "Do they have new trouble speaking, or a new change in their sight?" in speech(response)


def test_speaking_rate_steps_and_clamps():
    state, rates = dict(PENDING), []
    for _ in range(4):
        state = attributes_of(send("SpeakSlowerIntent", state))
        rates.append(state["rate"])
    assert rates == [90, 80, 80, 80]
    response = send("SpeakFasterIntent", state)
    assert '<prosody rate="90%">' in speech(response)
    for _ in range(5):
        state = attributes_of(send("SpeakFasterIntent", state))
    assert state["rate"] == 120


def test_start_over_forgets_answers_but_keeps_person_and_rate():
    state = {**result_state(), "person": "they", "rate": 90}
    attributes = attributes_of(send("AMAZON.StartOverIntent", state))
    assert attributes["findings"] == {} and outcome(attributes) is None
    assert attributes["person"] == "they" and attributes["rate"] == 90 and attributes["question"]


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"])
@pytest.mark.parametrize("locale, words", [("en-US", ("doctor", "911")), ("en-GB", ("GP", "999"))])
def test_stop_cancel_and_home_end_politely_in_the_locales_words(intent, locale, words):
    response = send(intent, PENDING, locale=locale)
    assert response["response"]["shouldEndSession"] is True
    assert all(word in speech(response) for word in words)
