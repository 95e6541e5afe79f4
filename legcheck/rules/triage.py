"""Triage: the most urgent level that any rule supports (seed: "When to Seek Medical Care")."""
from experta import AS, NOT, L, Rule

from .base import RuleBase
from .facts import YES_OR_UNSURE, Cause, EmergencySign, Finding, Triage

LAST = -10  # salience: the fallbacks look at everything the other rules concluded


class TriageRules(RuleBase):
    @Rule(AS.e << EmergencySign())
    def triage_emergency_sign(self, e):
        self.declare(Triage(level=e["level"], because=e["because"]))

    # "Progressive weakness, meaning it worsens over time, warrants prompt medical assessment."
    @Rule(AS.f << Finding(id="getting_worse", value=YES_OR_UNSURE))
    def triage_progressive(self, f):
        self.triage("doctor_within_24h", f)

    # "Weakness after an injury, especially if severe or not improving, should be evaluated."
    @Rule(AS.i << Finding(id="injury", value=YES_OR_UNSURE),
          AS.s << Finding(id="injury_severe", value=YES_OR_UNSURE))
    def triage_injury_severe(self, i, s):
        self.triage("doctor_within_24h", i, s)

    # "... accompanied by other concerning symptoms like ... fever ... medical attention is necessary."
    @Rule(AS.f << Finding(id="fever", value=YES_OR_UNSURE))
    def triage_fever(self, f):
        self.triage("doctor_within_24h", f)

    # "Systemic infections, such as severe flu or sepsis, can lead to widespread body weakness."
    @Rule(AS.f << Finding(id="very_unwell", value=YES_OR_UNSURE))
    def triage_very_unwell(self, f):
        self.triage("doctor_within_24h", f)

    # "Immediate medical care is advised if leg weakness appears suddenly, especially with severe back
    #  or leg pain."  Severe back pain without a sudden start still needs a doctor the same day.
    @Rule(AS.f << Finding(id="severe_back_pain", value=YES_OR_UNSURE))
    def triage_severe_back_pain(self, f):
        self.triage("doctor_within_24h", f)

    # "Seek evaluation if leg weakness significantly impairs daily activities like walking, standing,
    #  or maintaining balance."
    @Rule(AS.f << Finding(id="cant_walk", value=YES_OR_UNSURE))
    def triage_cant_walk(self, f):
        self.triage("doctor_within_24h", f)

    # "... unexplained weight loss, or changes in sensation, medical attention is necessary."
    @Rule(AS.f << Finding(id="weight_loss", value=YES_OR_UNSURE))
    def triage_weight_loss(self, f):
        self.triage("doctor_soon", f)

    @Rule(AS.f << Finding(id="numbness_tingling", value=YES_OR_UNSURE))
    def triage_sensation(self, f):
        self.triage("doctor_soon", f)

    # "Multiple Sclerosis ... causing ... fluctuating leg weakness."
    @Rule(AS.f << Finding(id="comes_and_goes", value=YES_OR_UNSURE))
    def triage_episodes(self, f):
        self.triage("doctor_soon", f)

    # "Seek professional medical evaluation for leg weakness, as it can indicate an underlying condition."
    @Rule(AS.c << Cause(family=~L("temporary")))
    def triage_underlying_condition(self, c):
        self.declare(Triage(level="doctor_soon", because=c["because"]))

    # "Many common experiences can lead to temporary leg weakness."  Only when nothing else is wrong.
    @Rule(AS.c << Cause(family="temporary"), NOT(Triage()), NOT(EmergencySign()), salience=LAST)
    def triage_everyday_cause(self, c):
        self.declare(Triage(level="self_care", because=c["because"]))

    # "If temporary factors have been ruled out and weakness persists, a professional assessment can help."
    @Rule(NOT(Triage()), salience=LAST - 1)
    def triage_unexplained(self):
        self.declare(Triage(level="doctor_soon", because=()))
