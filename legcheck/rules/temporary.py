"""Temporary and everyday factors (seed: "Temporary and Everyday Factors")."""
from experta import Rule

from .base import RuleBase, concludes
from .facts import no, yes
from .sources import Seed


class TemporaryRules(RuleBase):
    @Rule(yes("hard_exercise"))
    @concludes(causes=("overexertion",), source=Seed(
        "Overexertion from strenuous exercise often results in muscle fatigue, where muscles feel tired and less "
        "capable after intense activity."))
    def temporary_overexertion(self, **findings):
        """Hard exercise or heavy work in the last few days."""

    @Rule(yes("hard_exercise"), yes("muscle_pain"))
    @concludes(causes=("overexertion",), source=Seed(
        "This can also manifest as delayed onset muscle soreness (DOMS), which causes pain and temporary weakness "
        "hours or days after physical exertion."))
    def temporary_delayed_soreness(self, **findings):
        """Sore muscles after hard exercise."""

    @Rule(yes("dehydrated"))
    @concludes(causes=("dehydration_electrolytes",), source=Seed(
        "Dehydration and imbalances in electrolytes, such as potassium or sodium, can also affect muscle "
        "function, leading to feelings of weakness or muscle spasms."))
    def temporary_dehydration(self, **findings):
        """Losing fluids, or not drinking enough."""

    @Rule(yes("cramps_spasms"))
    @concludes(causes=("dehydration_electrolytes",), source=Seed(
        "Dehydration and imbalances in electrolytes, such as potassium or sodium, can also affect muscle "
        "function, leading to feelings of weakness or muscle spasms."))
    def temporary_spasms(self, **findings):
        """Cramps or spasms."""

    @Rule(yes("low_sugar_signs"))
    @concludes(causes=("low_blood_sugar",), source=Seed(
        "Low blood sugar, or hypoglycemia, can similarly cause muscles to feel weak due to a lack of available "
        "energy for their proper functioning."))
    def temporary_low_blood_sugar(self, **findings):
        """Shaky, sweaty, very hungry, or meals skipped."""

    @Rule(yes("injury"), no("injury_severe"))
    @concludes(causes=("minor_injury",), source=Seed(
        "Minor injuries like sprains, strains, or bruising can temporarily reduce leg strength, often resolving "
        "with rest."))
    def temporary_minor_injury(self, **findings):
        """A sprain, strain or bruise that is not serious."""

    @Rule(yes("poor_sleep"))
    @concludes(causes=("sleep_loss",), source=Seed(
        "A general lack of sleep or overall exhaustion can diminish the body’s energy reserves, impacting muscle "
        "performance and leading to perceived leg weakness."))
    def temporary_sleep_loss(self, **findings):
        """Sleeping badly, or exhausted."""

    @Rule(yes("new_medicine"))
    @concludes(causes=("medication",), source=Seed(
        "Certain medications, including sedatives or muscle relaxers, may also temporarily induce leg weakness "
        "as a side effect."))
    def temporary_medication(self, **findings):
        """A new medicine, such as a sedative or a muscle relaxant."""
