"""What the skill logs when answering a request fails: the exception's type and the request id, nothing else.

Never the exception's message, arguments or traceback, which can quote the request (an answer, a slot
value the user spoke, the user id), and never the request itself. The type says what broke and the Alexa
request id finds the request in the skill's own logs. A request id that does not look like one (only
letters, digits and . _ : -, at most 128 characters) is not logged either.
"""

import logging

LOGGER = logging.getLogger("legcheck.skill")
_ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-")


def type_name(error):
    """`RuntimeError` for a built-in exception, `module.Class` for any other."""
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def safe_request_id(request_id):
    """The request id if it looks like one, else a placeholder."""
    if isinstance(request_id, str) and 0 < len(request_id) <= 128 and _ID_CHARACTERS.issuperset(request_id):
        return request_id
    return "(no request id)"


def log_failure(error, request_id):
    """Log, at ERROR, that answering the request failed with an exception of `error`'s type."""
    LOGGER.error("request %s failed: %s", safe_request_id(request_id), type_name(error))
