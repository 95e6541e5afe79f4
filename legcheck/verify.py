"""Alexa request signature check, done with `cryptography` (no oscrypto, no certvalidator).

Follows Amazon's "Host a custom skill as a web service" rules: the SignatureCertChainUrl
must be https://s3.amazonaws.com[:443]/echo.api/...; the chain it points to (fetched and
cached by legcheck.certstore) must lead to a trusted root (certifi's bundle); the signing
certificate must be valid now and name echo-api.amazon.com in its SAN; the Signature-256
(SHA-256) or, failing that, Signature (SHA-1) header must be a valid RSA PKCS#1 v1.5
signature of the raw body. Any doubt fails.
"""

from __future__ import annotations

import base64
import binascii
import posixpath
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from legcheck import oscrypto_compat
from legcheck.certstore import CertChainCache, CertChainError, Clock, load_trust_roots, utc_now

oscrypto_compat.install()  # must run before anything imports certvalidator (see oscrypto_compat)

from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException  # noqa: E402

ALEXA_CERT_NAME = "echo-api.amazon.com"
CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADERS = (("Signature-256", hashes.SHA256), ("Signature", hashes.SHA1))


def check_cert_url(url: str) -> None:
    """Refuse any SignatureCertChainUrl that Amazon's rules do not allow."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError as error:
        raise VerificationException("certificate URL has a bad port") from error
    if parts.scheme.lower() != "https":
        raise VerificationException("certificate URL is not https")
    if (parts.hostname or "").lower() != "s3.amazonaws.com":
        raise VerificationException("certificate URL is not on s3.amazonaws.com")
    if not posixpath.normpath(parts.path or "/").startswith("/echo.api/"):
        raise VerificationException("certificate URL path is not under /echo.api/")
    if port is not None and port != 443:
        raise VerificationException("certificate URL port is not 443")


def _header(headers, name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


class SignatureVerifier(AbstractVerifier):
    """flask-ask-sdk verifier: certificate URL, chain, name, validity and body signature."""

    def __init__(self, roots: list[x509.Certificate] | None = None, cache: CertChainCache | None = None,
                 clock: Clock = utc_now):
        self._store = Store(list(roots if roots is not None else load_trust_roots()))
        self._cache = cache if cache is not None else CertChainCache(clock=clock)
        self._clock = clock

    def verify(self, headers, serialized_request_env, deserialized_request_env=None) -> None:
        cert_url = _header(headers, CERT_URL_HEADER)
        if not cert_url:
            raise VerificationException("no SignatureCertChainUrl header")
        signed = [(_header(headers, name), hash_class) for name, hash_class in SIGNATURE_HEADERS]
        signed = [(signature, hash_class) for signature, hash_class in signed if signature]
        if not signed:
            raise VerificationException("no Signature-256 or Signature header")
        signature, hash_class = signed[0]  # SHA-256 when present; SHA-1 only as the fallback
        check_cert_url(cert_url)
        try:
            chain = self._cache.get(cert_url)
        except CertChainError as error:
            raise VerificationException(str(error)) from error
        leaf = self._trusted_leaf(chain)
        self._check_signature(leaf, signature, hash_class(), serialized_request_env.encode("utf-8"))

    def _trusted_leaf(self, chain: list[x509.Certificate]) -> x509.Certificate:
        leaf, now = chain[0], self._clock()
        if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
            raise VerificationException("signing certificate is not valid now")
        try:
            names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        except x509.ExtensionNotFound as error:
            raise VerificationException("signing certificate has no subject alternative names") from error
        if ALEXA_CERT_NAME not in [name.lower() for name in names.get_values_for_type(x509.DNSName)]:
            raise VerificationException(f"signing certificate is not for {ALEXA_CERT_NAME}")
        policy = PolicyBuilder().store(self._store).time(now)
        try:
            policy.build_server_verifier(x509.DNSName(ALEXA_CERT_NAME)).verify(leaf, chain[1:])
        except VerificationError as error:
            raise VerificationException(f"certificate chain is not trusted: {error}") from error
        return leaf

    @staticmethod
    def _check_signature(leaf: x509.Certificate, signature: str, algorithm, body: bytes) -> None:
        key = leaf.public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            raise VerificationException("signing certificate key is not RSA")
        try:
            key.verify(base64.b64decode(signature, validate=True), body, padding.PKCS1v15(), algorithm)
        except (binascii.Error, InvalidSignature) as error:
            raise VerificationException("signature does not match the request body") from error
