"""Fuzzing the web service: random bodies, headers, methods and paths, with request verification on (a
throw-away PKI, no network) and off, never get a 5xx, and the service keeps serving; a real `legcheck
serve` process takes malformed HTTP and hostile bodies and still answers /health and a launch."""

import contextlib
import http.client
import json
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from hypothesis import given, settings
from hypothesis import strategies as st

from legcheck.verify import SignatureVerifier
from legcheck.web import create_app
from tests.certs import make_pki, sign
from tests.served import health, served_legcheck
from tests.strategies import json_value, mutated_envelopes

SKILL_ID = "amzn1.ask.skill.00000000-1111-2222-3333-444444444444"  # the fixtures' skill id
CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-fuzz.pem"
PKI = make_pki("fuzz web")
FIXTURES = Path(__file__).parent / "fixtures" / "requests" / "en-US"
LEGCHECK = str(Path(sys.executable).with_name("legcheck"))


class ServedChain:
    """The certificate cache without a network: every URL gives the test chain."""

    def __init__(self, chain):
        self.chain = chain

    def get(self, url):
        return self.chain


@pytest.fixture(scope="module")
def clients():
    chain = x509.load_pem_x509_certificates(PKI.chain(PKI.leaf()))
    verifier = SignatureVerifier(roots=[PKI.root], cache=ServedChain(chain))
    return {"verify on": create_app(skill_id=SKILL_ID, signature_verifier=verifier).test_client(),
            "verify off": create_app(skill_id=SKILL_ID, verify=False).test_client()}


def fresh(envelope):
    """The envelope stamped now, so that it gets past the timestamp check when its shape allows."""
    request = envelope.get("request")
    if isinstance(request, dict) and isinstance(request.get("timestamp"), str):
        request["timestamp"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return envelope


header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
bodies = (mutated_envelopes().map(lambda e: json.dumps(fresh(e)).encode())
          | json_value.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=300))


@st.composite
def signed_headers(draw, body):
    headers = draw(st.dictionaries(header_text.filter(lambda name: name.strip() and ":" not in name),
                                   header_text, max_size=3))
    headers["Content-Type"] = draw(st.sampled_from(["application/json", "text/plain", "", "x/y; charset=zz"]))
    signature = draw(st.sampled_from(["good", "garbage", "none"]))
    if signature != "none":
        headers["Signature-256"] = sign(PKI.signing_key, body) if signature == "good" else draw(header_text)
        urls = st.sampled_from([CERT_URL, CERT_URL + "/../../x"]) | header_text
        headers["SignatureCertChainUrl"] = draw(urls)
    return headers


def test_a_well_signed_fresh_fixture_reaches_the_skill_with_verification_on(clients):
    """The fuzzing above can get past verification: a good signature on a fresh request is answered."""
    body = json.dumps(fresh(json.loads((FIXTURES / "LaunchRequest.json").read_text()))).encode()
    headers = {"Signature-256": sign(PKI.signing_key, body), "SignatureCertChainUrl": CERT_URL,
               "Content-Type": "application/json"}
    response = clients["verify on"].post("/", data=body, headers=headers)
    assert response.status_code == 200 and response.get_json()["response"]["outputSpeech"]["ssml"]


@settings(max_examples=200, deadline=None)
@given(data=st.data(), body=bodies, mode=st.sampled_from(["verify on", "verify off"]))
def test_random_posts_never_get_a_server_error(clients, data, body, mode):
    client = clients[mode]
    response = client.post("/", data=body, headers=data.draw(signed_headers(body)))
    assert response.status_code < 500, response.data
    assert client.get("/health").status_code == 200


CONTEXT_HOLES = {
    "no context": lambda envelope: envelope.pop("context"),
    "empty context": lambda envelope: envelope.update(context={}),
    "no context.System.application": lambda envelope: envelope["context"]["System"].pop("application"),
}


@pytest.mark.parametrize("hole", CONTEXT_HOLES, ids=list(CONTEXT_HOLES))
def test_an_envelope_without_context_application_is_refused_not_a_server_error(clients, hole):
    envelope = json.loads((FIXTURES / "AMAZON.CancelIntent.json").read_text())
    CONTEXT_HOLES[hole](envelope)
    response = clients["verify off"].post("/", json=envelope)  # the session still names our skill
    assert 400 <= response.status_code < 500, response.data


@settings(max_examples=60, deadline=None)
@given(method=st.sampled_from(["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST"]),
       path=st.sampled_from(["/", "/health", "/../etc/passwd", "//", "/%00", "/" + "a" * 5000]) | header_text,
       body=st.binary(max_size=100))
def test_random_methods_and_paths_never_get_a_server_error(clients, method, path, body):
    response = clients["verify off"].open("/" + path.lstrip("/"), method=method, data=body)
    assert response.status_code < 500


def raw_exchange(port, data):
    """Send raw bytes, half-close, and return the status code of the answer (None if there is none)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        with contextlib.suppress(OSError):
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        answer = b""
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                answer += chunk
    first = answer.split(b"\r\n", 1)[0].split()
    return int(first[1]) if len(first) > 1 and first[1].isdigit() else None


RAW_REQUESTS = [
    b"\x00\xff garbage \r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n{\"request\":",
    b"POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 300000\r\n\r\n"
    + b"[" * 300_000,
]


@pytest.mark.slow
def test_a_served_process_survives_malformed_http_and_hostile_bodies():
    bodies = [json.dumps(value).encode() for value in ([], {"request": []}, {"request": {"type": 5}})]
    bodies.append(b'{"request": {"type": "LaunchRequest", "locale": "\\ud800"}, "version": "1.0"}')
    with served_legcheck() as port:
        for data in RAW_REQUESTS:
            status = raw_exchange(port, data)
            assert status is None or status < 500, (data[:60], status)
        for body in bodies:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("POST", "/", body=body, headers={"Content-Type": "application/json"})
            assert connection.getresponse().status < 500, body
            connection.close()
        assert health(port) == 200
        launch = (FIXTURES / "LaunchRequest.json").read_bytes()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("POST", "/", body=launch, headers={"Content-Type": "application/json"})
        answer = connection.getresponse()
        assert answer.status == 200 and json.loads(answer.read())["response"]["outputSpeech"]
        connection.close()
