"""Denials and past troubles as people say them, and what a carrier phrase leaves of them ("no {neck's fine}")."""
import pytest

from legcheck.skill.resolver import understand


def denied_of(text, findings):
    """Which of `findings` the resolver reads `text` to deny."""
    heard = understand(text).findings
    return {finding for finding in findings if heard.get(finding) is False}


@pytest.mark.parametrize("text, finding", [
    ("no neck's fine.", "neck_pain"),  # what NoButIntent hands over after its "no"
    ("no can pee fine", "cant_pee"),
    ("she's talking fine, she just can't get her legs going", "speech_or_vision"),
    ("Nope, I haven't peed myself or anything.", "bladder_bowel"),
    ("well he used to get cramps years ago but not now", "cramps_spasms"),
    ("Cramps were there two years back, now not there.", "cramps_spasms"),
    ("she had a bad back years ago but it's not bothering her now", "back_pain"),
    ("cancer no but weight is reducing without any reason", "cancer_history"),
    ("cancer no touch wood", "cancer_history"),  # a device hands it over without the pause
])
def test_a_plain_denial_or_a_trouble_long_past_is_a_no(text, finding):
    assert understand(text).findings[finding] is False


@pytest.mark.parametrize("text", ["Nope, I haven't peed myself or anything.", "no, I'm not sleeping badly"])
def test_a_denial_never_records_the_trouble_it_denies(text):
    assert True not in understand(text).findings.values()


@pytest.mark.parametrize("text, finding", [
    ("only the right leg the left one's fine", "one_leg"),
    ("it's not in both legs just the one", "one_leg"),
    ("not sleeping up half the night absolutely knackered", "poor_sleep"),  # "I'm" left in the carrier
    ("i had an accident i couldn't make it to the washroom", "bladder_bowel"),
])
def test_what_sounds_like_a_denial_but_says_the_trouble_is_a_yes(text, finding):
    assert understand(text).findings[finding] is True


def test_the_cat_knocking_a_lamp_over_is_no_injury():
    assert understand("the cat knocked the lamp over again").findings == {}


@pytest.mark.parametrize("text", ["would have to ask him, he doesn't tell me that sort of thing.",
                                  "I'd have to ask her, she's not said anything."])
def test_having_to_ask_the_person_is_i_dont_know(text):
    assert understand(text, "pee_bowels_or_numb").answer is None


@pytest.mark.parametrize("text, finding", [
    ("temperature's been up and down since tuesday", "fever"),  # "my" left in the carrier phrase
    ("sugar since ten years", "diabetes"),
])
def test_what_a_carrier_phrase_leaves_of_a_trouble_is_still_heard(text, finding):
    assert understand(text).findings[finding] is True


def test_nobody_having_said_is_i_dont_know_not_a_yes():
    assert understand("maybe about my circulation nobody's said", "circulation_risk").answer is None


@pytest.mark.parametrize("text, question", [
    ("both legs yeah", "one_leg"),  # as a device hands it over: the yes is to "both legs"
    ("she used to get cramps years ago but not lately no", "aches_cramps_or_walking"),
])
def test_a_yes_or_no_said_last_after_a_denial_is_a_no(text, question):
    assert understand(text, question).answer is False


@pytest.mark.parametrize("text, question", [
    ("not really i'm getting around all right", "cant_walk"), ("heck no gained if anything", "weight_loss"),
    ("food goes down fine", "swallowing"), ("I'd wager not", "pee_bowels_or_numb"),
])
def test_a_no_said_without_a_pause_before_what_follows_is_a_no(text, question):
    assert understand(text, question).answer is False


def test_not_sleeping_in_a_list_denies_nothing_after_it():
    heard = understand("He's been really tired, not sleeping, lost his appetite, lost a bit of weight")
    assert heard.findings["weight_loss"] is True and heard.findings["poor_sleep"] is True


@pytest.mark.parametrize("text, question", [
    ("no my neck's good, just a bit stiff in the mornings like always", "neck_pain"),
    ("nah, only a twinge now and then", "back_pain"),
    ("nah she landed on her bum not her head thank god", "head_injury"),
])
def test_a_no_said_first_then_words_that_sound_like_a_yes_is_unsure_never_a_yes(text, question):
    assert understand(text, question).answer is None


@pytest.mark.parametrize("text, question", [
    ("no wait actually yes, my words are coming out jumbled", "speech_or_vision"),
    ("No cancer. But she's lost weight, quite a bit, and she's not trying to.", "cancer_weight_or_autoimmune"),
])
def test_a_no_taken_back_or_said_of_one_member_of_a_group_leaves_the_yes(text, question):
    assert understand(text, question).answer is True


@pytest.mark.parametrize("text, question, denied", [
    ("sudden? no it's been slow since two months", "stroke_signs_now", "sudden_onset"),
    ("cold leg? no it's warm", "spreading_cold_or_infection", "cold_leg"),
    ("numb down there? not that i know", "saddle_numbness", "saddle_numbness"),
    ("calf? no swelling", "calf_swelling", "calf_swelling"),
    ("injury? no it just came", "injury", "injury"),
])
def test_the_question_said_back_then_a_no_denies_what_was_said_back(text, question, denied):
    heard = understand(text, question)
    assert heard.findings[denied] is False and heard.answer is not True


def test_the_question_said_back_then_a_yes_is_a_yes():
    assert understand("chest pain? yes", "chest_pain").answer is True


@pytest.mark.parametrize("text, question, denied", [
    ("sudden no it's been slow since two months", "sudden_onset", "sudden_onset"),  # as a device hands it over
    ("drinking plenty no", "dehydrated", "dehydrated"),  # "I {drinking plenty no}": a denial, said then a no
    ("sleeping like a log no", "poor_sleep", "poor_sleep"),
])
def test_words_said_back_or_a_denial_then_a_no_without_punctuation_is_a_no(text, question, denied):
    heard = understand(text, question)
    assert heard.answer is False and heard.findings.get(denied) is not True


def test_what_someone_long_gone_had_is_theirs_though_said_before_god_rest_him():
    assert understand("had diabetes, god rest him, but not me, no.", "long_term_condition").answer is False


@pytest.mark.parametrize("text, finding", [
    ("I'd have noticed if my wee was dark, and it's been as pale as anything.", "dark_urine"),
    ("A fall hasn't happened; she was sitting in her chair when it started.", "injury"),
    ("Losing weight is the last thing I'm doing; I've actually put on ten pounds.", "weight_loss"),
    ("Any thyroid problems? Not that I'm aware of.", "thyroid"),
    ("Cancer? Thankfully not, nobody's ever found anything.", "cancer_history"),
    ("I haven't passed out or felt faint, but my pee has gone the color of tea.", "very_unwell"),
    ("it was a minor fall", "injury_severe"),
])
def test_a_denial_said_the_long_way_round_is_a_no(text, finding):
    assert understand(text).findings[finding] is False


@pytest.mark.parametrize("text, denied", [
    ("he hasn't fallen, and he hasn't banged his head", {"injury", "head_injury"}),
    ("no fall, and no knocks to the head either", {"injury", "head_injury"}),
    ("she did not fall down and she did not hurt her back", {"injury", "spine_injury"}),
])
def test_a_wider_trouble_denied_in_a_clause_of_its_own_stays_denied_beside_a_narrower_one(text, denied):
    assert denied_of(text, denied) == denied


@pytest.mark.parametrize("text, finding", [
    ("no severe back pain", "back_pain"),
    ("i didn't hit my head, i landed on my hip when i fell", "injury"),
])
def test_denying_only_the_narrower_trouble_says_nothing_against_the_wider_one(text, finding):
    assert understand(text).findings.get(finding) is not False


@pytest.mark.parametrize("text, denied", [
    ("no pain in my back", {"back_pain", "severe_back_pain"}),
    ("my legs don't hurt, they're just weak", {"muscle_pain", "severe_leg_pain"}),
])
def test_denying_a_pain_denies_it_being_severe(text, denied):
    assert denied_of(text, denied) == denied


@pytest.mark.parametrize("text, finding", [
    ("no fall, but he can't get up off the floor", "cant_get_up"),
    ("no numbness in my legs", "saddle_numbness"),
])
def test_denying_a_fall_or_numb_legs_leaves_what_can_come_without_them_to_be_asked(text, finding):
    assert understand(text).findings.get(finding) is not False


@pytest.mark.parametrize("text, finding", [
    ("he can stand up okay, he can put weight on the leg", "cant_get_up"),
    ("she gets up fine, she's just slow", "cant_get_up"),
    ("nah mate, no dramas with the waterworks", "bladder_bowel"),
    ("motions and urine both in control, no problem", "bladder_bowel"),
    ("i've got control of me bladder and bowels", "bladder_bowel"),
])
def test_saying_what_still_works_denies_the_trouble(text, finding):
    assert understand(text).findings[finding] is False


def test_wondering_whether_someone_on_the_floor_can_get_up_denies_nothing():
    heard = understand("she's on the floor and i'm not sure if she can get up", "cant_get_up")
    assert heard.answer is not False and heard.findings.get("cant_get_up") is not False


@pytest.mark.parametrize("text", [
    "he didn't hit his head, he landed right on his backside",
    "nah she hasn't hit her head she fell on her side",
    "he didn't hurt his back or neck when he fell, he just scraped his knee",
    "my mom didn't hurt her neck or back in the fall, thankfully",
])
def test_a_fall_told_beside_what_it_did_not_hurt_is_still_a_fall(text):
    assert understand(text).findings["injury"] is True


def test_slipping_on_the_ice_says_nothing_of_a_cold_leg():
    assert "cold_leg" not in understand("mum slipped on the ice and landed on her hip").findings


@pytest.mark.parametrize("text, denied", [
    ("I'm not in any pain at all, just weak.", {"muscle_pain", "back_pain"}),
    ("legs are weak and wobbly but there's no pain anywhere", {"muscle_pain", "back_pain"}),
    ("they're not sore, just weak", {"muscle_pain"}),
    ("it's not really painful, my legs are just weak", {"muscle_pain", "severe_leg_pain"}),
])
def test_pain_denied_without_a_place_is_no_aching_legs_and_denied_everywhere_no_back_pain(text, denied):
    assert denied_of(text, denied) == denied


@pytest.mark.parametrize("text", [
    "no i didn't hurt my back in a fall, it just started aching",
    "walking doesn't hurt",
    "she had a fall but she didn't hurt herself",
    "it's not that painful",
])
def test_a_hurt_denied_of_an_injury_of_walking_or_of_how_bad_says_nothing_of_aching_legs(text):
    assert "muscle_pain" not in understand(text).findings


@pytest.mark.parametrize("text, finding", [
    ("it was just a little sprain, nothing serious, and it's healing", "injury_severe"),
    ("None of my family members have had any muscle disease.", "family_muscle_disease"),
    ("nobody in the family has had anything like that with their muscles", "family_muscle_disease"),
    ("she's had a headache for a few days, not a sudden one", "sudden_headache"),
])
def test_a_trouble_said_to_be_nothing_serious_nobodys_or_not_sudden_is_denied(text, finding):
    assert understand(text).findings[finding] is False


def test_a_headache_that_came_slowly_says_nothing_of_how_the_weakness_came():
    assert "sudden_onset" not in understand("she's had a headache for a few days, not a sudden one").findings


@pytest.mark.parametrize("text, finding", [
    ("Haven't started anything new, same tablets for years.", "new_medicine"),
    ("he's on no medication at all, never has been", "new_medicine"),
    ("no, his leg's warm, I've just been rubbing it", "cold_leg"),
    ("the foot's warm and a normal colour", "cold_leg"),
    ("urine is coming normally, colour is yellow only", "dark_urine"),
    ("no kidney problem, all reports are normal", "kidney_disease"),
    ("no walking doesn't hurt", "pain_walking"),
])
def test_the_usual_colour_warmth_medicines_or_results_deny_the_trouble(text, finding):
    assert understand(text).findings[finding] is False


def test_being_unable_to_stand_says_nothing_of_pain_on_walking():
    text = "i can barely stand up without holding onto something and me balance is shot, i use a walking stick"
    assert "pain_walking" not in understand(text).findings


@pytest.mark.parametrize("text, finding", [
    ("swallowing food is no problem", "swallowing"),
    ("no, speech is proper and vision is also okay", "speech_or_vision"),
    ("he's not wet himself, and he's going to the loo fine", "cant_pee"),
    ("the pee's coming out fine and it's a normal colour", "cant_pee"),
])
def test_a_function_said_to_work_or_to_be_no_problem_is_denied(text, finding):
    assert understand(text).findings[finding] is False


@pytest.mark.parametrize("text, finding", [("swallowing is a problem", "swallowing"),
                                           ("my speech is fine but my vision is blurry", "speech_or_vision")])
def test_a_function_said_to_be_a_problem_stays_a_yes(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text, denied", [
    ("my vision's not changed, my speech is not changed, and my face is not changed",
     {"speech_or_vision", "face_or_arm"}),
    ("she's talking fine and her face looks right", {"speech_or_vision", "face_or_arm"}),
])
def test_a_face_speech_or_sight_said_to_be_as_it_always_is_is_denied(text, denied):
    assert denied_of(text, denied) == denied


@pytest.mark.parametrize("text, finding", [
    ("his thyroid's been checked, it's fine", "thyroid"),
    ("kidney tests they did last month, all are normal", "kidney_disease"),
    ("her face isn't dropping, she can lift both arms above her head, it's just the legs gone weak", "face_or_arm"),
    ("nothing comes and goes, it's constant", "comes_and_goes"),
])
def test_checks_that_came_back_fine_and_arms_that_lift_deny_the_trouble(text, finding):
    assert understand(text).findings[finding] is False


@pytest.mark.parametrize("text, said, denied", [
    ("my mum had a little trip on the rug, nothing serious, she got straight back up", "injury",
     {"injury_severe", "cant_get_up"}),
    ("she had a small slip but it was nothing major, she got up herself, no head injury, no back injury", "injury",
     {"head_injury", "spine_injury", "cant_get_up"}),
    ("back is paining a little bit but not severe pain, just normal", "back_pain", {"severe_back_pain"}),
    ("no chest pain, breathing okay", None, {"chest_pain", "breathing"}),
])
def test_a_small_fall_or_a_mild_pain_is_said_and_what_it_was_not_is_denied(text, said, denied):
    assert said is None or understand(text).findings[said] is True
    assert denied_of(text, denied) == denied


def test_standing_up_when_the_legs_went_is_not_getting_up_again():
    text = "he stood up from the table and his legs went and he can't walk now"
    assert understand(text).findings.get("cant_get_up") is not False


@pytest.mark.parametrize("text, finding, expected", [
    ("the urgent care checked his potassium yesterday, it was normal", "low_potassium_risk", False),
    ("I'm on water pills and they checked my potassium, it was normal", "low_potassium_risk", True),  # the pills
    ("he is vegetarian but he is taking milk, curd, paneer daily", "poor_diet", None),  # still count
    ("i am vegetarian i don't take milk also", "poor_diet", True),
])
def test_a_normal_potassium_or_a_vegetarian_who_takes_dairy_is_read_as_said(text, finding, expected):
    assert understand(text).findings.get(finding) is expected
