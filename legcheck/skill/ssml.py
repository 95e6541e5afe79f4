"""Plain text -> SSML: escape it, read the emergency number digit by digit, apply the speaking rate."""

import re

# Speaking rates (percent of normal) that SpeakSlower/SpeakFaster step through.
RATES = (80, 90, 100, 110, 120)
NORMAL_RATE = 100


def step_rate(rate, steps):
    """The rate `steps` places along RATES from `rate` (clamped to the slowest and fastest)."""
    index = RATES.index(rate) if rate in RATES else RATES.index(NORMAL_RATE)
    return RATES[max(0, min(len(RATES) - 1, index + steps))]


# Phone numbers (999, 112, 811, 1800 022 222) are read digit by digit, not as "nine hundred and ninety-nine".
_PHONE = re.compile(r"\b\d{3,}(?: \d{3,})*\b")


def _escape(text):
    """& < > escaped, as html.escape(text, quote=False) and xml.sax.saxutils.escape do, without importing
    either (html loads its entity table, xml.sax urllib: milliseconds of every cold start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(text, rate=NORMAL_RATE):
    """SSML for `text` (without the <speak> tag, which ask-sdk adds)."""
    body = _PHONE.sub(lambda m: f'<say-as interpret-as="digits">{m.group(0)}</say-as>', _escape(text))
    if rate != NORMAL_RATE and rate in RATES:
        body = f'<prosody rate="{rate}%">{body}</prosody>'
    return body
