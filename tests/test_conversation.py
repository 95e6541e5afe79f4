"""Whole interviews through `lambda_handler`: each vignette answered question by question by voice intents.

Run with `-s` to see how many questions each interview took (printed by the summary test).
"""

import statistics

import pytest

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.outcome import outcome
from tests.envelopes import Session, speech
from vignettes import VIGNETTES, findings_of

ANSWER_INTENTS = {True: "AMAZON.YesIntent", False: "AMAZON.NoIntent", None: "DontKnowIntent"}
EMERGENCY_LEVELS = ("call_emergency", "emergency_department")
LIMIT = len(FINDINGS) + 1


pytestmark = pytest.mark.usefixtures("no_skill_id")


def interview(answers, locale="en-US", interruptions=None, story=""):
    """Launch, then answer each pending question from the vignette ("no" when it does not say), and the
    open question with the vignette's `story` ("I don't know" when it has none).

    `interruptions` maps a question number to intents sent before answering it. Returns the session and
    the number of questions answered before the result or emergency advice.
    """
    findings = findings_of(answers)
    session = Session(lambda_handler, locale)
    session.send("LaunchRequest")
    asked = 0
    while outcome(session.attributes) is None:
        assert asked < LIMIT, "the interview does not end"
        for intent in (interruptions or {}).get(asked, ()):
            before = session.attributes["question"]
            session.send(intent)
            if intent != "AMAZON.StartOverIntent":
                assert session.attributes["question"] == before, intent
        question = session.attributes["question"]
        if question == "description":
            session.describe(story) if story else session.send(ANSWER_INTENTS[None])
        else:
            assert question in FINDINGS
            session.send(ANSWER_INTENTS[findings[question]])
        asked += 1
    return session, asked


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.name for v in VIGNETTES])
def test_each_vignette_reaches_its_triage_by_voice(vignette):
    session, _ = interview(vignette.answers, story=vignette.story)
    triage, causes = outcome(session.attributes)
    assert vignette.accepts(triage)
    assert session.attributes["question"] is None
    # The interview may stop before every cause is found (the engine asks what changes the outcome),
    # but a cause it names must be one the vignette supports.  (A yes to a screen question names the causes
    # of all its signs, "one of these": those are checked in tests/test_speech.py.)
    if vignette.causes is not None and triage not in EMERGENCY_LEVELS:
        assert set(causes) <= set(vignette.causes)


def test_interview_lengths_summary():
    """Questions answered before the result (or the emergency advice), per vignette."""
    lengths, emergency = {}, {}
    for vignette in VIGNETTES:
        _, asked = interview(vignette.answers, story=vignette.story)
        (emergency if vignette.triage in EMERGENCY_LEVELS else lengths)[vignette.name] = asked
    every = list(lengths.values()) + list(emergency.values())
    print(f"\nquestions before the result: median {statistics.median(lengths.values())}, "
          f"max {max(lengths.values())} ({max(lengths, key=lengths.get)}); "
          f"before emergency advice: median {statistics.median(emergency.values())}, "
          f"max {max(emergency.values())} ({max(emergency, key=emergency.get)}); all: {sorted(every)}")
    assert max(every) < LIMIT


@pytest.mark.parametrize("interruptions", [
    {1: ["AMAZON.RepeatIntent"], 3: ["AMAZON.FallbackIntent", "AMAZON.HelpIntent"]},
    {0: ["SpeakSlowerIntent"], 2: ["WhyIntent", "SomeoneElseIntent"], 4: ["MoreDetailIntent"]},
    {2: ["AMAZON.StartOverIntent"]},
], ids=["repeat_fallback_help", "slower_why_someone_else_detail", "start_over"])
def test_interruptions_mid_interview_keep_the_state_and_the_outcome(interruptions):
    plain, _ = interview("+back_pain_down_leg +one_leg")
    interrupted, _ = interview("+back_pain_down_leg +one_leg", interruptions=interruptions)
    assert interrupted.attributes["findings"] == plain.attributes["findings"]
    assert outcome(interrupted.attributes) == outcome(plain.attributes)
    if 0 in interruptions:
        assert interrupted.attributes["rate"] == 90 and interrupted.attributes["person"] == "they"
        said = speech(interrupted.response)
        assert "prosody" in said and "pain shoots from their lower back" in said


def test_start_over_after_a_result_runs_a_new_interview_for_the_same_person():
    session, _ = interview("+sudden_onset +speech_or_vision")
    session.send("SomeoneElseIntent")
    session.send("AMAZON.StartOverIntent")
    assert session.attributes["findings"] == {} and outcome(session.attributes) is None
    assert session.attributes["person"] == "they" and session.attributes["question"] in FINDINGS


def test_repeat_after_the_result_says_it_again():
    session, _ = interview("+hard_exercise +muscle_pain")
    result = speech(session.response)
    session.send("AMAZON.RepeatIntent")
    assert speech(session.response) == result
