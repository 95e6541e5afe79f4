"""How people name each cause (for "what is sciatica?"): the name and phrases the voice models offer Alexa,
and the recipes the resolver uses when Alexa could not match the words (legcheck/lexicon/concepts.py).
"""
from legcheck.lexicon.words import Words

CAUSES = {
    'overexertion': Words(
        'overexertion',
        say=[
            'tired muscles after hard exercise', 'overdoing it', 'too much exercise', 'muscle fatigue',
            'tired muscles', 'doms', 'delayed onset muscle soreness', 'exercise fatigue',
        ],
        recipes=['EXERCISE MUSCLE', 'OVEREXERTION'],
    ),
    'dehydration_electrolytes': Words(
        'dehydration',
        say=[
            'low fluids or salts', 'low fluids', 'low salts', 'not enough fluids', 'being dehydrated',
            'electrolytes', 'dehydration and electrolytes',
        ],
        recipes=['DEHYDRATION'],
    ),
    'low_blood_sugar': Words(
        'low blood sugar',
        say=[
            'hypoglycemia', 'hypoglycaemia', 'a hypo', 'low sugar', 'low glucose', 'sugar crash',
        ],
        recipes=['HUNGER'],
    ),
    'minor_injury': Words(
        'a minor injury',
        say=[
            'minor injury', 'a sprain', 'sprain', 'a strain', 'strain', 'sprains and strains', 'bruising',
            'a bruise',
        ],
        recipes=['SPRAIN'],
    ),
    'sleep_loss': Words(
        'lack of sleep or exhaustion',
        say=[
            'lack of sleep', 'sleep loss', 'sleep deprivation', 'not sleeping', 'exhaustion', 'tiredness',
        ],
        recipes=['TIRED'],
    ),
    'medication': Words(
        'a side effect of a medicine',
        say=[
            'a medicine side effect', 'side effects', 'drug side effects', 'medication', 'medicine', 'sedatives',
            'muscle relaxants', 'muscle relaxers',
        ],
        recipes=['NEW_MED'],
    ),
    'peripheral_neuropathy': Words(
        'peripheral neuropathy',
        say=[
            'neuropathy', 'nerve damage', 'peripheral nerve damage', 'diabetic neuropathy', 'polyneuropathy',
            'damaged nerves',
        ],
        recipes=['NEUROPATHY'],
    ),
    'sciatica': Words(
        'sciatica',
        say=[
            'the sciatic nerve', 'sciatic nerve pain', 'sciatic pain', 'a trapped sciatic nerve', 'radiculopathy',
            'lumbar radiculopathy',
        ],
        recipes=['SCIATIC'],
    ),
    'spinal_cord': Words(
        'a problem in the spine',
        say=[
            'a spinal problem', 'a spine problem', 'spinal cord', 'spinal cord compression', 'spinal cord injury',
            'a slipped disc', 'a herniated disc', 'a herniated disk', 'a bulging disc', 'spinal stenosis',
            'stenosis', 'cauda equina', 'cauda equina syndrome',
        ],
        recipes=['SPINE_PROBLEM'],
    ),
    'stroke': Words(
        'a stroke',
        say=[
            'stroke', 'a mini stroke', 'brain attack', 't. i. a.', 'transient ischemic attack',
            'transient ischaemic attack', 'cerebrovascular accident',
        ],
        recipes=['STROKE_WORD', 'MINI_STROKE'],
    ),
    'multiple_sclerosis': Words(
        'multiple sclerosis',
        say=[
            'MS', 'm. s.', 'sclerosis', 'relapsing remitting multiple sclerosis', 'disseminated sclerosis',
        ],
        recipes=['MS'],
    ),
    'guillain_barre': Words(
        'guillain barre syndrome',
        say=[
            'guillain barre', 'GBS', 'g. b. s.', 'gillian barre', 'gillian barre syndrome',
        ],
        recipes=['GBS'],
    ),
    'myopathy': Words(
        'a muscle disease',
        say=[
            'muscle disease', 'myopathy', 'muscle disorder', 'muscular dystrophy', 'polymyositis', 'myositis',
            'inflammatory myopathy',
        ],
        recipes=['MYOPATHY'],
    ),
    'electrolyte_imbalance': Words(
        'low potassium or high calcium',
        say=[
            'low potassium', 'high calcium', 'electrolyte imbalance', 'hypokalemia', 'hypokalaemia',
            'hypercalcemia', 'hypercalcaemia', 'potassium',
        ],
        recipes=['ELECTROLYTES'],
    ),
    'muscle_injury': Words(
        'an injured muscle',
        say=[
            'a muscle injury', 'muscle injury', 'a torn muscle', 'a muscle tear', 'a pulled muscle',
            'a muscle strain', 'muscle trauma',
        ],
        recipes=['TORN_MUSCLE'],
    ),
    'rhabdomyolysis': Words(
        'rhabdomyolysis',
        say=[
            'rhabdo', 'a fast breakdown of muscle', 'muscle breakdown', 'exertional rhabdomyolysis',
        ],
        recipes=['RHABDO'],
    ),
    'infection': Words(
        'an infection affecting the muscles',
        say=[
            'infection', 'an infection', 'muscle infection', 'viral myositis', 'lyme disease', 'influenza', 'flu',
        ],
        recipes=['INFECTION MUSCLE'],
    ),
    'nutritional_deficiency': Words(
        'a lack of vitamin b twelve or vitamin d',
        say=[
            'vitamin deficiency', 'nutritional deficiency', 'vitamin b twelve deficiency', 'b twelve deficiency',
            'vitamin d deficiency', 'low vitamin d', 'lack of vitamins', 'malnutrition',
        ],
        recipes=['VITAMIN'],
    ),
    'diabetes': Words(
        'diabetes',
        say=[
            'diabetic', 'type one diabetes', 'type two diabetes', 'high blood sugar', 'sugar diabetes',
            'uncontrolled diabetes',
        ],
        recipes=['DIABETES'],
    ),
    'thyroid': Words(
        'a thyroid problem',
        say=[
            'thyroid', 'thyroid problem', 'thyroid disease', 'underactive thyroid', 'overactive thyroid',
            'hypothyroidism', 'hyperthyroidism',
        ],
        recipes=['THYROID'],
    ),
    'kidney_disease': Words(
        'kidney disease',
        say=[
            'kidney failure', 'renal failure', 'renal disease', 'chronic kidney disease', 'kidney problems',
            'kidneys',
        ],
        recipes=['KIDNEY'],
    ),
    'autoimmune': Words(
        'an autoimmune disease',
        say=[
            'autoimmune disease', 'autoimmune', 'autoimmunity', 'lupus', 'rheumatoid arthritis', 'inflammation',
        ],
        recipes=['AUTOIMMUNE'],
    ),
    'peripheral_artery_disease': Words(
        'poor circulation in the legs',
        say=[
            'peripheral artery disease', 'peripheral arterial disease', 'peripheral vascular disease', 'PAD',
            'p. a. d.', 'poor circulation', 'blocked arteries', 'narrowed arteries', 'claudication',
        ],
        recipes=['CIRCULATION'],
    ),
    'systemic_infection': Words(
        'an infection of the whole body',
        say=[
            'sepsis', 'septicemia', 'septicaemia', 'blood poisoning', 'systemic infection', 'whole body infection',
            'severe infection',
        ],
        recipes=['SEPSIS'],
    ),
    'toxins': Words(
        'chemicals or heavy metals',
        say=[
            'toxins', 'environmental toxins', 'heavy metals', 'chemicals', 'lead poisoning', 'mercury poisoning',
            'poisoning',
        ],
        recipes=['TOXIN'],
    ),
}
