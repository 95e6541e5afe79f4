"""Systemic illnesses and other factors (seed: "Systemic Illnesses and Other Factors")."""
from experta import Rule

from .base import RuleBase, concludes
from .facts import yes
from .sources import Seed

PAD = Seed("This reduced blood supply can cause leg weakness, pain, or cramping, especially during activity, a "
           "symptom known as claudication.")
INFECTION = Seed("Systemic infections, such as severe flu or sepsis, can lead to widespread body weakness, making "
                 "the legs feel heavy or weak.")


class SystemicRules(RuleBase):
    @Rule(yes("poor_diet"))
    @concludes(causes=("nutritional_deficiency",), source=Seed(
        "Nutritional deficiencies, such as inadequate vitamin B12 or vitamin D, can impact nerve and muscle "
        "health, contributing to weakness."))
    def systemic_nutritional_deficiency(self, **findings):
        """A diet low in meat, fish and dairy, or little sunlight."""

    @Rule(yes("diabetes"))
    @concludes(causes=("diabetes",), source=Seed(
        "Metabolic disorders like uncontrolled diabetes can lead to generalized weakness."))
    def systemic_diabetes(self, **findings):
        """Diabetes."""

    @Rule(yes("thyroid"))
    @concludes(causes=("thyroid",), source=Seed(
        "Thyroid disorders (hypothyroidism and hyperthyroidism) and kidney disease are also known to cause muscle "
        "weakness."))
    def systemic_thyroid(self, **findings):
        """A thyroid problem."""

    @Rule(yes("kidney_disease"))
    @concludes(causes=("kidney_disease",), source=Seed(
        "Thyroid disorders (hypothyroidism and hyperthyroidism) and kidney disease are also known to cause muscle "
        "weakness."))
    def systemic_kidney_disease(self, **findings):
        """Kidney disease."""

    @Rule(yes("autoimmune"))
    @concludes(causes=("autoimmune",), source=Seed(
        "Autoimmune diseases, such as lupus or rheumatoid arthritis, can cause weakness due to widespread "
        "inflammation."))
    def systemic_autoimmune(self, **findings):
        """Lupus, rheumatoid arthritis or another autoimmune disease."""

    @Rule(yes("pain_walking"))
    @concludes(causes=("peripheral_artery_disease",), source=PAD)
    def systemic_claudication(self, **findings):
        """Legs that hurt or cramp when walking and ease with rest."""

    @Rule(yes("pain_walking"), yes("circulation_risk"))
    @concludes(causes=("peripheral_artery_disease",), source=Seed(
        "Peripheral artery disease (PAD) is a condition where narrowed arteries reduce blood flow to the limbs, "
        "most commonly the legs."))
    def systemic_narrowed_arteries(self, **findings):
        """Pain on walking in a smoker, or with poor circulation."""

    @Rule(yes("fever"))
    @concludes(causes=("systemic_infection",), source=INFECTION)
    def systemic_infection(self, **findings):
        """A fever."""

    @Rule(yes("toxin_exposure"))
    @concludes(causes=("toxins",), source=Seed(
        "Exposure to certain environmental toxins or heavy metals can also induce leg weakness by affecting "
        "nerve or muscle function."))
    def systemic_toxins(self, **findings):
        """Chemicals or heavy metals."""
