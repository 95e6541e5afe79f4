"""English (India): the emergency and ambulance numbers, how to be seen, and Indian English words."""
from legcheck.rules import sources

LOCALE = "en-IN"
# 112 is the single emergency number, still reaching some states; 108 is the free ambulance in most.
EMERGENCY_NUMBER = "112"
EMERGENCY_NUMBER_SOURCES = (sources.INDIA_112, sources.INDIA_108)
NUMBER_PHRASE = "112, or 108 for an ambulance,"
DOCTOR = "doctor"
ROUTE_24H = ("see your doctor today, or use eSanjeevani, the free online consultation.", (sources.ESANJEEVANI,))
ROUTE_SOON = ("see your doctor.", (sources.ESANJEEVANI,))
OVERRIDES = {"DISCLAIMER": "I'm not a doctor: in an emergency, call 112 or 108."}
SPELLING = {"diarrhea": "diarrhoea", "recognize": "recognise"}
