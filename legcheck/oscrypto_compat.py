"""Let `flask_ask_sdk` import on OpenSSL builds whose version has a two-digit part.

flask-ask-sdk imports ask_sdk_webservice_support.verifier, which imports certvalidator,
which imports oscrypto. oscrypto 1.3.0 (the last PyPI release) finds the libcrypto version
with the regex ``\\d\\.\\d\\.\\d``, which cannot match "OpenSSL 3.0.19", so the import
raises ``LibraryNotFoundError: Error detecting the version of libcrypto``.

``install()`` adds an import hook that compiles oscrypto's two version-detection modules
with the regexes widened to ``\\d+`` -- the same three-line change Debian ships as
python3-oscrypto 1.3.0-1+deb12u1 ("Fix OpenSSL version parsing", #1055598) and oscrypto's
upstream master carries. Nothing else in oscrypto changes. If an installed oscrypto
already has the fix, the old text is absent and the hook compiles the file unchanged.

Leg Check does not use oscrypto or certvalidator to check requests: legcheck.verify does
that with `cryptography`. The hook only lets the SDK modules load.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

PATCHED_MODULES = (
    "oscrypto._openssl._libcrypto_cffi",
    "oscrypto._openssl._libcrypto_ctypes",
)

# (old text, new text) exactly as they appear in oscrypto 1.3.0's source files.
REGEX_FIXES = (
    (r"'\\b(\\d\\.\\d\\.\\d[a-z]*)\\b'", r"'\\b(\\d+\\.\\d+\\.\\d+[a-z]*)\\b'"),
    (r"'(?<=LibreSSL )(\\d\\.\\d(\\.\\d)?)\\b'", r"'(?<=LibreSSL )(\\d+\\.\\d+(\\.\\d+)?)\\b'"),
    (r"'(\\d)([a-z]+)'", r"'(\\d+)([a-z]+)'"),
)


def fixed_source(source: str) -> str:
    """Return oscrypto version-detection source with the version regexes widened."""
    for old, new in REGEX_FIXES:
        source = source.replace(old, new)
    return source


class _FixedVersionLoader(importlib.machinery.SourceFileLoader):
    """Compile from the (fixed) source; never from a cached .pyc of the unfixed file."""

    def get_code(self, fullname):
        source = fixed_source(self.get_source(fullname))
        return compile(source, self.path, "exec", dont_inherit=True)


class _OscryptoVersionFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in PATCHED_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        spec.loader = _FixedVersionLoader(fullname, spec.origin)
        return spec


def install() -> None:
    """Put the hook first on sys.meta_path (once). Call before importing flask_ask_sdk."""
    if not any(isinstance(finder, _OscryptoVersionFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _OscryptoVersionFinder())
