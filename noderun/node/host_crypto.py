"""Host functions behind node:crypto (the Python half; the JS half is noderun/node/js/crypto.js).

Hashing, HMAC, key derivation and random bytes are Python's hashlib / hmac / secrets: the bulk
work happens here, one call per update. Hash and HMAC objects live in a per-thread table keyed by
an integer handle that the JS object holds; digest() removes the entry, and a FinalizationRegistry
on the JS side frees the ones never digested.

Also here: node's string encodings both ways (`string_bytes`, `bytes_string`), which the
process host uses for `stdout.write(str, encoding)` too.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import os
import re

from ..engine.runtime import Context, JSObject
from ..errors import NodeError
from .host_process import encode_text, uint8_bytes


class _OnFirstUse:
    """A module imported when first used: hashlib loads OpenSSL (2 ms), which start-up needs not."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str):
        module = importlib.import_module(self._name)
        globals()[self._name] = module   # later uses go to the module itself
        return getattr(module, attribute)


hashlib = _OnFirstUse("hashlib")
hmac = _OnFirstUse("hmac")

# node's digest names (lower-cased) -> hashlib's. getHashes() lists node's spellings.
_ALGORITHMS = {
    "md5": "md5", "rsa-md5": "md5", "md5-sha1": "md5-sha1",
    "sha1": "sha1", "rsa-sha1": "sha1", "sha-1": "sha1", "rsa-sha1-2": "sha1", "sha1withrsaencryption": "sha1",
    "sha224": "sha224", "rsa-sha224": "sha224", "sha-224": "sha224", "sha224withrsaencryption": "sha224",
    "sha256": "sha256", "rsa-sha256": "sha256", "sha-256": "sha256", "sha256withrsaencryption": "sha256",
    "sha384": "sha384", "rsa-sha384": "sha384", "sha-384": "sha384", "sha384withrsaencryption": "sha384",
    "sha512": "sha512", "rsa-sha512": "sha512", "sha-512": "sha512", "sha512withrsaencryption": "sha512",
    "sha512-224": "sha512_224", "rsa-sha512/224": "sha512_224", "sha512-224withrsaencryption": "sha512_224",
    "sha512-256": "sha512_256", "rsa-sha512/256": "sha512_256", "sha512-256withrsaencryption": "sha512_256",
    "sha3-224": "sha3_224", "rsa-sha3-224": "sha3_224", "id-rsassa-pkcs1-v1_5-with-sha3-224": "sha3_224",
    "sha3-256": "sha3_256", "rsa-sha3-256": "sha3_256", "id-rsassa-pkcs1-v1_5-with-sha3-256": "sha3_256",
    "sha3-384": "sha3_384", "rsa-sha3-384": "sha3_384", "id-rsassa-pkcs1-v1_5-with-sha3-384": "sha3_384",
    "sha3-512": "sha3_512", "rsa-sha3-512": "sha3_512", "id-rsassa-pkcs1-v1_5-with-sha3-512": "sha3_512",
    "shake128": "shake_128", "shake256": "shake_256",
    "blake2b512": "blake2b", "blake2s256": "blake2s",
    "ripemd160": "ripemd160", "ripemd": "ripemd160", "rmd160": "ripemd160", "rsa-ripemd160": "ripemd160",
    "ripemd-160": "ripemd160",
    "sm3": "sm3", "rsa-sm3": "sm3", "sm3withrsaencryption": "sm3",
    "md5withrsaencryption": "md5", "ssl3-md5": "md5", "ssl3-sha1": "sha1", "ripemd160withrsa": "ripemd160",
}
# crypto.getHashes() of node 20 (OpenSSL 3 spellings), kept to those this Python supports
_NODE_HASH_NAMES = (
    "RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224",
    "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224",
    "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256", "id-rsassa-pkcs1-v1_5-with-sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5-sha1", "md5WithRSAEncryption", "ripemd",
    "ripemd160", "ripemd160WithRSA", "rmd160", "sha1", "sha1WithRSAEncryption", "sha224",
    "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384",
    "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption",
    "sha512-256", "sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256", "sm3",
    "sm3WithRSAEncryption", "ssl3-md5", "ssl3-sha1",
)
# default output length (bytes) of the XOFs, as OpenSSL's
_SHAKE_LENGTH = {"shake_128": 16, "shake_256": 32}


def _hashlib_name(algorithm: str) -> str | None:
    name = _ALGORITHMS.get(algorithm.lower())
    if name is None:
        return None
    if name == "md5-sha1":
        return name
    try:
        hashlib.new(name)
    except ValueError:   # not in this OpenSSL build
        return None
    return name


class _MD5SHA1:
    """OpenSSL's md5-sha1: the two digests concatenated."""

    digest_size = 36
    block_size = 64

    def __init__(self, parts=None):
        self._parts = parts or (hashlib.md5(), hashlib.sha1())

    def update(self, data: bytes) -> None:
        for part in self._parts:
            part.update(data)

    def digest(self) -> bytes:
        return b"".join(part.digest() for part in self._parts)

    def copy(self) -> "_MD5SHA1":
        return _MD5SHA1(tuple(part.copy() for part in self._parts))


def _new_hash(name: str):
    return _MD5SHA1() if name == "md5-sha1" else hashlib.new(name)


# -- node's string encodings ---------------------------------------------------------------------

_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")


def string_bytes(text: str, encoding: str | None) -> bytes:
    """`Buffer.from(text, encoding)` as node computes it (lenient hex and base64, latin1 truncation)."""
    enc = (encoding or "utf8").lower()
    if enc in ("utf8", "utf-8"):
        return encode_text(text)
    if enc in ("latin1", "binary", "ascii"):
        return bytes(ord(ch) & 0xFF for ch in text)
    if enc in ("ucs2", "ucs-2", "utf16le", "utf-16le"):
        return text.encode("utf-16-le", "surrogatepass")
    if enc == "hex":
        end = 0
        while end + 1 < len(text) and _is_hex(text[end]) and _is_hex(text[end + 1]):
            end += 2
        return binascii.unhexlify(text[:end])
    if enc in ("base64", "base64url"):
        cleaned = _NOT_BASE64.sub("", text.replace("-", "+").replace("_", "/").split("=")[0])
        cleaned = cleaned[: len(cleaned) - (len(cleaned) % 4 == 1)]
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
    raise NodeError("ERR_UNKNOWN_ENCODING", encoding)


def _is_hex(ch: str) -> bool:
    return ch in "0123456789abcdefABCDEF"


def bytes_string(data: bytes, encoding: str) -> str:
    """`buffer.toString(encoding)` as node computes it."""
    enc = encoding.lower()
    if enc == "hex":
        return data.hex()
    if enc == "base64":
        return base64.b64encode(data).decode("ascii")
    if enc == "base64url":
        return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    if enc in ("latin1", "binary"):
        return data.decode("latin-1")
    if enc == "ascii":
        return bytes(b & 0x7F for b in data).decode("ascii")
    if enc in ("ucs2", "ucs-2", "utf16le", "utf-16le"):
        return data[: len(data) & ~1].decode("utf-16-le", "surrogatepass")
    return data.decode("utf-8", "replace")


def is_known_encoding(encoding: str) -> bool:
    return encoding.lower() in ("utf8", "utf-8", "latin1", "binary", "ascii", "ucs2", "ucs-2",
                                "utf16le", "utf-16le", "hex", "base64", "base64url")


def _data_bytes(ctx: Context, data, encoding) -> bytes:
    """A JS string (with its encoding) or Uint8Array as bytes."""
    if isinstance(data, str):
        if encoding is not None and not is_known_encoding(encoding):
            encoding = "utf8"   # node's hash.update falls back to utf8 for an unknown encoding
        return string_bytes(data, encoding)
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    return uint8_bytes(ctx, data)


# -- hashes and HMACs ----------------------------------------------------------------------------

def _table(ctx: Context) -> dict:
    table = getattr(ctx.host, "crypto_objects", None)
    if table is None:
        table = ctx.host.crypto_objects = {"next": 1}
    return table


def _store(ctx: Context, obj) -> int:
    table = _table(ctx)
    handle = table["next"]
    table["next"] = handle + 1
    table[handle] = obj
    return handle


def _hash_supported(ctx: Context, algorithm: str) -> bool:
    return _hashlib_name(algorithm) is not None


def _hash_names(ctx: Context) -> list[str]:
    return [name for name in _NODE_HASH_NAMES if _hashlib_name(name) is not None]


def _hash_create(ctx: Context, algorithm: str, output_length) -> int:
    name = _hashlib_name(algorithm)
    if name is None:
        raise NodeError(None, js_class="Error", message="Digest method not supported")
    return _store(ctx, (_new_hash(name), output_length))


def _hmac_create(ctx: Context, algorithm: str, key, key_encoding) -> int:
    name = _hashlib_name(algorithm)
    if name is None or name.startswith("shake") or name == "md5-sha1":
        raise NodeError("ERR_CRYPTO_INVALID_DIGEST", algorithm)
    return _store(ctx, (hmac.new(_data_bytes(ctx, key, key_encoding), digestmod=name), None))


def _hash_update(ctx: Context, handle: int, data, encoding) -> None:
    _table(ctx)[handle][0].update(_data_bytes(ctx, data, encoding))


def _hash_copy(ctx: Context, handle: int, output_length) -> int:
    obj, length = _table(ctx)[handle]
    return _store(ctx, (obj.copy(), output_length if output_length is not None else length))


def _hash_digest(ctx: Context, handle: int, encoding):
    """Finish: a string in `encoding`, or the bytes (JS makes the Buffer) when encoding is None."""
    obj, length = _table(ctx).pop(handle)
    if hasattr(obj, "name") and obj.name in _SHAKE_LENGTH:
        data = obj.digest(_SHAKE_LENGTH[obj.name] if length is None else length)
    else:
        data = obj.digest()
    return data if encoding is None else bytes_string(data, encoding)


def _hash_free(ctx: Context, handle: int) -> None:
    _table(ctx).pop(handle, None)


def _hash_once(ctx: Context, algorithm: str, data, encoding, output_encoding):
    """crypto.hash(): one call, no handle."""
    name = _hashlib_name(algorithm)
    if name is None:
        raise NodeError(None, js_class="Error", message="Digest method not supported")
    obj = _new_hash(name)
    obj.update(_data_bytes(ctx, data, encoding))
    digest = obj.digest(_SHAKE_LENGTH[name]) if name in _SHAKE_LENGTH else obj.digest()
    return digest if output_encoding is None else bytes_string(digest, output_encoding)


def _digest_size(ctx: Context, algorithm: str) -> int:
    name = _hashlib_name(algorithm)
    if name is None:
        return -1
    return _SHAKE_LENGTH.get(name) or _new_hash(name).digest_size


# -- key derivation --------------------------------------------------------------------------------

def _kdf_digest(ctx: Context, digest: str) -> int:
    """The output size of a digest that pbkdf2 and hkdf accept (node throws at the call, before
    queueing the work, for one they do not)."""
    name = _hashlib_name(digest)
    if name is None or name.startswith("shake") or name == "md5-sha1":
        raise NodeError("ERR_CRYPTO_INVALID_DIGEST", digest)
    return _new_hash(name).digest_size


def _pbkdf2(ctx: Context, password, salt, iterations: int, keylen: int, digest: str) -> bytes:
    _kdf_digest(ctx, digest)
    return hashlib.pbkdf2_hmac(_hashlib_name(digest), _data_bytes(ctx, password, None),
                               _data_bytes(ctx, salt, None), int(iterations), int(keylen))


_SCRYPT_PR_MAX = (1 << 30) - 1
_SCRYPT_MAX_MEM = 32 << 20


def _scrypt_check(ctx: Context, n: int, r: int, p: int, maxmem: int) -> None:
    """Refuse the parameters OpenSSL's scrypt refuses, with node's error, before any work is done:
    p * r within 2^30, N below 2^(16 r), and the memory it needs (128 r p bytes for B, 128 r (N + 2)
    for V) within maxmem (0: OpenSSL's default of 32 MiB). OpenSSL gives "memory limit exceeded"
    for each, and node passes its words on."""
    n, r, p, maxmem = int(n), int(r), int(p), int(maxmem) or _SCRYPT_MAX_MEM
    if r == 0 or p == 0 or n < 2 or n & (n - 1):
        raise NodeError("ERR_CRYPTO_INVALID_SCRYPT_PARAMS")
    needed = 128 * r * p + 128 * r * (n + 2)
    if p > _SCRYPT_PR_MAX // r or (16 * r <= 63 and n >= 1 << (16 * r)) or needed > maxmem:
        raise NodeError("ERR_CRYPTO_INVALID_SCRYPT_PARAMS", message="Invalid scrypt params: "
                        "error:030000AC:digital envelope routines::memory limit exceeded")


def _scrypt(ctx: Context, password, salt, keylen: int, n: int, r: int, p: int, maxmem: int) -> bytes:
    _scrypt_check(ctx, n, r, p, maxmem)
    return hashlib.scrypt(_data_bytes(ctx, password, None), salt=_data_bytes(ctx, salt, None),
                          n=int(n), r=int(r), p=int(p), maxmem=min(int(maxmem) or _SCRYPT_MAX_MEM, 2**31 - 1),   # hashlib's bound
                          dklen=int(keylen))


def _hkdf(ctx: Context, digest: str, key, salt, info, keylen: int) -> bytes:
    size = _kdf_digest(ctx, digest)
    if keylen > 255 * size:   # RFC 5869's bound; node checks it at the call
        raise NodeError("ERR_CRYPTO_INVALID_KEYLEN")
    name = _hashlib_name(digest)
    ikm, salt_bytes, info_bytes = (_data_bytes(ctx, v, None) for v in (key, salt, info))
    prk = hmac.new(salt_bytes or b"\0" * size, ikm, name).digest()
    out, block, counter = b"", b"", 1
    while len(out) < keylen:
        block = hmac.new(prk, block + info_bytes + bytes([counter]), name).digest()
        out += block
        counter += 1
    return out[:keylen]


# -- random ----------------------------------------------------------------------------------------

def _random_bytes(ctx: Context, size: int) -> bytes:
    return os.urandom(int(size))


def _timing_safe_equal(ctx: Context, a: JSObject, b: JSObject) -> bool:
    return hmac.compare_digest(uint8_bytes(ctx, a), uint8_bytes(ctx, b))


def _encode_string(ctx: Context, text: str, encoding: str) -> bytes:
    return string_bytes(text, encoding)


def _decode_bytes(ctx: Context, data: JSObject, encoding: str) -> str:
    return bytes_string(uint8_bytes(ctx, data), encoding)


FUNCTIONS: dict = {
    "hashSupported": _hash_supported,
    "hashNames": _hash_names,
    "hashCreate": _hash_create,
    "hmacCreate": _hmac_create,
    "hashUpdate": _hash_update,
    "hashCopy": _hash_copy,
    "hashDigest": _hash_digest,
    "hashFree": _hash_free,
    "hashOnce": _hash_once,
    "digestSize": _digest_size,
    "kdfDigest": _kdf_digest,
    "pbkdf2": _pbkdf2,
    "scryptCheck": _scrypt_check,
    "scrypt": _scrypt,
    "hkdf": _hkdf,
    "randomBytes": _random_bytes,
    "timingSafeEqual": _timing_safe_equal,
    "encodeString": _encode_string,
    "decodeBytes": _decode_bytes,
}

# The derivations and random bytes run on the thread pool for the callback forms, as node's do.
POOLED = {name: FUNCTIONS[name] for name in ("pbkdf2", "scrypt", "hkdf", "randomBytes")}
