"""Nerve-related conditions (seed: "Nerve-Related Conditions")."""
from experta import AS, L, Rule

from .base import RuleBase
from .facts import Finding


class NerveRules(RuleBase):
    # "Peripheral neuropathy ... often causing weakness, numbness, or tingling, typically in the feet."
    @Rule(AS.f << Finding(id="numbness_tingling", value=True), Finding(id="one_leg", value=False))
    def nerve_neuropathy_both_feet(self, f):
        self.cause("peripheral_neuropathy", f)

    # "This nerve damage can stem from various sources, including diabetes, certain infections, vitamin
    #  deficiencies, or exposure to toxins."
    @Rule(AS.f << Finding(id="numbness_tingling", value=True),
          AS.s << Finding(id=L("diabetes") | L("recent_infection") | L("poor_diet") | L("toxin_exposure"),
                          value=True))
    def nerve_neuropathy_source(self, f, s):
        self.cause("peripheral_neuropathy", f, s)

    # "Sciatica occurs when the sciatic nerve, which extends from the lower back down the leg, becomes
    #  compressed or irritated."
    @Rule(AS.f << Finding(id="back_pain_down_leg", value=True))
    def nerve_sciatica(self, f):
        self.cause("sciatica", f)

    # "This condition frequently leads to pain, numbness, tingling, and weakness along the affected leg."
    @Rule(AS.f << Finding(id="back_pain_down_leg", value=True),
          AS.o << Finding(id=L("one_leg") | L("numbness_tingling"), value=True))
    def nerve_sciatica_affected_leg(self, f, o):
        self.cause("sciatica", f, o)

    # "Spinal cord issues, such as a herniated disc, spinal stenosis ... can compress or damage the
    #  spinal cord, resulting in leg weakness."
    @Rule(AS.b << Finding(id="severe_back_pain", value=True),
          AS.n << Finding(id="numbness_tingling", value=True))
    def nerve_spinal_compression(self, b, n):
        self.cause("spinal_cord", b, n)

    # "... or spinal cord injury."
    @Rule(AS.i << Finding(id="injury", value=True), AS.b << Finding(id="severe_back_pain", value=True))
    def nerve_spinal_injury(self, i, b):
        self.cause("spinal_cord", i, b)

    # Loss of bladder or bowel control with leg weakness: pressure on the spinal cord or its roots.
    @Rule(AS.f << Finding(id="bladder_bowel", value=True))
    def nerve_spinal_bladder_bowel(self, f):
        self.cause("spinal_cord", f)

    # "A stroke ... can result in sudden weakness or numbness, often affecting one side of the body."
    @Rule(AS.f << Finding(id="sudden_onset", value=True))
    def nerve_stroke_sudden(self, f):
        self.cause("stroke", f)

    @Rule(AS.f << Finding(id=L("speech_or_vision") | L("face_or_arm"), value=True))
    def nerve_stroke_signs(self, f):
        self.cause("stroke", f)

    # "Multiple Sclerosis (MS) ... causing a range of neurological symptoms, including fluctuating leg
    #  weakness."
    @Rule(AS.f << Finding(id="comes_and_goes", value=True))
    def nerve_multiple_sclerosis(self, f):
        self.cause("multiple_sclerosis", f)

    # "Guillain-Barre Syndrome ... rapidly progressing weakness, often starting in the feet and legs and
    #  ascending to the upper body."
    @Rule(AS.f << Finding(id="spreading_up", value=True))
    def nerve_guillain_barre(self, f):
        self.cause("guillain_barre", f)
