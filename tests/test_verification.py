"""Alexa request verification through the web app, with a test PKI served by a fake fetcher.

Only the network fetch is replaced (legcheck.certstore.fetch_cert_chain) and the trust store is
the test root; every check runs as it does in production.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import hashes

import legcheck.certstore as certstore
import legcheck.verify as verify
from legcheck.envelope import Conversation
from legcheck.web import create_app
from tests.certs import ALEXA_NAME, make_pki, pem, sign

SKILL_ID = "amzn1.ask.skill.11111111-2222-4333-8444-555555555555"
CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def pki():
    return make_pki("alexa test")


@pytest.fixture
def served(monkeypatch):
    """URL -> PEM bytes the fake fetcher returns; `fetched` lists the URLs asked for."""
    chains, fetched = {}, []

    def fake_fetch(url):
        fetched.append(url)
        return chains[url]

    monkeypatch.setattr(certstore, "fetch_cert_chain", fake_fetch)
    chains["fetched"] = fetched
    return chains


@pytest.fixture
def client(pki):
    app = create_app(skill_id=SKILL_ID, signature_verifier=verify.SignatureVerifier(roots=[pki.root]))
    return app.test_client()


def launch_body(skill_id=SKILL_ID, shift=timedelta(0)):
    envelope = Conversation(skill_id=skill_id).launch()
    envelope["request"]["timestamp"] = (datetime.now(UTC) + shift).strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps(envelope).encode("utf-8")


def post(client, body, signature, url=CERT_URL, header="Signature-256"):
    headers = {"SignatureCertChainUrl": url, header: signature, "Content-Type": "application/json"}
    return client.post("/", data=body, headers=headers)


def assert_refused(response, caplog, reason):
    assert 400 <= response.status_code < 500, response.status_code
    assert reason in caplog.text


def test_well_signed_launch_is_answered_with_speech(client, pki, served):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body()
    response = post(client, body, sign(pki.signing_key, body))
    assert response.status_code == 200
    assert "Leg Check" in response.get_json()["response"]["outputSpeech"]["ssml"]


def test_sha1_signature_header_is_accepted_when_no_sha256_header(client, pki, served):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body()
    response = post(client, body, sign(pki.signing_key, body, hashes.SHA1()), header="Signature")
    assert response.status_code == 200


def test_bad_sha256_signature_is_not_rescued_by_a_good_sha1_one(client, pki, served, caplog):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body()
    headers = {"SignatureCertChainUrl": CERT_URL, "Signature-256": sign(pki.signing_key, b"other"),
               "Signature": sign(pki.signing_key, body, hashes.SHA1())}
    assert_refused(client.post("/", data=body, headers=headers), caplog, "signature does not match")


def test_unsigned_request_is_refused(client, caplog):
    response = client.post("/", data=launch_body(), content_type="application/json")
    assert_refused(response, caplog, "no SignatureCertChainUrl header")


def test_expired_signing_certificate_is_refused(client, pki, served, caplog):
    expired = pki.leaf(not_before=NOW - timedelta(days=60), not_after=NOW - timedelta(days=1))
    served[CERT_URL] = pki.chain(expired)
    body = launch_body()
    assert_refused(post(client, body, sign(pki.signing_key, body)), caplog, "not valid now")


def test_certificate_for_another_name_is_refused(client, pki, served, caplog):
    served[CERT_URL] = pki.chain(pki.leaf(names=("echo-api.example.com",)))
    body = launch_body()
    assert_refused(post(client, body, sign(pki.signing_key, body)), caplog, f"not for {ALEXA_NAME}")


def test_chain_to_an_untrusted_root_is_refused(client, served, caplog):
    stranger = make_pki("stranger")
    served[CERT_URL] = stranger.chain(stranger.leaf())
    body = launch_body()
    assert_refused(post(client, body, sign(stranger.signing_key, body)), caplog, "chain is not trusted")


def test_chain_without_its_intermediate_is_refused(client, pki, served, caplog):
    served[CERT_URL] = pem(pki.leaf())
    body = launch_body()
    assert_refused(post(client, body, sign(pki.signing_key, body)), caplog, "chain is not trusted")


def test_tampered_body_is_refused(client, pki, served, caplog):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body()
    signature = sign(pki.signing_key, body)
    tampered = body.replace(b'"LaunchRequest"', b'"SessionEndedRequest"')
    assert tampered != body
    assert_refused(post(client, tampered, signature), caplog, "signature does not match")


def test_signature_that_is_not_base64_is_refused(client, pki, served, caplog):
    served[CERT_URL] = pki.chain(pki.leaf())
    assert_refused(post(client, launch_body(), "not base64!"), caplog, "signature does not match")


@pytest.mark.parametrize("shift", [timedelta(seconds=-151), timedelta(seconds=151)], ids=["stale", "future"])
def test_timestamp_more_than_150_seconds_away_is_refused(client, pki, served, caplog, shift):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body(shift=shift)
    assert_refused(post(client, body, sign(pki.signing_key, body)), caplog, "timestamp is too far")


def test_timestamp_within_150_seconds_is_accepted(client, pki, served):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body(shift=timedelta(seconds=-120))
    assert post(client, body, sign(pki.signing_key, body)).status_code == 200


def test_signed_request_for_another_skill_is_refused(client, pki, served, caplog):
    served[CERT_URL] = pki.chain(pki.leaf())
    body = launch_body(skill_id="amzn1.ask.skill.someone-else")
    assert_refused(post(client, body, sign(pki.signing_key, body)), caplog, "another skill")


@pytest.mark.parametrize("url, reason", [
    ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "not https"),
    ("https://notamazon.com/echo.api/echo-api-cert.pem", "not on s3.amazonaws.com"),
    ("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem", "not on s3.amazonaws.com"),
    ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "not under /echo.api/"),
    ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "not under /echo.api/"),
    ("https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem", "not under /echo.api/"),
    ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port is not 443"),
    ("https://s3.amazonaws.com:99999/echo.api/echo-api-cert.pem", "bad port"),
])
def test_bad_certificate_url_is_refused_before_any_fetch(client, pki, served, caplog, url, reason):
    served[url] = pki.chain(pki.leaf())
    body = launch_body()
    assert_refused(post(client, body, sign(pki.signing_key, body), url=url), caplog, reason)
    assert served["fetched"] == []


@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
    "HTTPS://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
])
def test_certificate_urls_amazon_allows_are_accepted(url):
    verify.check_cert_url(url)
