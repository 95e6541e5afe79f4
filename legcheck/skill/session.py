"""The skill's only state, kept in the Alexa session attributes: one typed record, validated in one place.

Stored: the `findings` (finding id -> True, False or None for "I don't know"), the pending `question` (a
finding id, DESCRIBE for the open question, or None once the result was given), the `person` it is about
("you" or "they"), the speaking `rate`, the `last_speech` and `last_reprompt` (for Repeat) and `heard` (what
the last thing said changed, so that "that's not what I said" can undo it) and whether the open question
was `described` (asked once, or answered before it was asked).  Everything else (the triage, the
causes, whether the interview is over) is derived from these by the rules, never stored.
"""
import re
from dataclasses import asdict, dataclass, field

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill.ssml import NORMAL_RATE, RATES

DESCRIBE = "description"  # the open question: "in a few words, what's been happening with your legs?"
PERSONS = ("you", "they")
MAX_SPEECH = 6000  # characters: Alexa speaks at most 8000, SSML tags included
UNANSWERED = "unanswered"  # in `heard`: the finding had no answer before
# Characters XML 1.0 does not allow, which no SSML can carry (attributes may be edited by hand): the
# complement of its Char production, listed (compiling the negated class costs a cold start about 10 ms).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ANSWER_URGENCY = {True: 3, None: 2, False: 1}  # how urgent an answer can make the advice


def _answer(value):
    return value is None or isinstance(value, bool)


@dataclass
class Session:
    findings: dict = field(default_factory=dict)
    question: str | None = None
    person: str = "you"
    rate: int = NORMAL_RATE
    last_speech: str = ""
    last_reprompt: str = ""
    heard: dict = field(default_factory=dict)
    described: bool = False

    @classmethod
    def from_attributes(cls, attributes):
        """A valid record from whatever the request carried: unknown keys and wrong values are dropped or
        reset, never raised."""
        source = attributes if isinstance(attributes, dict) else {}
        record = cls()
        findings = source.get("findings")
        if isinstance(findings, dict):
            record.findings = {k: v for k, v in findings.items() if k in FINDINGS and _answer(v)}
        question = source.get("question")
        if isinstance(question, str) and (question in FINDINGS or question == DESCRIBE):
            record.question = question
        if source.get("person") in PERSONS:
            record.person = source["person"]
        rate = source.get("rate")
        if isinstance(rate, int) and not isinstance(rate, bool) and rate in RATES:
            record.rate = rate
        for key in ("last_speech", "last_reprompt"):
            if isinstance(source.get(key), str):
                setattr(record, key, _NOT_XML.sub("", source[key]).strip()[:MAX_SPEECH])
        record.described = source.get("described") is True
        heard = source.get("heard")
        if isinstance(heard, dict):
            record.heard = {k: v for k, v in heard.items() if k in FINDINGS and (_answer(v) or v == UNANSWERED)}
        return record

    def to_attributes(self):
        return asdict(self)

    def finished(self, assessment):
        """Was the result (or emergency advice) given?  No question is pending, something was answered, and
        the rules (`assessment` of these findings) have nothing left to ask."""
        return (self.question is None and bool(self.findings)
                and (bool(assessment.emergency_signs) or assessment.next_question is None))

    def answer(self, finding, value):
        """The answer to a question: it stands as given."""
        self.heard = {finding: self.findings.get(finding, UNANSWERED)}
        self.findings[finding] = value

    def record(self, heard):
        """Findings said in passing ({id: True | False | None}).  Only what can make the advice more urgent
        replaces an earlier answer: a yes replaces anything, "I don't know" replaces a no, and a no only fills
        what was not answered yet (a misheard "no" must never undo a yes).  Returns what changed."""
        changed = {}
        for finding, value in heard.items():
            old = self.findings.get(finding, UNANSWERED)
            if old == UNANSWERED or (old is not value and ANSWER_URGENCY[value] > ANSWER_URGENCY[old]):
                changed[finding] = value
        self.heard = {finding: self.findings.get(finding, UNANSWERED) for finding in changed}
        self.findings.update(changed)
        return changed

    def undo(self):
        """Take back what the last thing said changed; returns the findings taken back."""
        undone = list(self.heard)
        for finding, previous in self.heard.items():
            if previous == UNANSWERED:
                self.findings.pop(finding, None)
            else:
                self.findings[finding] = previous
        self.heard = {}
        return undone

    def restart(self):
        """Forget the interview, keeping the person and the speaking rate."""
        self.findings, self.question, self.heard, self.described = {}, None, {}, False
