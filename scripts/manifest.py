"""Put the privacy policy and terms of use URLs into the skill manifest, for every locale.

The URLs are parameters of a deploy, not constants of the project: they are wherever docs/privacy.md and
docs/terms.md are published. This script writes them into
`manifest.privacyAndCompliance.locales.<locale>.privacyPolicyUrl` / `.termsOfUseUrl` of
skill-package/skill.json for every locale that has an interaction model (legcheck/interaction_model/*.json,
the one list of locales), so that `ask deploy` uploads them with the rest of the skill package. It refuses
anything but a plain https URL, and a host with "alexa" in its name (Amazon's policy forbids "Alexa" in the
domain of a URL a skill refers to).

    python scripts/manifest.py --privacy-url URL --terms-url URL           write the URLs into skill.json
    python scripts/manifest.py --privacy-url URL --terms-url URL --check   exit 1 unless skill.json has them
    python scripts/manifest.py --check                                     exit 1 unless every locale has
                                                                           https URLs (ready to submit)

Without URLs, the committed manifest deploys for development as it is; run this before the `ask deploy`
that precedes a submission for certification.
"""

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "skill-package" / "skill.json"
MODELS = ROOT / "legcheck" / "interaction_model"
URL_KEYS = {"privacy": "privacyPolicyUrl", "terms": "termsOfUseUrl"}


def model_locales():
    return sorted(path.stem for path in MODELS.glob("*.json"))


def url_problem(url):
    """Why `url` cannot be a privacy policy or terms of use URL, or None if it can."""
    if not isinstance(url, str) or not url:
        return "no URL"
    if url != url.strip() or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "the URL has spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        return f"not a URL ({error})"
    if parts.scheme != "https":
        return "not an https URL"
    host = (parts.hostname or "").rstrip(".")
    if "." not in host:
        return "the URL has no public host name"
    if parts.username is not None or parts.password is not None:
        return "the URL carries a user name or password"
    if port is not None and port != 443:
        return "the URL is not on the standard https port"
    if "alexa" in host.lower():
        return 'the host name contains "alexa", which Amazon\'s policy does not allow'
    return None


def read_manifest(path=MANIFEST):
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(document, path=MANIFEST):
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def with_urls(document, privacy_url, terms_url, locales):
    """A copy of the manifest `document` whose privacyAndCompliance names these URLs for exactly
    `locales`. ValueError if a URL is refused or a locale has no store listing."""
    for name, url in (("--privacy-url", privacy_url), ("--terms-url", terms_url)):
        problem = url_problem(url)
        if problem:
            raise ValueError(f"{name} {url!r}: {problem}")
    listed = document["manifest"]["publishingInformation"]["locales"]
    missing = [locale for locale in locales if locale not in listed]
    if missing:
        raise ValueError(f"no store listing (publishingInformation.locales) for {', '.join(missing)}")
    result = json.loads(json.dumps(document))
    privacy = result["manifest"].setdefault("privacyAndCompliance", {})
    privacy["locales"] = {locale: {URL_KEYS["privacy"]: privacy_url, URL_KEYS["terms"]: terms_url}
                          for locale in locales}
    return result


def submission_problems(document, locales):
    """What keeps the manifest's privacy and terms URLs from being ready for certification, per locale."""
    found = document["manifest"].get("privacyAndCompliance", {}).get("locales", {})
    problems = []
    for locale in locales:
        for key in URL_KEYS.values():
            problem = url_problem(found.get(locale, {}).get(key))
            if problem:
                problems.append(f"{locale} {key}: {problem}")
    problems += [f"{locale}: has URLs but no interaction model" for locale in found if locale not in locales]
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--privacy-url", help="https URL of the published privacy policy (docs/privacy.md)")
    parser.add_argument("--terms-url", help="https URL of the published terms of use (docs/terms.md)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if skill.json differs")
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if (args.privacy_url is None) != (args.terms_url is None):
        parser.error("give both --privacy-url and --terms-url")
    if args.privacy_url is None and not args.check:
        parser.error("give --privacy-url and --terms-url, or --check")
    locales = model_locales()
    document = read_manifest(args.manifest)
    if args.privacy_url is None:
        problems = submission_problems(document, locales)
        for problem in problems:
            print(f"{args.manifest.name}: {problem}", file=sys.stderr)
        return 1 if problems else 0
    try:
        updated = with_urls(document, args.privacy_url, args.terms_url, locales)
    except ValueError as error:
        parser.error(str(error))
    if args.check:
        if updated != document:
            print(f"{args.manifest.name} does not have these URLs for every locale "
                  f"(run without --check to write them)", file=sys.stderr)
            return 1
        return 0
    write_manifest(updated, args.manifest)
    print(f"{args.manifest.name}: privacy and terms URLs set for {', '.join(locales)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
