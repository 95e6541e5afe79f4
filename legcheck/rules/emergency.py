"""Emergency signs: they end the interview at once (seed: "When to Seek Medical Care")."""
from experta import AS, Rule

from .base import RuleBase
from .facts import YES_OR_UNSURE, Finding

EMERGENCY = 100  # salience: emergency signs fire before anything else


class EmergencyRules(RuleBase):
    # "Immediate medical care is advised if leg weakness appears suddenly, especially with ...
    #  difficulties with speech or vision. These could be signs of a stroke."
    @Rule(AS.f << Finding(id="speech_or_vision", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_speech_or_vision(self, f):
        self.emergency("stroke_signs", f)

    # "A stroke ... can result in sudden weakness or numbness, often affecting one side of the body."
    @Rule(AS.f << Finding(id="face_or_arm", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_face_or_arm(self, f):
        self.emergency("stroke_signs", f)

    # "Immediate medical care is advised if leg weakness appears suddenly ... These could be signs of a
    #  stroke or other serious medical emergencies."  Even after a fall: a stroke can cause the fall.
    @Rule(AS.f << Finding(id="sudden_onset", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_sudden_weakness(self, f):
        self.emergency("sudden_weakness", f)

    # "If leg weakness is accompanied by ... difficulty breathing ... medical attention is necessary."
    @Rule(AS.f << Finding(id="breathing", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_breathing(self, f):
        self.emergency("breathing_difficulty", f)

    # "Spinal cord issues, such as ... spinal cord injury, can compress or damage the spinal cord";
    # "Immediate medical care is advised ... especially with severe back or leg pain."
    @Rule(AS.i << Finding(id="injury", value=YES_OR_UNSURE),
          AS.b << Finding(id="severe_back_pain", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_spinal_injury(self, i, b):
        self.emergency("spinal_injury", i, b)

    # "If leg weakness is accompanied by ... loss of bladder or bowel control ... medical attention is
    #  necessary."  (Pressure on the spinal cord or its nerve roots.)
    @Rule(AS.f << Finding(id="bladder_bowel", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_bladder_bowel(self, f):
        self.emergency("cord_compression", f)

    # "Guillain-Barre Syndrome ... rapidly progressing weakness, often starting in the feet and legs and
    #  ascending to the upper body, potentially resulting in paralysis."
    @Rule(AS.f << Finding(id="spreading_up", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_spreading_up(self, f):
        self.emergency("ascending_weakness", f)

    # "Rhabdomyolysis is a serious condition where damaged muscle tissue breaks down rapidly ...
    #  potentially lead to kidney damage."
    @Rule(AS.f << Finding(id="dark_urine", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_dark_urine(self, f):
        self.emergency("muscle_breakdown", f)

    # "Systemic infections, such as severe flu or sepsis, can lead to widespread body weakness."
    @Rule(AS.f << Finding(id="fever", value=YES_OR_UNSURE),
          AS.u << Finding(id="very_unwell", value=YES_OR_UNSURE), salience=EMERGENCY)
    def emergency_fever_very_unwell(self, f, u):
        self.emergency("severe_infection", f, u)
