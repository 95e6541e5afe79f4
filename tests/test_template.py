"""The SAM template lints clean and wires the Alexa skill to the Lambda function correctly."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from cfnlint.decode import cfn_yaml

import lambda_build

REPO = lambda_build.REPO
TEMPLATE = REPO / "template.yaml"
CURRENT_PYTHON_RUNTIMES = ("python3.12", "python3.13", "python3.14")
ARCH_TO_PLATFORM = {"x86_64": "x86_64-manylinux", "arm64": "aarch64-manylinux"}


@pytest.fixture(scope="module")
def template():
    return cfn_yaml.load(str(TEMPLATE))


@pytest.fixture(scope="module")
def function(template):
    return template["Resources"]["LegCheckFunction"]


def make_variable(name: str) -> str:
    value = lambda_build.makefile_setting(name)
    assert value, f"Makefile does not set {name}"
    return value


@pytest.mark.slow
def test_cfn_lint_passes():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "cfn-lint"), str(TEMPLATE)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.registry("pypi")  # the SAM CLI itself is downloaded; the check needs no AWS account
def test_sam_validate_with_lint_passes_without_aws_credentials():
    command = [lambda_build.UV, "tool", "run", "--from", lambda_build.SAM_CLI, "sam", "validate", "--lint",
               "--template-file", str(TEMPLATE)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=lambda_build.tool_env(),
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


def test_function_is_a_python_zip_function_built_by_the_makefile(function):
    assert function["Type"] == "AWS::Serverless::Function"
    assert function["Metadata"]["BuildMethod"] == "makefile"
    properties = function["Properties"]
    assert properties["Handler"] == "lambda_function.lambda_handler"
    assert properties["Runtime"] in CURRENT_PYTHON_RUNTIMES
    assert properties.get("PackageType", "Zip") == "Zip"


def test_makefile_builds_for_the_runtime_and_architecture_of_the_template(function):
    properties = function["Properties"]
    assert make_variable("LAMBDA_PYTHON") == properties["Runtime"].removeprefix("python")
    (architecture,) = properties["Architectures"]
    assert make_variable("LAMBDA_PLATFORM").startswith(ARCH_TO_PLATFORM[architecture])
    assert "build-LegCheckFunction:" in (REPO / "Makefile").read_text()


def test_only_the_alexa_skill_from_the_parameter_can_invoke_the_function(function):
    events = function["Properties"]["Events"]
    assert [event["Type"] for event in events.values()] == ["AlexaSkill"]
    (event,) = events.values()
    assert event["Properties"]["SkillId"] == {"Ref": "SkillId"}


def test_skill_id_env_var_comes_from_the_parameter(function):
    assert function["Properties"]["Environment"]["Variables"]["SKILL_ID"] == {"Ref": "SkillId"}


def test_skill_id_parameter_accepts_only_skill_ids(template):
    pattern = re.compile(template["Parameters"]["SkillId"]["AllowedPattern"])
    assert pattern.fullmatch("amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef")
    assert not pattern.fullmatch("amzn1.ask.skill.not-a-uuid")
    assert not pattern.fullmatch("arn:aws:lambda:us-east-1:123456789012:function:x")
    assert "Default" not in template["Parameters"]["SkillId"]


def test_memory_and_timeout_suit_a_voice_response(function):
    properties = function["Properties"]
    assert 128 <= properties["MemorySize"] <= 1024
    # Alexa waits about 8 seconds for a skill's answer; a longer timeout would only cost money.
    assert 3 <= properties["Timeout"] <= 8


def test_log_group_of_the_function_has_a_retention(template):
    groups = [r for r in template["Resources"].values() if r["Type"] == "AWS::Logs::LogGroup"]
    (group,) = groups
    assert group["Properties"]["LogGroupName"] == {"Fn::Sub": "/aws/lambda/${LegCheckFunction}"}
    assert "RetentionInDays" in group["Properties"]


def test_outputs_give_the_function_arn_for_the_skill_endpoint(template):
    values = [output["Value"] for output in template["Outputs"].values()]
    assert {"Fn::GetAtt": ["LegCheckFunction", "Arn"]} in values
