"""How an answer to a yes/no question is read from whole sentences: a "no" that denies nothing after it, a no
said last after a yes, "I don't know" said anywhere, and other people's health long ago."""
import pytest

from legcheck.skill.entry import lambda_handler
from legcheck.skill.resolver import NOTHING, understand
from tests.envelopes import attributes_of, load, slot


@pytest.mark.parametrize("text, question", [
    ("no back's fine", "back_pain"),  # Alexa hands over "no" + "back's fine", without the comma
    ("no touch wood", "cancer_history"),
    ("no breathing's alright and there's no pain", "heart_lung_head"),
    ("nope legs are warm as toast", "cold_leg"),
    ("nah her waterworks are grand", "pee_bowels_or_numb"),
    ("no weakness no numbness nothing", "stroke_signs_now"),
    ("Not that I can see", "calf_swelling"),
    ("I'm fine apart from the legs", "very_unwell"),
])
def test_a_leading_no_that_denies_nothing_after_it_is_the_answer(text, question):
    assert understand(text, question).answer is False


@pytest.mark.parametrize("text, question", [("no pain", "muscle_pain"), ("no fever", "fever")])
def test_a_leading_no_that_denies_what_follows_it_is_read_as_a_denial_of_it(text, question):
    assert understand(text, question).answer is False


def test_a_no_said_last_does_not_undo_the_yes_said_before_it():
    assert understand("he can't put any weight on it, no", "cant_get_up").answer is True


@pytest.mark.parametrize("text", ["she's burning up, yes, and shivering", "I had flu last week, so yes I suppose"])
def test_a_yes_said_in_the_middle_or_at_the_end_is_the_answer(text):
    assert understand(text, "spreading_cold_or_infection").answer is True


@pytest.mark.parametrize("text", ["I might have when I went down, I can't remember", "your guess is as good as mine",
                                  "I haven't weighed myself in ages, so couldn't tell you"])
def test_i_dont_know_said_anywhere_in_an_answer_is_unsure(text):
    assert understand(text, "head_injury").answer is None


def test_i_dont_know_in_a_description_is_no_answer():
    assert understand("I don't know what's wrong, my legs just feel heavy", "description").answer is NOTHING


@pytest.mark.parametrize("text, finding", [
    ("my neighbour had a stroke years ago, bless her", None),
    ("my late husband was diabetic", None),
    ("she's asking for her sister who passed years ago, and she can't walk straight", "cant_walk"),
])
def test_another_persons_health_long_ago_records_nothing_but_the_rest_of_the_sentence_counts(text, finding):
    findings = understand(text).findings
    assert set(findings) == ({finding} if finding else set())


def test_a_group_alexa_resolved_still_has_its_words_read_for_what_they_say():
    envelope = load("SymptomIntent", attributes={"question": "description", "findings": {}})
    envelope["request"]["intent"]["slots"]["symptom"] = slot("symptom", "leg_or_back_pain", "a sore back")
    findings = attributes_of(lambda_handler(envelope, None))["findings"]
    assert findings["leg_or_back_pain"] is True and findings["back_pain"] is True


@pytest.mark.parametrize("text, denied", [
    ("Pins and needles, no. Numbness, no.", "numbness_tingling"),
    ("Fever, none. It's just the legs.", "fever"),
    ("swelling in the calf: none", "calf_swelling"),
    ("chest pain no", "chest_pain"),  # as Alexa hands it over, without the comma
    ("Lost weight? No, if anything I've put it on.", "weight_loss"),
    ("Exercise? Not a chance", "hard_exercise"),
    ("Tingling? Don't think so, not that I've noticed.", "numbness_tingling"),
    ("tingling don't think so not that i've noticed", "numbness_tingling"),  # as a carrier intent hands it over
    ("I used to get leg cramps when I was pregnant, but that was twenty years ago.", "cramps_spasms"),
    ("had pins and needles when i was pregnant long gone now", "numbness_tingling"),
    ("I had a scan of my kidneys last year and they were fine.", "kidney_disease"),
])
def test_a_no_said_after_a_bare_phrase_or_an_echoed_question_denies_it(text, denied):
    assert understand(text).findings.get(denied) is False


@pytest.mark.parametrize("text, question, answer", [
    ("maybe, no", "fever", None),  # names nothing: still "I don't know", never a no
    ("he can't put any weight on it, no", "cant_get_up", True),  # its own subject: the no denies nothing
])
def test_a_no_after_words_that_name_nothing_or_have_their_own_subject_is_read_as_before(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, question, named", [
    ("It's my neck mostly", "back_or_neck_pain", {"neck_pain": True}),
    ("Both, back and neck", "back_or_neck_pain", {"back_pain": True, "neck_pain": True}),
    ("her face", "stroke_signs_now", {"face_or_arm": True}),
])
def test_a_group_question_answered_by_a_body_part_alone_records_the_member_it_names(text, question, named):
    heard = understand(text, question)
    assert heard.answer is True and heard.findings == named


@pytest.mark.parametrize("text, question", [
    ("my legs", "leg_or_back_pain"),  # aches, cramps or severe pain: the body part does not say which
    ("my legs feel weak", "stroke_signs_now"),  # not an arm, and not a sudden weakness
])
def test_a_body_part_that_does_not_say_which_member_records_none(text, question):
    assert not understand(text, question).findings


@pytest.mark.parametrize("text, question, answer", [
    ("no, all normal down there", "pee_bowels_or_numb", False),
    ("Nahi, face theek hai, speaking also fine", "stroke_signs_now", False),
    ("my foot's a funny colour but I can't tell if it's pale or just the light", "spreading_cold_or_infection", None),
])
def test_a_body_part_in_a_reply_that_denies_or_hedges_is_read_as_said(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, denied", [
    ("My wife's on warfarin but I'm not on any blood thinners myself.", "blood_thinners"),
    ("Dad had bowel cancer, but I've never had cancer.", "cancer_history"),
    ("Me? No thyroid problems. My daughter's the one with the underactive thyroid.", "thyroid"),
    ("my mum's got the diabetes but i haven't", "diabetes"),  # a condition: "I haven't" alone denies it
    ("my wife has diabetes, not me", "diabetes"),
])
def test_what_someone_else_has_does_not_outweigh_the_persons_own_denial(text, denied):
    assert understand(text).findings[denied] is False


@pytest.mark.parametrize("text, said", [
    ("Dad's on apixaban and he can't get up off the floor", "blood_thinners"),
    ("my husband has chest pain but I don't", "chest_pain"),  # a sign: "I don't" alone does not deny it
])
def test_what_someone_else_has_counts_unless_the_person_denies_it(text, said):
    # a carer may be speaking of the very person the skill asks about
    assert understand(text).findings[said] is True


@pytest.mark.parametrize("text, denied", [
    ("I used to get terrible cramps but not for years now.", "cramps_spasms"),
    ("I was on water tablets but the doctor stopped them last year", "low_potassium_risk"),
    ("she was on warfarin but they stopped it", "blood_thinners"),
    ("He's lost a bit of weight but he's been trying to, he's on a diet", "weight_loss"),
])
def test_what_was_so_once_or_was_meant_is_denied(text, denied):
    assert understand(text).findings[denied] is False


@pytest.mark.parametrize("text, finding", [
    ("I used to have cancer but not any more", "cancer_history"),  # a history still counts
    ("he was on warfarin but he's still on it", "blood_thinners"),
])
def test_a_history_that_still_counts_is_not_denied(text, finding):
    assert understand(text).findings[finding] is True


@pytest.mark.parametrize("text, question", [
    ("Not that I've noticed, but I don't exactly check his wee to be honest", "pee_bowels_or_numb"),
    ("no... well, maybe a little, it's hard to tell", "saddle_numbness"),
    ("don't think so, but I'm not certain", "spine_injury"),
])
def test_a_no_followed_by_a_doubt_is_unsure(text, question):
    assert understand(text, question).answer is None


@pytest.mark.parametrize("text, denied, said", [
    ("no numbness in my bottom, only in my feet", "saddle_numbness", "numbness_tingling"),
    ("no pain down the leg, it's just in the lower back", "back_pain_down_leg", "back_pain"),
    ("There's no pain in my back whatsoever, it's all in my thigh muscles.", "back_pain", "muscle_pain"),
])
def test_a_clause_that_only_says_where_takes_what_it_is_from_the_clause_before(text, denied, said):
    heard = understand(text).findings
    assert heard[denied] is False and heard[said] is True


def test_a_clause_that_says_where_without_a_clause_before_it_records_nothing_new():
    assert understand("I fell in my kitchen, only in my slippers").findings == {"injury": True}


@pytest.mark.parametrize("text, question, doubted", [
    ("my leg feels a bit funny, I don't know if it's numb", "numbness_tingling", "numbness_tingling"),
    ("yeah I had a sore throat, not sure if that counts", "recent_infection", "recent_infection"),
    ("I think so. I can't say for sure if I imagined it", "sudden_then_gone", None),
    ("she's been a bit muddled, so I honestly don't know", "new_confusion", "new_confusion"),
])
def test_a_yes_followed_by_a_doubt_about_it_is_unsure(text, question, doubted):
    heard = understand(text, question)
    assert heard.answer is None
    assert doubted is None or heard.findings[doubted] is None


@pytest.mark.parametrize("text, question, said", [
    ("yes, a bit of a temperature, I don't know how long for", "fever", None),
    ("he started some new tablets, not sure what they're called", "new_medicine", "new_medicine"),
    ("my chest hurts, and I don't know about the breathing", "heart_lung_head", "chest_pain"),
])
def test_a_doubt_about_a_detail_or_about_something_else_leaves_the_yes(text, question, said):
    heard = understand(text, question)
    assert heard.answer is True
    assert said is None or heard.findings[said] is True


@pytest.mark.parametrize("text, doubted", [
    ("he hasn't wet himself I don't think, but he's in pads so I can't be sure", "bladder_bowel"),
    ("the nurse said something about his kidneys, I can't remember what", "kidney_disease"),
    ("she's burning up but I don't know if it's a real fever", "fever"),
])
def test_a_description_followed_by_a_doubt_about_it_is_unsure(text, doubted):
    assert understand(text).findings[doubted] is None


@pytest.mark.parametrize("text, said", [
    ("his leg's gone cold and pale, it started last night or this morning, I'm not sure", "cold_leg"),
    ("my wee is dark as tea, I don't know if that's related", "dark_urine"),
    ("my chest is tight and I'm not sure about my breathing", "chest_pain"),
])
def test_a_doubt_about_when_or_about_something_else_leaves_a_description_as_said(text, said):
    assert understand(text).findings[said] is True


def test_a_reply_that_says_both_halves_of_what_a_screen_question_also_asks_is_a_yes():
    # the ED screen's words ask about feeling very unwell with a fever or an infection (COVERS)
    assert understand("I've got a temperature and I feel dreadful", "spreading_cold_or_infection").answer is True


@pytest.mark.parametrize("text, question, answer", [
    ("a normal colour", "dark_urine", False),  # the question's body part is taken as said for a denial too
    ("my breathing is fine", "face_or_arm", NOTHING),  # but not for a bare "fine"
])
def test_a_denial_of_the_question_reads_its_body_part_as_said_but_a_bare_fine_does_not(text, question, answer):
    assert understand(text, question).answer is answer


def test_it_is_not_this_it_is_that_without_commas_reads_each_half_on_its_own():
    heard = understand("it's not sudden it's been getting worse for weeks").findings
    assert heard["sudden_onset"] is False and heard["getting_worse"] is True


@pytest.mark.parametrize("text, said", [
    ("he didn't knock his head, he came down on his knees when he fell", "injury"),
    ("it isn't both legs, it's just the left one", "one_leg"),
    ("no pins and needles in my bottom, it's my toes that are numb", "numbness_tingling"),
])
def test_a_clause_after_a_denial_is_also_read_on_its_own(text, said):
    assert understand(text).findings[said] is True


@pytest.mark.parametrize("text, denied", [
    ("I'm not diabetic, my sugar was a bit high once but that's it", "diabetes"),
    ("no pain in my back, the pain is in my leg", "back_pain"),
])
def test_a_clause_read_on_its_own_never_undoes_what_the_sentence_denied(text, denied):
    assert understand(text).findings[denied] is False


@pytest.mark.parametrize("text, question, answer", [
    ("not that I can recall", "injury", False),
    ("my sister has it but I don't", "thyroid", False),  # someone else's, and not the person's
    ("not really a pain, more a pressure, I don't know", "chest_pain", None),  # a no, then a doubt
    ("I haven't weighed myself for ages", "weight_loss", None),
    ("no, though I'm terribly forgetful these days", "injury", None),
])
def test_answers_people_give_about_memory_others_and_doubt(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, question, answer", [
    ("no temperature, nothing like that", "fever_or_unwell", False),
    ("no bother at all", "cant_pee", False),
    ("I never weigh myself", "weight_loss", None),
    ("no worse than usual", "poor_sleep", False),
    ("this is the first time it's happened", "comes_and_goes", False),
    ("his trousers keep falling down, he's had to make a new hole in his belt", "weight_loss", True),
    ("I'm tickled pink you asked", "cold_leg", NOTHING),  # pink is warm only of the feet or legs
])
def test_everyday_answers_are_read_as_people_mean_them(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, question, answer", [
    ("no sleep to speak of", "poor_sleep", True),  # the "no" is part of what is wrong
    ("no, his waterworks are under control", "bladder_bowel", False),
    ("both", "back_or_neck_pain", True),  # both members of the group
    ("both", "one_leg", False),
    ("she's always been forgetful, nothing new", "new_confusion", False),
    ("walking's fine", "cant_walk", False),
    ("nuh uh", "stroke_signs_now", False),
])
def test_short_answers_and_a_no_that_is_part_of_the_symptom(text, question, answer):
    assert understand(text, question).answer is answer


@pytest.mark.parametrize("text, finding, value", [
    ("it wasnt gradual at all one minute i was fine the next my legs buckled", "sudden_onset", True),
    ("no back pain at all it's more the legs cramping at night", "cramps_spasms", True),
    ("My back doesn't hurt, it's my neck that aches.", "neck_pain", True),
    ("my kidneys don't work too good", "kidney_disease", True),
    ("Temperature was 36.8 when I checked it this morning.", "fever", False),
    ("my temperature was 37 this morning and now it's 39", "fever", True),
    ("he's gone down in the bathroom and we can't lift him", "cant_get_up", True),
])
def test_a_negation_reaches_only_its_own_phrase_and_a_number_says_what_it_measures(text, finding, value):
    assert understand(text).findings.get(finding) is value


@pytest.mark.parametrize("text, question", [
    ("neck no", "neck_pain"),  # "neck? no", as a device hands it over
    ("chest no it's fine", "chest_pain"),
    ("her face looks normal no", "face_or_arm"),
])
def test_the_body_part_asked_about_said_back_before_a_no_is_a_no(text, question):
    assert understand(text, question).answer is False


def test_feeling_said_to_be_there_after_a_no_is_no_numbness():
    heard = understand("no feeling is there in the private area, only the legs are weak", "saddle_numbness")
    assert heard.answer is False and heard.findings.get("saddle_numbness") is not True


def test_a_no_taken_back_in_a_later_sentence_is_never_a_no():
    text = "No, no chest pain. Well, actually, she did say it felt a bit tight earlier, and she's still rubbing it."
    heard = understand(text, "chest_pain")
    assert heard.answer is None and heard.findings.get("chest_pain") is not False
    assert understand("It's a bit better today, actually, better than yesterday.", "getting_worse").answer is False
