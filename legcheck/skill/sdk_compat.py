"""Workarounds for ask-sdk-core internals, in one place.

- `DefaultSerializer` reads every date and time of a request (the request's `timestamp`, at least) with
  `dateutil.parser.parse`: about 70 microseconds a value, and importing `dateutil.parser` costs a cold start
  about 4 ms.  Alexa sends ISO 8601 (`2026-11-28T18:00:00Z`), which `datetime.fromisoformat` reads (Python
  3.11 and later) in well under a microsecond; `Serializer` does that and hands anything else to the SDK's own
  reading, so that what it accepts and what it refuses are unchanged.
"""
from datetime import date, datetime

from ask_sdk_core.serialize import DefaultSerializer


class Serializer(DefaultSerializer):
    """ask-sdk-core's serializer, with ISO 8601 dates and times read by the standard library."""

    def _DefaultSerializer__deserialize_datetime(self, payload, obj_type):  # the SDK's private method
        try:
            parsed = datetime.fromisoformat(payload)
        except (TypeError, ValueError):
            return super()._DefaultSerializer__deserialize_datetime(payload, obj_type)
        return parsed.date() if obj_type is date else parsed
