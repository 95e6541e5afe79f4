"""The skill manifest (skill-package/skill.json) and the ask-cli project file agree with the models.

Amazon's certification rules for the manifest (example phrases, disclaimers, privacy, icons, testing
instructions...) are in tests/test_certification.py."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL_LOCALES = sorted(path.stem for path in (ROOT / "legcheck" / "interaction_model").glob("*.json"))
COUNTRY = {"en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-AU": "AU", "en-IN": "IN"}


def read_json(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


def language_model(locale):
    return read_json(f"legcheck/interaction_model/{locale}.json")["interactionModel"]["languageModel"]


@pytest.fixture(scope="module")
def manifest():
    return read_json("skill-package/skill.json")["manifest"]


def test_manifest_is_pretty_printed_with_two_spaces():
    text = (ROOT / "skill-package" / "skill.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_manifest_locales_are_the_interaction_model_locales(manifest):
    assert sorted(manifest["publishingInformation"]["locales"]) == MODEL_LOCALES
    packaged = sorted(p.stem for p in (ROOT / "skill-package/interactionModels/custom").glob("*.json"))
    assert packaged == MODEL_LOCALES


@pytest.mark.parametrize("locale", MODEL_LOCALES)
def test_store_listing_names_the_skill_within_alexa_length_limits(manifest, locale):
    listing = manifest["publishingInformation"]["locales"][locale]
    assert listing["name"] == "Leg Check"
    assert 0 < len(listing["summary"]) <= 160
    assert 0 < len(listing["description"]) <= 4000
    assert 0 < len(listing["keywords"]) <= 30 and all(k.strip() for k in listing["keywords"])


def test_invocation_names_match_across_locales():
    assert {language_model(locale)["invocationName"] for locale in MODEL_LOCALES} == {"leg check"}


def test_distribution_is_limited_to_the_countries_of_the_locales(manifest):
    publishing = manifest["publishingInformation"]
    assert publishing["isAvailableWorldwide"] is False
    assert sorted(publishing["distributionCountries"]) == sorted(COUNTRY[loc] for loc in MODEL_LOCALES)


def test_custom_endpoint_is_absent_or_a_real_lambda_arn(manifest):
    endpoint = manifest["apis"]["custom"].get("endpoint")
    if endpoint is not None:
        uri = endpoint["uri"]
        assert re.fullmatch(r"arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w-]+)?", uri)
        assert "123456789012" not in uri


def test_ask_cli_project_deploys_the_skill_package_only():
    resources = read_json("ask-resources.json")
    assert resources["askcliResourcesVersion"] == "2020-03-31"
    profile = resources["profiles"]["default"]
    assert (ROOT / profile["skillMetadata"]["src"] / "skill.json").is_file()
    assert "skillInfrastructure" not in profile  # the Lambda is deployed with SAM (template.yaml)
