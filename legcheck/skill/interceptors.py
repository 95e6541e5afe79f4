"""Interceptors: the locale's strings and the validated Session on every request; the Session written back
into the session attributes of every response."""

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor

from legcheck.skill import state
from legcheck.skill.locales import strings_for


class LocalizationInterceptor(AbstractRequestInterceptor):
    """Attach the request locale's speech strings to the request attributes as "strings"."""

    def process(self, handler_input):
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        handler_input.attributes_manager.request_attributes["strings"] = strings_for(locale)


class SessionStateInterceptor(AbstractRequestInterceptor):
    """Read the session attributes into a validated Session (unknown ids dropped, wrong types reset)."""

    def process(self, handler_input):
        state.load(handler_input)


class SaveSessionInterceptor(AbstractResponseInterceptor):
    """Write the Session back into the response's session attributes."""

    def process(self, handler_input, response):
        state.save(handler_input)
