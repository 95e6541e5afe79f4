"""English (India): the locale's emergency number and a few wording and spelling overrides."""

from legcheck.rules.vocabulary import emergency_number

LOCALE = "en-IN"
EMERGENCY_NUMBER = emergency_number(LOCALE)
DOCTOR = "doctor"
OVERRIDES = {
    "NO_SYMPTOM": "Sorry, I didn't recognise that symptom.",
}
