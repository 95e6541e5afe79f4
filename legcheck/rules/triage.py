"""Triage: how soon to see a doctor when no emergency sign was found (seed: "When to Seek Medical Care").

The most urgent level any rule supports wins.  The last three rules look at everything the others concluded.
"""
from experta import AS, NOT, L, Rule

from . import sources
from .base import RuleBase, concludes
from .facts import Cause, Triage, yes
from .sources import AFTER_INJURY, BLADDER_BOWEL, EVALUATION, EVERYDAY, PROGRESSIVE, RULED_OUT, SUDDENLY, Seed
from .vocabulary import SELF_CARE, SOON, WITHIN_24H

LAST = -10  # salience: the fallbacks look at everything the other rules concluded


class WithinADay(RuleBase):
    """See a doctor within a day."""

    @Rule(yes("getting_worse"))
    @concludes(level=WITHIN_24H, source=PROGRESSIVE)
    def triage_progressive(self, **findings):
        """Weakness that gets worse over days or weeks."""

    @Rule(yes("injury"), yes("injury_severe"))
    @concludes(level=WITHIN_24H, source=AFTER_INJURY)
    def triage_injury_severe(self, **findings):
        """A serious injury, or one that is not getting better."""

    @Rule(yes("fever"))
    @concludes(level=WITHIN_24H, source=BLADDER_BOWEL)
    def triage_fever(self, **findings):
        """A fever with weak legs."""

    @Rule(yes("very_unwell"))
    @concludes(level=WITHIN_24H, source=sources.NHS_SEPSIS)
    def triage_very_unwell(self, **findings):
        """Feeling very unwell or faint (no sign of sepsis yet): be seen the same day."""

    @Rule(yes("severe_back_pain"))
    @concludes(level=WITHIN_24H, source=SUDDENLY)
    def triage_severe_back_pain(self, **findings):
        """Severe back pain without a sudden start still needs a doctor the same day."""

    @Rule(yes("severe_leg_pain"))
    @concludes(level=WITHIN_24H, source=(SUDDENLY, sources.NHS_PAD))
    def triage_severe_leg_pain(self, **findings):
        """Severe pain in a leg."""

    @Rule(yes("calf_swelling"))
    @concludes(level=WITHIN_24H, source=sources.NHS_DVT)
    def triage_swollen_calf(self, **findings):
        """One calf swollen and painful: possibly a clot."""

    @Rule(yes("palpitations"))
    @concludes(level=WITHIN_24H, source=(sources.NHS_PALPITATIONS, sources.MAYO_LOW_POTASSIUM))
    def triage_palpitations(self, **findings):
        """A racing, pounding or irregular heartbeat with weak legs."""

    @Rule(yes("cancer_history"))
    @concludes(level=WITHIN_24H, source=sources.RNOH_MSCC)
    def triage_cancer_history(self, **findings):
        """Weak legs in someone who has had cancer: contact the cancer team within a day."""

    @Rule(yes("new_medicine"), yes("muscle_pain"))
    @concludes(level=WITHIN_24H, causes=("medication",), source=sources.STATIN_MUSCLE_PAIN)
    def triage_medicine_muscle_pain(self, **findings):
        """Aching muscles on a new medicine (such as a statin): tell the prescriber now."""

    @Rule(yes("cant_walk"))
    @concludes(level=WITHIN_24H, source=Seed(
        "Seek evaluation if leg weakness significantly impairs daily activities like walking, standing, or "
        "maintaining balance."))
    def triage_cant_walk(self, **findings):
        """Weakness that makes walking, standing or balance hard."""


class Soon(RuleBase):
    """See a doctor in the next few days."""

    @Rule(yes("weight_loss"))
    @concludes(level=SOON, source=BLADDER_BOWEL)
    def triage_weight_loss(self, **findings):
        """Weight loss without trying."""

    @Rule(yes("numbness_tingling"))
    @concludes(level=SOON, source=BLADDER_BOWEL)
    def triage_sensation(self, **findings):
        """Changes in sensation."""

    @Rule(yes("comes_and_goes"))
    @concludes(level=SOON, source=Seed(
        "Multiple Sclerosis (MS) is an autoimmune disease where the immune system attacks the brain and spinal "
        "cord, causing a range of neurological symptoms, including fluctuating leg weakness."))
    def triage_episodes(self, **findings):
        """Weakness that comes and goes in episodes."""

    @Rule(yes("injury"))
    @concludes(level=SOON, source=(AFTER_INJURY, sources.NICE_FALLS))
    def triage_after_injury(self, **findings):
        """Any injury or fall with weak legs: be checked, and find out why it happened."""

    @Rule(yes("one_leg"))
    @concludes(level=SOON, source=(EVALUATION, Seed(
        "Direct muscle injury or trauma, such as from accidents or severe strains, can also cause localized leg "
        "weakness due to damaged tissue.")))
    def triage_one_leg(self, **findings):
        """One leg only: a nerve, the spine or that leg itself, not an everyday cause."""


class Fallbacks(RuleBase):
    """What decides when the findings alone set no level."""

    @Rule(AS.c << Cause(family=~L("temporary")))
    def triage_underlying_condition(self, c):
        """A cause that is not an everyday one (even one that is only possible) means seeing a doctor soon."""
        self.declare(Triage(level=SOON, because=c["because"]))

    @Rule(AS.c << Cause(family="temporary", named=True), NOT(Triage()), salience=LAST)
    def triage_everyday_cause(self, c):
        """An everyday cause, and nothing else wrong: what helps at home."""
        self.declare(Triage(level=SELF_CARE, because=c["because"]))

    @Rule(NOT(Triage()), salience=LAST - 1)
    def triage_unexplained(self):
        """Nothing explains it: "If temporary factors have been ruled out and weakness persists, a
        professional assessment can help identify the cause.\""""
        self.declare(Triage(level=SOON, because=()))


FALLBACK_SOURCES = {
    "triage_underlying_condition": EVALUATION,
    "triage_everyday_cause": EVERYDAY,
    "triage_unexplained": RULED_OUT,
}
