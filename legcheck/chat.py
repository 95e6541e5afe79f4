"""`legcheck chat`: talk to the real skill at the terminal, one typed line per spoken utterance.

Each line is understood with the locale's interaction model (legcheck.nlu), wrapped in a real Alexa
request envelope (legcheck.envelope) and sent through `legcheck.skill.entry.lambda_handler`, as on Lambda.
Output: each answer on a line starting "alexa> " (SSML removed), each card on a line starting "card> ".
On a terminal the prompt is "you> " (with readline line editing); piped input gets no prompt or banner.
What the user types is never logged or echoed.
"""

import html
import os
import re
import shutil
import subprocess
import sys

from legcheck import nlu
from legcheck.envelope import Conversation, default_skill_id

ESPEAK_VOICES = {"en-US": "en-us", "en-CA": "en-us", "en-GB": "en-gb", "en-AU": "en-gb", "en-IN": "en-gb"}


def plain_text(speech):
    """SSML or plain text -> the words: tags removed, entities unescaped, spaces collapsed."""
    words = re.sub(r"<(?:break|p|s)\b[^>]*>|</(?:p|s)>", " ", speech or "")
    words = " ".join(html.unescape(re.sub(r"<[^>]*>", "", words)).split())
    return re.sub(r" ([.,;:!?])", r"\1", words)


def answer_lines(response):
    """The lines to print for a skill response: what Alexa says, then the card if there is one."""
    body = response.get("response") or {}
    speech = body.get("outputSpeech") or {}
    lines = []
    said = plain_text(speech.get("ssml") or speech.get("text"))
    if said:
        lines.append(f"alexa> {said}")
    card = body.get("card") or {}
    content = plain_text(card.get("content") or card.get("text"))
    if card.get("title") or content:
        lines.append(f"card> {': '.join(part for part in (card.get('title'), content) if part)}")
    return lines


def typed_lines(stdin, stdout):
    """Lines as typed: with a "you> " prompt and line editing on a terminal, bare when piped."""
    if stdin is sys.stdin and stdin.isatty():
        import readline  # noqa: F401  (gives input() line editing and history)

        while True:
            try:
                yield input("you> ")
            except (EOFError, KeyboardInterrupt):
                stdout.write("\n")
                return
    else:
        for line in stdin:
            yield line.rstrip("\n")


class Speaker:
    """Reads answers aloud with espeak-ng when asked and installed (else says once why not)."""

    def __init__(self, wanted, locale, stderr):
        self.command = shutil.which("espeak-ng") if wanted else None
        self.voice = ESPEAK_VOICES.get(locale, "en")
        if wanted and not self.command:
            stderr.write("legcheck chat: --speak needs espeak-ng, which is not installed; printing only.\n")

    def say(self, response):
        """Speak a response's outputSpeech (SSML as SSML, so the skill's speaking rate is heard)."""
        speech = (response.get("response") or {}).get("outputSpeech") or {}
        if self.command and (speech.get("ssml") or speech.get("text")):
            markup = ["-m", speech["ssml"]] if speech.get("ssml") else [speech["text"]]
            subprocess.run([self.command, "-v", self.voice, *markup],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def chat(stdin, stdout, stderr, locale="en-US", skill_id=None, speak=False, handler=None, model_dir=None):
    """Run one session: launch, one request per non-empty line, end at "stop" or end of input."""
    if handler is None:
        from legcheck.skill.entry import lambda_handler as handler
    matcher = nlu.matcher_for(locale, model_dir)
    slot_names = {intent: [name for name, _ in slots] for intent, slots in matcher.slots.items()}
    conversation = Conversation(locale, skill_id or default_skill_id(), slot_names)
    speaker = Speaker(speak, locale, stderr)
    interactive = stdin is sys.stdin and stdin.isatty()
    if interactive:
        stdout.write(f"Leg Check ({locale}). Type what you would say; Ctrl-D ends the session.\n")

    def send(envelope):
        response = handler(envelope, None)
        lines = answer_lines(response)
        stdout.write("".join(line + "\n" for line in lines))
        stdout.flush()
        speaker.say(response)
        return conversation.receive(response)

    if send(conversation.launch()):
        return 0
    for line in typed_lines(stdin, stdout):
        if line.strip() and send(conversation.intent(matcher.understand(line))):
            return 0
    handler(conversation.end("USER_INITIATED"), None)
    return 0


def run(args):
    try:
        return chat(sys.stdin, sys.stdout, sys.stderr, args.locale, args.skill_id, args.speak)
    except BrokenPipeError:  # the reader went away (`legcheck chat | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def add_parser(subparsers):
    """Register the `chat` sub-command."""
    parser = subparsers.add_parser("chat", help="talk to the skill at the terminal (or through a pipe)",
                                   description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale", default="en-US", choices=sorted(ESPEAK_VOICES),
                        help="the interaction model and skill locale (default en-US)")
    parser.add_argument("--skill-id", default=None,
                        help="the skill id sent in requests (default: $SKILL_ID, else a fixed fake id)")
    parser.add_argument("--speak", action="store_true", help="also read answers aloud with espeak-ng")
    parser.set_defaults(func=run)
    return parser
