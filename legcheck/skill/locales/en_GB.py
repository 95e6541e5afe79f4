"""English (United Kingdom): the emergency number, how to be seen, and British words."""
from legcheck.rules import sources

LOCALE = "en-GB"
EMERGENCY_NUMBER = "999"
DOCTOR = "GP"
ROUTE_24H = ("call your GP surgery, or NHS 111 by phone or online.", (sources.NHS_111,))
ROUTE_SOON = ("contact your GP surgery for an appointment.", (sources.NHS_111,))
OVERRIDES = {}
SPELLING = {"diarrhea": "diarrhoea", "recognize": "recognise", "pee": "wee", "emergency department": "A&E",
            "an A&E": "A&E"}
