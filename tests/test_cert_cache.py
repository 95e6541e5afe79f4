"""The certificate-chain cache (bounded, keyed by URL, honours expiry) and the fetch limits."""

import io
from datetime import UTC, datetime, timedelta

import pytest

import legcheck.certstore as certstore
from tests.certs import make_pki

URL = "https://s3.amazonaws.com/echo.api/cert-{}.pem"


@pytest.fixture(scope="module")
def pki():
    return make_pki("cache test")


@pytest.fixture
def fetched(monkeypatch, pki):
    calls = []
    leaf = pki.leaf(not_after=datetime.now(UTC) + timedelta(days=2))

    def fake_fetch(url):
        calls.append(url)
        return pki.chain(leaf)

    monkeypatch.setattr(certstore, "fetch_cert_chain", fake_fetch)
    return calls


def test_same_url_is_fetched_once(fetched):
    cache = certstore.CertChainCache()
    first, second = cache.get(URL.format(1)), cache.get(URL.format(1))
    assert fetched == [URL.format(1)]
    assert first == second and len(first) == 2


def test_each_url_has_its_own_entry(fetched):
    cache = certstore.CertChainCache()
    cache.get(URL.format(1))
    cache.get(URL.format(2))
    assert fetched == [URL.format(1), URL.format(2)]


def test_cache_keeps_at_most_maxsize_chains_dropping_least_recently_used(fetched):
    cache = certstore.CertChainCache(maxsize=2)
    for n in (1, 2, 1, 3):
        cache.get(URL.format(n))
    assert len(cache) == 2
    cache.get(URL.format(1))  # still cached: used more recently than 2
    cache.get(URL.format(2))  # was evicted, so fetched again
    assert fetched == [URL.format(n) for n in (1, 2, 3, 2)]


def test_chain_is_fetched_again_once_a_certificate_in_it_expired(fetched):
    now = [datetime.now(UTC)]
    cache = certstore.CertChainCache(clock=lambda: now[0])
    cache.get(URL.format(1))
    now[0] += timedelta(days=1)
    cache.get(URL.format(1))
    assert len(fetched) == 1
    now[0] += timedelta(days=2)
    cache.get(URL.format(1))
    assert len(fetched) == 2


def test_fetch_failure_is_a_verification_failure_and_is_not_cached(monkeypatch):
    def unreachable(url):
        raise TimeoutError("timed out")

    monkeypatch.setattr(certstore, "fetch_cert_chain", unreachable)
    cache = certstore.CertChainCache()
    with pytest.raises(certstore.CertChainError, match="cannot load certificate chain"):
        cache.get(URL.format(1))
    assert len(cache) == 0


def test_garbage_instead_of_pem_is_a_verification_failure(monkeypatch):
    monkeypatch.setattr(certstore, "fetch_cert_chain", lambda url: b"<html>not a certificate</html>")
    with pytest.raises(certstore.CertChainError, match="cannot load certificate chain"):
        certstore.CertChainCache().get(URL.format(1))


def test_download_has_a_timeout_and_a_size_limit(monkeypatch):
    seen = {}

    def fake_urlopen(url, timeout=None):
        seen.update(url=url, timeout=timeout)
        return io.BytesIO(b"x" * (certstore.MAX_CHAIN_BYTES + 10))

    monkeypatch.setattr(certstore.urllib.request, "urlopen", fake_urlopen)
    with pytest.raises(certstore.CertChainError, match="too large"):
        certstore.fetch_cert_chain(URL.format(1))
    assert seen == {"url": URL.format(1), "timeout": certstore.FETCH_TIMEOUT_SECONDS}
    assert 0 < certstore.FETCH_TIMEOUT_SECONDS <= 10
