"""Temporary and everyday factors (seed: "Temporary and Everyday Factors")."""
from experta import AS, Rule

from .base import RuleBase
from .facts import Finding


class TemporaryRules(RuleBase):
    # "Overexertion from strenuous exercise often results in muscle fatigue."
    @Rule(AS.f << Finding(id="hard_exercise", value=True))
    def temporary_overexertion(self, f):
        self.cause("overexertion", f)

    # "... delayed onset muscle soreness (DOMS), which causes pain and temporary weakness hours or days
    #  after physical exertion."
    @Rule(AS.f << Finding(id="hard_exercise", value=True), AS.p << Finding(id="muscle_pain", value=True))
    def temporary_delayed_soreness(self, f, p):
        self.cause("overexertion", f, p)

    # "Dehydration and imbalances in electrolytes, such as potassium or sodium, can also affect muscle
    #  function, leading to feelings of weakness ..."
    @Rule(AS.f << Finding(id="dehydrated", value=True))
    def temporary_dehydration(self, f):
        self.cause("dehydration_electrolytes", f)

    # "... leading to feelings of weakness or muscle spasms."
    @Rule(AS.f << Finding(id="cramps_spasms", value=True))
    def temporary_spasms(self, f):
        self.cause("dehydration_electrolytes", f)

    # "Low blood sugar, or hypoglycemia, can similarly cause muscles to feel weak."
    @Rule(AS.f << Finding(id="low_sugar_signs", value=True))
    def temporary_low_blood_sugar(self, f):
        self.cause("low_blood_sugar", f)

    # "Minor injuries like sprains, strains, or bruising can temporarily reduce leg strength, often
    #  resolving with rest."
    @Rule(AS.f << Finding(id="injury", value=True), Finding(id="injury_severe", value=False))
    def temporary_minor_injury(self, f):
        self.cause("minor_injury", f)

    # "A general lack of sleep or overall exhaustion can diminish the body's energy reserves."
    @Rule(AS.f << Finding(id="poor_sleep", value=True))
    def temporary_sleep_loss(self, f):
        self.cause("sleep_loss", f)

    # "Certain medications, including sedatives or muscle relaxers, may also temporarily induce leg
    #  weakness as a side effect."
    @Rule(AS.f << Finding(id="new_medicine", value=True))
    def temporary_medication(self, f):
        self.cause("medication", f)
