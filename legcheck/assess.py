"""`legcheck assess`: findings as JSON on stdin, the assessment as JSON on stdout."""
import json
import sys

from legcheck.rules import assess
from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill import speech
from legcheck.skill.locales import LOCALES, strings_for


class InputError(ValueError):
    """The input is not an assessment request; the message names the problem."""


def parse(text):
    """Validate the request and return (findings, locale)."""
    try:
        request = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(f"input is not valid JSON: {error}") from None
    if not isinstance(request, dict):
        raise InputError("input must be a JSON object with a \"findings\" object")
    unknown_keys = set(request) - {"findings", "locale"}
    if unknown_keys:
        raise InputError(f"unknown key {sorted(unknown_keys)[0]!r}: expected \"findings\" and \"locale\"")
    findings = request.get("findings")
    if not isinstance(findings, dict):
        raise InputError("\"findings\" must be an object of finding id -> true, false or null")
    for finding_id, value in findings.items():
        if finding_id not in FINDINGS:
            raise InputError(f"unknown finding id {finding_id!r}")
        if value is not None and not isinstance(value, bool):
            raise InputError(f"finding {finding_id!r} must be true, false or null, not {json.dumps(value)}")
    locale = request.get("locale", "en-US")
    if not isinstance(locale, str) or locale not in LOCALES:
        raise InputError(f"unsupported locale {locale!r}: one of {', '.join(LOCALES)}")
    return findings, locale


def run(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr):
    """Exit status 0 with the assessment on stdout, or 2 with one line on stderr."""
    try:
        findings, locale = parse(stdin.read())
    except (InputError, UnicodeDecodeError) as error:
        print(f"legcheck assess: {error}", file=stderr)
        return 2
    assessment = assess(findings)
    output = {**assessment.as_dict(), "speech": speech.result(strings_for(locale), assessment)}
    json.dump(output, stdout, indent=2)
    stdout.write("\n")
    return 0


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "assess", help="assess findings given as JSON on stdin",
        description='Reads {"findings": {"<finding id>": true|false|null}, "locale": "en-US"} on stdin '
                    "and prints the triage, emergency signs, causes, next question and speech as JSON.")
    parser.set_defaults(func=lambda args: run())
