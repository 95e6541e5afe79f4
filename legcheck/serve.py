"""`legcheck serve`: run the skill as a web service under waitress (a production WSGI server)."""

from __future__ import annotations

import os
import sys

WARNING_NO_VERIFY = (
    "WARNING: --no-verify: Alexa request signatures and timestamps are NOT checked. "
    "Anyone who can reach this port can talk to the skill. Use only for local testing."
)


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "serve",
        help="run the skill as a web service (POST / for Alexa, GET /health)",
        description="Serve the skill over HTTP with waitress. Alexa's signature and timestamp checks "
        "are on unless --no-verify is given; they need the skill id.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    parser.add_argument("--skill-id", default=None,
                        help="only accept requests for this skill id (default: env SKILL_ID)")
    parser.add_argument("--no-verify", action="store_true",
                        help="turn off Alexa's signature and timestamp checks (local testing only)")
    parser.add_argument("--threads", type=int, default=4, help="worker threads (default 4)")
    parser.set_defaults(func=run)
    return parser


def run(args) -> int:
    import waitress

    from legcheck.web import SKILL_ROUTE, create_app

    skill_id = args.skill_id or os.environ.get("SKILL_ID") or None
    if not args.no_verify and not skill_id:
        print("legcheck serve: give the skill id with --skill-id or SKILL_ID "
              "(or --no-verify for local testing)", file=sys.stderr)
        return 2
    if args.no_verify:
        print(WARNING_NO_VERIFY, file=sys.stderr, flush=True)
    app = create_app(skill_id=skill_id, verify=not args.no_verify)
    print(f"Leg Check listening on http://{args.host}:{args.port}{SKILL_ROUTE} "
          f"(health: /health; verification {'OFF' if args.no_verify else 'on'})", flush=True)
    waitress.serve(app, host=args.host, port=args.port, threads=args.threads, ident="legcheck")
    return 0
