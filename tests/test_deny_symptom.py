"""Saying a symptom is absent ("I don't have a fever") answers no, but never undoes an earlier answer."""
from legcheck.rules.groups import SCREEN
from legcheck.skill.entry import lambda_handler
from tests.envelopes import attributes_of, load, speech

SCREEN_CLEAR = dict.fromkeys(SCREEN, False)


def deny(finding, attributes):
    envelope = load("DenySymptomIntent", attributes=attributes, slots={"symptom": finding})
    return lambda_handler(envelope, None)


def test_denying_the_pending_symptom_answers_no_and_moves_on():
    response = deny("fever_or_unwell", {"question": "fever_or_unwell", "findings": SCREEN_CLEAR})
    attributes = attributes_of(response)
    assert attributes["findings"]["fever_or_unwell"] is False
    assert attributes["question"] not in (None, "fever_or_unwell")
    assert "?" in speech(response)


def test_denying_a_symptom_already_said_yes_to_keeps_the_yes():
    findings = SCREEN_CLEAR | {"fever_or_unwell": True, "fever": True}
    response = deny("fever", {"question": "very_unwell", "findings": findings})
    attributes = attributes_of(response)
    assert attributes["findings"]["fever"] is True
    assert attributes["question"] == "very_unwell"


def test_a_denied_emergency_sign_before_it_is_asked_is_a_no():
    response = deny("breathing", {"question": "sudden_onset", "findings": {}})
    attributes = attributes_of(response)
    assert attributes["findings"]["breathing"] is False
    assert attributes["question"] == "sudden_onset"


def test_an_unmatched_denial_re_asks_the_question():
    response = deny(None, {"question": "injury", "findings": SCREEN_CLEAR})
    assert attributes_of(response)["question"] == "injury"
    assert "after a fall, accident" in speech(response)


def test_denying_numbness_between_the_legs_does_not_deny_numbness_of_the_legs():
    from legcheck.skill.resolver import understand

    heard = understand("no numbness in my bottom, only in my feet").findings
    assert heard.get("saddle_numbness") is False and heard.get("numbness_tingling") is True  # "only in my feet"
    assert understand("no numbness anywhere").findings == {"numbness_tingling": False}
