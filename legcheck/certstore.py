"""Where signing certificates come from: a bounded download, a cache by URL, and the trusted roots.

Nothing here decides whether a certificate is acceptable; legcheck.verify does that on every
request, cached or not.
"""

from __future__ import annotations

import functools
import re
import threading
import urllib.request
import warnings
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime

import certifi
from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning

FETCH_TIMEOUT_SECONDS = 5.0
MAX_CHAIN_BYTES = 64 * 1024
PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)

Clock = Callable[[], datetime]


class CertChainError(ValueError):
    """The chain could not be downloaded or read."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def fetch_cert_chain(url: str) -> bytes:
    """Download a PEM chain, bounded in time and size. Call only with a checked URL."""
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310
        data = response.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise CertChainError("certificate chain is too large")
    return data


def load_chain(url: str) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(fetch_cert_chain(url))
    except CertChainError:
        raise
    except (OSError, ValueError) as error:
        raise CertChainError(f"cannot load certificate chain ({type(error).__name__})") from error


class CertChainCache:
    """Parsed chains by URL: least recently used out first, dropped once any cert in it expires."""

    def __init__(self, maxsize: int = 16, clock: Clock = utc_now):
        self.maxsize = maxsize
        self._clock = clock
        self._entries: OrderedDict[str, tuple[list[x509.Certificate], datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, url: str) -> list[x509.Certificate]:
        with self._lock:
            entry = self._entries.get(url)
            if entry is not None and self._clock() <= entry[1]:
                self._entries.move_to_end(url)
                return entry[0]
            self._entries.pop(url, None)
        certs = load_chain(url)
        if not certs:
            raise CertChainError("certificate chain is empty")
        with self._lock:
            self._entries[url] = (certs, min(cert.not_valid_after_utc for cert in certs))
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)
        return certs


@functools.cache
def load_trust_roots() -> tuple[x509.Certificate, ...]:
    """certifi's roots. A few old roots have non-positive serial numbers, which `cryptography`
    warns about (and may one day refuse); those load quietly, or are skipped once refused."""
    with open(certifi.where(), "rb") as bundle:
        blocks = PEM_BLOCK.findall(bundle.read())
    roots = []
    for block in blocks:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Parsed a serial number", CryptographyDeprecationWarning)
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue
    return tuple(roots)
