"""The interview as it is heard: every vignette as a whole spoken conversation through `lambda_handler`.

    .venv/bin/python -m benchmarks.bench_interview [--locale en-US]

The person answers each question as their vignette says (yes, no or "I don't know"; a screen or umbrella
question as its members imply) and, asked what has been happening, tells the vignette's story in their own
words. Counted: questions answered, and seconds of the skill's speech (words / 2.5, Alexa's usual 150 words a
minute, the welcome included) before the result and before emergency advice. Printed: median and max, overall
and per level, with the figures of the previous release (measured the same way on its own vignettes,
PREVIOUS below) beside them.
"""
import argparse
import html
import re
import statistics
import sys

from legcheck.envelope import Conversation
from legcheck.nlu import SlotFill, Understanding
from legcheck.rules.vocabulary import TRIAGE_LEVELS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.outcome import outcome
from vignettes import VIGNETTES

WORDS_PER_SECOND = 2.5
ANSWER = {True: "AMAZON.YesIntent", False: "AMAZON.NoIntent", None: "DontKnowIntent"}
EMERGENCY = ("call_emergency", "emergency_department")
# The release before the screen was grouped by action (git 1495697), its 45 vignettes answered the same way:
# questions and seconds of speech before the result, and before emergency advice.
PREVIOUS = {"result": {"questions": (16, 22), "seconds": (94, 126)},
            "call_emergency": {"questions": (1, 4), "seconds": (16, 27)},
            "emergency_department": {"questions": (10, 12), "seconds": (52, 66)},
            "doctor_within_24h": {"questions": (16.5, 21), "seconds": (100, 122)},
            "doctor_soon": {"questions": (16, 22), "seconds": (98, 121)},
            "self_care": {"questions": (19, 21), "seconds": (120, 126)}}


def words(response):
    speech = (response.get("response") or {}).get("outputSpeech") or {}
    text = html.unescape(re.sub(r"<[^>]+>", " ", speech.get("ssml") or speech.get("text") or ""))
    return len(text.split())


def interview(vignette, locale="en-US"):
    """(questions answered, words spoken before the result, the triage) for one vignette."""
    conversation = Conversation(locale)
    findings = vignette.findings
    response = lambda_handler(conversation.launch(), None)
    conversation.receive(response)
    asked, spoken = 0, 0
    while outcome(conversation.attributes) is None:
        if asked > len(findings):
            raise RuntimeError(f"{vignette.name}: the interview does not end")
        spoken += words(response)
        question = conversation.attributes["question"]
        if question == "description":
            slot = SlotFill("description", "AMAZON.SearchQuery", vignette.story or "I don't know")
            understanding = Understanding("DescribeIntent", 1.0, {"description": slot})
        else:
            understanding = Understanding(ANSWER[findings[question]], 1.0)
        response = lambda_handler(conversation.intent(understanding), None)
        conversation.receive(response)
        asked += 1
    return asked, spoken, outcome(conversation.attributes)[0]


def summary(values):
    return (statistics.median(values), max(values)) if values else (0, 0)


def measure(locale="en-US", tables=None):
    """{"result" | level: {"questions": [...], "seconds": [...]}} over the vignettes (of `tables`, or all)."""
    figures = {}
    for vignette in VIGNETTES:
        if tables and vignette.table not in tables:
            continue
        asked, spoken, triage = interview(vignette, locale)
        told = "with a story" if vignette.story else "without a story"
        for key in ("result", told, triage):
            row = figures.setdefault(key, {"questions": [], "seconds": []})
            row["questions"].append(asked)
            row["seconds"].append(spoken / WORDS_PER_SECOND)
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="en-US")
    parser.add_argument("--table", action="append", help="only these vignette tables (seed, guidance, ...)")
    args = parser.parse_args(argv)
    figures = measure(args.locale, args.table)
    count = len(figures["result"]["questions"])
    print(f"interviews: {count} vignettes, {args.locale}; median / max (previous release in brackets)")
    stories = sorted(key for key in figures if key.startswith(("with a story", "without")))
    for key in ("result", *stories, *EMERGENCY, *(level for level in TRIAGE_LEVELS if level not in EMERGENCY)):
        if key not in figures:
            continue
        label = "before the result" if key == "result" else f"{key[:20]:20} ({len(figures[key]['questions'])})"
        cells = []
        for measure_ in ("questions", "seconds"):
            median, top = summary(figures[key][measure_])
            before = PREVIOUS.get(key, {}).get(measure_)
            was = f" [{before[0]:g} / {before[1]:g}]" if before else ""
            cells.append(f"{measure_} {median:.1f} / {top:.0f}{was}")
        print(f"  {label:28} " + ";  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
