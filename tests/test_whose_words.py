"""What is not about the person (an animal's sentence, a thing's clause, a figure of speech) records nothing, and
what the person says about themselves in the same sentence still counts; a no said after a bare phrase denies it."""
import pytest

from legcheck.skill.resolver import understand


@pytest.mark.parametrize("text", [
    "our dog is limping again, he hurt his leg on the rocks",
    "the council's bin lorry comes and goes whenever it likes",
    "the price of bread keeps creeping up",
    "those new pension forms have got me confused",
    "the trains round here are getting worse every month",
    "my heart goes out to them",
    "I've been banging my head against a brick wall with this phone company",
    "they say we'll get two feet of snow",
    "my tablet picked up a virus from some email",
    "could you speak a little louder please",
])
def test_what_is_not_about_the_person_records_nothing(text):
    assert understand(text).findings == {}


@pytest.mark.parametrize("text, said", [
    ("her face has dropped on one side and her tea's dribbling out of her mouth", "face_or_arm"),
    ("the telly's broken and I can't feel my feet", "numbness_tingling"),
])
def test_a_things_clause_is_set_aside_but_the_rest_of_the_sentence_counts(text, said):
    assert understand(text).findings[said] is True


@pytest.mark.parametrize("text, denied", [
    ("chest pain no not that I've noticed", "chest_pain"),
    ("fever no never", "fever"),
    ("Pee dark? Not that I can see.", "dark_urine"),
    ("a temperature nope she hasn't had one", "fever"),
])
def test_a_no_with_more_denial_after_a_bare_phrase_denies_it(text, denied):
    heard = understand(text).findings
    assert heard[denied] is False and True not in heard.values()  # "no pee dark" is not "no pee"


def test_both_ankles_swollen_is_not_one_swollen_calf():
    assert understand("both his ankles have been puffy for years", "calf_swelling").answer is False


@pytest.mark.parametrize("text", [
    "my workmate's got a cold so he's off all week",
    "workmate's got a cold so he's off all week",  # as a description after the carrier "my"
    "My colleague is diabetic, he is always checking his sugar.",
    "the neighbour's kid fell off his bike",
    "My friend's mother is in hospital with her hip.",
    "that actor in the film had a heart attack in the last scene",
    "in the serial the mother-in-law fainted again",
    "the stock market took a tumble today",
])
def test_a_workmate_someone_elses_relative_or_a_story_records_nothing(text):
    assert understand(text).findings == {}


@pytest.mark.parametrize("text, said", [
    ("my boss says I look pale and I've lost weight", "weight_loss"),
    ("my neighbour broke his leg skiing", "injury"),  # a neighbour, a friend or a mate may be the person
    ("my mate came off his motorbike and his legs are weak", "injury"),
])
def test_what_the_person_or_someone_they_may_ask_for_says_still_counts(text, said):
    assert understand(text).findings[said] is True


@pytest.mark.parametrize("text", [
    "my buddy's dog tore a ligament chasing a squirrel, he's getting surgery",
    "my cousin's son has fractured his hand in cricket, so they won't come for the function",
])
def test_an_animals_injury_or_a_visit_that_wont_come_says_nothing_of_the_person(text):
    assert understand(text).findings == {}


@pytest.mark.parametrize("text", ["hold on, someone's knocking, probably the neighbour",
                                  "the car needs a new exhaust, cost an arm and a leg"])
def test_a_knock_at_the_door_or_a_cars_exhaust_says_nothing_of_the_person(text):
    assert understand(text).findings == {}


@pytest.mark.parametrize("text", [
    "accident was there, but that was ten years back, scooter accident, after that nothing",
    "I broke my hip as a child",
])
def test_an_injury_long_ago_is_not_an_injury_now(text):
    findings = understand(text).findings
    assert findings.get("injury") is not True and findings.get("injury_severe") is not True
