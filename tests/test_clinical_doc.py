"""docs/clinical.md names every id the rules use: findings, groups and emergency signs (add, never rename)."""
import re
from pathlib import Path

from legcheck.rules.groups import GROUPS
from legcheck.rules.vocabulary import CAUSES, EMERGENCY_SIGNS, FINDINGS, SPEC_FINDINGS

DOC = (Path(__file__).resolve().parents[1] / "docs" / "clinical.md").read_text(encoding="utf-8")


def section(heading):
    return set(re.findall(r"`([a-z_]+)`", DOC.split(f"\n## {heading}")[1].split("\n## ")[0]))


def test_every_finding_and_group_is_documented():
    assert set(FINDINGS) <= section("Findings (yes/no facts about the user)") | section("Findings added by the project")
    assert set(SPEC_FINDINGS) <= section("Findings (yes/no facts about the user)")


def test_every_group_lists_its_members_as_the_code_does():
    rows = {m.group(1): set(re.findall(r"`([a-z_]+)`", m.group(2)))
            for m in re.finditer(r"^\| `([a-z_]+)` \| (?:screen|umbrella)[^|]*\| (.+) \|$", DOC, re.MULTILINE)}
    assert rows == {group: set(members) for group, members in GROUPS.items()}


def test_every_emergency_sign_is_documented_with_its_causes():
    documented = section("Emergency signs")
    assert set(EMERGENCY_SIGNS) <= documented
    assert documented - set(EMERGENCY_SIGNS) <= set(CAUSES) | {"call_emergency", "emergency_department"}
