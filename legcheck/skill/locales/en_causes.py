"""English words for causes and emergency signs, written in our own words from the seed text
(docs/leg-weakness-causes.txt) and the guidance pages of legcheck.rules.sources."""

FAMILIES = {
    "temporary": "everyday, temporary factors",
    "nerve": "a nerve problem",
    "muscle": "a muscle problem",
    "systemic": "a whole-body illness",
}

# cause id -> (spoken name, one-line explanation from the seed text)
CAUSES = {
    "overexertion": ("tired muscles after hard exercise",
                     "Hard exercise can leave muscles tired and weak, sometimes sore for a day or two after."),
    "dehydration_electrolytes": ("low fluids or salts",
                                 "Losing fluids, or too little potassium or sodium, upsets how muscles and nerves "
                                 "work, causing weakness or spasms."),
    "low_blood_sugar": ("low blood sugar", "When blood sugar is low, muscles lack the energy to work properly."),
    "minor_injury": ("a minor injury",
                     "A sprain, strain or bruise can weaken a leg for a while, and usually settles with rest."),
    "sleep_loss": ("lack of sleep or exhaustion",
                   "Too little sleep or exhaustion drains the body's energy and can make legs feel weak."),
    "medication": ("a side effect of a medicine",
                   "Some medicines, such as sedatives or muscle relaxants, can cause leg weakness as a side effect."),
    "peripheral_neuropathy": ("peripheral neuropathy",
                              "Peripheral neuropathy is damage to the nerves outside the brain and spinal cord. It "
                              "often brings weakness, numbness or tingling in the feet, and can come from diabetes, "
                              "infections, low vitamins or toxins."),
    "sciatica": ("sciatica",
                 "Sciatica is when the nerve running from the lower back down the leg is pressed or irritated, "
                 "causing pain, numbness, tingling and weakness along that leg."),
    "spinal_cord": ("a problem in the spine",
                    "A slipped disc, a narrowed spine, an injury or something pressing on the spinal cord can block "
                    "the signals between the brain and the legs."),
    "stroke": ("a stroke",
               "A stroke is when blood stops reaching part of the brain. It can cause sudden weakness or numbness, "
               "often on one side, including the leg."),
    "multiple_sclerosis": ("multiple sclerosis",
                           "Multiple sclerosis is when the immune system attacks the brain and spinal cord; leg "
                           "weakness can come and go."),
    "guillain_barre": ("Guillain-Barre syndrome",
                       "Guillain-Barre syndrome is a rare condition where the immune system attacks the nerves. "
                       "Weakness starts in the feet and legs and spreads upward, over days."),
    "myopathy": ("a muscle disease",
                 "Muscle diseases, such as muscular dystrophy or an inflamed muscle, stop the muscle fibres working "
                 "properly."),
    "electrolyte_imbalance": ("low potassium or high calcium",
                              "Very low potassium or high calcium stops muscles contracting properly."),
    "muscle_injury": ("an injured muscle or bone",
                      "An accident, a fall or a bad strain can damage the leg itself and weaken it."),
    "rhabdomyolysis": ("rhabdomyolysis, a fast breakdown of muscle",
                       "Rhabdomyolysis is when damaged muscle breaks down quickly; it causes severe weakness and "
                       "can harm the kidneys."),
    "infection": ("an infection affecting the muscles",
                  "Infections such as flu or Lyme disease can make muscles weak and painful."),
    "nutritional_deficiency": ("a lack of vitamin B12 or vitamin D",
                               "Too little vitamin B12 or vitamin D can affect the nerves and muscles."),
    "diabetes": ("diabetes", "Diabetes that isn't well controlled can cause weakness and damage the nerves."),
    "thyroid": ("a thyroid problem", "Both an underactive and an overactive thyroid can weaken the muscles."),
    "kidney_disease": ("kidney disease", "Kidney disease can cause muscle weakness."),
    "autoimmune": ("an autoimmune disease",
                   "Autoimmune diseases, such as lupus or rheumatoid arthritis, can cause weakness through "
                   "inflammation."),
    "peripheral_artery_disease": ("poor circulation in the legs",
                                  "When the arteries to the legs narrow or block, too little blood gets through; "
                                  "legs can be weak, painful or cramp when walking."),
    "systemic_infection": ("an infection of the whole body",
                           "An infection of the whole body, such as severe flu or sepsis, can make the legs heavy "
                           "and weak."),
    "toxins": ("chemicals or heavy metals",
               "Some chemicals and heavy metals can damage nerves or muscles and weaken the legs."),
}

# emergency sign id -> what it may mean, in plain words
SIGNS = {
    "stroke_signs": "These can be signs of a stroke.",
    "sudden_weakness": "Weakness that comes on suddenly can be a sign of a stroke.",
    "passing_stroke_signs": "Even when it passes, this can be a mini-stroke, which needs checking at once.",
    "breathing_difficulty": "Weakness with trouble breathing needs help at once.",
    "swallowing_difficulty": "Weakness with trouble swallowing needs help at once.",
    "chest_pain": "Chest pain can be a heart attack.",
    "sudden_headache": "A sudden severe headache can be bleeding in the brain or a stroke.",
    "new_confusion": "Sudden confusion can mean a stroke or a serious infection.",
    "fall_cant_get_up": "After a fall, not being able to get up or stand needs an ambulance.",
    "spinal_injury": "This can mean an injury to the spine.",
    "hurt_cant_walk": "Being hurt and unable to walk or stand properly can mean a broken bone.",
    "head_injury": "Weakness after a knock to the head can mean an injury to the brain.",
    "bleeding_risk": "On blood thinners, a fall or a knock to the head needs a scan within hours.",
    "cord_compression": "This can mean pressure on the nerves of the spine.",
    "cancer_spine": "After cancer, back pain with weak legs can mean pressure on the spinal cord.",
    "spinal_infection": "A fever with severe back pain can be an infection near the spine.",
    "ascending_weakness": "Weakness spreading upward can be Guillain-Barre syndrome, which can affect breathing.",
    "muscle_breakdown": "Dark pee with weakness can mean muscle breakdown that harms the kidneys.",
    "blocked_artery": "A cold, pale leg can mean a blocked artery.",
    "heart_rhythm": "With water pills or fluid loss, palpitations can mean low potassium affecting the heart.",
    "severe_infection": "This can be a serious infection such as sepsis.",
    "low_sugar_unwell": "With diabetes, this can be a serious low blood sugar.",
    "sepsis_signs": "With an infection, not peeing all day can be a sign of sepsis.",
}
