"""Where a request finds its Session record (legcheck.skill.session): loaded and validated from the session
attributes by the request interceptor, written back by the response interceptor, rolled back on an error."""

from legcheck.skill.session import Session

RECORD = "session"  # request attribute: this request's Session
AT_START = "session_at_start"  # request attribute: the validated attributes before any handler ran


def session(handler_input):
    """This request's Session (a scratch one for a request that has no session)."""
    attributes = handler_input.attributes_manager.request_attributes
    if RECORD not in attributes:
        load(handler_input)
    return attributes[RECORD]


def load(handler_input):
    """Read and validate the session attributes into a Session; keep them as they were for `roll_back`."""
    manager = handler_input.attributes_manager
    raw = manager.session_attributes if handler_input.request_envelope.session is not None else {}
    record = Session.from_attributes(raw)
    manager.request_attributes[RECORD] = record
    manager.request_attributes[AT_START] = record.to_attributes()


def save(handler_input):
    """Write the Session back into the session attributes of the response."""
    if handler_input.request_envelope.session is not None:
        handler_input.attributes_manager.session_attributes = session(handler_input).to_attributes()


def roll_back(handler_input):
    """Put the Session back as it was when the request arrived (after validation)."""
    saved = handler_input.attributes_manager.request_attributes.get(AT_START)
    if saved is not None:
        handler_input.attributes_manager.request_attributes[RECORD] = Session.from_attributes(saved)
