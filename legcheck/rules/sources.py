"""Where each clinical statement comes from: a sentence of the seed text, or a public guidance page.

The seed is docs/leg-weakness-causes.txt; a `Seed` quotes it, with "..." where words are left out
(tests/test_sources.py checks that every quoted part is in the seed).  Where the seed does not say how
urgent something is or what to do, a `Guidance` names the public page followed (its title as the page
heads it, and its address).  Each page is written down once, here; rules and advice refer to it by name.
The skill's words are our own: nothing here is copied into speech.
"""
from typing import NamedTuple


class Seed(NamedTuple):
    quote: str


class Guidance(NamedTuple):
    title: str
    url: str


# -- seed sentences that several rules and the advice cite -----------------------------------------------
SUDDENLY = Seed("Immediate medical care is advised if leg weakness appears suddenly, especially with severe back "
                "or leg pain, numbness, tingling, or difficulties with speech or vision. These could be signs of "
                "a stroke or other serious medical emergencies.")
BLADDER_BOWEL = Seed("If leg weakness is accompanied by other concerning symptoms like loss of bladder or bowel "
                     "control, difficulty breathing, fever, unexplained weight loss, or changes in sensation, "
                     "medical attention is necessary.")
PROGRESSIVE = Seed("Progressive weakness, meaning it worsens over time, warrants prompt medical assessment.")
AFTER_INJURY = Seed("Weakness after an injury, especially if severe or not improving, should be evaluated.")
EVALUATION = Seed("Seek professional medical evaluation for leg weakness, as it can indicate an underlying "
                  "condition.")
EVERYDAY = Seed("Many common experiences can lead to temporary leg weakness.")
RULED_OUT = Seed("If temporary factors have been ruled out and weakness persists, a professional assessment can "
                 "help identify the cause and guide appropriate management.")

# -- red flags that call for an ambulance ---------------------------------------------------------------
NHS_TIA = Guidance("Transient ischaemic attack (TIA) - symptoms (NHS)",
                   "https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/"
                   "transient-ischaemic-attack-tia/symptoms/")
STROKE_ASSOCIATION_SYMPTOMS_PASS = Guidance("What if symptoms pass? (Stroke Association)",
                                            "https://www.stroke.org.uk/take-action/act-fast/what-if-symptoms-pass")
NHS_WALES_GBS = Guidance("Guillain-Barre syndrome (NHS 111 Wales)",
                         "http://111.wales.nhs.uk/encyclopaedia/g/article/guillainbarresyndrome")
NHS_HEART_ATTACK = Guidance("Recognising a heart attack (Springwell House Surgery, NHS)",
                            "https://springwellhousesurgery.nhs.uk/reconising-a-heart-attack/")
NHS_HEADACHES = Guidance("Headaches (Limelight Health Hub, NHS)",
                         "https://limelighthealthhub.nhs.uk/health-a-to-z/headaches/")
NHS_SUDDEN_CONFUSION = Guidance("Accident and Emergency / 999 (Whittington Health NHS Trust)",
                                "https://whittington.nhs.uk/default.asp?c=44846")
NIDIRECT_FALLS = Guidance("Falls (nidirect)", "https://www.nidirect.gov.uk/conditions/falls")
EEAST_FALLS_WINTER = Guidance("Paramedics issue advice for older people at winter (BBC News, East of England "
                              "Ambulance Service)", "https://feeds.bbci.co.uk/news/articles/cly1wejkkrgo")
SJA_SPINAL_INJURY = Guidance("What to do if someone has a spinal cord injury (St John Ambulance first aid)",
                             "https://bangorparishchurch.com/what-to-do-if-someone-has-a-spinal-cord-injury-"
                             "first-aid-training-st-john-ambulance/")
NHS_HEAD_INJURY = Guidance("Head injury (Guy's and St Thomas' NHS Foundation Trust)",
                           "https://guysandstthomas.nhs.uk/health-information/head-injury")
# NHS: after a knock to the head, weakness or numbness in part of the body, or trouble walking or with balance,
# is a reason to call 999 (stricter than the trust's leaflet above, which says A&E; the stricter one is used).
NHS_CONCUSSION = Guidance("Concussion (NHS 111 Wales)", "https://111.wales.nhs.uk/Encyclopaedia/c/article/concussion/")
SEPSIS_SAFETY_NET = Guidance("Adult sepsis safety net (Patient.info with the UK Sepsis Trust)",
                             "https://patient.info/infections/sepsis-septicaemia-leaflet/adult-sepsis-safety-net")

# -- red flags for the emergency department -------------------------------------------------------------
CAUDA_EQUINA = Guidance("Cauda equina syndrome (Royal Free London NHS Foundation Trust)",
                        "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/"
                        "cauda-equina-syndrome")
NHS_SCIATICA = Guidance("Sciatica (NHS)", "https://lawleypharmacy.co.uk/sciatica/")
NHS_BACK_PAIN = Guidance("What is back pain? (NHS back pain advice)",
                         "https://sheffieldachespains-staging.preflight.site/conditions/back-pain/"
                         "what-is-back-pain")
EPIDURAL_ABSCESS = Guidance("Spinal epidural abscess: clinical presentation (Medscape)",
                            "https://emedicine.medscape.com/article/1165840-clinical")
ACUTE_LIMB_ISCHAEMIA = Guidance("Acute limb ischaemia (HealthInfo Canterbury)",
                                "https://www.healthinfo.org.nz/acute-limb-ischaemia.htm")
MARIE_CURIE_MSCC = Guidance("Spinal cord compression (Marie Curie)",
                            "https://mariecurie.org.uk/professionals/palliative-care-knowledge-zone/"
                            "spinal-cord-compression")
RNOH_MSCC = Guidance("MSCC patient information (Royal National Orthopaedic Hospital NHS Trust)",
                     "https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/"
                     "mscc-patient-information")
NICE_ANTICOAGULANT_HEAD_INJURY = Guidance(
    "Quality statement 2: CT head scans for people taking anticoagulants (NICE QS74)",
    "https://www.nice.org.uk/guidance/qs74/chapter/Quality-statement-2-CT-head-scans-for-people-taking-"
    "anticoagulants")
MAYO_LOW_POTASSIUM = Guidance("Low potassium (hypokalemia) (Mayo Clinic)",
                              "https://www.stclair.org/services/mayo-clinic-health-information/article/"
                              "ABT-20334906")
NHS_HIP_FRACTURE = Guidance("Hip fracture (NHS)", "https://castlegate-pharmacy.com/condition/hip-fracture")
RHABDOMYOLYSIS = Guidance("Rhabdomyolysis (Krames patient information)",
                          "https://kramesonlinedemo.kramesonline.com/82,116476en")
ST_JOHN_HYPOGLYCAEMIA = Guidance("Learn first aid with St John Ambulance: low blood sugar",
                                 "https://www.wimbledonguardian.co.uk/news/yournews/15411093.learn-first-aid-"
                                 "with-st-john-ambulance/")

# -- within a day or soon ----------------------------------------------------------------------------------
NHS_DVT = Guidance("Deep vein thrombosis (DVT) (NHS)", "https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/")
NHS_PAD = Guidance("Symptoms of peripheral arterial disease (NHS)",
                   "http://www.nhs.uk/Conditions/peripheralarterialdisease/Pages/Symptoms.aspx")
NHS_PALPITATIONS = Guidance("Heart palpitations (NHS)",
                            "https://1stchoicepharmacy.co.uk/nhs_conditions_heart-palpitations")
NHS_SEPSIS = Guidance("Sepsis (NHS)", "https://1stchoicepharmacy.co.uk/nhs_conditions_sepsis")
STATIN_MUSCLE_PAIN = Guidance("Do you have muscle pain while taking a statin drug? (Consumer Reports)",
                              "https://www.consumerreports.org/health/do-you-have-muscle-pain-while-taking-"
                              "statin-drug/")
NICE_FALLS = Guidance("Assessing your risk of falling (NICE CG161, information for the public)",
                      "https://nice.org.uk/guidance/cg161/ifp/chapter/Assessing-your-risk-of-falling")

# -- what helps at home ------------------------------------------------------------------------------------
NHS_DEHYDRATION = Guidance("Dehydration (NHS)", "https://1stchoicepharmacy.co.uk/nhs_conditions_dehydration")
EXERCISE_SORENESS = Guidance("When exercise is not so healthy (American College of Emergency Physicians)",
                             "http://www.emergencycareforyou.org/Content.aspx?id=2538")

# -- what to do while help comes ---------------------------------------------------------------------------
STROKE_WAITING = Guidance("What to do while you wait for an ambulance (Stroke Foundation)",
                          "https://strokefoundation.org.au/About-Stroke/Learn/signs-of-stroke/What-to-do-while-"
                          "you-wait-for-an-ambulance")
STROKE_DOS_AND_DONTS = Guidance("Stroke treatment: do's and don'ts (Healthline)",
                                "https://www.healthline.com/health/stroke-treatment-and-timing/dos-and-donts")
FALLS_PLAN = Guidance("Creating a falls plan (NHS inform)",
                      "https://www.nhsinform.scot/healthy-living/preventing-falls/dealing-with-a-fall/"
                      "creating-a-falls-plan/")
KEYHOLDERS = Guidance("Advice for keyholders preparing to respond to a personal alarm alert (Age UK)",
                      "https://www.ageuk.org.uk/products/advice-for-keyholders-preparing-to-respond-to-a-"
                      "personal-alarm-alert/")
DO_NOT_DRIVE = Guidance("Do not drive! Call 911 (Legacy Health)",
                        "https://www.legacyhealth.org/Services-and-Resources/services/adult/heart/"
                        "patient-resources-and-education/do-not-drive-call-911")
SMART_SPEAKER_CALLS = Guidance("What to do if you fall (Esteem Care)",
                               "https://esteem.care/care-advice-support/preventing-falls/what-to-do-if-you-fall/")

# -- how to be seen, per country ---------------------------------------------------------------------------
NHS_111 = Guidance("Urgent medical help from NHS 111 (Information Now)",
                   "https://www.informationnow.org.uk/article/urgent-medical-help-available-nhs-111-nhs-uk-"
                   "emergency/")
HEALTHDIRECT = Guidance("What care do I need? (healthdirect)", "https://www.healthdirect.gov.au/what-care-do-i-need")
HEALTH_LINK_811 = Guidance("Health Link 811 (Alberta Health Services)",
                           "https://www.albertahealthservices.ca/news/Page19408.aspx")
URGENT_CARE_US = Guidance("When should you go to urgent care or the emergency room? (Aurora Health Care)",
                          "https://www.aurorahealthcare.org/patients-visitors/blog/when-should-you-go-to-urgent-"
                          "care-or-the-emergency-room")
ESANJEEVANI = Guidance("Know your rights: the eSanjeevani OPD (Free Press Journal)",
                       "https://www.freepressjournal.in/health/know-your-rights-the-esanjeevani-opd-and-how-to-"
                       "avail-of-the-facility")
INDIA_112 = Guidance("Emergency Response Support System (Vikaspedia)",
                     "https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-"
                     "support-system")
INDIA_108 = Guidance("108 (emergency telephone number) (Wikipedia)",
                     "https://en.wikipedia.org/wiki/108_(emergency_telephone_number)")
