"""English (United States): the locale's emergency number and a few wording and spelling overrides."""

from legcheck.rules.vocabulary import emergency_number

LOCALE = "en-US"
EMERGENCY_NUMBER = emergency_number(LOCALE)
DOCTOR = "doctor"
OVERRIDES = {}
