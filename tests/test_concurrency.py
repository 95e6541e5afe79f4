"""Many interleaved sessions: through one handler (round-robin turns, and threads) and through one
`legcheck serve` process with threads, every vignette's session ends with exactly the findings, triage
and causes it gets when run alone. No state crosses sessions."""

import concurrent.futures
import http.client
import json
import sys

import pytest

from legcheck.rules.vocabulary import FINDINGS
from legcheck.skill.entry import lambda_handler
from legcheck.skill.outcome import outcome
from legcheck.skill.session import DESCRIBE
from tests.envelopes import load
from tests.served import served_legcheck
from vignettes import VIGNETTES

ANSWER_INTENTS = {True: "AMAZON.YesIntent", False: "AMAZON.NoIntent", None: "DontKnowIntent"}
TURN_LIMIT = len(FINDINGS) + 2
THREADS = 8


class Interview:
    """One vignette's session, one turn at a time: `request()`, then `receive(response)`."""

    def __init__(self, number):
        self.number, self.findings = number, VIGNETTES[number].findings
        self.attributes, self.next, self.turns = {}, "LaunchRequest", 0

    @property
    def done(self):
        return self.next is None

    def request(self):
        envelope = load(self.next, attributes=self.attributes)
        envelope["session"].update(new=self.next == "LaunchRequest", sessionId=f"session-{self.number}")
        envelope["session"]["user"]["userId"] = f"amzn1.ask.account.USER{self.number}"
        return envelope

    def receive(self, response):
        self.attributes, self.turns = response["sessionAttributes"], self.turns + 1
        assert self.turns <= TURN_LIMIT, f"{VIGNETTES[self.number].name} does not end"
        if outcome(self.attributes) is not None:
            self.next = None
        else:
            question = self.attributes["question"]  # the open question: these interviews tell no story
            self.next = ANSWER_INTENTS[None if question == DESCRIBE else self.findings[question]]

    def outcome(self):
        return self.attributes["findings"], outcome(self.attributes)


def run_alone(number, send):
    interview = Interview(number)
    while not interview.done:
        interview.receive(send(interview.request()))
    return interview.outcome()


def handler(envelope):
    return lambda_handler(envelope, None)


pytestmark = pytest.mark.usefixtures("no_skill_id")


@pytest.fixture(scope="module")
def alone():
    return [run_alone(number, handler) for number in range(len(VIGNETTES))]


def round_robin(interviews, send):
    """Advance every unfinished interview by one turn, in turn, until all are done."""
    while not all(interview.done for interview in interviews):
        for interview in interviews:
            if not interview.done:
                interview.receive(send(interview.request()))


def assert_outcomes(interviews, alone):
    for interview in interviews:
        assert interview.outcome() == alone[interview.number], VIGNETTES[interview.number].name


@pytest.fixture
def busy_switching():
    """Make threads switch very often, so that turns of different sessions interleave inside the engine."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def test_round_robin_sessions_through_one_handler_end_as_they_do_alone(alone):
    interviews = [Interview(number) for number in range(len(VIGNETTES))]
    round_robin(interviews, handler)
    assert_outcomes(interviews, alone)


def in_threads(send):
    """All vignettes at once: each of THREADS threads runs its share of sessions round-robin."""
    interviews = [Interview(number) for number in range(len(VIGNETTES))]
    shares = [interviews[start::THREADS] for start in range(THREADS)]
    with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
        for future in [pool.submit(round_robin, share, send) for share in shares]:
            future.result()
    return interviews


def test_threaded_sessions_through_one_handler_end_as_they_do_alone(alone, busy_switching):
    assert_outcomes(in_threads(handler), alone)


@pytest.mark.slow
def test_threaded_sessions_through_one_served_process_end_as_they_do_alone(alone):
    with served_legcheck(threads=THREADS) as port:
        def send(envelope):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("POST", "/", body=json.dumps(envelope).encode(),
                                   headers={"Content-Type": "application/json"})
                answer = connection.getresponse()
                assert answer.status == 200
                return json.loads(answer.read())
            finally:
                connection.close()

        assert_outcomes(in_threads(send), alone)
