"""English (United Kingdom): the locale's emergency number and a few wording and spelling overrides."""

from legcheck.rules.vocabulary import emergency_number

LOCALE = "en-GB"
EMERGENCY_NUMBER = emergency_number(LOCALE)
DOCTOR = "GP"
OVERRIDES = {
    "NO_SYMPTOM": "Sorry, I didn't recognise that symptom.",
}
