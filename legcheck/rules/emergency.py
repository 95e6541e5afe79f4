"""Emergency signs: each ends the interview at once (seed: "When to Seek Medical Care", and the guidance
pages of legcheck.rules.sources where the seed does not say how urgent)."""
from experta import Rule

from . import sources
from .base import RuleBase, concludes
from .facts import yes
from .sources import BLADDER_BOWEL, SUDDENLY, Seed
from .vocabulary import CALL, EMERGENCY_DEPARTMENT


class StrokeSigns(RuleBase):
    """Signs that call for an ambulance because they can be a stroke."""

    @Rule(yes("speech_or_vision"))
    @concludes(level=CALL, sign="stroke_signs", causes=("stroke",), source=SUDDENLY)
    def emergency_speech_or_vision(self, **findings):
        """New trouble speaking or seeing."""

    @Rule(yes("face_or_arm"))
    @concludes(level=CALL, sign="stroke_signs", causes=("stroke",), source=Seed(
        "A stroke, caused by interrupted blood flow to the brain, can result in sudden weakness or numbness, "
        "often affecting one side of the body"))
    def emergency_face_or_arm(self, **findings):
        """A newly drooping face, or an arm newly weak or numb."""

    # Even after a fall: a stroke can cause the fall.
    @Rule(yes("sudden_onset"))
    @concludes(level=CALL, sign="sudden_weakness", causes=("stroke",), source=SUDDENLY)
    def emergency_sudden_weakness(self, **findings):
        """Weakness that came on suddenly."""

    @Rule(yes("sudden_then_gone"))
    @concludes(level=CALL, sign="passing_stroke_signs", causes=("stroke",),
               source=(sources.NHS_TIA, sources.STROKE_ASSOCIATION_SYMPTOMS_PASS))
    def emergency_sudden_then_gone(self, **findings):
        """Sudden weakness that has since gone: a mini-stroke still needs help at once."""

    @Rule(yes("sudden_headache"))
    @concludes(level=CALL, sign="sudden_headache", causes=("stroke",), source=(SUDDENLY, sources.NHS_HEADACHES))
    def emergency_sudden_headache(self, **findings):
        """A sudden, severe headache."""

    @Rule(yes("new_confusion"))
    @concludes(level=CALL, sign="new_confusion", causes=("stroke", "systemic_infection"),
               source=(sources.NHS_SUDDEN_CONFUSION, sources.SEPSIS_SAFETY_NET))
    def emergency_new_confusion(self, **findings):
        """Sudden confusion: a stroke or a serious infection."""


class BreathingAndHeartSigns(RuleBase):
    """Signs that call for an ambulance because breathing, swallowing or the heart may be affected."""

    @Rule(yes("breathing"))
    @concludes(level=CALL, sign="breathing_difficulty", causes=("guillain_barre",),
               source=(BLADDER_BOWEL, sources.NHS_WALES_GBS))
    def emergency_breathing(self, **findings):
        """Difficulty breathing."""

    @Rule(yes("swallowing"))
    @concludes(level=CALL, sign="swallowing_difficulty", causes=("guillain_barre", "stroke"),
               source=sources.NHS_WALES_GBS)
    def emergency_swallowing(self, **findings):
        """Trouble swallowing."""

    @Rule(yes("chest_pain"))
    @concludes(level=CALL, sign="chest_pain", source=sources.NHS_HEART_ATTACK)
    def emergency_chest_pain(self, **findings):
        """Chest pain or tightness."""


class InjurySigns(RuleBase):
    """Falls and injuries that call for an ambulance or the emergency department."""

    @Rule(yes("cant_get_up"))
    @concludes(level=CALL, sign="fall_cant_get_up", causes=("muscle_injury",),
               source=(sources.NIDIRECT_FALLS, sources.EEAST_FALLS_WINTER, sources.NHS_HIP_FRACTURE))
    def emergency_fall_cant_get_up(self, **findings):
        """Fallen and unable to get up, stand or put weight on the leg."""

    @Rule(yes("spine_injury"))
    @concludes(level=CALL, sign="spinal_injury", causes=("spinal_cord",), source=(
        Seed("Spinal cord issues, such as a herniated disc, spinal stenosis (narrowing of spinal spaces), or "
             "spinal cord injury, can compress or damage the spinal cord, resulting in leg weakness."),
        sources.SJA_SPINAL_INJURY))
    def emergency_spine_injury(self, **findings):
        """The neck or back was hurt in a fall or accident."""

    @Rule(yes("injury"), yes("severe_back_pain"))
    @concludes(level=CALL, sign="spinal_injury", causes=("spinal_cord",), source=sources.SJA_SPINAL_INJURY)
    def emergency_injury_back_pain(self, **findings):
        """Severe back pain after an injury."""

    @Rule(yes("injury"), yes("neck_pain"))
    @concludes(level=CALL, sign="spinal_injury", causes=("spinal_cord",), source=sources.SJA_SPINAL_INJURY)
    def emergency_injury_neck_pain(self, **findings):
        """Neck pain after an injury."""

    @Rule(yes("injury"), yes("cant_walk"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="hurt_cant_walk", causes=("muscle_injury",),
               source=(Seed("Weakness after an injury, especially if severe or not improving, should be "
                            "evaluated."), sources.NHS_HIP_FRACTURE))
    def emergency_hurt_cant_walk(self, **findings):
        """Hurt in a fall or accident, and now hard to walk or stand."""

    @Rule(yes("head_injury"))
    @concludes(level=CALL, sign="head_injury", source=(sources.NHS_CONCUSSION, sources.NHS_HEAD_INJURY))
    def emergency_head_injury(self, **findings):
        """A knock to the head, and now weak legs: weakness after a head injury calls for an ambulance."""

    @Rule(yes("blood_thinners"), yes("head_injury"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="bleeding_risk", source=sources.NICE_ANTICOAGULANT_HEAD_INJURY)
    def emergency_blood_thinners_head_injury(self, **findings):
        """A knock to the head while taking blood thinners: a scan within hours."""

    @Rule(yes("blood_thinners"), yes("injury"))
    @concludes(level=EMERGENCY_DEPARTMENT, sign="bleeding_risk", source=sources.NICE_ANTICOAGULANT_HEAD_INJURY)
    def emergency_blood_thinners_fall(self, **findings):
        """A fall or injury while taking blood thinners: the head may have been hit, and bleeding is likelier."""
