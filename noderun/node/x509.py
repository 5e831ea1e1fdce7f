"""An X.509 certificate (DER) read into the object node's tlsSocket.getPeerCertificate() returns.

Python's ssl decodes a peer certificate only after it verified it, and with long attribute names;
node reports every certificate, verified or not, with OpenSSL's short names (CN, O, ...), its
public key details, fingerprints and extensions. So the DER is read here, with a small reader of
the few ASN.1 types a certificate uses. The fields and their order are node 24's.
"""

from __future__ import annotations

import calendar
import hashlib
import time

# attribute OIDs -> OpenSSL's short names (what node's subject / issuer objects are keyed by)
_NAMES = {
    "2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
    "2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
    "2.5.4.13": "description", "2.5.4.15": "businessCategory", "2.5.4.17": "postalCode",
    "2.5.4.42": "GN", "2.5.4.43": "initials", "2.5.4.44": "generationQualifier",
    "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym", "2.5.4.97": "organizationIdentifier",
    "1.2.840.113549.1.9.1": "emailAddress", "0.9.2342.19200300.100.1.1": "UID",
    "0.9.2342.19200300.100.1.25": "DC", "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
    "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionST", "1.3.6.1.4.1.311.60.2.1.1": "jurisdictionL",
}
# named curves -> (OpenSSL's name, NIST's name)
_CURVES = {
    "1.2.840.10045.3.1.7": ("prime256v1", "P-256"), "1.3.132.0.34": ("secp384r1", "P-384"),
    "1.3.132.0.35": ("secp521r1", "P-521"), "1.3.132.0.10": ("secp256k1", None),
    "1.2.840.10045.3.1.1": ("prime192v1", "P-192"), "1.3.132.0.33": ("secp224r1", "P-224"),
}
_CURVE_BITS = {"prime256v1": 256, "secp384r1": 384, "secp521r1": 521, "secp256k1": 256, "prime192v1": 192,
               "secp224r1": 224}
_RSA = "1.2.840.113549.1.1.1"
_EC = "1.2.840.10045.2.1"
_ACCESS_METHODS = {"1.3.6.1.5.5.7.48.1": "OCSP", "1.3.6.1.5.5.7.48.2": "CA Issuers"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class DER:
    """One ASN.1 element: tag, the bytes of its content, and its whole encoding."""

    __slots__ = ("tag", "content", "encoded")

    def __init__(self, tag: int, content: bytes, encoded: bytes):
        self.tag, self.content, self.encoded = tag, content, encoded

    def children(self) -> list["DER"]:
        return elements(self.content)


def elements(data: bytes) -> list[DER]:
    out, i = [], 0
    while i < len(data):
        start, tag = i, data[i]
        length = data[i + 1]
        i += 2
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(data[i:i + count], "big")
            i += count
        out.append(DER(tag, data[i:i + length], data[start:i + length]))
        i += length
    return out


def oid(content: bytes) -> str:
    first = content[0]
    parts = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    value = 0
    for byte in content[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(map(str, parts))


def _text(element: DER) -> str:
    if element.tag == 0x1E:   # BMPString
        return element.content.decode("utf-16-be", "replace")
    return element.content.decode("utf-8", "replace")


def name(element: DER) -> dict:
    """A Name as node's object: short name -> value, an array when a name repeats."""
    result: dict = {}
    for rdn in element.children():
        for attribute in rdn.children():
            kind, value = attribute.children()[:2]
            key = _NAMES.get(oid(kind.content)) or oid(kind.content)
            text = _text(value)
            if key in result:
                previous = result[key]
                result[key] = previous + [text] if isinstance(previous, list) else [previous, text]
            else:
                result[key] = text
    return result


def _time(element: DER) -> str:
    text = element.content.decode("ascii")
    if element.tag == 0x17:   # UTCTime: two-digit year
        year = int(text[:2])
        text = str(1900 + year if year >= 50 else 2000 + year) + text[2:]
    stamp = time.strptime(text[:14], "%Y%m%d%H%M%S")
    return f"{_MONTHS[stamp.tm_mon - 1]} {stamp.tm_mday:2d} {stamp.tm_hour:02d}:{stamp.tm_min:02d}:{stamp.tm_sec:02d} {stamp.tm_year} GMT"


def _seconds(element: DER) -> int:
    text = element.content.decode("ascii")
    if element.tag == 0x17:
        year = int(text[:2])
        text = str(1900 + year if year >= 50 else 2000 + year) + text[2:]
    return calendar.timegm(time.strptime(text[:14], "%Y%m%d%H%M%S"))


def _fingerprint(data: bytes, algorithm: str) -> str:
    return ":".join(f"{b:02X}" for b in hashlib.new(algorithm, data).digest())


def _ip(data: bytes) -> str:
    if len(data) == 4:
        return ".".join(map(str, data))
    groups = [f"{int.from_bytes(data[i:i + 2], 'big'):X}" for i in range(0, 16, 2)]
    return ":".join(groups)   # OpenSSL prints every group, upper case, without '::'


def _alt_names(extension: bytes) -> str:
    names = []
    for general in elements(elements(extension)[0].content):
        kind = general.tag & 0x1F
        if kind == 2:
            names.append("DNS:" + quoted(general.content.decode("latin-1")))
        elif kind == 7:
            names.append("IP Address:" + _ip(general.content))
        elif kind == 1:
            names.append("email:" + quoted(general.content.decode("latin-1")))
        elif kind == 6:
            names.append("URI:" + quoted(general.content.decode("latin-1")))
        elif kind == 4:
            names.append("DirName:" + "/".join(f"{k}={v}" for k, v in name(elements(general.content)[0]).items()))
        elif kind == 8:
            names.append("Registered ID:" + oid(general.content))
        else:
            names.append("othername:<unsupported>")
    return ", ".join(names)


def quoted(value: str) -> str:
    # node 24 quotes (JSON-style) a name that could be misread in the comma-separated list
    if any(c in value for c in ',"\\') or any(ord(c) < 0x20 or ord(c) > 0x7E for c in value) or \
            value.startswith(("DNS:", "IP Address:", "email:", "URI:")):
        import json
        return json.dumps(value)
    return value


def _info_access(extension: bytes) -> dict:
    result: dict = {}
    for description in elements(elements(extension)[0].content):
        method, location = description.children()[:2]
        label = _ACCESS_METHODS.get(oid(method.content), oid(method.content))
        kind = {6: "URI", 1: "email", 2: "DNS"}.get(location.tag & 0x1F, "othername")
        result.setdefault(f"{label} - {kind}", []).append(location.content.decode("latin-1"))
    return result


def _hex(number: bytes) -> str:
    number = number.lstrip(b"\0") or b"\0"
    return number.hex().upper()


def describe(der: bytes) -> dict:
    """node's certificate object (without issuerCertificate); `raw` is the DER itself."""
    certificate = elements(der)[0]
    tbs = certificate.children()[0].children()
    if tbs[0].tag == 0xA0:   # [0] version
        tbs = tbs[1:]
    serial, _signature, issuer, validity, subject, spki = tbs[:6]
    extensions = {}
    for element in tbs[6:]:
        if element.tag == 0xA3:
            for extension in element.children()[0].children():
                parts = extension.children()
                extensions[oid(parts[0].content)] = parts[-1].content
    not_before, not_after = validity.children()
    result: dict = {
        "subject": name(subject),
        "issuer": name(issuer),
        "subjectaltname": _alt_names(extensions["2.5.29.17"]) if "2.5.29.17" in extensions else None,
        "infoAccess": _info_access(extensions["1.3.6.1.5.5.7.1.1"]) if "1.3.6.1.5.5.7.1.1" in extensions else None,
        "ca": _is_ca(extensions.get("2.5.29.19")),
        "modulus": None, "exponent": None, "pubkey": None, "bits": None,
    }
    algorithm, key = spki.children()
    algorithm_parts = algorithm.children()
    kind = oid(algorithm_parts[0].content)
    curve = None
    if kind == _RSA:
        modulus, exponent = elements(elements(key.content[1:])[0].content)
        result["modulus"] = _hex(modulus.content)
        result["exponent"] = hex(int.from_bytes(exponent.content, "big"))
        result["pubkey"] = spki.encoded
        result["bits"] = int.from_bytes(modulus.content, "big").bit_length()
    elif kind == _EC and len(algorithm_parts) > 1 and algorithm_parts[1].tag == 0x06:
        curve = _CURVES.get(oid(algorithm_parts[1].content), (oid(algorithm_parts[1].content), None))
        result["pubkey"] = key.content[1:]
        result["bits"] = _CURVE_BITS.get(curve[0])
    else:
        result["pubkey"] = spki.encoded
    result["valid_from"] = _time(not_before)
    result["valid_to"] = _time(not_after)
    result["fingerprint"] = _fingerprint(der, "sha1")
    result["fingerprint256"] = _fingerprint(der, "sha256")
    result["fingerprint512"] = _fingerprint(der, "sha512")
    eku = extensions.get("2.5.29.37")
    result["ext_key_usage"] = [oid(e.content) for e in elements(elements(eku)[0].content)] if eku else None
    result["serialNumber"] = _hex(serial.content)
    result["raw"] = der
    result["asn1Curve"] = curve[0] if curve else None
    result["nistCurve"] = curve[1] if curve else None
    return result


def _is_ca(extension: bytes | None) -> bool:
    if extension is None:
        return False
    fields = elements(elements(extension)[0].content)
    return bool(fields) and fields[0].tag == 0x01 and fields[0].content != b"\0"


def subject_and_issuer(der: bytes) -> tuple[bytes, bytes]:
    """The encoded subject and issuer names (to find a certificate's issuer in a chain)."""
    tbs = elements(elements(der)[0].content)[0].children()
    if tbs[0].tag == 0xA0:
        tbs = tbs[1:]
    return tbs[4].encoded, tbs[2].encoded


def validity(der: bytes) -> tuple[int, int]:
    tbs = elements(elements(der)[0].content)[0].children()
    if tbs[0].tag == 0xA0:
        tbs = tbs[1:]
    not_before, not_after = tbs[3].children()
    return _seconds(not_before), _seconds(not_after)


def signature_algorithm(der: bytes) -> str:
    """The OID of the algorithm the issuer signed the certificate with."""
    return oid(elements(elements(der)[0].content)[1].children()[0].content)


def serial_number(der: bytes) -> str:
    """The serial number as node writes it (upper-case hex)."""
    tbs = elements(elements(der)[0].content)[0].children()
    if tbs[0].tag == 0xA0:
        tbs = tbs[1:]
    return _hex(tbs[0].content)
