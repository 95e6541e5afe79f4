"""Muscle-related conditions (seed: "Muscle-Related Conditions").  Rhabdomyolysis and injured muscles after a
fall are named by the emergency signs that point to them."""
from experta import Rule

from .base import RuleBase, concludes
from .facts import no, yes
from .sources import Seed

LOW_POTASSIUM = Seed("Significant electrolyte imbalances, particularly very low potassium (hypokalemia) or high "
                     "calcium, can directly impair muscle contraction and lead to weakness.")


class MuscleRules(RuleBase):
    @Rule(yes("family_muscle_disease"))
    @concludes(causes=("myopathy",), source=Seed(
        "This category includes muscular dystrophies and inflammatory myopathies like polymyositis."))
    def muscle_inherited_myopathy(self, **findings):
        """A muscle disease in the family (muscular dystrophies run in families)."""

    @Rule(yes("getting_worse"), no("numbness_tingling"), no("one_leg"))
    @concludes(causes=("myopathy",), source=Seed(
        "Leg weakness can also arise from conditions directly impacting the muscles, distinct from nerve "
        "issues."))
    def muscle_progressive_myopathy(self, **findings):
        """Both legs weaker and weaker, with no numbness: the muscles themselves."""

    @Rule(yes("low_potassium_risk"))
    @concludes(causes=("electrolyte_imbalance",), source=LOW_POTASSIUM)
    def muscle_low_potassium(self, **findings):
        """Water pills, or potassium known to be low."""

    @Rule(yes("low_potassium_risk"), yes("cramps_spasms"))
    @concludes(causes=("electrolyte_imbalance",), source=LOW_POTASSIUM)
    def muscle_low_potassium_cramps(self, **findings):
        """Cramps with water pills or low potassium."""

    @Rule(yes("injury"), yes("injury_severe"))
    @concludes(causes=("muscle_injury",), source=Seed(
        "Direct muscle injury or trauma, such as from accidents or severe strains, can also cause localized leg "
        "weakness due to damaged tissue."))
    def muscle_injury(self, **findings):
        """A serious injury, or one that is not getting better."""

    @Rule(yes("dark_urine"), yes("hard_exercise"))
    @concludes(causes=("rhabdomyolysis",), source=Seed(
        "Rhabdomyolysis is a serious condition where damaged muscle tissue breaks down rapidly, releasing harmful "
        "proteins into the bloodstream."))
    def muscle_rhabdomyolysis_exertion(self, **findings):
        """Dark urine after hard exercise."""

    @Rule(yes("recent_infection"), yes("muscle_pain"))
    @concludes(causes=("infection",), source=Seed(
        "Certain infections, including viral or bacterial illnesses like influenza or Lyme disease, can also "
        "cause muscle weakness and pain."))
    def muscle_infection(self, **findings):
        """Aching muscles after an infection."""
