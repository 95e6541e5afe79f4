"""The rules never log the answers, whatever the logging level of the program using them."""
import logging

from legcheck.rules import assess


def test_assessing_logs_nothing_even_at_debug(caplog):
    with caplog.at_level(logging.DEBUG):
        assess({"bladder_bowel": True, "fever": None, "diabetes": True})
        assess({"hard_exercise": True, "muscle_pain": True})
    assert caplog.records == []
