"""English (United States): the emergency number, and how to be seen within a day or in a few days."""
from legcheck.rules import sources

LOCALE = "en-US"
EMERGENCY_NUMBER = "911"
DOCTOR = "doctor"
ROUTE_24H = ("call your doctor's office, or go to urgent care if it's closed.", (sources.URGENT_CARE_US,))
ROUTE_SOON = ("call your doctor's office for an appointment.", (sources.URGENT_CARE_US,))
OVERRIDES = {}
SPELLING = {}
