"""The skill's serializer reads Alexa's ISO 8601 timestamps as ask-sdk-core's own does, without dateutil,
and leaves everything else to the SDK."""
import json
from datetime import UTC, date, datetime

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from legcheck.skill.sdk_compat import Serializer
from tests.envelopes import LOCALES, fixture_names, load

STAMPS = ["2026-11-28T18:00:00Z", "2026-11-28T18:00:00.123Z", "2026-11-28T18:00:00+05:30", "2026-11-28",
          "28 Nov 2026 18:00 UTC", "2026-11-28 18:00:00"]


@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("kind", [datetime, date])
def test_a_date_or_time_reads_as_the_sdk_reads_it(stamp, kind):
    ours = Serializer()._DefaultSerializer__deserialize_datetime(stamp, kind)
    theirs = DefaultSerializer()._DefaultSerializer__deserialize_datetime(stamp, kind)
    assert ours == theirs and type(ours) is type(theirs)


@pytest.mark.parametrize("stamp", ["not a time", "2026-13-45T99:00:00Z"])
def test_a_bad_timestamp_is_refused_as_the_sdk_refuses_it(stamp):
    envelope = load("LaunchRequest")
    envelope["request"]["timestamp"] = stamp
    for serializer in (Serializer(), DefaultSerializer()):
        with pytest.raises(SerializationException):
            serializer.deserialize(json.dumps(envelope), RequestEnvelope)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_request_fixture_deserializes_to_the_same_envelope(locale):
    for name in fixture_names(locale):
        payload = json.dumps(load(name, locale))
        ours = Serializer().deserialize(payload, RequestEnvelope)
        assert ours == DefaultSerializer().deserialize(payload, RequestEnvelope)
        assert ours.request.timestamp.tzinfo == UTC

