"""Host functions behind crypto.X509Certificate (its JS half: internal/crypto/x509.js).

A certificate is read by OpenSSL (through tls_openssl's ctypes door onto the libcrypto Python's ssl
uses), which gives node's own errors for bad input and the texts node prints with it (the subject
and issuer in OpenSSL's multi-line form) and the host / e-mail / IP / issuer checks node makes with
OpenSSL's X509_check_* functions. The rest of the description is x509.py's, as for
tlsSocket.getPeerCertificate(), made when JS first asks for it. JS keeps the DER and hands it back.

Reading a certificate costs OpenSSL a millisecond or two (it decodes the public key at once), and
programs read the same ones again and again (the default CA list, a peer's chain): the answers are
kept for the last certificates read.
"""

from __future__ import annotations

from collections import OrderedDict

from ..engine.runtime import Context
from .host_process import uint8_bytes

_KEPT = 512
_read: OrderedDict = OrderedDict()   # input bytes -> x509Parse's answer


def _openssl():
    from . import tls_openssl
    if not tls_openssl.load():
        raise RuntimeError("X509Certificate needs OpenSSL's libcrypto as a shared library")
    return tls_openssl


def _parse(ctx: Context, data):
    """[DER, subject text, issuer text, serial number] of a PEM or DER certificate, or node's error
    for it as [code, message, library, reason]."""
    data = uint8_bytes(ctx, data)
    answer = _read.get(data)
    if answer is None:
        parsed = _openssl().x509_read(data)
        if isinstance(parsed, list):
            return parsed
        from . import x509
        der, subject, issuer = parsed
        answer = [der, subject, issuer, x509.serial_number(der)]
        _read[data] = answer
        if len(_read) > _KEPT:
            _read.popitem(last=False)
    return answer


def _describe(ctx: Context, der):
    """[description, infoAccess text, [signature algorithm's name, its OID, valid from, valid to
    (seconds)]] of a certificate x509Parse read."""
    der = uint8_bytes(ctx, der)
    from . import x509
    described = x509.describe(der)
    access = described.get("infoAccess")
    access_text = None
    if access:
        access_text = "\n".join(f"{label}:{x509.quoted(value)}" for label, values in access.items() for value in values)
    algorithm = x509.signature_algorithm(der)
    valid_from, valid_to = x509.validity(der)
    return [described, access_text, [_openssl().object_long_name(algorithm), algorithm, valid_from, valid_to]]


def _check(ctx: Context, der, what: str, value: str, flags):
    """OpenSSL's X509_check_host / _email / _ip_asc: the name that matched, or None."""
    return _openssl().x509_check(uint8_bytes(ctx, der), what, value, int(flags or 0))


def _check_issued(ctx: Context, der, issuer_der) -> bool:
    return _openssl().x509_check_issued(uint8_bytes(ctx, der), uint8_bytes(ctx, issuer_der))


FUNCTIONS = {
    "x509Parse": _parse,
    "x509Describe": _describe,
    "x509Check": _check,
    "x509CheckIssued": _check_issued,
}
