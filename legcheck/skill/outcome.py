"""The outcome of a session, derived from its attributes (nothing derived is stored): for tests, benchmarks
and anyone reading a response's session attributes from outside the skill."""

from legcheck import rules
from legcheck.skill.session import Session


def outcome(attributes):
    """(triage level, cause ids) once the result or emergency advice was given, else None."""
    record = Session.from_attributes(attributes)
    assessment = rules.assess(record.findings)
    if not record.finished(assessment):
        return None
    return assessment.triage, [cause.id for cause in assessment.causes]
