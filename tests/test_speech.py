"""What the skill says: advice first, up to three causes with reasons, the disclaimer, under 90 words."""
import pytest

from legcheck.rules import assess
from legcheck.rules.speech import MAX_WORDS, question, third_person
from legcheck.rules.vocabulary import CAUSES
from vignettes import VIGNETTES

RESULTS = {v.name: assess(v.findings) for v in VIGNETTES}


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_result_speech_is_short_and_gives_the_advice_first(name):
    result = RESULTS[name]
    words = result.speech.split()
    assert len(words) <= MAX_WORDS
    if result.emergency_signs:
        assert "call 911" in result.speech.lower()
    else:
        assert result.speech.startswith(("Please", "This sounds", "Get medical care"))
        assert result.speech.endswith("This is not a diagnosis.")


def spoken_causes(speech):
    return speech.count("It may be ") + speech.count("It could also be ")


def test_up_to_three_causes_are_spoken_with_their_reasons():
    result = assess({"diabetes": True, "thyroid": True, "kidney_disease": True, "autoimmune": True})
    assert len(result.causes) == 4 and spoken_causes(result.speech) == 3
    assert result.speech.count("because you said") == 3
    assert result.speech.index("It may be " + CAUSES[result.causes[0]["id"]][1]) > 0


def test_fewer_causes_are_spoken_when_three_would_take_more_than_90_words():
    result = assess({"numbness_tingling": True, "diabetes": True, "back_pain_down_leg": True,
                     "one_leg": False, "poor_diet": True, "toxin_exposure": True})
    assert len(result.causes) > 3 and spoken_causes(result.speech) == 2
    assert len(result.speech.split()) <= MAX_WORDS


def test_more_detail_explains_every_cause_from_the_seed():
    findings = {"numbness_tingling": True, "diabetes": True, "one_leg": False}
    detail = assess(findings, detail=True).speech
    assert "Peripheral neuropathy is damage to nerves" in detail
    assert CAUSES["diabetes"][2] in detail


def test_an_unsure_answer_is_said_as_unsure():
    speech = assess({"breathing": None}).speech
    assert speech.startswith("You weren't sure whether you have difficulty breathing.")


def test_speaking_about_someone_else_says_they():
    speech = assess({"fever": True, "very_unwell": True}, locale="en-AU", person="they").speech
    assert "they have a fever" in speech and "you" not in speech.lower().split()
    assert "000" in speech
    assert question("face_or_arm", "they") == "Is their face drooping, or is an arm weak or numb?"
    assert third_person("Do you have diabetes?") == "Do they have diabetes?"
