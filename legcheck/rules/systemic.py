"""Systemic illnesses and other factors (seed: "Systemic Illnesses and Other Factors")."""
from experta import AS, Rule

from .base import RuleBase
from .facts import Finding


class SystemicRules(RuleBase):
    # "Nutritional deficiencies, such as inadequate vitamin B12 or vitamin D, can impact nerve and
    #  muscle health."
    @Rule(AS.f << Finding(id="poor_diet", value=True))
    def systemic_nutritional_deficiency(self, f):
        self.cause("nutritional_deficiency", f)

    # "Metabolic disorders like uncontrolled diabetes can lead to generalized weakness."
    @Rule(AS.f << Finding(id="diabetes", value=True))
    def systemic_diabetes(self, f):
        self.cause("diabetes", f)

    # "Thyroid disorders (hypothyroidism and hyperthyroidism) ... are also known to cause muscle weakness."
    @Rule(AS.f << Finding(id="thyroid", value=True))
    def systemic_thyroid(self, f):
        self.cause("thyroid", f)

    # "... and kidney disease are also known to cause muscle weakness."
    @Rule(AS.f << Finding(id="kidney_disease", value=True))
    def systemic_kidney_disease(self, f):
        self.cause("kidney_disease", f)

    # "Autoimmune diseases, such as lupus or rheumatoid arthritis, can cause weakness due to widespread
    #  inflammation."
    @Rule(AS.f << Finding(id="autoimmune", value=True))
    def systemic_autoimmune(self, f):
        self.cause("autoimmune", f)

    # "Peripheral artery disease ... can cause leg weakness, pain, or cramping, especially during
    #  activity, a symptom known as claudication."
    @Rule(AS.f << Finding(id="pain_walking", value=True))
    def systemic_claudication(self, f):
        self.cause("peripheral_artery_disease", f)

    # "... narrowed arteries reduce blood flow to the limbs" (smoking and poor circulation).
    @Rule(AS.f << Finding(id="pain_walking", value=True), AS.r << Finding(id="circulation_risk", value=True))
    def systemic_narrowed_arteries(self, f, r):
        self.cause("peripheral_artery_disease", f, r)

    # "Systemic infections, such as severe flu or sepsis, can lead to widespread body weakness."
    @Rule(AS.f << Finding(id="fever", value=True))
    def systemic_infection(self, f):
        self.cause("systemic_infection", f)

    @Rule(AS.f << Finding(id="fever", value=True), AS.u << Finding(id="very_unwell", value=True))
    def systemic_severe_infection(self, f, u):
        self.cause("systemic_infection", f, u)

    # "Exposure to certain environmental toxins or heavy metals can also induce leg weakness."
    @Rule(AS.f << Finding(id="toxin_exposure", value=True))
    def systemic_toxins(self, f):
        self.cause("toxins", f)
