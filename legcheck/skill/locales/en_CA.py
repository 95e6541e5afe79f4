"""English (Canada): the emergency number, and how to be seen within a day or in a few days."""
from legcheck.rules import sources

LOCALE = "en-CA"
EMERGENCY_NUMBER = "911"
DOCTOR = "doctor"
# 811 reaches a nurse in most provinces (not yet everywhere: Manitoba has its own Health Links number).
ROUTE_24H = ("call 811 to talk to a nurse, or see your family doctor or a walk-in clinic.",
             (sources.HEALTH_LINK_811,))
ROUTE_SOON = ("see your family doctor or a walk-in clinic.", (sources.HEALTH_LINK_811,))
OVERRIDES = {}
SPELLING = {}
