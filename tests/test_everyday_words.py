"""Everyday words for findings that the lexicon learnt from patients' phrasings, and the idioms that only sound like
them."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text, finding", [
    ("there's a fluttering in my chest", "palpitations"),
    ("she has pain in the neck all week", "neck_pain"),
    ("had a funny spell where my words were jumbled but it's gone", "sudden_then_gone"),
    ("I suddenly couldn't see out of one eye, like a curtain came down, and then it cleared after a few minutes.",
     "sudden_then_gone"),
    ("i need a wee but nothing's coming out", "cant_pee"),
    ("Dad says he's busting to go but he just can't get it started", "cant_pee"),
    ("my father and my uncle they have muscle sickness", "family_muscle_disease"),
    ("she pretty much lives on crackers and tea", "poor_diet"),
    ("sometimes weakness is coming sometimes going since few months", "comes_and_goes"),
    ("things go down the wrong way a lot now when i eat", "swallowing"),
    ("Well, I've a touch of sugar, the doctor keeps an eye on it.", "diabetes"),
])
def test_an_everyday_way_of_saying_a_finding_is_heard(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text", ["footy's been a pain in the neck this season", "he's a real pain in the neck",
                                  "Work's been a real pain in the neck this week"])
def test_a_pain_in_the_neck_said_of_someone_or_something_is_an_idiom(text):
    assert understand(text).findings == {}


@pytest.mark.parametrize("text", ["my leg's gone weak since the fall", "me leg just gave out at the servo"])
def test_a_leg_said_in_the_singular_going_weak_is_one_leg(text):
    assert understand(text).findings["one_leg"] is True


def test_a_leg_said_in_the_singular_beside_both_legs_is_not_one_leg():
    assert understand("both legs are weak, my leg just gave way on the stairs").findings.get("one_leg") is not True


@pytest.mark.parametrize("text", [
    "he was out chopping wood all day yesterday",
    "been roofing all week in the heat",
    "my wee's been dark since the marathon",
    "did one of those spin classes and went hard",
])
def test_hard_physical_work_and_sport_as_people_name_them_are_hard_exercise(text):
    assert understand(text).findings["hard_exercise"] is True


@pytest.mark.parametrize("text", ["the hockey game starts at seven", "my son's running the marathon on sunday",
                                  "my legs feel like i ran a marathon"])
def test_a_game_watched_or_a_race_someone_else_runs_is_no_exercise(text):
    assert "hard_exercise" not in understand(text).findings


@pytest.mark.parametrize("text", [
    "her legs are so weak she can't climb the stairs",
    "I can hardly get out of my chair",
    "he's been falling more",
    "he's dragging his left leg",
    "it's getting harder and harder to keep my balance",
    "she can't put any weight on her right leg",
])
def test_trouble_with_stairs_chairs_balance_or_weight_is_trouble_walking(text):
    assert understand(text).findings["cant_walk"] is True


@pytest.mark.parametrize("text, expected", [
    ("I'm getting about fine", False),
    ("I can still get about alright on my own two feet", False),
    ("she's grabbing onto the furniture to get around", True),
    ("he struggles to get about", True),
])
def test_getting_about_is_trouble_walking_only_when_said_to_be_hard(text, expected):
    assert understand(text).findings.get("cant_walk") is expected


def test_a_machine_making_a_heart_attack_sound_is_no_chest_pain():
    assert understand("the dishwasher's making a heart attack sound, what is that").findings == {}


@pytest.mark.parametrize("text", [
    "I hurt my back falling off a ladder yesterday",
    "hurt my neck in a rear-end collision on the freeway",
    "he was in a car prang on the highway this morning and he hurt his neck",
    "got dumped by a wave and wrenched my neck",
])
def test_a_neck_or_back_hurt_in_a_crash_or_a_fall_is_a_spine_injury(text):
    findings = understand(text).findings
    assert findings["spine_injury"] is True and findings["injury"] is True


@pytest.mark.parametrize("text", ["my trousers are falling off me", "my computer crashed"])
def test_clothes_falling_off_or_a_computer_crashing_is_no_injury(text):
    assert "injury" not in understand(text).findings
