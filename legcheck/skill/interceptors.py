"""Request interceptors: the locale's strings, and validated session attributes on every request."""

import copy

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor

from legcheck.skill import state
from legcheck.skill.locales import strings_for


class LocalizationInterceptor(AbstractRequestInterceptor):
    """Attach the request locale's speech strings to the request attributes as "strings"."""

    def process(self, handler_input):
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        handler_input.attributes_manager.request_attributes["strings"] = strings_for(locale)


class SessionStateInterceptor(AbstractRequestInterceptor):
    """Replace the session attributes by a validated copy (unknown ids dropped, wrong types reset);
    keep a copy so that an error half-way through a request can go back to it."""

    def process(self, handler_input):
        if handler_input.request_envelope.session is None:
            return
        manager = handler_input.attributes_manager
        manager.session_attributes = state.clean(manager.session_attributes)
        manager.request_attributes[state.AT_START] = copy.deepcopy(manager.session_attributes)
