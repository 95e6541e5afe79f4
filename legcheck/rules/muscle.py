"""Muscle-related conditions (seed: "Muscle-Related Conditions")."""
from experta import AS, Rule

from .base import RuleBase
from .facts import Finding


class MuscleRules(RuleBase):
    # "This category includes muscular dystrophies" (which run in families).
    @Rule(AS.f << Finding(id="family_muscle_disease", value=True))
    def muscle_inherited_myopathy(self, f):
        self.cause("myopathy", f)

    # "Leg weakness can also arise from conditions directly impacting the muscles, distinct from nerve
    #  issues ... inflammatory myopathies like polymyositis": weakness of both legs that worsens, with
    #  no numbness.
    @Rule(AS.f << Finding(id="getting_worse", value=True), Finding(id="numbness_tingling", value=False),
          Finding(id="one_leg", value=False))
    def muscle_progressive_myopathy(self, f):
        self.cause("myopathy", f)

    # "Significant electrolyte imbalances, particularly very low potassium (hypokalemia) or high calcium,
    #  can directly impair muscle contraction and lead to weakness."
    @Rule(AS.f << Finding(id="low_potassium_risk", value=True))
    def muscle_low_potassium(self, f):
        self.cause("electrolyte_imbalance", f)

    @Rule(AS.f << Finding(id="low_potassium_risk", value=True),
          AS.c << Finding(id="cramps_spasms", value=True))
    def muscle_low_potassium_cramps(self, f, c):
        self.cause("electrolyte_imbalance", f, c)

    # "Direct muscle injury or trauma, such as from accidents or severe strains, can also cause localized
    #  leg weakness due to damaged tissue."
    @Rule(AS.i << Finding(id="injury", value=True), AS.s << Finding(id="injury_severe", value=True))
    def muscle_injury(self, i, s):
        self.cause("muscle_injury", i, s)

    # "Rhabdomyolysis is a serious condition where damaged muscle tissue breaks down rapidly ... severe
    #  muscle weakness and potentially lead to kidney damage."
    @Rule(AS.f << Finding(id="dark_urine", value=True))
    def muscle_rhabdomyolysis(self, f):
        self.cause("rhabdomyolysis", f)

    @Rule(AS.f << Finding(id="dark_urine", value=True), AS.e << Finding(id="hard_exercise", value=True))
    def muscle_rhabdomyolysis_exertion(self, f, e):
        self.cause("rhabdomyolysis", f, e)

    # "Certain infections, including viral or bacterial illnesses like influenza or Lyme disease, can
    #  also cause muscle weakness and pain."
    @Rule(AS.i << Finding(id="recent_infection", value=True), AS.p << Finding(id="muscle_pain", value=True))
    def muscle_infection(self, i, p):
        self.cause("infection", i, p)
