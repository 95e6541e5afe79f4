"""Speech strings, one module per locale: shared English text (en*.py) plus each country's number, routes to
care and words (en_US.py, en_GB.py, ...).  `strings_for(locale)` gives the `Strings` of a locale."""
import re

from legcheck.skill.locales import en, en_advice, en_AU, en_CA, en_causes, en_findings, en_GB, en_IN, en_US

MODULES = {module.LOCALE: module for module in (en_US, en_GB, en_CA, en_AU, en_IN)}
LOCALES = tuple(MODULES)
DEFAULT_LOCALE = en_US.LOCALE
_PRONOUNS = {"you": "they", "your": "their", "yours": "theirs", "yourself": "themselves", "you're": "they're",
             "you've": "they've", "you'll": "they'll", "you'd": "they'd"}
_PRONOUN_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PRONOUNS), key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)


def third_person(text):
    """The same words about someone else: "you have a fever" -> "they have a fever"."""
    def swap(match):
        word = _PRONOUNS[match.group(1).lower()]
        return word[:1].upper() + word[1:] if match.group(1)[:1].isupper() else word
    return _PRONOUN_RE.sub(swap, text)


def in_person(text, person):
    return third_person(text) if person == "they" else text


class Strings:
    """The words of one locale; call it with a key (and placeholder values) to get interface text."""

    def __init__(self, locale):
        module = MODULES.get(locale, MODULES[DEFAULT_LOCALE])
        self.locale = module.LOCALE
        self.number = module.EMERGENCY_NUMBER
        self.table = {**en.TEXT, **module.OVERRIDES}
        self.values = {"number": getattr(module, "NUMBER_PHRASE", module.EMERGENCY_NUMBER),
                       "doctor": module.DOCTOR, "route_24h": module.ROUTE_24H[0],
                       "route_soon": module.ROUTE_SOON[0]}
        self.routes = (module.ROUTE_24H, module.ROUTE_SOON)
        self._spelling = [(re.compile(rf"\b{re.escape(us)}\b"), local) for us, local in module.SPELLING.items()]

    def local(self, text):
        """American English -> this locale's words ("diarrhea" -> "diarrhoea"), placeholders filled."""
        for pattern, local in self._spelling:
            text = pattern.sub(local, text)
        return text.replace(",.", ".").replace(", at once", " at once")

    def __call__(self, key, **values):
        return self.local(self.table[key].format(**{**self.values, **values}))

    def question(self, finding, person="you"):
        return self.local(in_person(en_findings.FINDINGS[finding][0], person))

    def said(self, finding):
        """What a yes to `finding` means, after "you said"."""
        return self.local(en_findings.FINDINGS[finding][1])

    def why(self, finding):
        """Why the question about `finding` matters (a general line for an unknown id)."""
        return self.local(en.WHY.get(finding, self.table["WHY_GENERAL"]))

    def name(self, finding):
        """The short name of a finding ("severe back pain"), as Alexa's model offers it."""
        from legcheck.lexicon.findings import FINDINGS  # only when something was said in passing

        return self.local(FINDINGS[finding].name)

    def cause_name(self, cause):
        return self.local(en_causes.CAUSES[cause][0])

    def explain(self, cause):
        return self.local(en_causes.CAUSES[cause][1])

    def sign_meaning(self, sign):
        return self.local(en_causes.SIGNS[sign])

    def line(self, line, person="you"):
        """One advice sentence (legcheck/skill/locales/en_advice.py) in this locale, for `person`."""
        text = line.they if person == "they" and line.they else line.text
        return self.local(text.format(**self.values))

    def advice(self, level, person="you"):
        return [self.line(line, person) for line in en_advice.ADVICE[level]]

    def first_aid(self, sign, person="you"):
        line = en_advice.FIRST_AID.get(sign)
        return self.line(line, person) if line else ""

    def helps(self, cause):
        line = en_advice.HELPS.get(cause)
        return self.line(line) if line else ""


_CACHE = {}


def strings_for(locale):
    """The Strings of `locale`; en-US for a locale the skill has no model for."""
    key = locale if isinstance(locale, str) and locale in MODULES else DEFAULT_LOCALE
    if key not in _CACHE:
        _CACHE[key] = Strings(key)
    return _CACHE[key]
