"""How people say each finding: the name and phrases the voice models offer Alexa (`say`, with the places where
only some countries say it in `regional`), and the recipes the skill's own resolver uses on any words at all:
each recipe is concepts (legcheck/lexicon/concepts.py) that must all occur in one clause, "!CONCEPT" one that
must not.  A test checks that the resolver understands every phrase offered to Alexa.
"""
from legcheck.lexicon.words import Words

FINDINGS = {
    'sudden_onset': Words(
        'sudden weakness',
        say=[
            'it came on suddenly', 'it came on all of a sudden', 'my left leg went weak suddenly',
            'my right leg went weak suddenly', 'my legs went weak suddenly', 'my leg suddenly went weak',
            'sudden leg weakness', 'it happened suddenly', 'it started suddenly', 'it happened all at once',
            'it came out of nowhere', 'my leg gave way suddenly', 'my legs suddenly gave out',
            'it started an hour ago', 'it started a few minutes ago',
            'it came out of the blue', 'my legs went weak all at once',
        ],
        recipes=[
            'SUDDEN WEAK !HEADACHE !WORST_HEADACHE !GONE_AGAIN',
            'SUDDEN ONSET !HEADACHE !WORST_HEADACHE !GONE_AGAIN !CHEST !EPISODES', 'SUDDEN CANT_WALK !GONE_AGAIN',
            'SUDDEN NUMB !GONE_AGAIN !GROIN', 'RECENT_ONSET WEAK !GRADUAL !EPISODES',
        ],
        denied_by=[  # slow weakness, not a long-standing condition or pain ("a bad back for years")
            'GRADUAL !URINE !SPEECH !BOWEL !BREATH !PAIN !BACK !NECK !DIABETES !THYROID !KIDNEY !AUTOIMMUNE !CANCER '
            '!SMOKE !THINNERS !NEW_MED !LOW_POTASSIUM !NUMB !TINGLE !CRAMP !HEADACHE',
            'GRADUAL WEAK !URINE !SPEECH !BOWEL !BREATH',
        ],
        replies=['SUDDEN !HEADACHE !WORST_HEADACHE !GONE_AGAIN'],
        unsure_of=['SUDDEN !HEADACHE !WORST_HEADACHE !GONE_AGAIN !FEVER !INJURY !UNWELL !FLUID_LOSS !BREATH !CHEST'],
    ),
    'speech_or_vision': Words(
        'trouble speaking',
        say=[
            'slurred speech', 'my speech is slurred', "I can't speak properly", "I can't talk properly",
            'trouble talking', 'difficulty speaking', 'my words are coming out wrong', 'trouble finding words',
            'blurred vision', 'blurry vision', 'double vision', "I can't see properly", 'loss of vision',
            'vision problems', 'my eyesight changed', 'I lost my sight', "I'm seeing double", 'my speech is funny',
            "I can't get my words out",
        ],
        recipes=['SLUR', 'BLURRED !HEADACHE', 'GONE_DARK !HEADACHE !URINE', 'SPEECH TROUBLE', 'VISION TROUBLE'],
        denied_by=['SPEECH_VISION_OK !SLUR !BLURRED !GONE_DARK', 'SPEECH FINE !SLUR !BLURRED !GONE_DARK !TROUBLE',
                   'VISION FINE !SLUR !BLURRED !GONE_DARK !TROUBLE', 'SPEECH NO_TROUBLE !SLUR',
                   'SPEECH SAME_AS_EVER !SLUR !TROUBLE', 'VISION SAME_AS_EVER !BLURRED !GONE_DARK !TROUBLE'],
    ),
    'face_or_arm': Words(
        'face drooping',
        say=[
            'my face is drooping', 'drooping face', 'one side of my face is drooping', 'facial droop',
            'my mouth is drooping', 'my smile is lopsided', 'my face feels numb', 'face numbness',
            'my arm is weak', 'weak arm', 'arm weakness', 'my arm went numb', 'numb arm', "I can't lift my arm",
            'her face has dropped', 'my mouth is going to one side', 'my face looks lopsided',
        ],
        recipes=['FACE DROOP', 'FACE_FALLEN', 'ARM WEAK !ARMS_OK', 'ARM NUMB !ARMS_OK', 'ARM DROOP !ARMS_OK',
                 'HAND WEAK !LEG', 'HAND NUMB !LEG', 'GRIP'],
        denied_by=['FACE FINE !DROOP !FACE_FALLEN', 'ARM FINE !WEAK !NUMB !DROOP',
                   'FACE SAME_AS_EVER !DROOP !FACE_FALLEN', 'ARMS_OK !WEAK !NUMB !DROOP !FACE'],
    ),
    'bladder_bowel': Words(
        'loss of bladder control',
        say=[
            'I lost control of my bladder', 'lost control of my bladder', 'I wet myself', 'wet myself',
            "I can't hold my pee", "can't hold my pee", "I can't control my bladder", 'incontinence',
            'loss of bowel control', 'I lost control of my bowels', "I can't control my bowels", 'I soiled myself',
            'I pooped myself', 'I peed myself', "I've been peeing myself",
            'I keep wetting myself', 'I leak urine', 'bladder accidents',
        ],
        regional={
            "I've wet myself": 'GB AU IN',
            "I can't hold my wee": 'GB AU IN',
            "can't hold my wee": 'GB AU IN',
            "I've pooed myself": 'GB',
            "I've wet meself": 'GB AU',
        },
        recipes=['URINE LOST_CONTROL', 'BOWEL LOST_CONTROL', 'INCONTINENT', 'URINE ACCIDENT !CANT_PASS !BANGED',
                 'BOWEL ACCIDENT !BANGED', 'URINE CONTROL TROUBLE', 'BOWEL CONTROL TROUBLE', 'BLADDER_TROUBLE'],
        denied_by=['CAN_HOLD !LOST_CONTROL !INCONTINENT'],
    ),
    'breathing': Words(
        'difficulty breathing',
        say=[
            'trouble breathing', "I can't breathe", "I can't catch my breath", 'short of breath',
            'shortness of breath', 'breathless', "I'm breathless", 'out of breath', 'struggling to breathe',
            'hard to breathe', 'breathing problems', "I'm gasping for air", "I'm short of breath",
        ],
        recipes=['BREATHLESS', 'BREATH TROUBLE'],
        denied_by=['BREATH FINE', 'BREATH NO_TROUBLE !BREATHLESS'],
    ),
    'spreading_up': Words(
        'weakness spreading upward',
        say=[
            "it's spreading up my legs", "it's moving up my body", 'it started in my feet and is moving up',
            'weakness moving up', 'the weakness is spreading', "it's creeping up my legs", "it's going up my legs",
            'spreading upwards', "it's spreading to my arms",
        ],
        recipes=['SPREAD_UP !SWOLLEN !RADIATE'],
        denied_by=['NO_SPREAD !SPREAD_UP'],
        unsure_of=['SPREAD_UP'],
    ),
    'severe_back_pain': Words(
        'severe back pain',
        say=[
            'bad back pain', 'terrible back pain', 'really bad back pain', 'my back is killing me',
            'awful back pain', 'excruciating back pain', 'agonizing back pain', 'extreme back pain',
            'intense back pain', 'my back hurts a lot',
        ],
        regional={
            'agonising back pain': 'GB AU IN',
        },
        recipes=['BACK PAIN SEVERE !INJURY', 'BACK SEVERE !INJURY', 'BACK PAIN SEVERE INJURY', 'BACK SEVERE INJURY'],
        denied_by=['BACK MILD'],
    ),
    'fever': Words(
        'fever',
        say=[
            'a fever', 'high temperature', 'a high temperature', 'a temperature', "I'm running a temperature",
            'feverish', 'I feel feverish', 'I feel hot and cold', 'chills', "I've got the chills", 'shivering',
        ],
        recipes=['FEVER !FEVER_GONE'],
        denied_by=['FEVER_GONE', 'NORMAL_TEMP !FEVER'],  # "now the fever is gone"; "temperature was 36.8"
    ),
    'very_unwell': Words(
        'feeling very unwell',
        say=[
            'I feel very unwell', 'very unwell', 'I feel really ill', 'very sick', 'I feel terrible',
            'I feel awful', 'I feel faint', 'faint', "I'm going to pass out", 'I fainted', 'I passed out',
            'lightheaded', 'I feel dizzy', 'dizzy',
        ],
        regional={
            'I feel rough': 'GB',
            'I feel poorly': 'GB',
            'feeling poorly': 'GB',
            'I feel crook': 'AU',
            'feeling crook': 'AU',
            "I'm crook": 'AU',
            'giddy': 'IN',
            'I feel giddy': 'IN',
            'giddiness': 'IN',
        },
        recipes=['UNWELL', 'FAINT'],
        denied_by=['WELL_IN_SELF !UNWELL !FAINT'],
    ),
    'dark_urine': Words(
        'dark urine',
        say=[
            'dark pee', 'my pee is dark', 'my urine is dark', 'brown urine', 'brown pee', 'tea colored urine',
            'cola colored urine', 'urine like tea', 'urine like cola', 'coke colored pee', 'very dark urine',
        ],
        regional={
            'tea coloured urine': 'GB AU IN CA',
            'cola coloured urine': 'GB AU IN CA',
            'coke coloured pee': 'GB AU IN CA',
            'dark wee': 'GB AU IN',
            'my wee is dark': 'GB AU IN',
            'tea coloured wee': 'GB AU IN',
        },
        recipes=['URINE DARK'],
        denied_by=['URINE COLOUR FINE', 'URINE COLOUR_NORMAL !DARK'],
        no_replies=['PALE_PEE !DARK !FACE !LEG !FOOT !HAND !ARM', 'PALE_PEE FINE !DARK !FACE !LEG !FOOT !HAND !ARM'],
        unsure_of=['URINE COLOUR', 'URINE !CANT_PASS !INCONTINENT !HARD_START !BLADDER_TROUBLE !CAN_PEE'],
    ),
    'injury': Words(
        'an injury',
        say=[
            'I fell', 'I had a fall', 'a fall', 'I fell over', 'I fell down', 'I tripped', 'I had an accident',
            'a car accident', 'I sprained my ankle', 'a sprain', 'a strain', 'I strained a muscle',
            'I pulled a muscle', 'I hurt my leg', 'I injured my leg', 'I twisted my knee', 'I hurt my back',
        ],
        recipes=['INJURY !FACE_FALLEN !LONG_AGO', 'HURT_PART !LONG_AGO', 'BROKEN_BONE !LONG_AGO',
                 'INJURY LATELY !FACE_FALLEN', 'HURT_PART LATELY', 'BROKEN_BONE LATELY'],
    ),
    'injury_severe': Words(
        'a serious injury',
        say=[
            'a bad fall', 'a serious fall', 'a bad accident', 'a serious accident', "it's not getting better",
            "the injury isn't healing", "it's not healing", "I can't put weight on it",
            'I think I broke something', 'a broken bone',
        ],
        recipes=['INJURY SERIOUS !LONG_AGO', 'SERIOUS LEG !LONG_AGO', 'BROKEN_BONE !LONG_AGO',
                 'INJURY SERIOUS LATELY', 'SERIOUS LEG LATELY', 'BROKEN_BONE LATELY'],
        denied_by=['INJURY IMPROVING !SERIOUS', 'INJURY MILD !SERIOUS'],
        no_replies=['IMPROVING !SERIOUS', 'GONE_AGAIN !SERIOUS', 'MILD !SERIOUS'],
    ),
    'getting_worse': Words(
        'getting worse',
        say=[
            "it's getting worse", 'it keeps getting worse', 'worse every day', 'worse and worse',
            "it's been getting worse for weeks", 'gradually getting weaker', 'my legs are getting weaker',
            'slowly getting worse', 'progressive weakness', 'worse over time', 'weaker and weaker',
        ],
        recipes=['WORSE', 'GRADUAL_ONSET'],
        denied_by=['STABLE !WORSE'],
        replies=['WORSENING'], no_replies=['IMPROVING !WORSENING'],
    ),
    'cant_walk': Words(
        'trouble walking',
        say=[
            "I can't walk", 'I can barely walk', "I can't stand", "I can't stand up", "I can't get up",
            'hard to walk', 'difficulty walking', 'I keep falling', 'I keep losing my balance', 'poor balance',
            'unsteady on my feet', 'wobbly legs', 'my legs keep giving way', 'my legs give out', "I'm stumbling",
            'foot drop', 'my foot drags', 'I trip over my feet', 'my legs gave way',
        ],
        recipes=['CANT_WALK', 'WEAK ONSET_WALK !CAN_WALK'],
        denied_by=['CAN_WALK'],
    ),
    'one_leg': Words(
        'only one leg',
        say=[
            'just one leg', 'one leg', 'one leg only', "it's only one leg", 'only my left leg',
            'only my right leg', 'just my left leg', 'just my right leg', 'left leg', 'right leg', 'my left leg',
            'my right leg', 'one side',
        ],
        recipes=['ONE_LEG WEAK', 'ONE_LEG !BOTH_LEGS !FACE', 'MY_LEG WEAK !BOTH_LEGS !BOTH_SIDES'],
        denied_by=['BOTH_SIDES'],
        replies=['SIDE !BOTH_LEGS !BOTH_SIDES'], no_replies=['BOTH_LEGS !ONE_LEG !SIDE'],
        unsure_of=['BOTH_LEGS', 'ONE_LEG'],
    ),
    'comes_and_goes': Words(
        'weakness that comes and goes',
        say=[
            'it comes and goes', 'on and off', 'it keeps coming back', 'episodes of weakness',
            'it comes and goes every few days', 'it happens in episodes',
            'it happens now and then', 'it goes away and comes back', 'flare ups',
            "it's been on and off for months", 'relapses', 'attacks of weakness',
        ],
        recipes=['EPISODES'],
        no_replies=['CONSTANT !EPISODES'],
    ),
    'weight_loss': Words(
        'weight loss',
        say=[
            "I've lost weight", 'I lost weight', 'losing weight', "I'm losing weight", "I've been losing weight",
            'I lost weight without trying', 'unexplained weight loss', 'unintentional weight loss',
            'lost a lot of weight', 'my clothes are loose',
        ],
        recipes=['WEIGHT_LOSS'],
        denied_by=['WEIGHT_SAME !WEIGHT_LOSS'],
        replies=['WEIGHT_AMOUNT !WEIGHT_SAME'],
    ),
    'numbness_tingling': Words(
        'numbness or tingling',
        say=[
            'pins and needles', 'tingling', 'tingling feet', 'tingling legs', 'my feet tingle',
            "I can't feel my feet", "I can't feel my legs", 'numb legs', 'numb feet', 'my legs are numb',
            'my feet are numb', 'numbness', 'burning feet', 'my feet are burning', 'prickling', 'loss of feeling',
            'no feeling in my legs',
        ],
        recipes=['NUMB !FACE !ARM !GROIN !HAND', 'TINGLE !FACE !ARM !GROIN', 'NUMB LEG', 'TINGLE LEG'],
        denied_by=['FEEL_OK !NUMB !TINGLE'],
        no_replies=['FEEL_ALL !NUMB !TINGLE'],
    ),
    'back_pain_down_leg': Words(
        'pain shooting down my leg',
        say=[
            'shooting pain down my leg', 'pain down my leg', 'pain from my back down my leg',
            'pain running down my leg', 'pain radiating down my leg', 'my back pain goes down my leg',
            'pain down the back of my leg', 'shooting pain in my buttock', 'electric shock pain down my leg',
            'sciatica', 'sciatica pain', 'a pinched nerve', 'a trapped nerve', 'pain from my back down to my leg',
            'the pain goes from my back into my leg',
        ],
        recipes=['BACK RADIATE', 'RADIATE LEG PAIN', 'SCIATIC'],
    ),
    'muscle_pain': Words(
        'aching muscles',
        say=[
            'sore muscles', 'muscle pain', 'muscle aches', 'my muscles ache', 'my legs ache', 'aching legs',
            'achy legs', 'sore legs', 'my leg muscles hurt', 'tender muscles', 'my thighs hurt', 'my calves hurt',
            'stiff and sore',
        ],
        regional={
            'body pain': 'IN',
            'my legs are paining': 'IN',
            'leg paining': 'IN',
        },
        recipes=['MUSCLE PAIN', 'LEG PAIN !RADIATE !BACK', 'MUSCLE CRAMP'],
        denied_by=['PAIN_NONE !BACK !NECK !CHEST !HEAD !HEADACHE !ARM !HAND !FACE !GROIN !HEART',
                   'PAIN_NOWHERE'],
    ),
    'pain_walking': Words(
        'pain when walking',
        say=[
            'my legs hurt when I walk', 'leg pain when walking', 'cramp when I walk',
            'my calves cramp when I walk', 'it hurts to walk and eases when I rest',
            'pain when I walk that goes away with rest', 'legs hurt after walking',
            'I have to stop walking because of pain', 'calf pain when walking', 'claudication',
        ],
        recipes=['LEG PAIN ONSET_WALK !NO_DIFFERENCE', 'CRAMP ONSET_WALK !NO_DIFFERENCE',
                 'PAIN ONSET_WALK RELIEF_REST !NO_DIFFERENCE', 'CLAUDICATION', 'WALK_WORSE',
                 'PAIN ONSET_WALK !BACK !NECK !CHEST !HEAD !HEADACHE !ARM !HAND !HEART !RADIATE !NO_DIFFERENCE '
                 '!CANT_WALK'],
        denied_by=['NO_DIFFERENCE'],
        replies=['ONSET_WALK RELIEF_REST !NO_DIFFERENCE', 'CRAMP RELIEF_REST !NO_DIFFERENCE'],
    ),
    'cramps_spasms': Words(
        'muscle cramps',
        say=[
            'cramps', 'cramp', 'leg cramps', 'my legs cramp', 'cramping', 'night cramps', 'muscle spasms',
            'spasms', 'twitching', 'muscle twitching', 'my muscles are twitching', 'charley horse',
        ],
        recipes=['CRAMP'],
    ),
    'hard_exercise': Words(
        'hard exercise',
        say=[
            'I worked out', 'a hard workout', 'I went to the gym', 'I went running', 'a long run',
            'I ran a marathon', 'heavy lifting', 'I was lifting heavy things', 'I overdid it', 'a lot of exercise',
            'heavy physical work', 'I did a lot of squats', 'leg day', 'I went for a long hike',
            'I was gardening all day',
        ],
        recipes=['EXERCISE'],
    ),
    'dehydrated': Words(
        'dehydration',
        say=[
            "I'm dehydrated", 'dehydrated', "I haven't been drinking enough", 'not drinking enough', 'vomiting',
            "I've been vomiting", 'throwing up', "I've been throwing up", 'diarrhea', 'I have diarrhea',
            'sweating a lot', "I've been sweating a lot", 'very thirsty', "I'm really thirsty", 'heat exhaustion',
        ],
        regional={
            'diarrhoea': 'GB AU IN',
            'I have diarrhoea': 'GB AU IN',
            "I've got diarrhoea": 'GB AU IN',
            'being sick': 'GB AU',
            "I've been sick": 'GB AU',
            'I keep being sick': 'GB AU',
            'chucking up': 'AU',
            "I've been chucking up": 'AU',
            'loose motions': 'IN',
            'I have loose motions': 'IN',
            "I've got loose motions": 'IN',
        },
        recipes=['FLUID_LOSS'],
        denied_by=['GOOD_FLUIDS !FLUID_LOSS'],
    ),
    'low_sugar_signs': Words(
        'shaky and hungry',
        say=[
            'shaky', "I'm shaky", 'trembling', 'sweaty and shaky', 'very hungry', "I'm starving",
            'I skipped a meal', 'I skipped meals', 'I missed breakfast', "I haven't eaten",
            "I haven't eaten today", 'my sugar is low', 'my blood sugar is low',
        ],
        regional={
            'a hypo': 'GB AU',
            "I'm having a hypo": 'GB AU',
        },
        recipes=['HUNGER', 'SHAKY !LEG'],
    ),
    'poor_sleep': Words(
        'poor sleep',
        say=[
            "I'm exhausted", 'exhausted', "I haven't slept", "I can't sleep", 'not sleeping well',
            "I've been sleeping badly", 'insomnia', 'very tired', "I'm so tired", 'worn out', 'no sleep',
            "I'm fatigued", 'fatigue', 'tiredness',
        ],
        regional={
            'knackered': 'GB AU',
            "I'm knackered": 'GB AU',
            'shattered': 'GB AU',
            "I'm shattered": 'GB AU',
        },
        recipes=['TIRED'],
        denied_by=['GOOD_SLEEP !TIRED'],
    ),
    'new_medicine': Words(
        'a new medicine',
        say=[
            'new medication', 'I started a new medication', 'new pills', 'new tablets', 'I started new tablets',
            'a new prescription', 'I changed my medication', 'my doctor changed my pills', 'a sedative',
            'sleeping pills', 'muscle relaxants', 'a muscle relaxer', 'statins', 'I started statins',
        ],
        regional={
            'I started new medication': 'GB AU IN',
        },
        recipes=['NEW_MED'],
        denied_by=['SAME_MEDS !NEW_MED'],
    ),
    'diabetes': Words(
        'diabetes',
        say=[
            "I'm diabetic", 'diabetic', 'type one diabetes', 'type two diabetes', 'type one diabetic',
            'type two diabetic', 'high blood sugar', 'sugar diabetes', 'I take insulin',
        ],
        regional={
            'sugar': 'IN',
            'I have sugar': 'IN',
            'sugar patient': 'IN',
            "I'm a sugar patient": 'IN',
        },
        recipes=['DIABETES !RESULTS_NORMAL'],
        denied_by=['NO_SUGAR', 'DIABETES RESULTS_NORMAL'],
    ),
    'recent_infection': Words(
        'a recent infection',
        say=[
            'the flu', 'flu', 'I had the flu', 'a cold', 'a virus', 'a stomach bug', 'food poisoning',
            'a tick bite', 'I was bitten by a tick', 'lyme disease', 'a chest infection', 'covid', 'an infection',
            'a sore throat', "I've been ill recently",
        ],
        regional={
            'a tummy bug': 'GB AU IN',
            'a bug': 'GB AU IN',
            'gastro': 'AU',
            'I had gastro': 'AU',
            'dengue': 'IN',
            'typhoid': 'IN',
            'malaria': 'IN',
            'viral infection': 'IN',
        },
        recipes=['INFECTION !LONG_AGO'],  # "a cold back in June, but that was ages ago" is not recent
        replies=['FLUID_LOSS !LONG_AGO'],  # "loose motions last week", to "a recent infection, like a stomach bug?"
    ),
    'thyroid': Words(
        'thyroid problem',
        say=[
            'thyroid', 'a thyroid problem', 'thyroid trouble', 'thyroid disease', 'underactive thyroid',
            'an underactive thyroid', 'overactive thyroid', 'hypothyroidism', 'hyperthyroidism',
            'I take thyroxine', 'graves disease', "hashimoto's",
        ],
        recipes=['THYROID !RESULTS_NORMAL'],
        denied_by=['THYROID RESULTS_NORMAL'],
    ),
    'kidney_disease': Words(
        'kidney disease',
        say=[
            'kidney problems', 'kidney trouble', 'kidney failure', 'bad kidneys', 'weak kidneys',
            'chronic kidney disease', 'renal failure', 'dialysis', "I'm on dialysis", "my kidneys don't work well",
        ],
        recipes=['KIDNEY !RESULTS_NORMAL'],
        denied_by=['KIDNEY RESULTS_NORMAL'],
    ),
    'autoimmune': Words(
        'an autoimmune disease',
        say=[
            'autoimmune disease', 'an autoimmune condition', 'lupus', 'I have lupus', 'rheumatoid arthritis',
            'psoriatic arthritis', "sjogren's syndrome", 'vasculitis', 'sarcoidosis', 'scleroderma',
        ],
        recipes=['AUTOIMMUNE'],
    ),
    'poor_diet': Words(
        'a poor diet',
        say=[
            "I'm vegan", 'vegan', "I'm vegetarian", 'vegetarian', "I don't eat meat", "I don't eat much",
            'no dairy', "I don't get much sun", 'I never go outside', 'little sunlight', 'low vitamin d',
            'vitamin d deficiency', 'low vitamin b twelve', 'vitamin b twelve deficiency', 'poor diet',
            'I eat badly', "I don't eat meat or dairy",
        ],
        regional={
            'pure vegetarian': 'IN',
            'pure veg': 'IN',
            "I'm a pure vegetarian": 'IN',
            "I don't eat eggs": 'IN',
        },
        recipes=['POOR_DIET'],
        denied_by=['GOOD_DIET !POOR_DIET'],
    ),
    'circulation_risk': Words(
        'smoking or poor circulation',
        say=[
            'I smoke', 'I smoke cigarettes', 'smoker', "I'm a smoker", 'I used to smoke', 'poor circulation',
            'bad circulation', 'circulation problems', 'blocked arteries', 'hardening of the arteries',
            'poor blood flow to my legs',
        ],
        recipes=['SMOKE !EX_SMOKER !NEVER_SMOKED'],
        denied_by=['NEVER_SMOKED'],
    ),
    'toxin_exposure': Words(
        'chemical exposure',
        say=[
            'chemicals', 'exposed to chemicals', 'I work with chemicals', 'heavy metals', 'lead', 'lead poisoning',
            'mercury', 'mercury poisoning', 'arsenic', 'pesticides', 'I work with pesticides', 'solvents',
            'toxic fumes', 'poisoning',
        ],
        recipes=['TOXIN'],
    ),
    'family_muscle_disease': Words(
        'muscle disease in my family',
        say=[
            'it runs in my family', 'runs in the family', 'muscular dystrophy in my family',
            'my family has a muscle disease', 'a family history of muscle disease', 'my mother had the same thing',
            'my father had the same thing', 'my brother has it too', "it's genetic", 'inherited muscle disease',
            'hereditary',
        ],
        recipes=['FAMILY_MUSCLE'],
    ),
    'low_potassium_risk': Words(
        'low potassium',
        say=[
            'my potassium is low', 'potassium deficiency', 'water pills', 'I take water pills', 'diuretics',
            'I take diuretics', "I'm on a diuretic", 'furosemide', 'lasix', 'hydrochlorothiazide',
        ],
        regional={
            'water tablets': 'GB AU IN',
            'I take water tablets': 'GB AU IN',
        },
        recipes=['LOW_POTASSIUM !RESULTS_NORMAL', 'DIURETIC'],  # water pills, whatever the potassium
        denied_by=['ELECTROLYTES RESULTS_NORMAL !DIURETIC'],  # "they checked his potassium, it was normal"
        unsure_of=['LOW_POTASSIUM'],
    ),
    'leg_or_back_pain': Words(
        'pain in my back or legs',
        say=[
            'pain in my legs', 'pain in my back', 'my legs are painful', 'my back is painful', 'painful legs',
            'leg and back pain', 'my legs and back hurt', 'sore back', 'a sore back',
        ],
        recipes=[],
        replies=[  # "it's agony", "it aches": pain, and nowhere else named
            'PAIN !HEADACHE !HEAD !CHEST !HEART !FACE !ARM !HAND',
            'SEVERE !HEADACHE !HEAD !CHEST !HEART !FACE !ARM !HAND', 'CRAMP',
        ],
    ),
    'everyday_factors': Words(
        "I've been run down",
        say=[
            "I've had a hard few days", 'a hard week', "I've been burning the candle at both ends",
            "I've been doing too much", "I've been run ragged", 'a busy few days', "I've had a busy week",
        ],
        recipes=[],
    ),
    'long_term_condition': Words(
        'a long term condition',
        say=[
            'a chronic condition', 'a chronic illness', 'a long term illness', 'an ongoing health condition',
            'I have a chronic disease', 'a long standing condition', 'I have a long term illness',
        ],
        recipes=[],
    ),
    'other_risks': Words(
        'some risk factors',
        say=[
            'I have risk factors', 'one of those risks', 'some of those risks', 'one of those applies',
            'some of those apply', 'a risk factor', 'I have a risk factor',
        ],
        recipes=[],
    ),
    'fever_or_unwell': Words(
        'feeling ill',
        say=[
            'I feel ill', 'I feel sick and feverish', "I'm ill", "I've been ill", "I'm not well at all",
            "I've been poorly", "I've not been well",
        ],
        recipes=[],
    ),
    'worse_or_unsteady': Words(
        "it's getting worse and I'm unsteady",
        say=[
            "I'm unsteady and it's getting worse", 'worse and wobbly', "it's worse and I keep falling",
            'getting weaker and unsteady', 'worse and unsteady', "it keeps getting worse and I'm unsteady",
        ],
        recipes=[],
    ),
    'other_changes': Words(
        'some other changes',
        say=[
            'other changes', 'a few other changes', 'some of those changes', 'one of those changes',
            "I've noticed some changes", 'I have other symptoms', 'other symptoms',
        ],
        recipes=[],
    ),
    'new_confusion': Words(
        'confusion',
        say=[
            'I feel muddled', "I'm not thinking straight", "I'm all mixed up", "she's confused",
            "he's not making sense", 'confused', "I'm confused",
        ],
        recipes=['CONFUSED'],
        denied_by=['SHARP !CONFUSED'],
    ),
    'chest_pain': Words(
        'chest pain',
        say=[
            'pain in my chest', 'my chest hurts', 'tight chest', 'chest tightness', 'my chest feels tight',
            'pressure in my chest',
        ],
        recipes=['CHEST PAIN', 'CHEST CHEST_TIGHT', 'HEART_ATTACK'],
        denied_by=['CHEST FINE !PAIN !CHEST_TIGHT !HEART_ATTACK'],
    ),
    'sudden_headache': Words(
        'sudden severe headache',
        say=[
            'the worst headache of my life', 'a terrible headache came on suddenly', 'sudden headache',
            'thunderclap headache', 'my head suddenly hurts badly', 'a sudden bad headache',
            'severe pain in my head all of a sudden', 'a sudden splitting headache',
        ],
        recipes=['HEADACHE SUDDEN', 'WORST_HEADACHE', 'HEADACHE HEAD_WORST'],
        denied_by=['NO_HEADACHE', 'HEADACHE MILD', 'HEADACHE GRADUAL !SUDDEN !WORST_HEADACHE',
                   '*HEADACHE GRADUAL !SUDDEN !WORST_HEADACHE'],
    ),
    'swallowing': Words(
        'trouble swallowing',
        say=[
            "I can't swallow", 'difficulty swallowing', "it's hard to swallow", 'I keep choking on food',
            'choking when I drink', 'swallowing is difficult', 'food gets stuck in my throat',
            'it goes down the wrong way', 'I choke on water', "I can't get my tablets down",
        ],
        recipes=['SWALLOW_TROUBLE', 'SWALLOW TROUBLE'],
        denied_by=['SWALLOW FINE', 'SWALLOW NO_TROUBLE'],
        unsure_of=['SWALLOW'],
    ),
    'sudden_then_gone': Words(
        'weakness that came and went suddenly',
        say=[
            'it went weak suddenly then came back', 'my leg went dead for a few minutes',
            'it passed after a few minutes', 'a mini stroke', 'a funny turn', 'it came on suddenly and went away',
        ],
        recipes=[
            '*SUDDEN GONE_AGAIN !STILL_THERE', '*WEAK GONE_AGAIN !EPISODES !STILL_THERE', '*SLUR GONE_AGAIN',
            '*FACE DROOP GONE_AGAIN', '*ARM WEAK GONE_AGAIN', '*ARM NUMB GONE_AGAIN', 'MINI_STROKE',
            '*SPEECH TROUBLE GONE_AGAIN',
            '*BLURRED GONE_AGAIN !HEADACHE', '*FACE_FALLEN GONE_AGAIN',
        ],
        denied_by=['STILL_THERE'],
        replies=['RESOLVED !STILL_THERE !EPISODES'],
    ),
    'cant_get_up': Words(
        "can't get up",
        say=[
            "I've fallen and can't get up", "I can't get up off the floor", "I'm on the floor",
            "I can't put weight on my leg", "I fell and I can't get up", "I'm stuck on the floor",
        ],
        recipes=['ON_FLOOR', 'INJURY CANT_STAND'],
        denied_by=['GOT_UP'],
    ),
    'spine_injury': Words(
        'hurt my back in a fall',
        say=[
            'I hurt my neck in a fall', 'I hurt my back in an accident', 'I injured my spine',
            'I fell and hurt my back', 'I hurt my neck in an accident', 'back injury',
        ],
        recipes=[
            'INJURY BACK PAIN', 'INJURY NECK PAIN', 'INJURY BACK SEVERE', 'INJURY NECK SEVERE', 'INJURY NECK',
            'INJURY BACK LANDED', 'WHIPLASH', 'INJURY SPINE_HURT', 'SPINE_HURT BANGED', 'INJURY BACK BANGED',
            'INJURY NECK BANGED', '*INJURY BACK PAIN SINCE_THEN', '*INJURY NECK PAIN SINCE_THEN',
        ],
        denied_by=['NO_SPINE_HURT'],
    ),
    'neck_pain': Words(
        'neck pain',
        say=[
            'my neck hurts', 'a sore neck', 'pain in my neck', 'stiff painful neck', 'my neck is killing me',
            'neck ache',
        ],
        recipes=['NECK PAIN', 'NECK SEVERE', 'WHIPLASH'],
        denied_by=['NECK FINE !PAIN !SEVERE'],
    ),
    'back_pain': Words(
        'back pain',
        say=[
            'my back hurts', 'backache', 'my lower back hurts', 'bad back', 'my back is sore', 'aching back',
            'a back ache',
        ],
        recipes=['BACK PAIN', 'BACK SEVERE', 'SCIATIC'],
        denied_by=['BACK FINE !PAIN !SEVERE', 'PAIN_NOWHERE'],
    ),
    'cold_leg': Words(
        'a cold leg',
        say=[
            'my leg is cold', 'my foot is cold and pale', 'my foot has gone blue', 'a pale leg',
            'my leg is white and cold', 'cold foot',
        ],
        recipes=['LEG COLD !FEVER !FEEL_COLD', 'LEG PALE', 'FOOT COLD !FEVER !FEEL_COLD', 'FOOT PALE'],
        denied_by=['WARM !COLD !PALE', 'LEG COLOUR_NORMAL !COLD !PALE !URINE', 'FOOT COLOUR_NORMAL !COLD !PALE !URINE'],
        unsure_of=['FOOT !NUMB !TINGLE !PAIN !SWOLLEN'],
    ),
    'severe_leg_pain': Words(
        'severe leg pain',
        say=[
            'terrible pain in my leg', 'my leg is agony', 'my leg hurts really badly', 'excruciating leg pain',
            'really bad pain in my leg', 'severe pain in my thigh', 'my leg is in absolute agony',
        ],
        recipes=['LEG PAIN SEVERE !BACK', 'LEG SEVERE !BACK',
                 '*LEG PAIN SEVERE !BACK !CHEST !HEAD !HEADACHE !NECK !ARM !HAND !FACE !GROIN !HEART'],
        denied_by=['LEG MILD', 'PAIN MILD !BACK', '*PAIN MILD !BACK !SEVERE'],
    ),
    'calf_swelling': Words(
        'a swollen calf',
        say=[
            'my calf is swollen', 'swelling in my calf', 'my calf is swollen and sore', 'one leg is swollen',
            'a puffy calf', 'my calf is red and swollen',
        ],
        recipes=['CALF SWOLLEN', 'ONE_LEG SWOLLEN'],
        denied_by=['NO_SWELLING'],
        unsure_of=['SWOLLEN !FACE !ARM !HAND !BREATH !BREATHLESS', 'CALF'],
    ),
    'cant_pee': Words(
        "can't pee",
        say=[
            "I can't pass urine", "I can't go to the toilet", "I can't urinate", "it's hard to start peeing",
            'trouble peeing', "I haven't peed all day", "it's hard to get my pee started",
            'nothing comes out when I try to pee',
        ],
        regional={
            "it's hard to get my wee started": 'GB AU IN',
            "I can't wee": 'GB AU IN',
        },
        recipes=['CANT_PASS', 'URINE HARD_START', 'BLADDER_TROUBLE'],
        denied_by=['CAN_PEE'],
    ),
    'saddle_numbness': Words(
        'numbness between my legs',
        say=[
            'numb down below', 'my bottom is numb', 'numb around my private parts', 'numbness in my groin',
            'saddle numbness', "I can't feel down there",
        ],
        recipes=['GROIN NUMB', 'GROIN TINGLE'],
        denied_by=['GROIN FINE !NUMB !TINGLE'],
        no_replies=['FEEL_ALL !NUMB !TINGLE'],
        unsure_of=['GROIN !URINE !BOWEL !INCONTINENT'],
    ),
    'palpitations': Words(
        'palpitations',
        say=[
            'my heart is racing', 'my heart is pounding', 'a fluttering heart', 'an irregular heartbeat',
            'my heart skips beats', 'heart palpitations', 'my heart is fluttering',
            'my heart is thumping',
        ],
        recipes=['PALPITATIONS', 'HEART PALPITATE', 'CHEST PALPITATE'],
        denied_by=['HEART FINE'],
        replies=['FAST_BEAT'],
    ),
    'cancer_history': Words(
        'cancer',
        say=[
            'I have cancer', 'I had cancer', "I've had cancer", "I'm having chemo", 'cancer in the past',
            "I'm a cancer patient",
        ],
        # "all clear since" or "fine now" after a cancer does not undo having had it
        recipes=['CANCER', 'CANCER FINE'],
    ),
    'blood_thinners': Words(
        'blood thinners',
        say=[
            'I take blood thinners', "I'm on warfarin", 'I take apixaban', "I'm on rivaroxaban", 'anticoagulants',
            'I take a blood thinner',
        ],
        recipes=['THINNERS'],
    ),
    'head_injury': Words(
        'a head injury',
        say=[
            'I banged my head', 'I knocked my head', 'a bump on my head', 'I bumped my head',
            'I fell and hit my head', 'I hit my head',
        ],
        recipes=['INJURY HEAD', 'HEAD BANGED', 'FACE BANGED !DROOP', 'FACE INJURY !DROOP !SLUR !FACE_FALLEN'],
    ),
    'stroke_signs_now': Words(
        'stroke signs',
        say=[
            "I think I'm having a stroke", "I think it's a stroke", 'stroke symptoms', 'signs of a stroke',
            "she's having a stroke", "he's having a stroke",
        ],
        recipes=['STROKE_WORD'],
    ),
    'heart_lung_head': Words(
        'heart attack signs',
        say=[
            "I think I'm having a heart attack", 'a heart attack', "I can't breathe and my chest hurts",
            'chest pain and breathlessness', 'heart attack symptoms', "I think it's my heart",
        ],
        recipes=[],
    ),
    'fallen_or_confused': Words(
        'fallen and confused',
        say=[
            "I've had a bad fall and I'm confused", "I fell and I'm muddled", 'a fall and confusion',
            'confused after a fall', 'muddled after a fall', 'confused after falling', 'a fall and a bang on the head',
        ],
        recipes=[],
    ),
    'pee_bowels_or_numb': Words(
        'bladder bowel or numbness problems',
        say=[
            "I can't pee and I'm numb down below", 'bladder trouble and dark pee', 'bowel accidents and numbness',
            'wee trouble and numb bottom', 'dark pee and trouble weeing', 'bladder and bowel problems and dark urine',
        ],
        recipes=[],
    ),
    'spreading_cold_or_head': Words(
        'spreading weakness or a cold leg or a knock to the head',
        say=[
            'spreading weakness and a cold leg', 'a cold foot and I hit my head', 'weakness creeping up and a cold leg',
            'banged my head and the weakness is spreading', 'a pale cold leg and spreading weakness',
            'knocked my head and my leg is cold',
        ],
        recipes=[],
    ),
    'spreading_cold_or_infection': Words(
        'spreading weakness or a cold leg or an infection with feeling very unwell',
        say=[
            'weakness spreading and a chilly white leg', 'an infection and I feel terrible', 'a cold foot and a fever',
            'the weakness is creeping up and I feel really ill', 'a pale cold leg and a bad infection',
            'feverish and really unwell and my leg is cold',
        ],
        recipes=[],
    ),
    'sleep_or_medicine': Words(
        'poor sleep or a new medicine',
        say=[
            'bad sleep and new tablets', "I've not slept and started new pills", 'new medication and no sleep',
            'poor sleep and a new prescription', "I'm not sleeping and I'm on new tablets",
            'sleepless nights and new medicine',
        ],
        recipes=[],
    ),
    'cancer_weight_or_autoimmune': Words(
        'cancer or weight loss or an autoimmune illness',
        say=[
            "I've had cancer and lost weight", 'weight loss and lupus', 'cancer and an autoimmune disease',
            "I've lost weight and I have rheumatoid arthritis", 'past cancer and weight loss',
            'an autoimmune condition and weight loss',
        ],
        recipes=[],
    ),
    'diet_toxins_or_family': Words(
        'diet or chemicals or family muscle disease',
        say=[
            "I'm vegan and work with chemicals", 'a poor diet and a family muscle disease',
            'chemicals at work and muscle disease in the family', "I don't eat meat and work with solvents",
            'muscle disease runs in the family and I eat badly', 'a vegan diet and chemicals',
        ],
        recipes=[],
    ),
    'severe_pain_or_swelling': Words(
        'severe pain or a swollen calf',
        say=[
            'severe pain and a swollen calf', 'terrible pain and swelling', 'agony and a swollen leg',
            'really bad pain and a puffy calf', 'severe pain or swelling', 'awful pain and my calf is puffy',
        ],
        recipes=[],
        replies=['SEVERE !HEADACHE !HEAD !CHEST !HEART !FACE !ARM !HAND !NECK'],
    ),
    'back_or_neck_pain': Words(
        'pain in my back or neck',
        say=[
            'my back and neck hurt', 'back and neck pain', 'pain in my back and neck', 'a sore back and neck',
            'my neck and back are sore', 'aching back and neck',
        ],
        recipes=[],
    ),
    'aches_cramps_or_walking': Words(
        'aches or cramps',
        say=[
            'aches and cramps', 'achy and crampy legs', 'my muscles ache and cramp', 'aches and cramps when I walk',
            'cramping and aching', 'sore muscles and cramps',
        ],
        recipes=[],
        replies=['PAIN !HEADACHE !HEAD !CHEST !HEART !FACE !ARM !HAND !NECK !BACK', 'CRAMP'],
    ),
    'spine_nerves': Words(
        'bladder and numbness problems',
        say=[
            'trouble peeing and numb down below', "numb down below and can't pee", 'bladder problems and numbness',
            "can't control my bladder and I'm numb", 'bladder and bowel problems', 'numbness and bladder trouble',
        ],
        recipes=[],
    ),
    'spreading_dark_or_cold': Words(
        'spreading weakness or dark urine',
        say=[
            'spreading weakness and dark urine', 'dark urine and a cold leg', 'a cold leg and spreading weakness',
            'weakness spreading and dark pee', 'dark pee and a cold foot', 'spreading numbness and dark urine',
        ],
        recipes=[],
    ),
}

# What a person has or takes, and may set beside a relative's: "my mum's got the diabetes but I haven't" denies it
# of the person.  Only these: a sign ("my husband has chest pain but I don't") is never denied by "I don't" alone,
# as a carer may be speaking of the very person the skill asks about.
CONDITIONS = (
    "diabetes", "thyroid", "kidney_disease", "autoimmune", "cancer_history", "blood_thinners", "low_potassium_risk",
    "circulation_risk", "family_muscle_disease", "poor_diet", "toxin_exposure", "new_medicine",
)
