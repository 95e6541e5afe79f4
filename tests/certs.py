"""A throw-away PKI for the signature tests: root CA -> intermediate CA -> signing certificates.

The certificates follow the Web PKI profile (key usages, AKI/SKI, SAN) so that they pass the
same `cryptography` path validation a real Amazon chain goes through.
"""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ALEXA_NAME = "echo-api.amazon.com"
DAY = timedelta(days=1)


@functools.cache
def rsa_key(label: str) -> rsa.RSAPrivateKey:
    """One 2048-bit key per label, made once per test run (key generation is the slow part)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Leg Check tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _key_usage(*, signing: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=signing, content_commitment=False, key_encipherment=not ca,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def issue(subject: str, key, issuer: x509.Certificate | None, issuer_key, *, ca: bool,
          names: tuple[str, ...] = (), not_before: datetime | None = None,
          not_after: datetime | None = None) -> x509.Certificate:
    """A certificate for `subject`; self-signed when `issuer` is None."""
    now = datetime.now(UTC)
    public = key.public_key()
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject))
               .issuer_name(issuer.subject if issuer else _name(subject))
               .public_key(public)
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - DAY)
               .not_valid_after(not_after or now + 30 * DAY)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(_key_usage(signing=not ca or issuer is None, ca=ca), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False))
    signer_public = issuer.public_key() if issuer else public
    builder = builder.add_extension(
        x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_public), critical=False)
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False)
    if names:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(name) for name in names]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class TestPki:
    root: x509.Certificate
    intermediate: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    signing_key: rsa.RSAPrivateKey

    def leaf(self, names=(ALEXA_NAME,), **validity) -> x509.Certificate:
        return issue(names[0] if names else "no names", self.signing_key, self.intermediate,
                     self.intermediate_key, ca=False, names=names, **validity)

    def chain(self, leaf: x509.Certificate) -> bytes:
        """PEM: signing certificate first, then the intermediate (as Amazon serves it)."""
        return pem(leaf, self.intermediate)


def make_pki(label: str) -> TestPki:
    """A root and intermediate CA; the same label gives the same keys (fresh certificates)."""
    root_key, intermediate_key = rsa_key(f"{label} root"), rsa_key(f"{label} intermediate")
    root = issue(f"{label} Root CA", root_key, None, root_key, ca=True)
    intermediate = issue(f"{label} Intermediate CA", intermediate_key, root, root_key, ca=True)
    return TestPki(root, intermediate, intermediate_key, rsa_key(f"{label} signing"))


def pem(*certs: x509.Certificate) -> bytes:
    return b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in certs)


def sign(key: rsa.RSAPrivateKey, body: bytes, algorithm=None) -> str:
    """Base64 RSA PKCS#1 v1.5 signature of `body`, as in Alexa's Signature(-256) header."""
    signature = key.sign(body, padding.PKCS1v15(), algorithm or hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")
