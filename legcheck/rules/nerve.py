"""Nerve-related conditions (seed: "Nerve-Related Conditions").  Stroke and Guillain-Barre syndrome are named by
the emergency signs that point to them (legcheck.rules.emergency and .urgent)."""
from experta import Rule

from .base import RuleBase, concludes
from .facts import no, yes
from .sources import Seed

NEUROPATHY = Seed("Peripheral neuropathy involves damage to nerves outside the brain and spinal cord, often "
                  "causing weakness, numbness, or tingling, typically in the feet and hands.")
NEUROPATHY_SOURCES = Seed("This nerve damage can stem from various sources, including diabetes, certain "
                          "infections, vitamin deficiencies, or exposure to toxins.")
SCIATICA = Seed("Sciatica occurs when the sciatic nerve, which extends from the lower back down the leg, becomes "
                "compressed or irritated.")
SCIATICA_LEG = Seed("This condition frequently leads to pain, numbness, tingling, and weakness along the affected "
                    "leg.")


class NerveRules(RuleBase):
    @Rule(yes("numbness_tingling"), no("one_leg"))
    @concludes(causes=("peripheral_neuropathy",), source=NEUROPATHY)
    def nerve_neuropathy_both_feet(self, **findings):
        """Numbness or tingling in both legs or feet."""

    @Rule(yes("numbness_tingling"), yes("diabetes"))
    @concludes(causes=("peripheral_neuropathy",), source=NEUROPATHY_SOURCES)
    def nerve_neuropathy_diabetes(self, **findings):
        """Numbness or tingling with diabetes."""

    @Rule(yes("numbness_tingling"), yes("recent_infection"))
    @concludes(causes=("peripheral_neuropathy",), source=NEUROPATHY_SOURCES)
    def nerve_neuropathy_infection(self, **findings):
        """Numbness or tingling after an infection."""

    @Rule(yes("numbness_tingling"), yes("poor_diet"))
    @concludes(causes=("peripheral_neuropathy",), source=NEUROPATHY_SOURCES)
    def nerve_neuropathy_diet(self, **findings):
        """Numbness or tingling with a diet low in vitamins."""

    @Rule(yes("numbness_tingling"), yes("toxin_exposure"))
    @concludes(causes=("peripheral_neuropathy",), source=NEUROPATHY_SOURCES)
    def nerve_neuropathy_toxins(self, **findings):
        """Numbness or tingling after chemicals or heavy metals."""

    @Rule(yes("back_pain_down_leg"))
    @concludes(causes=("sciatica",), source=SCIATICA)
    def nerve_sciatica(self, **findings):
        """Pain shooting from the lower back down the leg."""

    @Rule(yes("back_pain_down_leg"), yes("one_leg"))
    @concludes(causes=("sciatica",), source=SCIATICA_LEG)
    def nerve_sciatica_one_leg(self, **findings):
        """Pain down the leg, and only that leg weak."""

    @Rule(yes("back_pain_down_leg"), yes("numbness_tingling"))
    @concludes(causes=("sciatica",), source=SCIATICA_LEG)
    def nerve_sciatica_numb_leg(self, **findings):
        """Pain down the leg with numbness or tingling."""

    @Rule(yes("severe_back_pain"), yes("numbness_tingling"))
    @concludes(causes=("spinal_cord",), source=Seed(
        "Spinal cord issues, such as a herniated disc, spinal stenosis (narrowing of spinal spaces), or spinal "
        "cord injury, can compress or damage the spinal cord, resulting in leg weakness."))
    def nerve_spinal_compression(self, **findings):
        """Severe back pain with numbness or tingling."""

    @Rule(yes("comes_and_goes"))
    @concludes(causes=("multiple_sclerosis",), source=Seed(
        "Multiple Sclerosis (MS) is an autoimmune disease where the immune system attacks the brain and spinal "
        "cord, causing a range of neurological symptoms, including fluctuating leg weakness."))
    def nerve_multiple_sclerosis(self, **findings):
        """Weakness that comes and goes in episodes."""
