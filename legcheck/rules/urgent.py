"""Emergency-department signs: get seen at an emergency department now (seed: "When to Seek Medical Care",
and the guidance pages of legcheck.rules.sources where the seed does not say how urgent)."""
from experta import Rule

from . import sources
from .base import RuleBase, concludes
from .facts import no, yes
from .sources import BLADDER_BOWEL, Seed
from .vocabulary import EMERGENCY_DEPARTMENT

SPINAL_CORD = Seed("Spinal cord issues, such as a herniated disc, spinal stenosis (narrowing of spinal spaces), or "
                   "spinal cord injury, can compress or damage the spinal cord, resulting in leg weakness.")


class SpineSigns(RuleBase):
    """Pressure on the spinal cord or its nerve roots (cauda equina, cancer in the spine)."""

    @Rule(yes("bladder_bowel"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="cord_compression", causes=("spinal_cord",),
               source=(BLADDER_BOWEL, sources.CAUDA_EQUINA))
    def urgent_bladder_bowel(self, **findings):
        """Loss of bladder or bowel control."""

    @Rule(yes("cant_pee"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="cord_compression", causes=("spinal_cord",),
               source=(sources.CAUDA_EQUINA, sources.NHS_SCIATICA))
    def urgent_cant_pee(self, **findings):
        """Unable to pee, or struggling to start."""

    @Rule(yes("saddle_numbness"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="cord_compression", causes=("spinal_cord",),
               source=(sources.CAUDA_EQUINA, sources.NHS_SCIATICA))
    def urgent_saddle_numbness(self, **findings):
        """Numbness between the legs or around the bottom."""

    @Rule(yes("back_pain"), yes("getting_worse"), no("one_leg"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="cord_compression", causes=("spinal_cord",),
               source=(SPINAL_CORD, sources.NHS_SCIATICA))
    def urgent_back_pain_both_legs_worse(self, **findings):
        """Back pain with both legs weak and getting worse."""

    @Rule(yes("cancer_history"), yes("back_pain"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="cancer_spine", causes=("spinal_cord",),
               source=(sources.MARIE_CURIE_MSCC, sources.RNOH_MSCC))
    def urgent_cancer_back_pain(self, **findings):
        """Back pain and weak legs in someone who has had cancer."""

    @Rule(yes("fever"), yes("severe_back_pain"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="spinal_infection", causes=("spinal_cord", "systemic_infection"),
               source=(sources.EPIDURAL_ABSCESS, sources.NHS_BACK_PAIN))
    def urgent_fever_severe_back_pain(self, **findings):
        """A fever with severe back pain: an infection near the spine."""


class NerveMuscleAndBloodSigns(RuleBase):
    """Weakness that spreads, muscle breaking down, a leg short of blood, the heart's rhythm, sepsis."""

    @Rule(yes("spreading_up"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="ascending_weakness", causes=("guillain_barre",), source=Seed(
        "This leads to rapidly progressing weakness, often starting in the feet and legs and ascending to the "
        "upper body, potentially resulting in paralysis."))
    def urgent_spreading_up(self, **findings):
        """Weakness spreading up from the feet."""

    @Rule(yes("dark_urine"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="muscle_breakdown", causes=("rhabdomyolysis",), source=(
        Seed("Rhabdomyolysis is a serious condition where damaged muscle tissue breaks down rapidly, releasing "
             "harmful proteins into the bloodstream."), sources.RHABDOMYOLYSIS))
    def urgent_dark_urine(self, **findings):
        """Urine dark like tea or cola."""

    @Rule(yes("cold_leg"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="blocked_artery", causes=("peripheral_artery_disease",),
               source=(Seed("Peripheral artery disease (PAD) is a condition where narrowed arteries reduce blood "
                            "flow to the limbs, most commonly the legs."), sources.ACUTE_LIMB_ISCHAEMIA))
    def urgent_cold_leg(self, **findings):
        """A leg or foot that is cold, pale or blue."""

    @Rule(yes("palpitations"), yes("low_potassium_risk"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="heart_rhythm", causes=("electrolyte_imbalance",),
               source=sources.MAYO_LOW_POTASSIUM)
    def urgent_palpitations_water_pills(self, **findings):
        """Palpitations with water pills or low potassium."""

    @Rule(yes("palpitations"), yes("dehydrated"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="heart_rhythm",
               causes=("electrolyte_imbalance", "dehydration_electrolytes"), source=sources.MAYO_LOW_POTASSIUM)
    def urgent_palpitations_fluid_loss(self, **findings):
        """Palpitations after losing fluids (vomiting, diarrhoea, sweating)."""

    @Rule(yes("fever"), yes("very_unwell"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="severe_infection", causes=("systemic_infection",), source=(
        Seed("Systemic infections, such as severe flu or sepsis, can lead to widespread body weakness"),
        sources.SEPSIS_SAFETY_NET))
    def urgent_fever_very_unwell(self, **findings):
        """A fever with feeling very unwell: possibly sepsis."""

    # NHS: "call 999 or go to A&E" for these signs of sepsis in an adult (the emergency-department advice says
    # both); the other signs it lists (confusion, trouble breathing) call for an ambulance on their own.
    @Rule(yes("fever"), yes("cant_pee"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="sepsis_signs", causes=("systemic_infection",),
               source=(sources.NHS_SEPSIS, sources.SEPSIS_SAFETY_NET))
    def urgent_fever_no_urine(self, **findings):
        """A fever and no pee all day: a sign of sepsis."""

    @Rule(yes("recent_infection"), yes("cant_pee"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="sepsis_signs", causes=("systemic_infection",),
               source=(sources.NHS_SEPSIS, sources.SEPSIS_SAFETY_NET))
    def urgent_infection_no_urine(self, **findings):
        """An infection and no pee all day: a sign of sepsis."""

    @Rule(yes("recent_infection"), yes("very_unwell"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="severe_infection", causes=("systemic_infection",),
               source=(sources.SEPSIS_SAFETY_NET, sources.NHS_SEPSIS))
    def urgent_infection_very_unwell(self, **findings):
        """An infection with feeling very unwell, even without a fever: possibly sepsis."""

    @Rule(yes("diabetes"), yes("low_sugar_signs"), yes("very_unwell"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="low_sugar_unwell", causes=("low_blood_sugar", "diabetes"),
               source=sources.ST_JOHN_HYPOGLYCAEMIA)
    def urgent_low_sugar_very_unwell(self, **findings):
        """Signs of low blood sugar with diabetes, and feeling very unwell."""
