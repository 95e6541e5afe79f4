"""English (Australia): the emergency number, how to be seen, and Australian words."""
from legcheck.rules import sources

LOCALE = "en-AU"
EMERGENCY_NUMBER = "000"
DOCTOR = "GP"
ROUTE_24H = ("see your GP, or call healthdirect on 1800 022 222 to talk to a nurse.", (sources.HEALTHDIRECT,))
ROUTE_SOON = ("book in with your GP.", (sources.HEALTHDIRECT,))
OVERRIDES = {}
SPELLING = {"diarrhea": "diarrhoea", "recognize": "recognise", "pee": "wee"}
