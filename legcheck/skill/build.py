"""The skill: handlers registered most specific first, interceptors, and the catch-all exception handler."""

import os

from ask_sdk_core.skill_builder import SkillBuilder

from legcheck.skill import info_handlers, interview_handlers, session_handlers
from legcheck.skill.interceptors import LocalizationInterceptor, SaveSessionInterceptor, SessionStateInterceptor
from legcheck.skill.sdk_compat import Serializer

SKILL_BUILDER = SkillBuilder()

REQUEST_HANDLERS = (
    interview_handlers.LaunchRequestHandler(),
    interview_handlers.SymptomIntentHandler(),
    interview_handlers.DenySymptomIntentHandler(),
    interview_handlers.YesIntentHandler(),
    interview_handlers.NoIntentHandler(),
    interview_handlers.DontKnowIntentHandler(),
    interview_handlers.DescribeIntentHandler(),
    interview_handlers.YesAndIntentHandler(),
    interview_handlers.NoButIntentHandler(),
    interview_handlers.UnsureButIntentHandler(),
    interview_handlers.UndoIntentHandler(),
    info_handlers.WhyIntentHandler(),
    info_handlers.ExplainCauseIntentHandler(),
    info_handlers.MoreDetailIntentHandler(),
    info_handlers.RepeatIntentHandler(),
    info_handlers.HelpIntentHandler(),
    session_handlers.SomeoneElseIntentHandler(),
    session_handlers.SpeakSlowerIntentHandler(),
    session_handlers.SpeakFasterIntentHandler(),
    session_handlers.StartOverIntentHandler(),
    session_handlers.StopIntentHandler(),
    session_handlers.FallbackIntentHandler(),
    session_handlers.SessionEndedRequestHandler(),
    # Last: any intent the handlers above do not know re-asks the pending question.
    session_handlers.UnexpectedIntentHandler(),
)

for _handler in REQUEST_HANDLERS:
    SKILL_BUILDER.add_request_handler(_handler)
SKILL_BUILDER.add_global_request_interceptor(LocalizationInterceptor())
SKILL_BUILDER.add_global_request_interceptor(SessionStateInterceptor())
SKILL_BUILDER.add_global_response_interceptor(SaveSessionInterceptor())
SKILL_BUILDER.add_exception_handler(session_handlers.CatchAllExceptionHandler())


def build_skill(skill_id=None):
    """The CustomSkill; it only accepts requests for `skill_id` (default: env SKILL_ID, when set)."""
    SKILL_BUILDER.skill_id = skill_id if skill_id is not None else (os.environ.get("SKILL_ID") or None)
    skill = SKILL_BUILDER.create()
    skill.serializer = Serializer()  # ISO 8601 timestamps read without dateutil (legcheck/skill/sdk_compat.py)
    return skill
