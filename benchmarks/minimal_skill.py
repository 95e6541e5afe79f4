"""The baseline for the benchmarks: the smallest ask-sdk-core skill, and the same served over HTTP.

It says hello to a launch and to any intent (keeping the session open and echoing the session attributes
back, as ask-sdk-core does), and says nothing to a SessionEndedRequest. `lambda_handler` is ask-sdk-core's
standard `SkillBuilder.lambda_handler()`. `create_app()` wraps the same skill in Flask with flask-ask-sdk's
SkillAdapter (POST / and GET /health, no request verification), and

    .venv/bin/python benchmarks/minimal_skill.py --port 8080 [--threads 4]

serves it with waitress on 127.0.0.1 with the same settings as `legcheck serve`.
"""
import argparse
import sys

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type


class HelloHandler(AbstractRequestHandler):
    """Hello to everything; nothing to say when the session has ended."""

    def can_handle(self, handler_input):
        return True

    def handle(self, handler_input):
        if is_request_type("SessionEndedRequest")(handler_input):
            return handler_input.response_builder.response
        return handler_input.response_builder.speak("Hello.").ask("Say something.").response


SKILL_BUILDER = SkillBuilder()
SKILL_BUILDER.add_request_handler(HelloHandler())
lambda_handler = SKILL_BUILDER.lambda_handler()


def create_app():
    """The hello skill as a Flask app (flask-ask-sdk SkillAdapter, verification off)."""
    from flask import Flask, Response

    from legcheck import oscrypto_compat

    oscrypto_compat.install()  # flask-ask-sdk imports oscrypto, which needs this on OpenSSL 3.0.1x
    from flask_ask_sdk.skill_adapter import (
        VERIFY_SIGNATURE_APP_CONFIG,
        VERIFY_TIMESTAMP_APP_CONFIG,
        SkillAdapter,
    )

    app = Flask("hello")
    app.config.update({VERIFY_SIGNATURE_APP_CONFIG: False, VERIFY_TIMESTAMP_APP_CONFIG: False})
    adapter = SkillAdapter(skill=SKILL_BUILDER.create(), skill_id="hello", verifiers=[], app=app)

    @app.get("/health")
    def health():
        return Response("ok", mimetype="text/plain")

    @app.post("/")
    def skill_endpoint():
        return adapter.dispatch_request()

    return app


def main(argv=None):
    parser = argparse.ArgumentParser(description="Serve the hello skill with waitress on 127.0.0.1.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=4, help="worker threads (as legcheck serve)")
    args = parser.parse_args(argv)
    import waitress

    print(f"hello skill listening on http://127.0.0.1:{args.port}/", flush=True)
    waitress.serve(create_app(), host="127.0.0.1", port=args.port, threads=args.threads, ident="hello")
    return 0


if __name__ == "__main__":
    sys.exit(main())
