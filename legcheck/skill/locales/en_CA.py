"""English (Canada): the locale's emergency number and a few wording and spelling overrides."""

from legcheck.rules.vocabulary import emergency_number

LOCALE = "en-CA"
EMERGENCY_NUMBER = emergency_number(LOCALE)
DOCTOR = "doctor"
OVERRIDES = {}
