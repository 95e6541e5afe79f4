"""Every clinical statement has a source: each rule, each advice sentence, each question (through the rules
that test its finding).  Seed quotes are the seed's own words; guidance pages have a title and an address."""
import re
from pathlib import Path

import pytest

from legcheck.rules.groups import GROUPS, RETIRED
from legcheck.rules.knowledge import RULES, TESTED
from legcheck.rules.sources import Guidance, Seed
from legcheck.rules.triage import FALLBACK_SOURCES
from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill.locales import MODULES, en_advice

SEED = Path(__file__).resolve().parents[1] / "docs" / "leg-weakness-causes.txt"


def normal(text):
    return " ".join(text.replace("\u2019", "'").replace("\u00e9", "e").split())


SEED_TEXT = normal(SEED.read_text(encoding="utf-8"))


def check(source):
    if isinstance(source, Seed):
        for part in source.quote.split("..."):
            assert normal(part.strip()) in SEED_TEXT, part
    else:
        assert isinstance(source, Guidance)
        assert source.title.strip() and re.match(r"https?://[^\s]+\.[a-z]{2,}", source.url), source


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_cites_the_seed_or_a_guidance_page(rule):
    assert rule.conclusion.sources
    for source in rule.conclusion.sources:
        check(source)


def test_the_rules_that_look_at_the_other_conclusions_cite_the_seed_too():
    for source in FALLBACK_SOURCES.values():
        check(source)


def advice_lines():
    lines = [*(line for level in en_advice.ADVICE.values() for line in level), en_advice.SAFETY_NET,
             en_advice.SELF_CARE_BACKUP, en_advice.CALL_SOMEONE, *en_advice.FIRST_AID.values(),
             *en_advice.HELPS.values()]
    return lines


@pytest.mark.parametrize("line", advice_lines(), ids=lambda line: line.text[:40])
def test_every_advice_sentence_cites_its_source(line):
    assert line.source
    for source in line.source:
        check(source)


@pytest.mark.parametrize("locale", sorted(MODULES))
def test_every_locales_route_to_care_cites_a_public_page(locale):
    for _, sources in (MODULES[locale].ROUTE_24H, MODULES[locale].ROUTE_SOON):
        assert sources
        for source in sources:
            check(source)


def test_every_question_asks_about_something_a_rule_tests_or_stands_for_a_group_of_such():
    for finding in FINDINGS:
        members = (GROUPS | RETIRED).get(finding, (finding,))
        assert set(members) & TESTED, finding
