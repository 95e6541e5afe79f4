"""Concepts: the words people use for one idea, as regular expressions over normalised text (lower case,
"cannot" -> "can't", curly quotes straightened).  British, Indian, Australian and Canadian words sit beside the
American ones ("wee", "loose motions", "crook", "poorly").  A finding (legcheck.lexicon.findings) is recognised
when all the concepts of one of its recipes occur in one clause.

Body concepts name where; the others name what is wrong.  Only what is wrong can be negated ("my back doesn't
hurt": the pain is denied, not the back).  Phrases that contain a negation but report a symptom ("can't feel my
feet", "my leg won't hold me") are concepts of their own, matched before any negation is looked for.
"""

# Where: body parts (never negated themselves).
BODY = {
    "LEG": r"legs?|thighs?|calf|calves|knees?|shins?|hips?|ankles?|feet|foot|toes?|hamstrings?|quads?|limbs?|"
           r"lower half|pins|heels?",
    "BACK": r"backache|"
            r"(?<!weeks )(?<!week )(?<!days )(?<!day )(?<!months )(?<!month )(?<!years )(?<!year )(?<!while )"
            r"back(?! (?:garden|yard|home|up|to|then|again|door|passage|seat|of the (?:leg|knee|thigh|calf)|from|"
            r"and forth|on (?:my|her|his) feet|off|down|in|out|now|later|inside|there|here|asleep|"
            r"of (?:the|my|her|his) (?:head|hand|hands|throat|eye|eyes|mind|car|queue|house|bus|cupboard))\b)|"
            r"spine|spinal|lumbar|backbone|lower back|waist|tailbone|coccyx|buttocks?",
    "NECK": r"neck",
    "CHEST": r"chest|breastbone|heart area",
    "HEAD": r"head|skull|forehead|noggin",
    "FACE": r"face|facial|mouth|cheeks?|smile|smiles|smiling|lips?|eyelids?|jaw",
    "ARM": r"arms?|shoulders?|elbows?",
    "HAND": r"hands?|fingers?|wrists?",
    "SPEECH": r"speech|speak(?:ing|s)?|spoke|spoken|talk(?:ing|s|ed)?|words?|sentences?|voice|sayings?|say things|"
              r"mumbl\w*",
    "VISION": r"vision|eyesight|sight|eyes?|seeing|see (?:properly|straight|clearly|right)|blind\w*",
    "URINE": r"urine|urinat\w*|wee\b|wees|weeing|weed|pee\b|pees|peeing|peed|piss\w*|water works|waterworks|"
             r"passing water|pass water|toilet|loo|bathroom|bladder|(?:my|her|his|dad's|mum's|mom's|nan's) water",
    "BOWEL": r"bowels?|poo\w*|stools?|motions?|number two|soil\w*",
    "CALF": r"calf|calves",
    "GROIN": r"butt|backside|private (?:part|parts|area)|when (?:i|she|he) wipes?|perineum|groin|private parts|"
             r"privates|genitals?|down below|down there|between (?:my|her|his|the) legs|inner thighs?|saddle|bum|"
             r"bottom|back passage|undercarriage|wiping|when (?:i'm|i am|she's|she is|he's|he is) (?:washing|wiping)|"
             r"after (?:the |using the )?(?:toilet|loo)|seat area|(?:the )?(?:part|bit|area) (?:you|i|we) sit on",
    "MUSCLE": r"muscles?|muscly|body(?= (?:pain|pains|ache|aches)\b)",
    "HEART": r"heart\w*|pulse|ticker",
    "FOOT": r"feet|foot|toes?",
}

# An animal's or a thing's: "my cat is sick" (the whole sentence is about the animal), "the chair leg is broken",
# "his tea's gone cold" (only that clause is not about the person: "his mouth is droopy and his tea's dribbling out").
_OWNED = r"(?:(?:my|our|the|his|her|their|a|this|that) (?:\w+'s )?|^(?:\w+'s )?)(?:(?:diabetic|old|sick|poorly) )?"
_ANIMALS = (r"cat|cats|dog|dogs|puppy|kitten|pet|pets|budgie|cow|cows|sheep|goat|goats|chook|chooks|pig|pigs|bull|"
            r"lamb|ewe|donkey|parrot|bird|horse|pony|rabbit|hamster|goldfish|fish")
_THEN = (r"(?:'s| is| was| has| have| needs| broke| won't| keeps| looks| seems| are| were| got| went| leg| legs| "
         r"battery| keep| fell| blew|\b(?= (?:is|was) (?:sick|ill|limping|broken|dead|dying)))")

# What is wrong, or what happened (ANIMAL and SOMEONE_ELSES mark what is not about the person; IDIOM
# takes words that are not symptoms).
STATE = {
    "PAIN": r"(?:are|is|'re|'s) shot\b|destroyed|wrecked|trashed|giving (?:me|her|him) (?:absolute |pure |"
            r"bloody )(?:hell|gyp|gip|jip)|crick|"
            r"complain\w* of|(?:feel|feels|feeling) (?:all )?bruised|backache|pain\w*|hurt\w*|ach\w*|sore\w*|"
            r"agony|agonis\w*|agoniz\w*|killing me|"
            r"throbb\w*|stabbing|shooting|burn\w*|tender|paining|excruciating|twinges?|niggl\w*|crook|stiff\w*|"
            r"kill (?:me|her|him)|"
            r"playing up|giving me grief|giving (?:me|her|him) (?:gyp|gip|jip|hell)|zings?|zinging|electric shocks?|"
            r"murder|bad(?= (?:back|neck)\b)",
    "SEVERE": r"like mad|like crazy|like the devil|like billy-?o|too much pain|pain is too much|very much pain|"
              r"(?:absolute|pure|bloody|living) hell|murder|in bits|bent double|can't straighten(?: up)?|shocking|"
              r"dreadful|absolutely killing|severe\w*|"
              r"terribl\w*|really bad\w*|so bad\w*|very bad\w*|"
              r"awful\w*|unbearabl\w*|agony|agonis\w*|agoniz\w*|excruciating|killing me|worst|intense|crippling|"
              r"can't bear(?! (?:any |my |her |his |the )?weight)|horrendous|screaming|ten out of ten|badly|bad pain|"
              r"extreme\w*|sharp pain|really hurts|crying with (?:it|the pain)|in tears (?:with|from) (?:it|the pain)|"
              r"really painful|so painful|very painful|bad (?:back |leg |neck )pain|"
              r"(?:hurts|hurting|aches|aching) (?:a lot|so much|like hell|like crazy)",
    "RADIATE": r"down (?:my|her|his|the) (?:right|left) (?:leg|thigh|calf|foot|buttock)|shoot\w*|down (?:my|her|his|"
               r"the|into|to) (?:leg|legs|thigh|calf|foot|bum|buttock)|radiat\w*|"
               r"travel\w* down|runs? down|goes down|going down|down the back of (?:my|her|his) leg|"
               r"into (?:my|her|his|the) (?:leg|legs|bum|buttock)|spreads? down|"
               r"(?:going|goes|went|runs|running|comes|coming) (?:till|until|all the way to|right to|"
               r"right down to) (?:my|her|"
               r"his|the) (?:heel|heels|foot|feet|toes|ankle|ankles|knee|calf)|"
               r"(?:going|goes|coming|comes|came|went|travels|travelling|traveling|moving|moves|spreading|spreads|"
               r"radiating|running|shooting|shoots) (?:from|down from) (?:my |her |his |the )?(?:lower )?"
               r"(?:back|waist|hip|spine|bum|buttocks?|backside)|"
               r"(?:going|goes|coming|comes|came|went|travels|travelling|traveling|moving|moves|spreading|spreads|"
               r"radiating|running|shooting|shoots) down (?:to|into|till|until|up to) (?:my |her |his |the )?"
               r"(?:right |left )?(?:leg|legs|knee|knees|foot|feet|calf|calves|thigh|thighs|toes|ankle|heel)|"
               r"(?:goes|going|runs|running|travels|travelling|traveling|shoots|shooting|spreads|spreading|comes|"
               r"coming) "
               r"all the way (?:down )?(?:to|into|till|until) (?:my |her |his |the )?(?:right |left )?"
               r"(?:leg|legs|knee|knees|foot|feet|calf|calves|thigh|thighs|toes|ankle|heel)|"
               r"from (?:my |her |his |the )?(?:lower )?(?:back|waist|hip|spine|bum|buttocks?) (?:all the way )?"
               r"(?:down )?(?:to|into|till|until) (?:my |her |his |the )?(?:right |left )?"
               r"(?:leg|legs|knee|knees|foot|feet|calf|calves|thigh|thighs|toes|ankle|heel)",
    "SCIATIC": r"sciatica|sciatic|trapped nerve|pinched nerve|slipped disc|slipped disk|herniated|bulging disc",
    "CRAMP": r"charley horse\w*|cramp\w*|(?:leg|legs|foot|feet|muscle|muscles|calf|calves|thigh|thighs) (?:keeps? |"
             r"keep on |keeps on |is |are )?(?:jerking|jumping|flickering)|spasm\w*|twitch\w*|seiz\w* up|"
             r"charley horse|knots?|catch(?:es|ing)?\b",
    "WEAK": r"(?:(?<=legs )|(?<=leg )|(?<=knees ))(?:just |suddenly |completely |simply )?(?:went|gone)\b(?! (?:to|"
            r"for a|out|into|home|up|down|back|on|through|numb|weak|dead|floppy|wobbly|stiff|cold|blue|pale|red|"
            r"purple|black|white|all|a bit|funny|odd|strange|weird)\b)|" r"weak\w*|(?:not (?:having|got|have|has) any|"
            r"no|lost (?:all )?(?:its|the|my|her|his)?) ?(?:strength|"
            r"power)\b|switched off|gave way|give way|gives way|giving way|buckl\w*|jelly|wobbl\w*|heavy|heaviness|"
            r"floppy|dead|"
            r"(?:no|not much|have no|has no|without) (?:strength|power|energy in)|"
            r"lost (?:all )?(?:the |their |my |her |his )?(?:strength|power)|can't move|won't (?:hold|work|move|take)|"
            r"doesn't work|don't work|not working|stopped working|collaps\w*|went from under|weakness|feeble|dragg\w*|"
            r"useless|paralys\w*|paralyz\w*|limp\b|numb and weak|gave out|give out|went from under (?:me|her|him)|"
            r"folded|noodles?|like lead|legs went|leg went|couldn't move|can't move|can't lift|can't raise|won't carry|"
            r"(?:won't|wouldn't) do (?:anything|a thing)|packed (?:it )?in|"
            r"packed up|conked out|carked it|died on (?:me|her|him)|gave up on (?:me|her|him)|"
            r"(?:turned|went|gone) to (?:jelly|mush|water)|went out from under",
    "ONSET": r"came on|come on|came out of|came from|comes on|started|start\b|began|begun|happened|hit (?:me|her|"
             r"him)|kicked in|went|gone|"
             r"got|woke up|it was",
    "CANT_WALK": r"(?:getting|going|climbing|walking) up (?:the )?stairs (?:is|are|has been) (?:a (?:real |"
                 r"bit of a )?)?(?:struggle|battle|nightmare|hard|difficult)|struggl\w* (?:\w+ ){0,3}(?:with|on|"
                 r"up) the stairs|(?:walking|standing) is (?:very |really |so |quite )?(?:difficult|hard)|"
                 r"need\w* (?:support|help|a stick|a frame|something to hold) to (?:walk|stand)|(?:with|using|uses|"
                 r"use|need\w*) (?:a )?(?:walking )?(?:stick|cane|walker|zimmer)|" r"(?:i'm|i am|i feel|feel|feels|"
                 r"feeling|felt|she's|he's|she is|he is|are|is|went|gone|go|goes|going|"
                 r"all|so|very|a bit|bit|really|quite|just|and|bit of a) wobbly|(?:barely|hardly) (?:hold|"
                 r"keep) (?:myself|herself|himself) (?:up|upright)|"
                 r"hold (?:on ?to )?(?:the )?(?:wall|walls|furniture) to walk|hanging on ?to (?:the )?(?:furniture|"
                 r"walls?)|all over the place when (?:i|she|he) walks?|shoogly|on (?:her|his|my) (?:bum|bottom|"
                 r"backside) more than (?:her|his|my) feet|can't move (?:my|his|her|their|both) legs|(?:went|gone|go|"
                 r"going|goes) (?:out )?from under (?:me|her|him|them)|(?:gone |went |go |going )?"
                 r"(?:right )?off (?:his|her|my|their) legs|hobbl\w*|limp\w* (?:badly|a lot|around|about)|"
                 r"wobbl\w* (?:all over|about|around)|grab (?:the|onto the|on to the) walls?|(?:barely|"
                 r"hardly) (?:walk|stand|move)|"
                 r"hold(?:ing|s)? on ?to (?:the )?(?:furniture|walls?)|get about|"
                 r"(?:leg|legs|knee|knees) (?:won't|wouldn't|can't|don't|doesn't) (?:carry|hold|support|bear) (?:me|"
                 r"her|him|them)"
                 r"(?: up)?|"
                 r"stagger\w*|"
                 r"bumping into (?:things|walls|furniture|doors|everything)|walking like (?:i'm|i've|she's|he's|a) "
                 r"(?:\w+ ){0,2}(?:drunk|a few|drinking)|can't walk|unable to walk|hard to walk|"
                 r"difficult\w* walking|trouble walking|struggl\w* to walk|struggl\w* walking|can't stand|"
                 r"hard to stand|can't get around|unsteady|off balance|lose (?:my|her|his) balance|"
                 r"losing (?:my|her|his) balance|balance is|wobbly on|shuffl\w*|keep falling|keeps falling|tripp\w*|"
                 r"stumbl\w*|can't manage the stairs|need a stick|walking frame|hold on to the furniture|"
                 r"(?:need|needs|needing|using|use|uses|on) (?:a|the|my|her|his) (?:cane|stick|walking stick|walker|"
                 r"frame|zimmer|wheelchair)|(?:barely|hardly|can't) (?:get|make it) (?:to|up|down|across|round|around)|"
                 r"(?:hard|difficult|struggle|struggling|tough) (?:\w+ )?(?:to )?(?:climb|climbing|get up|getting up) "
                 r"(?:the )?(?:stairs|steps)|hold (?:the|onto the|on to the) (?:rail|railing|banister|bannister)|"
                 r"(?:legs?|knees?) (?:are |is |keep |keeps )?giving (?:way|out)|"
                 r"walk properly|can't keep (?:my|her|his) balance|"
                 r"(?:leg|legs|knee|knees) (?:keep |keeps |kept |just |have |has |had |always |"
                 r"often )?(?:been )?(?:giving way|"
                 r"give way|"
                 r"gave way|gives way|giving out|give out|gave out|gives out|buckling|buckle|buckled|going from under)|"
                 r"wobbly (?:legs|on (?:my|her|his) feet)|poor balance|bad balance|balance (?:is )?(?:poor|bad|off|"
                 r"gone)|"
                 r"foot drop|drop foot|(?:foot|feet|leg) (?:drags|dragging)|dragging (?:my|her|his) (?:foot|feet|leg)|"
                 r"trip over (?:my|her|his) (?:own )?feet|"
                 r"can't get (?:up )?(?:out of|up from|off|up off) (?:the|a|my|her|his) (?:chair|bed|sofa|couch|seat|"
                 r"toilet|loo|armchair|recliner|car|bath|settee)|can't stand up from|can't get out of bed",
    "NUMB": r"loss of (?:feeling|sensation)|losing (?:the )?(?:feeling|sensation)|no sensation|not getting sensation|"
            r"can't feel anything|"
            r"can't feel (?:my|her|his) (?:legs?|feet|foot|toes|bum|butt|bottom)|numb\w*|can't (?:properly |really |"
            r"quite )?feel|no feeling|"
            r"lost (?:all )?(?:the )?feeling|not much feeling|dead feeling|don't have (?:any )?feeling|cotton wool|"
            r"feel like (?:wood|rubber)|no sensation|gone to sleep|"
            r"(?:legs?|feet|foot) (?:is |are |keeps? )?(?:going |gone )?asleep|won't wake up|dead leg|gone dead|"
            r"went dead",
    "TINGLE": r"tingl\w*|pins and needles|prickl\w*|buzz\w*|electric(?!ity)\w*|crawling|fizz\w*|burning feet|"
              r"feet burn\w*|"
              r"(?:feet|foot|soles|toes) (?:are |is |keep |keeps )?burning|"
              r"(?:feet|foot|soles|toes) (?:are |is |feel |feels |feel like they're |feel like they are |"
              r"feels like it's )?on fire",
    "SWOLLEN": r"(?:has |have |'s )?blown up|ballooned|" r"swell\w*|swollen|puff\w*|bloated|fat (?:calf|leg)|"
               r"bigger than the other|twice the size",
    "COLD": r"cold|colder|icy|ice|freezing|chilly",
    # the whole person feeling cold, not a cold limb
    "FEEL_COLD": r"(?:i'm|i am|i feel|i've been|feeling|feels|she's|he's|i get|always) (?:always |so |really |very )?"
                 r"(?:cold|freezing|chilly)",
    "PALE": r"pale|white|(?<!of the )blue|bluish|purpl\w*|grey|gray|mottled|colourless|colorless|dusky|blotchy|"
            r"no colour|no color|"
            r"lost (?:its|the) colou?r",
    "DROOP": r"hanging (?:there|limp|loose|useless)|just hanging|floppy|gone limp|(?:is|went|goes) limp|droop\w*|"
             r"drop\w*|sagg\w*|lopsided|crooked|one sided|uneven|twisted|slack|pulled down|down on one side|"
             r"not moving(?! up| higher)|funny|odd|weird|strange|numb\w*|paralys\w*|frozen|to one side|"
             r"towards one side|"
             r"hanging down|hangs down|(?:down|drooping|dropped) at (?:one|the) corner|drift\w* (?:down|downwards?)|"
             r"only one side (?:of (?:his|her|my|the) (?:mouth|face|smile) )?(?:goes up|moves|works|lifts)",
    # a face or mouth that has "fallen" (not a fall)
    "FACE_FALLEN": r"(?:dribbl\w*|drool\w*) (?:\w+ ){0,2}(?:side|corner) of (?:his|her|my|the) mouth|(?:side|"
                   r"corner) of (?:his |her |my |the )?mouth (?:is |has |keeps )?(?:going|gone|goes|went|drooping|"
                   r"dropped|dropping)(?: down)?|" r"(?:face|mouth|smile|cheek|lip|lips|eyelid)(?:'s)? (?:is |has |"
                   r"had |looks |look |looking |seems |"
                   r"gone |got |kind of |a bit |sort of |all |been |slightly |just |like it's |like it has |"
                   r"as if it's )*"
                   r"(?:fallen|slipped)|"
                   r"fallen (?:face|mouth|smile|cheek)",
    "SLUR": r"mushed|all mushed|mixing up (?:my |her |his |the )?words|mix(?:es|ed|ing)? (?:my |her |his )?words up|"
            r"(?:saying|says|said|using|uses) the wrong (?:word|words|name|names)|coming out (?:all )?(?:wrong|funny|"
            r"mushed|jumbled)|"
            r"speech (?:is )?(?:not clear|unclear)|tongue (?:is )?(?:getting )?stuck|words (?:are )?not coming|"
            r"slurr\w*|jumbled|garbled|mumbl\w*|muddled words|wrong words|can't get (?:my|her|his|the) words|"
            r"can't speak|can't talk|trouble speaking|trouble talking|difficult\w* speaking|hard to speak|"
            r"not making sense|(?:sounds|sound|sounding|talking|talks|speaking|speaks|speech|like|"
            r"as if) (?:\w+ ){0,2}drunk|"
            r"sounds? like (?:she's|he's|i'm|she|he) (?:had a (?:few|skinful)|been drinking)|"
            r"none of it (?:is |makes )?(?:proper words|sense)|not (?:proper|real) words|words come out|"
            r"words are coming out|can't find (?:the|my|her|his) words|"
            r"speech (?:is |was |went |goes |going |gone |got |has gone |became )(?:all )?(?:funny|odd|weird|strange|"
            r"off|wrong|"
            r"slow|slurred|slurry|muddled|thick)|talking funny|talking rubbish|gibberish",
    "BLURRED": r"loss of (?:vision|sight|eyesight)|losing (?:my |her |his |the )?(?:sight|vision|eyesight)|"
               r"lost (?:my |her |his )?(?:vision|eyesight)|blur\w*|(?<!bent )double(?! shifts?)|can't see|lost (?:my|"
               r"her|his|"
               r"the) sight|"
               r"black\w* out|dim|fuzzy|"
               r"hazy|curtain|half (?:my|her|his|the) vision|lost vision|can't see properly|seeing two|seeing double|"
               r"sight went|vision went|half of (?:what|whatever|everything) (?:i|she|he) (?:look at|see|looks at|"
               r"sees)|"
               r"can only see half|(?:everything|things)(?:'s| is| are|'re) (?:doubled|double)|blind coming down|"
               r"lost the sight",
    # "everything went dark": sight, unless the pee is what has gone dark (speech_or_vision's recipes)
    "GONE_DARK": r"gone dark|went dark|going dark|goes dark",
    "LOST_CONTROL": r"loss of (?:bladder |bowel )?control|not controlling|uncontroll\w*|without control|lost control|"
                    r"losing control|lose control|"
                    r"no control|can't control|can't hold|not in control|out of control|"
                    r"couldn't hold|leak\w*|can't keep it in|not holding|"
                    r"can't stop|can't tell when|don't know when|not knowing when",
    "CANT_PASS": r"struggl\w* to (?:pee|wee|urinate|pass water|pass urine)|can't get (?:my|the|her|"
                 r"his) stream (?:going|started)|can't (?:seem to |fully |completely |properly )?empty (?:my |her |"
                 r"his |the )?bladder|"
                 r"bladder (?:won't|doesn't|does not|never) empty|(?:haven't|hasn't|hadn't) been able to (?:pee|wee|"
                 r"urinate|pass water|pass urine)|"
                 r"can't (?:seem to |manage to )?(?:pee|wee|urinate|pass water|pass urine|piss)|"
                 r"can't go(?= *$| *[,.;!?]| to the (?:toilet|loo|bathroom)| (?:properly|at all|when|even|though|"
                 r"although|despite|no matter)\b)|"
                 r"(?:problem|problems|difficulty|trouble|issue|issues) (?:in |with |while |"
                 r"when )?(?:passing (?:urine|water)|"
                 r"peeing|weeing|urinating)|"
                 r"hard to get (?:my |her |his |the )?(?:wee|pee|urine|water|stream|flow) (?:started|going|out)|"
                 r"unable to (?:pee|wee|urinate|pass)|"
                 r"hard to (?:start|pee|wee|go)|trouble (?:starting|peeing|weeing|passing)|not (?:peed|weed)|"
                 r"haven't (?:peed|weed|passed)|hasn't (?:peed|weed|passed)|no (?:pee|wee|urine)|"
                 r"nothing (?:comes|coming|happens)|won't come|dribbl\w*(?! (?:\w+ ){0,5}(?:mouth|chin|lips?)\b)|"
                 r"struggl\w* to (?:pee|wee|go|get)|"
                 r"straining to (?:pee|wee|go)|not passed (?:water|urine)|(?:urine|wee|pee) (?:is )?not coming|"
                 r"(?:urine|wee|pee) won't (?:come|start)|flow (?:is )?not starting|"
                 r"can't get (?:my |the )?(?:wee|pee|urine|water) (?:started|going|out)|have to push|"
                 r"nothing (?:comes|coming|came) out|won't come out|nothing (?:will|would) come",
    # trouble starting (with the bladder said, or asked about)
    "HARD_START": r"hard to get (?:\w+ ){0,2}?started|hard to start|difficult\w* (?:to start|starting)|"
                  r"trouble (?:starting|getting (?:it |\w+ )?started)|slow to (?:start|get going)|"
                  r"takes (?:a while|ages|forever|a long time) to (?:start|get going|come)|"
                  r"can't get (?:it |\w+ )?(?:started|going)|won't come out|nothing(?:'s| is)? coming(?: out)?|"
                  r"not passing|nothing (?:comes|coming|came|happens)|hesitan\w*|"
                  r"won't (?:come|start)|have to (?:push|strain|wait)|straining|dribbl\w*(?! (?:\w+ ){0,5}(?:mouth|"
                  r"chin|lips?)\b)",
    "BREATHLESS": r"breathing(?:'s| is)? (?:a bit |very |really |so )?(?:fast|quick\w*|rapid\w*|shallow\w*|laboured|"
                  r"labored)|laboured breathing|labored breathing|puffing(?! (?:on|away on) )|panting|"
                  r"lips (?:\w+ ){0,3}blue|blue lips|" r"can't catch (?:my|her|his) breath|not enough air|"
                  r"can't get (?:a |any )?(?:proper |decent )?"
                  r"breath(?: in)?|short of breath|puffed out|winded|gasping|can't breathe|"
                  r"hard to breathe|struggl\w* to breathe|struggl\w* (?:for|with) (?:breath|breathing)|"
                  r"difficult\w* breathing|trouble breathing|wheez\w*|suffocat\w*|choking for air|out of breath|"
                  r"shortness of breath|breathless\w*|can't get (?:my|her|his|enough) (?:breath|air)|"
                  r"fighting for breath|breathing is (?:bad|hard|difficult|funny|fast|heavy|laboured|labored)|panting|"
                  r"can't get air|air hunger|can't fill (?:my|her|his) lungs|"
                  r"a job (?:getting|catching) (?:my|her|his) breath|struggl\w* (?:getting|to get|catching|"
                  r"to catch) (?:my|her|his) breath|"
                  r"trouble (?:getting|catching) (?:my|her|his) breath|hard to (?:get|catch) (?:my|her|his) breath|"
                  r"(?:i'm|i am|she's|he's|get|gets|getting|always|so|really|very|totally|"
                  r"completely|bit|all) puffed(?! up)",
    "BREATH": r"breath\w*",
    "SWALLOW_TROUBLE": r"(?:cough\w*|splutter\w*|chok\w*)(?: and (?:cough\w*|splutter\w*|"
                       r"chok\w*))? (?:\w+ ){0,2}(?:every time|whenever|each time|when|"
                       r"as soon as) (?:\w+ ){0,3}(?:drinks?|drinking|sips?|eats?|eating|swallow\w*|a sip|a drink|"
                       r"a mouthful)|" r"(?:pills?|tablets?|medicines?|capsules?) (?:are |is )?hard to get down|"
                       r"hard to get (?:pills?|"
                       r"tablets?|medicines?) down|gag\w* on|(?:tablets?|pills?|food|it|they) (?:just )?(?:won't|"
                       r"wouldn't|don't|didn't) go "
                       r"down|(?:chok\w*|cough\w* and chok\w*) (?:when|while|as) (?:eating|drinking|(?:he|she|i) "
                       r"(?:eats?|drinks?))|can't get (?:his|her|my) (?:tucker|food|tea|dinner) down|sits in (?:his|"
                       r"her|my) throat|"
                       r"stick\w* (?:on the way down|in (?:my|her|his) (?:throat|gullet)|going down)|"
                       r"(?:food|it|drink|drinks|water|tablets?|pills?|everything) (?:\w+ )?(?:gets?|getting|got|"
                       r"keeps getting|is getting) stuck|"
                       r"stuck in (?:my|her|his) throat|hard to get (?:food|it|anything|drinks?) down|"
                       r"throat won't work|can't swallow|hard to swallow|trouble swallowing|difficult\w* swallowing|"
                       r"struggl\w* to swallow|choking on|chokes on|choked on|keeps? choking|"
                       r"food (?:gets|goes|going|got) stuck|going down the wrong way|goes down the wrong way|"
                       r"went down the wrong way|can't get (?:food|drink|it|anything) down|"
                       r"swallowing is (?:hard|difficult|funny)|"
                       r"throat (?:doesn't|does not|won't|isn't) (?:seem to )?work\w*|"
                       r"hard to get (?:my|her|his) (?:food|drink|drinks|tablets?|pills?|meals?|dinner|tea) down|"
                       r"(?:coughs|coughing|splutters|spluttering|chokes|gags) (?:and (?:splutters|coughs|"
                       r"chokes) )?(?:when|whenever|"
                       r"every time|each time) (?:she|he|i) (?:eats?|drinks?|swallows?)|"
                       r"every time (?:she|he|i) (?:eats?|drinks?|swallows?) (?:she|he|i) (?:coughs?|splutters?|"
                       r"chokes?|gags?)|"
                       r"(?:comes|coming|came) (?:back )?(?:up |out )?(?:through|out of) (?:my|her|"
                       r"his) nose when (?:i|she|he) "
                       r"(?:drink|drinks|eat|eats|swallow|swallows)|coughing when (?:i|she|he) (?:eat|drink)|"
                       r"coughs when (?:she|he) (?:eats|drinks)|dribbl\w* (?:drinks|tea|water)|"
                       r"drinks? (?:comes|come|dribble) out|choke (?:on|when|while|with|over)|chok(?:e|es|ed|"
                       r"ing) (?:on|when|while) "
                       r"(?:\w+ )?(?:eat|eating|drink|drinking|swallow\w*|food|water|tea|drinks?|tablets?|pills?)|"
                       r"(?:goes|going|went|gone) down the wrong (?:way|hole|pipe|tube)|"
                       r"(?:food|it|drink|drinks|water|tablet|tablets|pill|pills|everything|tea|dinner|tucker|meal|"
                       r"meals) "
                       r"(?:\w+ ){0,2}(?:stuck|lodged|sticking|sticks|won't go down|doesn't go down|not going down)|"
                       r"can't get (?:\w+ )?(?:food|drink|tablets?|pills?|tea|water|tucker|dinner|meals?|anything) "
                       r"(?:\w+ )?down|(?:food|tablet|tablets|pill|pills) (?:\w+ )?stuck|stuck (?:in|at) (?:the|my|"
                       r"her|his) "
                       r"(?:throat|gullet|chest)|(?:trouble|difficulty|problem|problems|struggling) (?:getting|to get) "
                       r"(?:\w+ )?(?:food|drink|tablets?|pills?|tucker|anything) down",
    "SWALLOW": r"swallow\w*",
    "CONFUSED": r"not making (?:much |any )?sense|making no sense|" r"repeating (?:myself|herself|himself|themselves|"
                r"meself)|acting (?:\w+ )?(?:weird\w*|strange\w*|"
                r"odd\w*|funny|peculiar\w*|out of character)|talking (?:rubbish|gibberish|jibberish|nonsense|daft)|"
                r"all over the shop|talking irrelevant|not understanding|thinks it's (?:nineteen|\d{4})|"
                r"not recognis\w*|not recogniz\w*|doesn't recognis\w*|didn't recognis\w*|didn't know who|"
                r"doesn't know who|doesn't know (?:me|us)|confus\w*|muddl\w*|disorient\w*|not making sense|"
                r"doesn't know where|didn't know where|doesn't recognise|doesn't recognize|"
                r"not (?:himself|herself|myself)|mixed up|(?:head|mind)(?:'s| is) all over the place|"
                r"talking nonsense|not with it|"
                r"away with the fairies|vague|out of it|delirious|foggy|fog|can't think|not thinking straight|"
                r"forgetting (?:who|where)|doesn't know what day|drowsy|not all there|in a daze|dazed|"
                r"strange behaviour|acting strange\w*|acting odd\w*|all at sea|isn't making (?:any )?sense|"
                r"not making any sense|"
                r"making no sense|(?:gone|all|looks|seems) vacant|"
                r"(?:doesn't|didn't|don't) (?:seem to |really )?know (?:what (?:year|month|day|time)|where (?:she|he|"
                r"i) "
                r"(?:is|am|was)|who (?:i|we|she|he) (?:am|are|is))|keeps? asking the same (?:question|thing)|"
                r"repeating (?:himself|herself|myself) (?:over and over|again and again|all the time)|"
                r"(?:thinks|thought) (?:i'm|i am|i was) (?:his|her) (?:mum|mother|dad|father|brother|sister|wife|"
                r"husband|son|"
                r"daughter)",
    "FAINT": r"faint\w*|pass(?:ed|ing)? out|blacked out|black out|light ?headed|dizz\w*|giddy|giddiness|woozy|"
             r"room (?:is )?spinning|keel over",
    "UNWELL": r"(?:i|she|he) (?:ache|aches) all over|(?:i'm|i am|she's|he's|she is|he is) (?:aching|sore|hurting) "
              r"all over|(?:feel|feels|feeling|felt) like (?:i|she|he|i've|she's|he's) (?:\w+ ){0,2}(?:hit|run over|"
              r"flattened) by a (?:truck|bus|train|lorry|steamroller)|very dull|looking dull|"
              r"(?:as |real |absolutely |properly |dead )(?:crook|ill|unwell|poorly|dreadful|rough|awful|terrible)|"
              r"crook as|feel (?:absolutely |really |so )?(?:dreadful|awful|terrible)|"
              r"(?:feel|feels|feeling|felt|look|looks|looking|am|i'm|is|she's|he's|been|so|very|really|proper|quite|"
              r"pretty) (?:very |really |so |quite |pretty |terribly |awfully |absolutely |bloody |"
              r"properly )?(?:unwell|ill|"
              r"poorly|rough|crook|"
              r"terrible|awful|rotten|lousy|dreadful|rubbish|sick|off colou?r|like death|grim|wretched|horrible|"
              r"run down|not right|not well|done in)|"
              r"not (?:feeling|looking) (?:well|right|good|great|herself|himself)|under the weather|going to die|"
              r"like (?:i'm|she's|he's) dying|sick as a dog|knocked (?:me|her|him) for six|like death warmed up|"
              r"something (?:is )?(?:really |seriously )?wrong|feel like (?:absolute |utter |total )?(?:death|crap|"
              r"shit|hell)",
    "FEVER": r"hot and (?:achy|shivery|clammy)|burning hot|(?<=no )(?:temperature|temp)\b|(?:raging|sky high|big|"
             r"very high) (?:temperature|temp|fever)|fever\w*|"
             r"(?:a|high|have|has|got|running|with|my|her|his|raised) (?:a )?(?:high )?(?:temperature|temp)\b|"
             r"feverish|high temp\w*|hot to the touch|hot and cold|shiver\w*|shaking with cold|chills?|rigors?|"
             r"burning up|hot to touch|"
             r"hot and sweaty|sweats|night sweats|viral fever|thirty[- ]?eight|thirty[- ]?nine|"
             r"hundred and (?:one|two|three)",
    "DARK": r"colou?r of (?:strong |black )?tea|tea[- ]colou?red|like (?:strong )?tea|dark|brown\w*|cola|coke|"
            r"coca[- ]?cola|tea colou?red|like tea|strong tea|black|rust\w*|bloody|red|port wine|darker|darkish",
    "MINI_STROKE": r"funny turn|mini[- ]?stroke|\btia\b|\bt i a\b|transient isch\w*|warning stroke",
    "STROKE_WORD": r"(?:having|had|having a|had a|think it's a|think it was a|is it a|signs of a|signs of|"
                   r"symptoms of a?) ?stroke|"
                   r"a stroke|stroke symptoms|stroke signs",
    "HEART_ATTACK": r"heart attack|heart's (?:giving|playing) up|cardiac",
    "WORST_HEADACHE": r"(?:head|headache) (?:\w+ ){0,2}(?:hurt|hurts|hurting|pain\w*|ach\w*) like never before|"
                      r"" r"worst (?:i've|she's|he's) ever had|switched (?:it )?on|in (?:like )?a second|"
                      r"bolt of lightning|like lightning|like a bomb|thunderclap|worst headache|worst head ?ache|"
                      r"head (?:felt like it|is going to|was going to) (?:exploded|explode|burst)|"
                      r"like (?:being|i'd been|she'd been|he'd been) (?:hit|kicked) in the head|"
                      r"hit (?:me|her|him) like a (?:ton of bricks|bus|hammer|truck)|head exploded|exploding head|"
                      r"worst (?:headache|head pain) (?:of|in) (?:my|her|his) life|"
                      r"worst headache (?:i've|she's|he's|i have|she has|he has) ever",
    # said of a headache: "worst I've ever felt", "like being hit with a bat"
    "HEAD_WORST": r"worst pain (?:of|in) (?:my|her|his) life|worst pain (?:i've|she's|he's|i have|she has|"
                  r"he has) ever|worst (?:i've|i have|she's|he's|she has|he has) ever (?:felt|known|experienced|"
                  r"been in)|"
                  r"like (?:being|getting|i'd been|i was|she'd been|he'd been) (?:hit|whacked|smacked|struck|kicked) "
                  r"(?:with|by) (?:a|an) \w+",
    "SUDDEN": r"sudden\w*|flick\w* a switch|like a switch|one minute (?:i'm|i was|she was|he was|she's|he's|"
              r"it was)[^.;!?]{0,50}\bnext\b|all of a sudden|out of nowhere|out of the blue|in an instant|in a flash|"
              r"just like that|"
              r"switched off|over (?:about |maybe |just |only |like )?(?:an|one|a couple of|a few|two|three) hours?|"
              r"(?:went|go|gone|got|going) (?:weak|wobbly|floppy|to jelly) (?:really |very |so |quite )?"
              r"(?:fast|quick\w*)|"
              r"all at once|instantly|without warning|came on quick\w*|came on fast|quite quick\w*|"
              r"within (?:minutes|an hour|a few minutes|seconds)|in minutes|in seconds|overnight|just now|"
              r"a few minutes ago|an hour ago|minutes ago|just then|then bang|and bang|then boom|and boom|then wham|"
              r"and wham|bang just like that|came on (?:so |very |really |quite )?(?:quick\w*|fast|rapid\w*|sharp\w*)|"
              r"come on (?:so |very |really |quite )?(?:quick\w*|fast|rapid\w*|sharp\w*)|in a split second|"
              r"from nowhere|like a light switch|like flicking a switch|one minute|one second|one moment|"
              r"like a switch|(?:flicked|flipped|flicking|flipping|turned|turning) (?:off )?a switch|"
              r"in a matter of (?:minutes|seconds)|a (?:minute|moment) ago|seconds ago|half an hour ago|"
              r"within (?:half an hour|the hour|a (?:few|couple of) (?:minutes|seconds)|(?:five|ten|fifteen|twenty|"
              r"thirty) "
              r"minutes)|happened (?:very |so |really )?(?:fast|quick\w*)",
    "RECENT_ONSET": r"this morning|since (?:this morning|last night|breakfast|lunch|today)|last night|overnight|"
                    r"woke up (?:with|and)|when (?:i|she|he) woke(?: up)?|since (?:i|she|he) woke|"
                    r"(?:an|a few|two|three) hours? ago|earlier today|this afternoon|this evening",
    "GONE_AGAIN": r"went (?:away )?just as (?:quick\w*|fast|sudden\w*)|lasted (?:about |around |for |maybe |only |"
                  r"just )?(?:a few |ten |five |fifteen |twenty |thirty |a couple of |an |half an |one |"
                  r"two )?(?:minutes?|mins|hours?|seconds)|like nothing (?:had )?happened|(?:after|"
                  r"within) (?:\w+ ){1,3}(?:minutes|mins|hours?),? (?:he|she|i|it) (?:was|were|felt|came|"
                  r"seemed) (?:back to )?(?:normal|fine|ok|okay|alright|all right|good|himself|herself|myself)|"
                  r"" r"(?:became|becomes|becoming|become|goes back to|went back to) (?:alright|all right|okay|ok|"
                  r"normal|"
                  r"fine)|came good|sorted itself out|"
                  r"now (?:she's|he's|it's|i'm|it is|she is|he is) (?:fine|normal|ok|okay|alright|all right)|"
                  r"back to (?:herself|himself|myself)|went away|gone away|came back|back to normal|passed|wore off|"
                  r"settled|recovered|for (?:a few|ten|five|twenty|a couple of) (?:minutes|mins|seconds)|for a minute|"
                  r"for a moment|for a while then|"
                  r"then (?:it )?(?:came back|was fine|went|passed|settled|went away|came right)|came right|"
                  r"only lasted|just a few minutes|then fine|fine again|right again|all right again|okay again|"
                  r"ok again|normal again|good again|seems fine now|fine now|gone now|better now|alright again|"
                  r"lifted (?:again|after)|(?:went|got|came) back to normal|(?:it |then it |"
                  r"and it )?came back (?:again|after|to normal)|"
                  r"right as rain now|alright now|all right now|okay now|ok now|normal now|cleared up|"
                  r"(?:two|few|five|ten|couple of|twenty) minutes later",
    "SPREAD_UP": r"higher (?:every|each) day|(?:every|each) day (?:it's|it is) (?:\w+ ){0,2}higher|upwards?|(?:come|"
                 r"came|coming|moved|moving|crept|creeping) up to|working (?:its|it's) way up|"
                 r"climbing (?:higher|up)|higher up|"
                 r"up to (?:my|her|his|the) (?:waist|thighs|hips|knees|chest|belly|tummy)|"
                 r"(?:moving|creeping|spreading|going|climbing|travelling|traveling|working|rising|crawling|coming|"
                 r"moved|crept|spread|gone|went|climbed|travelled|traveled|risen|rose) up(?! (?:a|an|some|those|these|"
                 r"on (?:me|her|him|us)|over (?:a|the|time|weeks|months|days|years|several|many|some)|gradually|"
                 r"for (?:weeks|months|days|years|a while|ages|some time|a few|a couple)|"
                 r"slowly|bit by bit|"
                 r"this|that|to the|onto|on to|into the|and down|stairs|steps|hill|the (?:stairs|steps|ladder|hill|"
                 r"road|"
                 r"street|shops|mountain|temple|roof|loft|attic|garden|path|drive|driveway|slope|mall|lane))\b)|"
                 r"(?:going|getting|creeping|moving|spreading|climbing) higher|"
                 r"(?:reached|reaching|got up to|gotten up to) (?:my|her|his|the) (?:knees|thighs|hips|waist|tummy|"
                 r"belly|"
                 r"chest|arms|hands)|"
                 r"now (?:it's|it has|it is|its) (?:got |gone |spread |moved |crept |got up )?(?:in|into|to|up to) "
                 r"(?:my|her|his|both) (?:\w+ )?(?:arms|hands|hips|thighs|waist|body|chest)|"
                 r"up (?:to|into|at|past) (?:my|her|his|the) (?:knees|thighs|hips|waist|tummy|belly|chest|arms|hands|"
                 r"body)|first (?:it was |in )?(?:my |her |his |the )?(?:feet|toes|ankles)\b[^.;!?]{0,40}\bthen\b|"
                 r"now (?:in|it's in|in both) (?:my|her|his)? ?(?:arms|hands|hips|thighs)|"
                 r"started in (?:my|her|his|the) (?:feet|toes|ankles) (?:and|now)|ascending|higher and higher|"
                 r"from (?:my|her|his|the) feet up|"
                 r"(?:weakness|numbness|tingling|heaviness|it|it's|it has|it is|it keeps|and) "
                 r"(?:is |keeps |has |been |has been )?(?:spreading|spread)(?! down| to (?:my|her|his|the) "
                 r"(?:leg|legs|foot|feet|bum|buttock|calf|thigh))",
    "WORSE": r"(?:every|each) (?:day|week|month) (?:i|she|he) (?:can|could) (?:walk|do|manage) (?:a bit |a little |"
             r"even )?less|getting worse|more weak|weaker than (?:the )?(?:previous|day before|last|before)|"
             r"each day (?:i am |i'm |it's |it is |she's |he's )?(?:more|weaker|worse)|got worse|gotten worse|"
             r"worse and worse|weaker and weaker|weaker every|worsen\w*|"
             r"deteriorat\w*|progressive\w*|slowly slowly|getting weak(?:er)? (?:slowly|gradually)|"
             r"every day (?:it's|its)? ?worse|day by day|going downhill|"
             r"steadily (?:worse|weaker)|getting weaker|got weaker|gotten weaker|worse (?:each|every|than|since|by)|"
             r"keeps getting (?:worse|weaker)|each (?:day|week) (?:it's |its )?(?:worse|weaker)|"
             r"weaker (?:each|by the)|going down hill|more and more|getting any (?:worse|weaker)|got any (?:worse|"
             r"weaker)|"
             r"harder (?:every|each|by the) (?:day|week|month)|fewer steps|"
             r"worse now than (?:it was )?(?:last (?:week|month|year)|a (?:week|month|year|few weeks) ago|before)|"
             r"(?:a few|a bit|a little) less (?:each|every) (?:day|week)|"
             r"each (?:day|week|month) (?:i|she|he) can (?:manage|walk|do) (?:a few |a bit |a little )?(?:less|fewer)|"
             r"(?:leg|legs|knee|knees) (?:are |is |have been |has been |been )going(?= *$| *[,.;!?]| for \w| now\b|"
             r" on (?:me|"
             r"her|him)\b)|worse over (?:time|the (?:weeks|months|years)|weeks|months)",
    "EPISODES": r"some (?:days|weeks|months) (?:\w+ ){0,3}(?:are|is|'re|'s|feel|feels) (?:fine|ok|okay|good|alright|"
                r"all right|normal)|in waves|comes? in (?:spells|waves)|coming and going|these (?:spells|turns|"
                r"attacks|bouts)|"
                r"then (?:they're|it's|i'm|she's|he's) fine for|some (?:weeks|days) (?:i'm|she's|he's|it's) fine|"
                r"goes off again|"
                r"weak for a (?:day|few days|week)|comes and goes|come and go|came and went|comes? on and off|"
                r"on and off|off and on|episodes?|flare\w*|(?:weak|weakness) spells?|relaps\w*|bouts?|some days|"
                r"good days and bad|now and then|from time to time|every few (?:weeks|months)|like last time|"
                r"happens? sometimes|now and again|then it's fine for|for a few days then|comes back every|"
                r"(?:keeps|keep|kept) (?:on )?coming back|goes away and comes back|goes and comes back|recurr\w*|"
                r"comes (?:\w+ ){1,2}and goes|come (?:\w+ ){1,2}and go|comes and goes away|goes and comes|"
                r"comes back and goes|in (?:episodes|spells|attacks|fits and starts)|"
                r"every (?:few|couple of|two|three|four|other) (?:days|weeks|months)|"
                r"(?:once|twice|two times|three times|a few times|few times) (?:a|every|per) (?:week|fortnight|month)|"
                r"then (?:they're|it's|i'm|she's|he's|they are|it is|i am) (?:okay|ok|fine|alright|all right|normal|"
                r"better) again|(?:spells|attacks|turns) of weakness",
    "WEIGHT_LOSS": r"rings? (?:are |is )?(?:falling|slipping|sliding) off|lost (?:\w+ ){1,3}weight|"
                   r"lost (?:\w+ ){0,2}(?:stone|kilos?|kgs?|pounds?|lbs?)|"
                   r"losing (?:\w+ ){0,2}(?:stone|kilos?|kgs?|"
                   r"pounds?|lbs?)|weight (?:is |has been |keeps )?(?:falling|dropping|coming) off|"
                   r"dropped (?:\w+ ){0,2}(?:stone|kilos?|pounds?|sizes?)|"
                   r"weight (?:is )?(?:reducing|going down|dropping|falling)|"
                   r"lost (?:a lot of |some |so much |any |much |a bit of |a little |a little bit of |a fair bit of |"
                   r"loads of |lots of |heaps of |a ton of )?weight|"
                   r"losing weight|weight (?:loss|is dropping|dropped|falling off)|clothes (?:are )?(?:loose|hanging)|"
                   r"lost (?:a|two|three|\w+) (?:stone|kilos?|kgs?|pounds?|lbs?)|gone thin|"
                   r"(?:got|getting|gone|look|looks|looking|become|becoming|grown|grew|much|lot|bit|so|very) thinner|"
                   r"thinner (?:than|in the|now|these days|lately)|skin and bone|"
                   r"wasting away|dropped (?:a|two|\w+) (?:sizes?|stone|kilos?|pounds?)|not eating and thin|"
                   r"weight (?:has |had |is |have )?(?:come down|gone down|reduced|decreased|fallen)|"
                   r"(?:trousers|pants|jeans|clothes|skirt|skirts|belt) (?:are |is )?(?:falling off|hanging off|"
                   r"too big|baggy)",
    "ONSET_WALK": r"on the way (?:to|up|down|back)|as far as the|walk\w*|(?:round|around) the (?:supermarket|shops|"
                  r"block|park)|halfway round|every shop window|"
                  r"(?:lamp ?posts?|shop windows?)|stroll\w*|get(?:ting)? to the shops|"
                  r"up (?:the )?hill|distance|yards|metres|meters|"
                  r"blocks?",
    "RELIEF_REST": r"(?:after|with|on) (?:rest\w*|sitting|stopping)(?:,? (?:it|they|it's|it is|they're|"
                   r"they are) (?:ok|okay|fine|alright|all right|better|good))?|rest\w*|stop\w*|sit down|sitting down|"
                   r"stand still|eases?|easing|goes away|go away|settles?|"
                   r"ease up|eases up|ease off|eases off|come right|comes right|when (?:i|she|he) sit|"
                   r"(?:sit|sits|sitting|stand|stands|standing) (?:a bit|for a bit|a while|a minute)|it goes|"
                   r"better when|pauses?|wait\w*",
    "INJURY": r"landed (?:flat )?on (?:my|his|her) (?:bottom|bum|backside|side|hip|knees?|back|face|head|wrist)|"
              r"did (?:my|me|her|his) (?:hammy|hamstring|knee|ankle|back)|rolled (?:my|her|his|an|the) (?:ankle|knee)|"
              r"pulled (?:a |my |his |her )?(?:muscle|hamstring|calf|groin|back)|(?:pulled|strained|tweaked) something|"
              r"jarred|fell (?:off|from|down)|"
              r"fell(?! asleep| back asleep| back to sleep| for| in love| through| apart| out with| behind| short|"
              r" silent| ill| pregnant)|fall\b|"
              r"falls\b|falling over|fallen|had a fall|tripp\w*|slipp(?!ers?\b)\w*|stumbl\w*|rear[- ]?ended|"
              r"tore (?:something|a muscle|a ligament|my|her|his)|torn (?:a |my |her |his )?(?:muscle|ligament|"
              r"hamstring|calf|"
              r"cartilage|meniscus)|went (?:flat|sprawling)|(?:dived|dove) into (?:the )?shallow|tumbl\w*|crash\w*|"
              r"accident\w*(?! (?:in|on|with) (?:my|her|his|the) (?:pants|bed|knickers|trousers|underwear|nappy|"
              r"clothes|bladder|bowels?|waterworks))|"
              r"injur\w*|sprain\w*|strain\w*|twist\w*|went over|rolled (?:my|her|his) ankle|pulled (?:a )?muscle|"
              r"bang\w*(?! *[,.;!?]| *$| (?:at|about|around) \w)|knock\w*|hit (?:my|her|his) (?:head|back|neck|leg|"
              r"knee|hip)|"
              r"bump\w*|came off|knocked over|"
              r"bruis\w*|hurt (?:it|myself|herself|himself)|went flying|lost (?:my|her|his) footing|whiplash|"
              r"went down hard|landed on|dumped by (?:a |the )?wave|wiped out (?:on|off) (?:my|her|his|the|a) "
              r"(?:bike|board|surfboard|skateboard|scooter|horse)",
    "SERIOUS": r"(?:proper|really|very|quite a|a) (?:big|heavy|hard) (?:fall|tumble|crash)|"
               r"still (?:it )?(?:is )?not better|not better yet|not getting any better|(?:pretty |really |very |"
               r"quite )?bad (?:car |motorbike |bike |road )?"
               r"(?:accident|crash|smash|prang|fall|tumble)|(?:came off|fell off|thrown off) (?:\w+ ){0,3}"
               r"(?:badly|hard)|pretty badly|really badly|any better|still (?:really )?bad|deformed|fracture\w*|"
               r"came a (?:real )?cropper|bad fall|serious\w*|bad (?:fall|accident|one)|nasty|broken|broke|fractur\w*|"
               r"not healing|isn't healing|not getting better|isn't getting better|no better|"
               r"still (?:hurts|bad|swollen)|hasn't improved|not improving|no improvement|still not (?:better|right|"
               r"healed)|"
               r"hasn't (?:healed|got better|gotten better)|can't put weight|dislocat\w*|snapped|"
               r"heard a crack|cracked|badly hurt|hospital|ambulance came",
    "ON_FLOOR": r"can't stand on it|" r"can't put (?:my|her|his) (?:foot|leg) down|on the (?:\w+ )?floor|on the ground|"
                r"can't get (?:(?:myself|herself|himself|themselves|him|her|them) )?(?:back )?up(?! (?:out of|from|"
                r"off) (?:the|a|"
                r"my|her|his) "
                r"(?:chair|bed|sofa|couch|seat|toilet|loo|armchair|recliner|car|bath|settee))|stuck on|lying on|"
                r"can't bear (?:any |her |his |my )?weight|can't take (?:any |her |his |my )?weight|"
                r"can't stand on (?:my|her|his|the) (?:right |left |bad |sore )?(?:leg|foot)|been down|"
                r"can't get off the floor|can't get back up|"
                r"couldn't get back up|all night on|can't stand up|can't put (?:any )?weight|"
                r"won't take (?:my|her|his|any) weight|can't bear weight|leg (?:is |looks )?(?:turned|twisted) out|"
                r"leg looks shorter",
    "EXERCISE": r"heavy (?:labour|labor|manual work|lifting)|(?:labour|labor) work|labouring|manual labour|"
                r"" r"barrow\w*|wheelbarrow\w*|loading (?:trucks|lorries|vans|boxes)|(?:big|long|hard|heavy|"
                r"full) day (?:in|at|on) the (?:garden|allotment|yard|farm)|"
                r"(?:shifting|moving|carrying|lifting|humping) (?:\w+ )?(?:furniture|boxes|stuff|sofas?|wardrobes?|"
                r"bags of \w+)|hike|hiking|exercis\w*|(?:the|a|at the|to the) gym|workout|work out|worked out|"
                r"working out|training|"
                r"trained|ran (?:a|the)|(?:a|my|long|big) run|"
                r"went (?:for a )?(?:running|jogging|cycling|swimming|hiking|climbing|walking)|"
                r"been (?:running|jogging|cycling|hiking|climbing|training)|jogg\w*|cycled|bike ride|hiked|hiking|"
                r"trek\w*|played (?:football|footy|cricket|tennis|squash|netball|rugby|golf|sport|badminton|hockey)|"
                r"playing (?:football|footy|cricket|tennis|squash|netball|rugby|badminton|hockey)|aerobics|zumba|"
                r"pilates|dancing|danced|lifting|lifted|heavy (?:work|lifting|job)|dug|digging|gardening|shovel\w*|"
                r"moving house|moved house|spin class|bootcamp|crossfit|overdid|over did|overdo\w*|long walk|"
                r"walked (?:miles|for miles|\d+|twenty|ten|fifteen)|lot of walking|squats|lunges|labouring|"
                r"physical work|leg day|(?:ran|did|do|doing) (?:a|the|my) marathon|pilgrimage|yatra|trek|strenuous|"
                r"vigorous|"
                r"heavy exercise|overexert\w*|fun run|half marathon|parkrun|park run|haul\w*|lugg\w*|"
                r"(?:five|ten|twenty|5|10|21) ?(?:k|km|kilometre|kilometer) (?:run|race|walk|hike)|"
                r"climbed (?:up )?(?:a|the) (?:mountain|hill|fell|peak|summit)|"
                r"(?:so many|hundreds of|loads of|lots of) (?:steps|stairs)",
    "FLUID_LOSS": r"spew\w*|(?:haven't|hasn't|not) (?:had|drunk) a drop (?:of water|to drink|all day)|(?:hardly|"
                  r"barely) (?:drinks|drank|"
                  r"drink) (?:any |much )?(?:water|anything|fluids?)?|"
                  r"(?:one|a|1) glass (?:of water )?(?:in|a) (?:the whole |a )?day|(?:don't|doesn't|"
                  r"didn't) drink (?:enough|much|a lot)|(?:haven't|hasn't|not) been drinking (?:much|"
                  r"enough|properly)|not drinking (?:much|enough)|"
                  r"hardly drinking|vomit\w*|being sick|been sick|throw\w* up|threw up|puk\w*|chuck\w* up|chundering|"
                  r"diarrh\w*|the runs|loose motions?|loose stools?|loose bowels|the trots|gastro|stomach bug|"
                  r"tummy bug|sweat\w*|dehydrat\w*|not drinking|haven't (?:been )?drunk|"
                  r"not (?:had|been having) (?:much|enough|anything) to drink|thirsty|dry mouth|"
                  r"hardly (?:drunk|drinking|any water)|forgot to drink|hot day|heatwave|scorcher|"
                  r"no water(?! (?:tablets?|pills?))|"
                  r"fluids|"
                  r"tummy upset|upset stomach|stomach upset|food poisoning|heat exhaustion|heat ?stroke|squits|"
                  r"the shits|"
                  r"runny (?:tummy|stomach|poo|poos)|delhi belly|bali belly|(?:hardly|barely) (?:drunk|drank|drinking)|"
                  r"(?:hardly|barely) had (?:a drop|anything|much) to drink|hardly had a drop|barely had a drop|"
                  r"(?:hardly|barely|not) (?:had|having) a drink|(?:hardly|barely) drunk (?:a thing|anything)",
    "SHAKY": r"shak\w*|trembl\w*|jittery|sweaty|clammy",
    "HUNGER": r"(?:hasn't|haven't|not) been eating|not eating (?:anything|at all)|" r"fasting|nothing eaten|(?:not|"
              r"haven't|hasn't) eaten (?:anything|since)|"
              r"hungry|starving|skipp\w* (?:a |"
              r"any |my |her |his |the )?(?:meals?|lunch|breakfast|dinner|tea)|"
              r"missed (?:a meal|lunch|breakfast|dinner|tea|meals)|haven't eaten|not eaten|no food|forgot to eat|"
              r"didn't eat|hypo\b|hypos|sugar (?:is |was |went )?(?:low|dropped|crashed|down)|low sugar|sugar low|"
              r"sugar dropped|sugar crash|low blood sugar|ravenous|famished|"
              r"sugar (?:reading|readings|level|levels) (?:is |was |were |are |went |has been |have been )?(?:really |"
              r"very |"
              r"quite |a bit |too )?(?:low|dropped|crashed|down)|sugar (?:is|was) (?:really|very|quite|a bit|too) low|"
              r"haven't had (?:any )?(?:lunch|breakfast|dinner|tea|anything to eat)|"
              r"(?:haven't|hasn't|not) had (?:a bite|a thing|anything|a morsel|a crumb)(?: to eat)?|"
              r"(?:skip|skips|skipped|skipping) (?:\w+ )?(?:meals?|lunch|breakfast|dinner|tea)|not eating|"
              r"(?:hardly|barely) (?:eaten|eating|ate)",
    "TIRED": r"sleep (?:is |has been )?(?:very |really |so )?(?:disturbed|broken|poor|bad|terrible|awful)|"
             r"sleep\w* all day|" r"sleep (?:is |has been )?(?:disturbed|broken|patchy|rubbish)|up (?:with|for|"
             r"to) the (?:baby|kids|kid|"
             r"little one)|(?:sleeping|slept|sleep|sleeps) (?:hardly|only|"
             r"barely|just) (?:\w+,? ){0,2}hours|(?:three|four|two|few) hours (?:of )?sleep|"
             r"(?:haven't|hasn't|not) been sleeping(?: well| properly| much)?|not sleeping (?:well|properly)|"
             r"sleeping badly|can't sleep|sleeping (?:poorly|terribly)|sleepless\w*|poor sleep|bad sleep|"
             r"lack of sleep|no sleep|zero sleep|hardly slept|barely slept|didn't sleep|haven't slept|not slept|"
             r"sleep (?:is |has been )?(?:bad|terrible|awful|broken|poor)|insomnia|tired\w*|exhaust\w*|knackered|"
             r"(?:i'm|i am|feel|feeling|she's|he's|absolutely|totally|completely) (?:shattered|stuffed|buggered)|"
             r"worn out|wiped out|no sleep|not (?:getting|had|having) (?:proper |enough |much |any |good )?sleep|"
             r"can't (?:get (?:back )?(?:off|to sleep))|keep waking|waking up (?:in|during) the night|up all night|"
             r"no energy|fatigu\w*|drained|zonked|night shifts?|awake all night|up all night|(?:barely|"
             r"hardly) sleeping|"
             r"double shifts?|working (?:double|long|extra) (?:shifts|hours)|"
             r"up (?:with|half) the night|bad nights?|can't sleep|run down|"
             r"(?:haven't|not|never) (?:had|got|getting|having) (?:a )?(?:decent|good|proper|full) (?:night's |"
             r"nights )?sleep|"
             r"up every (?:couple of |few |two |three )?hours?|sleep (?:is not|isn't|not|won't|doesn't|does not) "
             r"(?:coming|come)",
    "NEW_MED": r"new (?:\w+ ){0,3}(?:pill|tablet|medicine|medication|drug|capsule|injection|jab|patch)s?|"
               r"new (?:medicine|medication|meds|tablets?|pills?|drugs?|prescription|inhaler|injection)|"
               r"started (?:on |taking )?(?:a |the |some |new )?(?:medicine|medication|meds|tablets?|pills?|drugs?|"
               r"statins?|atorvastatin|simvastatin|rosuvastatin|sleeping|tramadol|codeine|gabapentin|pregabalin|"
               r"diazepam|valium|baclofen|\w+statin)|"
               r"statins?|\w+statin|sleeping (?:tablets?|pills)|sleeping tablet|muscle relax\w*|sedative\w*|"
               r"tranquilli?s\w*|changed (?:my|her|his) (?:tablets|medicine|medication|pills|dose)|"
               r"doctor put (?:me|her|him) on|put (?:me|her|him) on (?:a|some|new)|new dose|"
               r"dose (?:was )?(?:increased|changed|upped)|cholesterol (?:pills?|tablets?|medicine|meds)|side effects?",
    "DIABETES": r"(?:thyroid|bp|blood pressure|pressure|cholesterol) and sugar|sugar and (?:thyroid|bp|blood pressure|"
                r"pressure|cholesterol)|" r"high blood sugars?|blood sugar (?:is |was |runs |has been )?high|"
                r"diabet\w*|sugar patient|"
                r"sugar problem|(?:have|has|got|with) sugar\b|having sugar (?:for|since|problem|issues?)|"
                r"had sugar (?:for|since)|high sugar|type (?:one|two|1|2)|"
                r"insulin|metformin|gliclazide|blood sugars? (?:is|are|runs?|high)|sugar levels?|my sugar|her sugar|"
                r"his sugar|glucose|a1c|sugar (?:disease|problem|complaint)",
    "INFECTION": r"bitten by (?:something|an? \w+)|(?:insect|spider|mosquito|tick|bug|dog) bites?|infect\w*|flu\b|"
                 r"influenza|virus|viral|bug\b|a (?:bad |heavy |streaming |stinking |nasty |horrible |"
                 r"rotten |terrible |shocking )?cold\b(?! (?:white |pale |"
                 r"blue |numb )?(?:leg|legs|foot|feet|toes?|hand|hands|arm|spot|sweat|snap|spell|day|night|drink|"
                 r"shower|compress|feeling|patch))|head cold|"
                 r"common cold|covid|corona|chest infection|water infection|\buti\b|urine infection|bladder infection|"
                 r"kidney infection|tick(?!et|led|ling|les?\b)\w*|lyme|stomach bug|tummy bug|gastro|dengue|typhoid|"
                 r"malaria|chikungunya|"
                 r"pneumonia|bronchitis|strep|antibiotics|cough\w*(?! (?:and (?:splutter|"
                 r"chok)\w* )?(?:\w+ ){0,2}(?:every time|whenever|each time|when|as soon as) (?:\w+ ){0,3}(?:drinks?|"
                 r"drinking|sips?|eats?|eating|swallow\w*|a sip|a drink|a mouthful))|sore throat|cellulitis|shingles|"
                 r"glandular fever|"
                 r"food poisoning|(?:been|was) (?:ill|sick|poorly|crook) (?:recently|lately|last week|the other week)",
    "THYROID": r"thyroid|underactive|overactive|hypothyroid\w*|hyperthyroid\w*|thyroxine|levothyroxine|graves|"
               r"hashimoto\w*|goitre|goiter",
    "KIDNEY": r"kidney\w*(?! (?:stones?|infections?)\b)|renal|dialysis|ckd",
    "AUTOIMMUNE": r"(?:has|have|got|with) ra\b|autoimmune|auto immune|lupus|\bsle\b|rheumatoid|sjogren\w*|scleroderma|"
                  r"myasthenia|polymyalgia|vasculitis|psoriatic|immune system attacks|sarcoid\w*",
    "LOW_POTASSIUM": r"water (?:pills?|tablets?)|fluid (?:pills?|tablets?)|diuretics?|furosemide|frusemide|lasix|"
                     r"bendroflumethiazide|thiazide|indapamide|spironolactone|potassium|hydrochlorothiazide|"
                     r"bumetanide|torsemide|chlorthalidone|"
                     r"(?:pills?|tablets?|medicines?|medication|tabs?) (?:that|which) makes? (?:me|her|him|them|you) "
                     r"(?:pee|wee|urinate|pass (?:urine|water)|go to the (?:toilet|loo|bathroom))",
    "POOR_DIET": r"(?:hardly|barely) (?:any|eat|eats) (?:meat|dairy|fish)|mostly (?:just )?toast|(?:don't|"
                 r"doesn't) (?:really )?eat (?:much )?(?:meat|dairy|fish)|barely go out\w*|"
                 r"not been out in the (?:sun|sunshine)|never see the sun|no sunlight|hardly (?:get|go) out\w*|"
                 r"don't (?:really )?eat (?:meat|dairy|fish)|doesn't (?:really )?eat (?:meat|dairy|fish)|vegan|"
                 r"vegetarian|veggie|no meat|don't eat meat|doesn't eat meat|little meat|not much meat|no dairy|"
                 r"no milk|don't eat eggs|pure veg\w*|b ?12|b twelve|vitamin d|vitamin b|no sun\w*|never go out|"
                 r"stay indoors|housebound|don't get out|not eating (?:properly|well)|poor diet|bad diet|"
                 r"only eat toast|tea and toast|tea and biscuits|(?:live|lives|living) on (?:tea|toast|biscuits|"
                 r"crisps|bread|"
                 r"noodles|junk)|hardly ever (?:go|get|goes|gets) out\w*|stuck (?:indoors|inside all day|in the house)|"
                 r"(?:rarely|seldom) (?:go|get|goes|gets) out\w*|junk food|malnourish\w*|eat (?:very )?(?:badly|"
                 r"poorly)|"
                 r"(?:don't|doesn't) eat (?:much|a lot|properly|well|enough)|never go (?:outside|out)|"
                 r"(?:don't|doesn't) get (?:much|any|enough) (?:sun|sunshine|sunlight)|"
                 r"little (?:sun|sunshine|sunlight)|not (?:much|enough) (?:sun|sunshine|sunlight)",
    # a former smoker is not one who smokes, but is not told "no" either: quitting lowers the risk, slowly
    "EX_SMOKER": r"(?:gave up|given up|quit|stopped|packed in|kicked) (?:the )?(?:smokes|smoking|cigarettes|fags|"
                 r"ciggies|durries|tobacco|cigs)|ex-? ?smoker|used to smoke|used to be a (?:\w+ )?smoker|(?:haven't|"
                 r"hasn't|not) smoked (?:for|in|"
                 r"since)",
    "NEVER_SMOKED": r"non-? ?smoker|never (?:ever )?smoked|(?:haven't|hasn't) (?:ever )?smoked (?:ever|in (?:my|her|"
                    r"his) "
                    r"life)",
    "SMOKE": r"blood flow (?:in|to) (?:my|her|his|the) legs? (?:is |was )?(?:(?:\w+ )?(?:poor|bad)|(?:isn't|is not|"
             r"wasn't|not) (?:very |that |so )?(?:good|great))|" r"(?:twenty|forty|a pack|a packet|two packs|"
             r"a pack and a half) a day|durries|darts|"
             r"smok\w*|cigarettes?|"
             r"fags?|ciggies?|beedis?|bidis?|vape\w*|poor circulation|"
             r"bad circulation|circulation|clogged arteries|blocked arteries|hardening of the arteries|"
             r"peripheral arter\w*|\bpad\b|bypass|(?:artery|arteries) in (?:my|her|his) legs?|leg arter(?:y|ies)|"
             r"stents? in (?:my|her|his|the) legs?|(?:poor|bad) blood flow|blood flow (?:is )?(?:poor|bad)",
    "TOXIN": r"(?:paint|chemical|pesticide|plastics?|rubber|dye) (?:factory|plant|works|company)|" r"(?:pipes|"
             r"paint) (?:in|at) (?:our|the|my|her|his) (?:house|home|flat) (?:are|were|is|"
             r"was) (?:\w+ )?lead\b|weed ?killer|chemicals?|solvents?|pesticides?|insecticides?|weedkiller|fumes|"
             r"paint stripper|"
             r"lead (?:poisoning|paint|pipes|exposure|levels?)|(?:pipes|paint) (?:are|were|is|was) (?:\w+ )?lead\b|"
             r"exposed to lead|mercury|arsenic|heavy metals?|"
             r"paint thinners|glue sniff\w*|battery (?:plant|factory|recycling)|foundry|smelter|fertili[sz]ers?|"
             r"ayurvedic|poisoned|toxic|spray\w* (?:crops|the crops|pesticides|weeds|fields|paddocks|the paddocks)|"
             r"toxins?|contaminat\w*|sheep dip|crop spray\w*|"
             r"exposed to (?:something|some|stuff|chemicals|fumes|dust|poison\w*|asbestos|radiation)|"
             r"breathed (?:in )?(?:fumes|something|chemicals)",
    "FAMILY_MUSCLE": r"(?:cousin|uncle|aunt|brother|sister|mum|mom|dad|father|mother|family|grandad|grandma|nan)\b"
                     r"[^.;!?]{0,40}\b(?:both |all )?(?:have|has|had|got) (?:a |some )?muscle (?:\w+ )?(?:disease|"
                     r"condition|disorder|problems?|thing|weakness)|(?:brother|sister|mum|mom|mother|dad|father|uncle|"
                     r"aunt|cousin|grandad|grandfather|grandma|"
                     r"grandmother|nan|son|daughter|niece|nephew)(?:'s)? (?:has|had|have|was diagnosed with|"
                     r"got) (?:a )?muscle|"
                     r"muscle (?:\w+ )?(?:disease|condition|disorder|problem)s? (?:in|runs in) (?:the|our|my|his|"
                     r"her) (?:\w+'s )?family|"
                     r"in (?:our|my|the) family (?:\w+ ){0,3}muscle|"
                     r"(?:runs|run|running|ran) in (?:the|our|my|her|his) family|family history|hereditary|inherited|"
                     r"(?:runs|run|running|ran) (?:in|on|down) (?:my|her|his|our|the) (?:\w+(?:'s)? ){0,3}?"
                     r"(?:side|family)|(?:mum's|mom's|dad's|mother's|father's|maternal|paternal) side|"
                     r"genetic|muscular dystrophy|dystrophy|myotonic|myopath\w*|family (?:has|have) (?:a )?muscle|"
                     r"(?:brother|sister|mum|mom|mother|dad|father|uncle|aunt|aunty|auntie|cousin|grandad|grandfather|"
                     r"grandma|grandmother|nan|nana|son|daughter)(?:'s)? (?:has|had|have|got|gets) (?:it|"
                     r"the same(?: thing|"
                     r" problem| trouble)?)(?: too| as well)?(?= *$| *[,.;!?]| too| as well)",
    "CANCER": r"cancer\w*|tumou?r\w*|chemo\w*|radiotherapy|radiation|oncolog\w*|malignan\w*|secondaries|metasta\w*|"
              r"myeloma|lymphoma|leuk(?:a)?emia|carcinoma|melanoma|sarcoma|mastectomy|in remission|the big c",
    "THINNERS": r"blood thinn\w*|thin (?:my|her|his|the) blood|thins (?:my|her|his|the) blood|anticoagul\w*|warfarin|"
                r"coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|clopidogrel|"
                r"plavix|heparin|clexane|enoxaparin|acenocoumarol|acitrom",
    "PALPITATIONS": r"heart (?:races|pounds|flutters|thumps|skips|jumps|hammers|gallops)|heart(?:'s| is| keeps| was|"
                    r" has been| been)? (?:beating|going|racing|pounding|thumping|running) "
                    r"(?:very |really |so |like )?(?:fast|quick\w*|hard|a million|like mad|nineteen to the dozen|"
                    r"ten to the dozen|crazy|mad|like the clappers|like a train|like a drum|like a hammer|"
                    r"out of (?:my|her|his) chest|ninety to the dozen|at a hundred|a mile a minute)|"
                    r"flip[- ]?flop\w*|palpitat\w*|heart ?beat (?:is |was |has been |feels |keeps )?(?:very |really |"
                    r"so )?"
                    r"(?:fast|rapid|racing|irregular|erratic|all over the place|pounding|jumping|going crazy)|"
                    r"atrial fibrillation|\baf\b|a fib|irregular heart\s?beat|"
                    r"heart flutter\w*|racing heart|"
                    r"heart(?:'s| is| keeps| was)? (?:racing|pounding|fluttering|skipping|thumping|galloping|jumping|"
                    r"hammering|"
                    r"thudding|flipping|flopping|missing|doing (?:flips|somersaults|funny things)|"
                    r"banging|all over the place|going like the clappers|going mad|beating fast|missing beats)",
    "PALPITATE": r"racing|pounding|fluttering|flutter\w*|skipp\w* (?:a )?beats?|missing beats|irregular\w*|thumping|"
                 r"hammering|thudding|skipping|skips|missed beats?|flip\w*|erratic|jumpy|a million miles|"
                 r"nineteen to the dozen|like the clappers|going (?:fast|crazy|mad|wild)|beating out of|"
                 r"galloping|jumping|banging|funny rhythm|out of rhythm|beating (?:fast|hard|funny)",
    "HEADACHE": r"head (?:\w+ )?(?:hurts|hurting|aches|aching|is killing)|headache\w*|head ache\w*|head (?:is |"
                r"was |started |starts |began |keeps |kept |went |just )?(?:pounding|splitting|exploding|exploded|"
                r"killing|throbbing)|"
                r"thunderclap|"
                r"migraine|head (?:hurts|hurting|pain)|pain in (?:my |her |his |the )?head\b|pain (?:at|"
                r"in) the back of "
                r"(?:my|her|his|the) head|hit (?:me|her|him) like a(?! (?:switch|light switch))|"
                r"worst headache|head felt like it exploded|sore head|(?:grabb\w*|clutch\w*|holding) (?:at )?(?:her|"
                r"his|my) "
                r"head",
    "CHEST_TIGHT": r"tight\w*|clutch\w*|grabb\w* (?:at )?(?:his|her|my)|pressure|squeez\w*|crush\w*|heav(?:y|iness)|"
                   r"weight on|band around|elephant|indigestion",
    "INCONTINENT": r"soaked (?:myself|herself|himself|themselves|meself|the bed)|" r"(?:peed|weed|pissed|pooed|pooped|"
                   r"soiled|wet|messed) (?:my|her|his|their) (?:pants|knickers|"
                   r"trousers|undies|underwear|bed|clothes)|(?:in|into) (?:my|her|his) (?:clothes|pants|knickers|"
                   r"underwear|trousers|nappy|bed)|"
                   r"without knowing|wet (?:myself|herself|himself|meself|themselves|the bed|my pants|her pants|"
                   r"his pants)|"
                   r"wet (?:my|her|his) (?:knickers|trousers|underwear|nappy|bed|clothes|pad)|"
                   r"(?:peeing|weeing|pooing|pooping|soiling) (?:myself|herself|himself|meself)|wetting (?:myself|"
                   r"herself|"
                   r"himself|meself|the bed)|(?:peed|weed|pissed|pooed|pooped|soiled|messed) (?:meself|themselves)|"
                   r"accidents? (?:in|on|with) (?:my|her|his|the) (?:pants|bed|knickers|trousers|underwear|nappy|"
                   r"clothes|bladder|bowels?|waterworks)|(?:bladder|bowel|toilet|wee|pee|poo) accidents?|"
                   r"lost control of (?:my|her|his) (?:bladder|bowels?|waterworks)|"
                   r"(?:didn't|don't|can't|not|never) (?:always )?mak\w* it to the (?:toilet|loo|bathroom)|"
                   r"(?:leaking|leaks|leaked|dribbling) (?:urine|wee|pee|a bit)|"
                   r"peed (?:myself|herself|himself)|weed (?:myself|herself|himself)|pooed|pooped|soiled|"
                   r"messed (?:myself|herself|himself)|incontinen\w*|didn't make it to the (?:toilet|loo|bathroom)|"
                   r"accident in (?:my|her|his) pants|"
                   r"(?:urine|wee|pee|stool|stools|motion|motions|poo) (?:is |are )?(?:coming|passing|comes|passes|"
                   r"leaking) "
                   r"(?:out )?without|can't tell when (?:i|she|he) (?:need|needs|want|wants) to go",
    "ONE_LEG": r"one leg|one side|one of (?:my|her|his) legs|"
               r"(?:left|right) (?:leg|side|foot|knee|hip|thigh|calf|ankle)|just the (?:left|right)|"
               r"only (?:my|the|her|his) (?:left|right)|only one|on one side|the other (?:leg|one) is fine|single leg|"
               r"(?:mainly|mostly|mainly just|just|only|it's) the (?:left|right) (?:one|side)|"
               r"(?:only|just) (?:that|this|the one) (?:leg|foot|side)|(?:that|this) leg only",
    "BOTH_LEGS": r"both (?:my |her |his |the )?(?:legs|sides|feet|knees|thighs|calves)|both of (?:my|her|his|them)|"
                 r"either leg|all my legs",
    "TROUBLE": r"tricky|a struggle|" r"trouble|problems?|difficult\w*|hard|wrong|funny|changed|change|going|gone|lost|"
               r"odd|weird|strange|off|"
               r"not right|struggl\w*|can't",
    "GRADUAL": r"(?<!speak )(?<!talk )(?<!bit )(?<!more )slow(?:ly|ish)?\b|gradual\w*|bit by bit|over (?:weeks|months|"
               r"the years|time|a few weeks)|crept up|creeping|"
               r"for (?:weeks|months|years|ages)|a long time(?! ago)",
    "BOTH_SIDES": r"both (?:my |her |his |the )?(?:legs|sides|feet)|both of them|both legs",
    "GOT_UP": r"got (?:back )?up|up now|up and (?:walking|about)|back on (?:my|her|his) feet|"
              r"(?:managed|able) to get (?:myself|herself|himself|back) up|"
              r"can (?:still )?(?:put|bear|take) (?:some |her |his |my )?weight (?:on|through) (?:it|the leg|(?:her|"
              r"his|my) "
              r"(?:leg|foot))|"
              r"got (?:myself|herself|himself) up|managed to get up|able to get up",
    "STILL_THERE": r"hasn't gone|still there|still here|hasn't passed|not gone|hasn't gone away|didn't go away|"
                   r"hasn't (?:eased|settled|cleared|come back)|"
                   r"still (?:weak|the same|numb|dragging)",
    "SINCE_THEN": r"ever since|since then|since (?:the|that) (?:fall|tumble|accident)|since (?:i|she|he) fell",
    "GRADUAL_ONSET": r"crept up|creeping up on|been creeping (?:up|on)|creeping up for|crept on|"
                     r"(?:came|come|coming|comes) on (?:slowly|gradually|bit by bit|over (?:weeks|months|a few|"
                     r"a couple))|"
                     r"built up (?:slowly|gradually|over)|building up (?:slowly|gradually|over)",
    "BLADDER_TROUBLE": r"(?:bother|problems?|trouble|issues?) (?:with|in) (?:the |my |her |his )?(?:waterworks|bladder|"
                       r"bowels?|toilet)|(?:bladder|waterworks|bowel|bowels) (?:problems?|trouble|issues?|"
                       r"difficult\w*)|"
                       r"(?:problems?|trouble|issues?) with (?:my |her |his |the )?(?:bladder|waterworks|bowels?)|"
                       r"toilet side(?: of things)?|(?:bladder|bowel|waterworks) side of things",
    "NO_DIFFERENCE": r"makes no difference|whether (?:i'm|i am|she's|he's|they're) (?:walking|sitting|resting)|"
                     r"walking or (?:sitting|resting|lying)|sitting or walking|even (?:at rest|when (?:i'm |"
                     r"i am )?(?:resting|"
                     r"sitting))",
    "STABLE": r"same (?:like|as) (?:last|before|yesterday|it was)|(?:no|not any) change|hasn't changed|not changed|"
              r"(?:stayed|staying|stays|remained) (?:the )?same|not increasing|not progressing|hasn't progressed|"
              r"holding steady|(?:stayed|staying|stays|remained) (?:in|at) (?:my|her|his|the) (?:feet|toes|ankles|"
              r"legs)",
    "NO_SPREAD": r"(?:not|isn't|hasn't|hasn't been|no|never) (?:spread\w*|mov\w* up|creep\w* up|climb\w*|going up|"
                 r"getting higher)|(?:stayed|staying|stays|remained) (?:in|at) (?:my|her|his|the) (?:feet|toes|ankles)",
    "WEIGHT_SAME": r"weight(?:'s| is| has)? (?:stayed|been|staying|remained|steady|stable)(?: (?:exactly|about|much|"
                   r"pretty much))?(?: the same| steady| stable)?|same weight|(?:haven't|hasn't|"
                   r"not) lost (?:any )?weight|"
                   r"weight (?:hasn't|has not) (?:changed|dropped)",
    "WARM": r"(?:feet|foot|legs?|toes) (?:are|is|feel|feels) (?:nice and |lovely and )?warm|warm (?:feet|legs|toes)",
    "RESULTS_NORMAL": r"checked (?:it|them|that|her|him) and (?:it|they|she|he) (?:was|were) (?:fine|normal|ok|okay|"
                      r"all right|alright|good)|(?:checked|tested|tests?|results?|reports?|bloods?|scans?|levels?|"
                      r"numbers|"
                      r"check ?up) (?:\w+ ){0,5}?"
                      r"(?:came back |came |come back |were |are |was |is |came out )?(?:all )?(?:normal|fine|clear|"
                      r"negative)|it's all normal|all normal",
    "MILD": r"medium(?: pain)?|moderate|minor(?! injur)|not (?:too|that|very|so) bad|not severe|mild\w*|bearable|"
            r"manageable|can cope|i can cope|a bit sore|"
            r"niggl\w*|just a (?:normal|mild|bit of)|only a bit|(?:isn't|is not|wasn't|not|aren't) (?:too |that |"
            r"very |so |"
            r"really )?(?:bad|severe)|tolerable|just (?:sore|aching|achy|a niggle|an ache)",
    "CAN_PEE": r"(?:urine|pee|wee|water) (?:is )?(?:coming|flowing|passing) (?:out )?(?:normally|fine|okay|ok|freely|"
               r"alright|all right|well)|can (?:still )?(?:pee|wee|pass water|urinate|go to the toilet)(?: fine| okay|"
               r" ok| normally|"
               r" all right)?|"
               r"(?:peeing|weeing|passing water|waterworks) (?:is |are )?(?:fine|okay|ok|normal\w*|all right)",
    "CAN_WALK": r"can (?:still )?walk(?! (?:a bit |a little |much |even )?less)(?: fine| okay| ok| normally|"
                r" all right| alright)?|walking (?:fine|okay|normally)",
    "COLOUR": r"colou?r",
    "FINE": r"(?:is|are|was) (?:something|one thing) (?:i've|i have|i|she's|she has|he's|he has|we've) never (?:had|"
            r"suffered|experienced)|fine|okay|ok\b|o\.k\.|alright|all right|normal(?<!than normal)|good|great|clear|"
            r"as usual|same as ever|"
            r"no bother|not bothering (?:me|her|him|them|us)|behaving (?:themselves|itself|fine|normally)|"
            r"(?:is|are|was) not there|isn't there|aren't there|steady as a rock|sharp as (?:a tack|ever)|"
            r"as normal|"
            r"right as rain|perfect\w*",
    # Said of the person as a whole or of a body part, these deny a finding (the finding's denied_by)
    "NO_HEADACHE": r"no (?:headaches?|head ?aches?|head pain|migraine)|"
                   r"(?:haven't|hasn't|not|never|don't|doesn't|didn't) (?:got |had |have |has |get |gets |been "
                   r"having )?(?:a |any )?(?:headaches?|head ?aches?|head pain|migraines?)|headache free|"
                   r"without (?:a |any )?headaches?",
    "NO_SWELLING": r"no (?:swelling|puffiness)|both (?:my |her |his |of (?:my|her|his) )?(?:ankles|calves|legs|feet) "
                   r"(?:are |have |have been |got |get )?(?:swollen|swelled|swelling|puffy|puffed)|not swollen|"
                   r"(?:look|looks|are|both) (?:\w+ )?the same size|"
                   r"isn't swollen|aren't swollen|wasn't swollen|"
                   r"(?:haven't|hasn't|not|don't|doesn't|didn't) (?:noticed |seen |got |have |has |had |any )*"
                   r"(?:swelling|puffiness)|(?:nothing|none) swollen|not puffy|isn't puffy|without (?:any )?swelling",
    "NO_SPINE_HURT": r"(?:didn't|haven't|hasn't|hadn't|not|never|don't think (?:i|she|he)|don't reckon (?:i|she|he)) "
                     r"(?:hurt|injured?|damaged|banged|hit|bumped|knocked|jarred) (?:my|her|his|the) (?:back|neck|"
                     r"spine)",
    "FEEL_OK": r"can (?:still )?feel (?:my|her|his|both) (?:feet|legs|toes|foot|leg)(?! (?:tingl|burn|go\b|going|"
               r"getting|buzz|"
               r"prickl))"
               r"(?: fine| okay| ok| normally| all right| alright| properly)?",
    "ACCIDENT": r"accidents?",
    # hurting a part of the body, said as an injury ("I hurt my knee")
    "HURT_PART": r"hurt (?:my|her|his) (?:leg|legs|knee|knees|ankle|ankles|foot|feet|hip|hips|back|neck|shoulder|"
                 r"arm|wrist|thigh|calf|hamstring|groin)",
    "BROKEN_BONE": r"broke (?:my|her|his) (?:leg|hip|ankle|wrist|arm|foot|knee|kneecap|pelvis|back|neck|bone|shin)|"
                   r"broke something|broken (?:a )?(?:bone|leg|hip|ankle|wrist|arm|foot|kneecap|pelvis|back|neck|shin)",
    "CONTROL": r"control\w*|continen\w*",
    "CAN_HOLD": r"(?:can|could) hold (?:it|on|my wee|my pee|my water|my bladder|my bowels?|"
                r"on to it)(?: in)?(?: (?:fine|okay|ok|"
                r"alright|all right|well|normally|no problem))?|"
                r"(?:bladder|bowel|bowels|waterworks|control) (?:is |are |has been |have been )?(?:fine|okay|ok|"
                r"normal|good|"
                r"all right|alright|working|behaving)",
    "SPINE_HURT": r"injur\w* to (?:the |my |his |her )?(?:lower |upper )?(?:back|neck|spine)|" r"(?:back|neck|spine|"
                  r"spinal) injur\w*|(?:hurt|hurts|injured|injure|injuring|jarred|jarring|"
                  r"wrenched|wrenching|hit|hitting|banged|smacked|walloped|clonked|"
                  r"banging|knocked|bumped|whacked|cricked|damaged|twisted|bruised|landed on|fell on|smashed|cracked|"
                  r"jolted|did|done|landed (?:hard |heavily |badly |flat )?on) (?:my|her|his|the|their) "
                  r"(?:lower |upper )?(?:back|neck|spine|tailbone|coccyx)|"
                  r"(?:back|neck|spine|tailbone)(?:'s| got| was| has been| is| were| has) (?:\w+ )?(?:hurt|injured|"
                  r"damaged|jarred|twisted|jolted|crushed|wrenched)",
    "GOOD_DIET": r"(?:i|she|he|we) eats? (?:ok|okay|fine|alright|all right)|(?:i|she|he|we) (?:do |"
                 r"does )?eats? (?:meat|fish|eggs|dairy|chicken|well|properly|everything|"
                 r"anything|a (?:good|balanced|healthy|proper) diet|healthily|plenty)|"
                 r"(?:get|gets|getting|plenty of|lots of|enough) (?:plenty of |lots of |enough )?(?:sun|sunshine|"
                 r"sunlight)|non[- ]?veg\w*|eating (?:fine|well|properly|healthily|healthy|plenty|a balanced)|"
                 r"plenty of (?:meat|fish|eggs|dairy|veg|vegetables|fruit|protein)|(?:balanced|healthy|good) diet|"
                 r"diet is (?:fine|good|okay|ok|healthy|"
                 r"balanced|normal)",
    "GOOD_SLEEP": r"sleep\w* (?:like a (?:log|baby|top)|well|soundly|fine|okay|ok|great|good|alright|all right|"
                  r"normally|through|right through)|slept (?:well|fine|like a (?:log|baby|top)|soundly|okay|ok|great|"
                  r"through|right through|alright|all right)|"
                  r"(?:good|plenty of|enough|decent) (?:night's )?sleep|sleep (?:is|has been) (?:fine|good|okay|ok|"
                  r"normal|alright|all right)",
    "GOOD_FLUIDS": r"drink\w* (?:plenty|lots|loads|enough|well|normally|fine|a lot|properly|heaps|tons|"
                   r"(?:\w+ )?(?:litres|liters|glasses|bottles|cups))|plenty (?:of )?(?:water|fluids?|to drink)|"
                   r"(?:well|fully|properly) hydrated",
    "NO_SUGAR": r"no (?:sugar|diabetes|diabetic)(?= *$| *[,.;!?]| (?:or|and|nor|no|problem|problems|issues?|"
                r"complaint|bp)\b)|not (?:a )?(?:sugar patient|diabetic)|(?:don't|doesn't|haven't|hasn't) (?:have |"
                r"got )?"
                r"(?:any )?(?:sugar|diabetes)(?= *$| *[,.;!?]| (?:or|and|nor|problem|problems)\b)|"
                r"(?:not|don't|doesn't|isn't) (?:having|have|has|got) (?:any )?sugar",
    "WELL_IN_SELF": r"(?:fine|okay|ok|alright|all right|well|good|normal|grand) in (?:myself|herself|himself)|"
                    r"otherwise (?:fine|well|healthy|okay|ok|good|alright|all right)|"
                    r"not (?:feeling |been |looking )?(?:poorly|unwell|ill|sick|crook|off colou?r)|"
                    r"(?:i|she|he|i've|she's|he's) (?:feel|feels|been|have been|has been) (?:fine|well|okay|ok|"
                    r"alright|all right|good|normal|grand)(?: otherwise| in (?:myself|herself|himself))?(?= *$|"
                    r" *[,.;!?]|"
                    r" (?:otherwise|apart|except|but|in|generally)\b)",
    "SPEECH_VISION_OK": r"(?:can|i) see (?:fine|okay|ok|well|alright|all right|normally|properly|clearly|perfectly)|"
                        r"(?:eyes|eyesight|vision|sight) (?:is |are |seems? )?(?:fine|okay|ok|good|normal|alright|"
                        r"all right|clear)|(?:talking|speaking|talk|speak|speech) (?:is |seems )?(?:fine|okay|ok|"
                        r"normal\w*|alright|all right|clearly|properly|well)",
    "IMPROVING": r"getting better|improving|improved|healing (?:well|up|nicely)|on the mend|much better|"
                 r"a lot better|less (?:sore|swollen|painful)|settling (?:down)?",
    "SAME_MEDS": r"same (?:pills|tablets|medicines?|medication|meds|drugs|prescription)|"
                 r"no new (?:pills|tablets|medicines?|medication|meds|drugs|prescription)|"
                 r"(?:pills|tablets|medicine|medicines|medication|meds) (?:haven't|hasn't) changed|"
                 r"nothing new (?:in|with|on) (?:my |her |his |the )?(?:pills|tablets|medicines?|medication|meds)",
    "WALK_WORSE": r"(?:worse|hurt|hurts|hurting|ache|aches|aching|painful|pain|sore|cramp|cramps|cramping) (?:when|"
                  r"while|if|after|with) "
                  r"(?:i |she |he )?(?:walk\w*|am walking|try to walk|go for a walk)",
    "CLAUDICATION": r"claudication",
    "LANDED": r"tailbone|coccyx|landed (?:flat )?on|on (?:my|her|his) back|backwards|flat on|onto (?:my|her|his) "
              r"(?:back|bum|backside|neck)",
    "GRIP": r"(?:wouldn't|won't|didn't|doesn't) grip|dropp\w* (?:my|her|his|the) (?:cuppa|cup|mug|tea|glass|phone|"
            r"fork|spoon|keys)|dropping things|letting go of (?:things|stuff|cups|the cup|everything)|can't grip|"
            r"can't hold (?:the |a |"
            r"my |her |his )?(?:cup|mug|things|pen|spoon|glass)",
    "WHIPLASH": r"whiplash",
    "BANGED": r"(?:cut|split|gashed)(?: open)?(?= (?:his|her|my|their) (?:head|forehead))|" r"(?:copped|cop|got|"
              r"caught|took) (?:a|an|the|one) (?:\w+ ){0,2}(?:to|in|on) the(?= (?:head|face|back|"
              r"neck))|(?:an |a )?(?:big |huge |massive )?(?:egg|lump|goose ?egg) on(?= (?:my|her|his|the) (?:head|"
              r"forehead))|bang\w*|wallop\w*|knock\w*|bump\w*|hit|smack\w*|whack\w*|clonk\w*|conk\w*|cracked|"
              r"took (?:a|an|the) (?:\w+ )?(?:to|in) the(?= (?:head|face|back|neck))",
    "IDIOM": r"like (?:after|i(?:\'ve| have)? (?:just )?(?:done|had|did|run|ran)) (?:a |an )?(?:\w+ )?(?:workout|"
             r"marathon|gym session|session at the gym)|numb ?skull\w*|on pins and needles|(?:gives?|giving|gave|"
             r"sends?|sent) (?:me|her|him|"
             r"us) (?:the )?(?:chills|shivers)|(?:another|next|last|new|latest|an|one) episode of|(?:nearly|"
             r"almost) (?:fainted|passed out|keeled over|died) (?:when (?:i|he|she|we) (?:saw|heard|read|opened|"
             r"got the)|at the (?:price|bill|cost|sight)|laughing)|pain in the (?:neck|backside|bum|arse|butt)|"
             r"cold feet|(?:you're|you are) a speaker|"
             r"(?:nearly |almost |practically )?(?:gave|give|giving) (?:me|her|him|us) a heart attack|"
             r"(?:footy|football|cricket|cabin|spring|world cup|election|saturday night|olympic|derby|cup|"
             r"grand final|christmas|holiday) fever|(?:i'm |i am |she's |he's |we're |so )?sick to (?:death|the back "
             r"teeth) of|"
             r"heart (?:skipped|missed) a beat (?:when|at|as)|heart (?:sank|leapt|leaped|(?:goes|go|going|went) out)|"
             r"pull\w* (?:my|your|her|his) leg|break a leg|leg it|back to square one|heart (?:is |was )?set on|"
             r"heart ?broken|head over heels|(?:i'm |i am |she's |he's |so |getting )?sick (?:of|and tired)|"
             r"fed up|butterflies|itchy feet|"
             r"(?:nearly |almost )?fell off (?:my|the|her|his) (?:chair|seat) laughing|blood (?:was |is )?boiling|"
             r"made my blood boil|"
             r"(?:legs?|leg room) (?:of|on) the (?:table|chair|journey|trip)|"
             r"(?:a )?leg of (?:lamb|the journey|the trip)|on its last legs|twist (?:my|your) arm|"
             r"cost an arm and a leg|by heart|off (?:the )?top of (?:my|your) head|back of (?:my|the) mind|"
             r"headache (?:of a|for) (?:job|problem)|what a headache|"
             r"(?:doing|does|did|done) (?:my|your|her|his) head in|"
             r"(?:gets|get|got|getting) on (?:my|your|her|his) nerves|"
             r"bang\w* (?:my|your|her|his|our|their) heads? (?:against|on) (?:a|the) (?:brick )?wall|"
             r"(?:can|could|would|will) you (?:please )?(?:talk|speak|say (?:that|it)) (?:a (?:bit|little|wee bit) )?"
             r"(?:louder|slower|more slowly|up|again)|speak up|(?:talk|speak) (?:a bit |a little )?louder|"
             r"(?:a|another|one|two|three|four|five|six|a few|\d+) (?:foot|feet|inch|inches) of (?:snow|rain|water)|"
             r"(?:computer|laptop|phone|email|e-mail|pc|tablet) (?:\w+ ){0,3}virus|virus (?:from|in|on) (?:an? |the |"
             r"my |our )?(?:email|e-mail|computer|laptop|phone|pc)",
    # another person's health long ago ("my neighbour had a stroke years ago"): that clause says nothing of the
    # person asking (a clause, not the sentence: "...her sister who passed years ago, and she can't walk")
    "OTHERS_PAST": r"^(?:had|has had|got)\b(?=[^.;!?,]*(?:back in the \w+ies|when (?:i|we) (?:was|were) (?:a boy|"
                   r"a girl|a lad|a lass|a kid|kids|a child|children|young|little))\b)|"
                   r"(?:(?:my|our|the|his|her) |^)late (?:husband|wife|father|mother|dad|"
                   r"mum|mom|brother|sister|son|"
                   r"daughter|partner|friend|grandfather|grandmother|nan|gran|grandad|grandpa|grandma|uncle|aunt\w*)|"
                   r"(?:(?:my|our|the|his|her) |^)(?:dear |old )?(?:neighbou?rs?|friends?(?:'s \w+)?|cousins?|"
                   r"cousin-? ?brother|"
                   r"cousin-? ?sister|uncle|aunt|auntie|aunty|grandfather|grandmother|grandad|granddad|grandpa|"
                   r"grandma|gran|nan|nana|vicar|priest|colleague|boss|workmate|flatmate|brother-in-law|"
                   r"sister-in-law|brother|sister)\b(?=[^.;!?,]*(?:years ago|years back|some years|a while back|"
                   r"a while ago|long ago|long time ago|ages ago|months ago|decades (?:ago|back)|back in the \w+ies|"
                   r"in the (?:fifties|sixties|seventies|eighties|nineties)|as a (?:girl|boy|child|kid)|"
                   r"when (?:i|we) (?:was|were) (?:a boy|a girl|a lad|a lass|a child|children)|last (?:christmas|"
                   r"easter|year|spring|"
                   r"summer|autumn|"
                   r"fall|winter)|in the (?:spring|summer|autumn|winter)|when (?:i|we) (?:was|were) (?:a kid|kids|"
                   r"young|"
                   r"little)|back in (?:the )?\d+)\b)|"
                   r"(?:(?:my|our|his|her) |^)(?:dad|mum|mom|father|mother|husband|wife|son|daughter|grandad|"
                   r"grandpa|grandma|nan|gran)\b(?=[^.;!?,]*(?:years ago|decades (?:ago|back)|long time ago|"
                   r"long ago|back in the \w+ies|in the (?:fifties|sixties|seventies|eighties|nineties)|as a (?:girl|"
                   r"boy|child|kid)|when (?:i|we) (?:was|were) (?:a boy|a girl|a lad|a lass|a kid|kids|a child|"
                   r"children|young|little))\b)|god rest (?:him|her|his soul|her soul)|rest (?:his|her) soul",
    # A clause whose subject is someone else ("my wife's on warfarin"): a carer may be speaking of the very
    # person the skill asks about, so such a clause counts unless the person denies the same thing of themselves
    # ("..., but I'm not on any blood thinners myself").
    "OTHERS_NOW": r"(?:(?:my|our) |^)(?:mum|mom|mam|mother|dad|father|wife|husband|partner|son|daughter|brother|"
                  r"sister|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|auntie?|aunty|uncle|cousin|friend|"
                  r"neighbou?r|mate|colleague|son-in-law|daughter-in-law|mother-in-law|father-in-law|sister-in-law|"
                  r"brother-in-law|grandson|granddaughter|niece|nephew|kids|children)"
                  r"(?:'s| is| has| had| was| got| gets| takes| took| does| used| keeps)\b",
    # the person saying they have not got what someone else has: "my mum's got the diabetes but I haven't"
    "NOT_ME": r"(?:i|i've|i'm|i am|i have|i do|myself) (?:haven't|have not|don't|do not|not|never have|never had it|"
              r"never did)(?: got (?:it|that|one|them))?(?: myself)?(?=\s*(?:[,.;!?]|$))|not me|me neither|"
              r"i'm not(?=\s*(?:[,.;!?]|$))",
    # where the trouble is, with what it is left to the clause before: "no pain down the leg, it's just in the lower
    # back"; "no numbness in my bottom, only in my feet"
    "ONLY_IN": r"(?:just|only|all|mainly|mostly|purely|solely) (?:in|on|at|round|around|across|down) (?:my|her|his|the|"
               r"both)|stays (?:put )?in (?:my|her|his|the)",
    "ANIMAL": _OWNED + r"(?:" + _ANIMALS + r")" + _THEN,
    "SOMEONE_ELSES": _OWNED + r"(?:curtains|blinds|stock market|market|shares|prices|price|costs|bills?|rent|economy|"
                     r"car|phone|mobile|tv|telly|television|computer|laptop|tablet|chair|table|"
                     r"sofa|couch|battery|fence|fence post|gate|shed|door|window|floor|washing machine|"
                     r"machine|dryer|plant|plants|lawn|team|house|roof|boiler|fridge|kettle|oven|radio|printer|"
                     r"clock|watch|shoes?|boots?|trousers(?! (?:are |is )?(?:falling|hanging|too big|baggy|loose))|"
                     r"jeans(?! (?:are |is )?(?:falling|hanging|too big|baggy|loose))|bike|bicycle|engine|tyres?|"
                     r"tires?|wifi|internet|tree|trees|leaves|picture|vase|glass|shelf|traffic|"
                     r"(?:chicken|dinner|tea|milk|food|meat|turkey|cake)(?![^.;!?]*\b(?:stuck|stick\w*|wrong way|"
                     r"swallow\w*|chok\w*|go down|goes down|going down|come back up|comes back up)\b)|"
                     r"weather|view|film|movie|book|show)" + _THEN + "|"
                     # "these new tax forms have me confused", "the price of petrol keeps creeping up", "the buses
                     # round here are getting worse", "the mailman comes and goes"
                     r"(?:the|our|these|those|this|that|my|his|her|their) (?:\w+'s )?(?:\w+ ){0,2}(?:buses|bus|trains?|"
                     r"potholes|roads?|council|government|queues?|waiting lists?|crime|mailman|postman|postie|milkman|"
                     r"lorry|lorries|truck|trucks|van|vans|heating|signal|"
                     r"reception|electricity|tax forms?|forms|paperwork|electric bill|gas bill|phone bill|"
                     r"instructions|crossword|puzzle|remote|snow|rain|storm|petrol|(?:price|prices|cost|costs) of \w+)"
                     r"(?= (?:\w+ ){0,4}?(?:are|is|was|were|keeps?|kept|have|has|had|comes?|came|getting|gets?|got|"
                     r"going|creeping|coming)\b)|"
                     r"(?:tap|taps|pipe|pipes|sink|cistern|shower|gutter|gutters|ceiling|radiator|dishwasher|"
                     r"hose) (?:\w+ ){0,4}(?:leak\w*|drip\w*|blocked|overflow\w*)",
}

# Names of causes, for "what is ...?" when Alexa could not match the words.
CAUSE_WORDS = {
    "OVEREXERTION": r"overexert\w*|over exert\w*|overdo\w*|over do\w*|too much exercise|muscle fatigue|tired muscles|"
                    r"doms|delayed onset|exercise fatigue",
    "DEHYDRATION": r"dehydrat\w*|electrolytes?|low fluids?|low salts?|not enough fluids?",
    "SPRAIN": r"sprain\w*|strain\w*|bruis\w*|minor injur\w*",
    "NEUROPATHY": r"neuropath\w*|nerve damage|damaged nerves|polyneuropath\w*|peripheral nerves?",
    "SPINE_PROBLEM": r"spin\w* (?:problem|cord|stenosis|compression|injury)|stenosis|slipped dis[ck]|"
                     r"herniated dis[ck]|bulging dis[ck]|cauda equina|problem in the spine",
    "MS": r"multiple sclerosis|\bms\b|\bm s\b|sclerosis",
    "GBS": r"guillain|gillian|barr[eé]|\bgbs\b|\bg b s\b",
    "MYOPATHY": r"myopath\w*|muscle disease|muscle disorder|muscular dystrophy|dystrophy|myositis|polymyositis",
    "ELECTROLYTES": r"potassium|calcium|hypokal\w*|hypercalc\w*|electrolyte imbalance",
    "TORN_MUSCLE": r"torn muscle|muscle tear|pulled muscle|muscle injur\w*|injured muscle|muscle trauma|muscle strain",
    "RHABDO": r"rhabdo\w*|muscle breakdown|breakdown of muscle",
    "VITAMIN": r"vitamin\w*|b ?12|b twelve|malnutrition|nutritional|deficien\w*",
    "CIRCULATION": r"circulation|arter\w*|claudication|\bpad\b|\bp a d\b|vascular",
    "SEPSIS": r"sepsis|septic\w*|blood poisoning|systemic infection|whole body infection|infection of the whole body|"
              r"severe infection",
}

# Concepts that only ever deny something ("not too bad", "both legs"): a negation inside them is still a
# negation.
DENIALS = frozenset(['BOTH_SIDES', 'CAN_PEE', 'CAN_WALK', 'COLOUR', 'FINE', 'GOT_UP', 'GRADUAL', 'MILD', 'STILL_THERE',
                     'NO_HEADACHE', 'NO_SWELLING', 'NO_SUGAR', 'WELL_IN_SELF', 'SAME_MEDS',
                     'NO_SPINE_HURT', 'NO_DIFFERENCE', 'STABLE', 'NO_SPREAD', 'WEIGHT_SAME', 'WARM', 'RESULTS_NORMAL'])

# Said in front of an answer, these decide it (the rest of the utterance may describe something too).
YES_STRONG = (r"yes+|yeah+|yep|yup|yea|aye|haan|haa|ha ji|ji haan|haanji|han ji|too right|of course|definitely|"
              r"absolutely|certainly|you bet|sure|correct|afraid so|i'm afraid so|indeed|spot on|bang on|exactly|"
              r"that's it|that's the one|you got it|you've got it|right you are|for sure|very much so|big time|"
              r"i'd say so|i would say so|i'd say yes|sadly yes|sadly so|unfortunately yes|unfortunately so|yessir")
YES = (r"yes|yeah|yep|yup|yea|ya|aye|sure|of course|certainly|definitely|absolutely|correct|right|true|that's right|"
       r"that's true|i do|i am|i did|i have|i think so|i guess|i suppose|probably|sometimes|a bit|a little|"
       r"a little bit|slightly|sort of|kind of|kinda|somewhat|a few times|uh huh|mm hmm|too right|you bet|haan|ha ji|"
       r"haa|ji haan|it is|it does|it did|they do|she does|he does|she did|he did|she is|he is|they are|it has|"
       r"yes please|afraid so|i'm afraid so|mostly|pretty much|mhm|terribly|badly|a lot|loads|all the time|constantly|"
       r"i reckon|reckon so|i believe so|believe so|seems so|looks like it|i'd say|sadly|unfortunately|"
       r"he has|she has|they have|he had|she had|he was|she was|they were|we have|"
       r"it sure is|sure is|sure does|she sure does|he sure does|it certainly is|you're right|totally|"
       r"often|quite a bit|very much|it was|it was a bad one|at night|in the mornings?|now and then|on and off")
NO = (r"not that (?:i|we) (?:know|knew|are aware|'re aware|'m aware)(?: of)?|"
      r"i wouldn't (?:think|say) so|wouldn't have thought so|i'd say not|no|nope|nah|nay|never|not really|not at all|"
      r"not that i know of|not that i've noticed|not as far as i know|"
      r"i don't think so|don't think so|i doubt it|no way|none|nothing|neither|absolutely not|definitely not|"
      r"certainly not|of course not|not so|yeah nah|yeah no|nahi|nahin|na\b|i don't|i haven't|i didn't|i'm not|"
      r"i am not|it isn't|it's not|it doesn't|it didn't|it hasn't|they don't|she doesn't|he doesn't|she didn't|"
      r"he didn't|she isn't|he isn't|not now|not any more|not anymore|no longer|i'm fine|i am fine|i feel fine|"
      r"i feel (?:alright|all right|ok|okay|good|normal|well)|i'm (?:alright|all right|ok|okay|good|well)|all good|"
      r"it's fine|it's normal|it's okay|it's ok|same as usual|about the same|no change|nothing like that|"
      r"nothing of the sort|all clear|she's fine|he's fine|she's up now|he's up now|both legs|both of them|both|"
      r"(?:thankfully|luckily|fortunately|hopefully|happily|touch wood),? (?:no|not|nope)|thank (?:god|goodness|"
      r"heavens),? "
      r"(?:no|not)|not a sausage|not a thing|not one bit|not in the least|not one|nothing at all|none at all|"
      r"none of (?:those|them|that|these|the above|it)|no to (?:all|both|everything|each|any)(?: of (?:them|those|"
      r"that|these|it))?|nothing of the kind|not to my knowledge|not that i'm aware of|not that i am aware of|"
      r"not as far as (?:anyone|anybody|i|the doctors?|they|we)(?:'ve|'s| has| have)? (?:told|said|know|knows|"
      r"mentioned|been told)(?: me| us)?|not that (?:anyone|anybody)(?:'s| has) (?:told|said|mentioned)(?: me)?|"
      r"negative|he's not|she's not|they're not|we're not|nah mate|not on your life|"
      r"i wouldn't say so|wouldn't say so|can't say i have|can't say i am|can't say she has|can't say he has|"
      r"not particularly|not especially|no ma'am|no sir|no madam|(?:i )?reckon not|(?:i'd )?wager not|i'd say not|"
      r"i'd say no|i think not|i guess not|i suppose not|probably not|i hope not|(?:i )?don't reckon(?: so)?|"
      r"(?:i )?don't believe so|nothing new|not severe|not too bad|not that bad|not so bad")
UNSURE = (r"i don't know|i do not know|don't know|dunno|no idea|not sure|i'm not sure|unsure|maybe|perhaps|possibly|"
          r"might be|might have|could be|can't remember|can't recall|don't remember|hard to say|i can't say|"
          r"can't tell|can't be sure|not certain|who knows|i'm unsure|no clue|i wonder|hmm+(?=[.!?]?$)|um+(?=[.!?]?$)|"
          r"uh+(?=[.!?]?$)|don't really know|maybe a (?:little|bit)(?: bit)?|maybe slightly|maybe a touch|"
          r"(?:don't know|not sure|no idea|can't remember) (?:what|which) (?:\w+ ){0,3}?(?:is|are|they are|it is|"
          r"it was|"
          r"it's called|they're called|they're for|it's for)|"
          r"i'm not certain|haven't looked|haven't checked|didn't check|didn't look|rather not say|i'd rather not say|"
          r"i'd rather not|hard to tell|no way of knowing|not that i could tell|i think it might be|might|borderline|"
          r"i can't remember|don't know what|can't tell you|can't say for (?:sure|certain)|beats me|search me|"
          r"your guess is as good as mine|pata nahi|pata nahin|god knows|heaven knows|goodness knows|who can say|"
          r"i've no idea|haven't (?:got )?(?:a|the (?:faintest|foggiest|slightest)) (?:clue|idea)|not a clue|"
          r"hard to know|difficult to say|difficult to tell|i couldn't say|i'm not too sure|not too sure|"
          r"no way to tell|i wouldn't know|wouldn't know|not really sure|i'm not really sure|good question|"
          r"can't (?:really |honestly )?(?:say|tell)(?: you)?|haven't (?:really )?(?:looked|checked)")

# Words that deny what follows them in the clause ("no fever"); "fine", "normal" deny what came before.
NEGATION = (r"no|not|never|without|nothing|none|nor|neither|free of|nobody|no one|noone|none of|no problems?|"
            r"no trouble|no issues?|no difficulty|nothing wrong with|haven't noticed|not noticed|isn't|aren't|wasn't|"
            r"weren't|don't(?! (?:know|remember|recall|really know)\b)|doesn't|didn't(?! (?:know|remember)\b)|"
            r"haven't|hasn't|hadn't|won't|wouldn't|shouldn't|no more|no longer|"
            r"hardly any|zero|non(?=[- ]?(?:smok|diabet|drink))")
# Hedges: "maybe" makes a finding "I don't know"; "I don't think" makes it a no.
UNSURE_HEDGE = (r"not sure|no idea|(?:don't|doesn't) (?:exactly |really |actually )?check|(?:haven't|"
                r"hasn't) (?:really )?"
                r"(?:checked|looked)|wouldn't know|couldn't (?:tell|say)|hard to tell|maybe(?! (?:about|around|once|"
                r"twice|a (?:few|couple|week|month|day|year|fortnight)|"
                r"an? (?:hour|minute|day|week|month|year)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|fifteen|twenty|thirty|forty|half|every|since|last|this|yesterday|for|over|"
                r"a quarter|quarter)\b)|"
                r"might(?! (?:pass out|faint|collapse|keel over|black out|drop|die|be sick|throw up)\b)|may have|"
                r"could've|could have|"
                r"may be|may've|not (?:too|really|quite|very|that|entirely|totally) sure|possibly|"
                r"perhaps|could be|can't remember (?:if|whether)|don't remember (?:if|whether)|"
                r"can't recall (?:if|whether)|i don't know if|don't know if|don't know whether|"
                r"i wonder if|unsure|not certain|hard to say|can't tell|can't say|whether or not|i don't know|dunno|"
                r"no idea|don't know|don't really know|can't be (?:sure|certain)|can't remember|don't remember|"
                r"can't recall|don't recall|"
                r"no way of knowing")
NEGATIVE_HEDGE = (r"doubt|i don't think|don't think|i doubt|not that i know|not that i've noticed|not as far as|"
                  r"can't say (?:that )?(?:i've|i have|i|she's|he's|she has|he has) (?:noticed|seen|had|felt|hit|"
                  r"fallen|banged|"
                  r"hurt|been|knocked|lost|got)")
# A denial said after what it denies, as the last words of its sentence: a bare phrase ("pins and needles, no";
# "swelling in the calf: none") or a question echoed back ("lost weight? no, if anything I've put it on").  When the
# phrase names something (a concept other than a cue or a denial), the resolver reads it as if the no came first
# ("no pins and needles"); "maybe, no" is left alone.  A phrase with a subject or a verb of its own
# is left as said: in "he can't put any weight on it, no" the no answers the question, it denies nothing.
_BARE_NO = r"(?:also |just )?(?:(?:no|none|nope|nah|nil|never|not really|not at all|not a chance|no way|" \
           r"definitely not|absolutely not|not one bit|not that (?:i|we) (?:can see|could see|'ve noticed|" \
           r"have noticed|noticed|know of|knew of|'m aware of|am aware of))(?=\s*(?:[,.;!?]|$))|none(?! of\b)|" \
           r"(?:no|nope|nah)(?= (?:never|not|nothing|none|i (?:haven't|don't|didn't|have not)|(?:he|she|they) " \
           r"(?:hasn't|haven't|doesn't|don't|didn't)|it (?:isn't|hasn't|doesn't|'s not))\b))"  # Alexa leaves out
# the commas: "fever none chest pain none"; "wet myself no never"
_OWN_SUBJECT = r"i|i'm|i've|i'd|he|he's|she|she's|it|it's|they|they're|we|you|there|there's|that|that's|this|can't|" \
               r"is|was|are|were|has|have|had|do|does|did|yes|yeah|yep|no|not|none|nope|nah|never|so|but"
DENIED_AFTER = (r"(?:^|(?<=[.;!?] ))(?:(?P<phrase>(?:(?!(?:" + _OWN_SUBJECT + r")\b)[a-z0-9'\-]+ ){0,4}"
                r"(?!(?:" + _OWN_SUBJECT + r")\b)[a-z0-9'\-]+)(?:,|:| -)? ?|(?P<echo>[^.;!?]+)\? )" + _BARE_NO + "|"
                # what was so once and is not now: "I used to get terrible cramps but not for years now"; "I was on
                # water tablets but the doctor stopped them" (not what STILL_SO names)
                r"(?:^|(?<=[.;!?] ))(?P<past>(?:(?:i|she|he|we) |^)(?:used to|was on|were on|"
                r"had been on) [^.;!?]*?),? but "
                r"(?:not (?:any ?more|now|these days|for (?:years|ages|a long time|a while|months))(?: now)?|"
                r"(?:i|she|he|we|the doctor|my doctor|the gp|they) (?:quit|stopped|gave up|came off|"
                r"took (?:me|her|him) off)(?: (?:them|it|those|that|taking them|"
                r"taking it))?(?: [a-z0-9']+){0,4})(?=[,.;!?]|$| and\b| so\b| then\b)" + "|"
                # weight lost on purpose: "he's lost a bit of weight but he's been trying to"
                r"(?:^|(?<=[.;!?] ))(?P<meant>[^.;!?]*\blost\b[^.;!?]*?\b(?:weight|stone|kilos?|kgs?|pounds|"
                r"lbs)\b[^.;!?]*?),? but (?:(?:i|i'm|i've|he's|she's|he has|"
                r"she has|"
                r"we've|they've) )?(?:been )?(?:trying to|dieting|on a diet|meant to|(?:doing it |done it )?on purpose|"
                r"cutting back|watching (?:what|my|his|her))(?: [a-z0-9']+){0,4}(?=[,.;!?]|$| and\b| so\b| then\b)")
# What was so once and still counts, or counts its own way: "I used to have cancer but not any more" is a history
# of cancer; a former smoker is EX_SMOKER, neither a yes nor a no.
STILL_SO = ("CANCER", "SMOKE", "EX_SMOKER")
# What a clause that only says where (ONLY_IN: "..., only in my feet") takes from the clause before it.
CARRIED = ("PAIN", "NUMB", "TINGLE", "CRAMP", "WEAK", "SWOLLEN")
# Where one sentence ends: a finding's concepts must occur within one sentence ("*" recipes excepted).
SENTENCE = (r"[.;!?]|\bbut\b|\bthough\b|\balthough\b|\bhowever\b|\bexcept\b|\bapart from that\b|\bwhereas\b")
# Where a negation stops reaching, inside a sentence: "no fever, and my back hurts".
CLAUSE = (r", (?=(?:no|not|nothing|never|none|nor)\b)|"
          r",? and (?=(?:i|i'm|i've|my|it|it's|he|he's|she|she's|his|her|their|they|the|there|now|also|just|only)\b)|"
          r", (?=(?:i|i'm|i've|my|it|it's|he|he's|she|she's|his|her|their|they|the|there|now|also|just|only|that|"
          r"that's|which|so|then|left|right|the other|more|rather)\b)|"
          r"\bso\b|\bbecause\b|\bsince\b(?! (?:yesterday|this|last|morning|the|a|then))")
