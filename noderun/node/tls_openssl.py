"""The OpenSSL calls node's TLS needs that Python's ssl module does not offer, made through ctypes
on the very libssl / libcrypto that Python's _ssl is linked with (already loaded in the process).

Why: node accepts a handshake whatever the peer's certificate and decides afterwards (its verify
callback always says yes; `authorized` / `authorizationError` come from SSL_get_verify_result), so
`rejectUnauthorized: false` still reports why a certificate is not trusted. Python's ssl either
fails the handshake on a bad certificate or does not verify at all. The same door gives the TLS 1.3
cipher suites, the group list, sessions as bytes, keying material export, Finished messages and the
maximum fragment size.

The SSL* / SSL_CTX* pointers are read from the Python objects (CPython's PySSLSocket and
PySSLContext keep them right after the object header); `available()` checks that reading against
SSL_get_SSL_CTX once, so a Python whose layout differs turns these features off instead of crashing.
"""

from __future__ import annotations

import ctypes
import ssl

_lib = None
_crypto = None
_checked: bool | None = None

VERIFY_NONE, VERIFY_PEER, VERIFY_FAIL_IF_NO_PEER_CERT = 0, 1, 2
_CTRL_SET_MAX_SEND_FRAGMENT = 52
_CTRL_SET_GROUPS_LIST = 92
_VerifyCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
_AlpnSelect = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
                               ctypes.POINTER(ctypes.c_ubyte), ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p)
_TLSEXT_ERR_OK, _TLSEXT_ERR_ALERT_FATAL = 0, 2
_NewSession = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_CTRL_SET_SESS_CACHE_MODE = 44
_SESS_CACHE_CLIENT_ONLY = 0x0001 | 0x0100 | 0x0200   # client side, no internal store
_new_sessions: dict[int, list[bytes]] = {}   # SSL* -> sessions OpenSSL made for it, as bytes


@_NewSession
def _on_new_session(ssl_address, session):
    _new_sessions.setdefault(ssl_address, []).append(_session_der(session))
    return 0   # OpenSSL keeps its reference


@_VerifyCallback
def _accept_any(preverify_ok, store_ctx):
    # node's VerifyCallback: always go on; the result is read with SSL_get_verify_result
    return 1


_Keylog = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_char_p)
_keylog_lines: dict[int, list[bytes]] = {}   # SSL* -> secrets OpenSSL logged, for the connections that want them


@_Keylog
def _on_keylog(ssl_address, line):
    lines = _keylog_lines.get(ssl_address)
    if lines is not None:
        lines.append(line + b"\n")   # (node's 'keylog' lines end with a newline, as in a key log file)


def _loaded(name: str) -> str | None:
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if name in path.rsplit("/", 1)[-1]:
                return path
    return None


def _declare(lib, name, restype, *argtypes):
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)


def _open():
    global _lib, _crypto
    import _ssl  # noqa: F401  (loads libssl / libcrypto)
    ssl_path, crypto_path = _loaded("libssl.so"), _loaded("libcrypto.so")
    if ssl_path is None or crypto_path is None:
        raise OSError("libssl is not a shared library here")
    lib, crypto = ctypes.CDLL(ssl_path), ctypes.CDLL(crypto_path)
    p, i, l, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_long, ctypes.c_char_p
    _declare(lib, "SSL_get_SSL_CTX", p, p)
    _declare(lib, "SSL_set_verify", None, p, i, _VerifyCallback)
    _declare(lib, "SSL_get_verify_result", l, p)
    _declare(lib, "SSL_get_current_cipher", p, p)
    _declare(lib, "SSL_CIPHER_standard_name", s, p)
    _declare(lib, "SSL_CTX_set_ciphersuites", i, p, s)
    _declare(lib, "SSL_CTX_ctrl", l, p, i, l, p)
    _declare(lib, "SSL_ctrl", l, p, i, l, p)
    _declare(lib, "SSL_export_keying_material", i, p, p, ctypes.c_size_t, s, ctypes.c_size_t, p,
             ctypes.c_size_t, i)
    _declare(lib, "SSL_get_finished", ctypes.c_size_t, p, p, ctypes.c_size_t)
    _declare(lib, "SSL_get_peer_finished", ctypes.c_size_t, p, p, ctypes.c_size_t)
    _declare(lib, "SSL_get_session", p, p)
    _declare(lib, "i2d_SSL_SESSION", i, p, ctypes.POINTER(ctypes.c_void_p))
    _declare(lib, "d2i_SSL_SESSION", p, p, ctypes.POINTER(ctypes.c_void_p), l)
    _declare(lib, "SSL_set_session", i, p, p)
    _declare(lib, "SSL_SESSION_free", None, p)
    _declare(lib, "SSL_session_reused", i, p)
    _declare(lib, "SSL_CTX_set_alpn_select_cb", None, p, _AlpnSelect, p)
    _declare(lib, "SSL_CTX_sess_set_new_cb", None, p, _NewSession)
    _declare(lib, "SSL_CTX_get_cert_store", p, p)
    _declare(lib, "SSL_CTX_set1_cert_store", None, p, p)
    _declare(lib, "SSL_CTX_set_cert_store", None, p, p)
    _declare(crypto, "X509_STORE_new", p)
    _declare(lib, "SSL_CTX_callback_ctrl", l, p, i, p)
    _declare(lib, "SSL_CTX_set_keylog_callback", None, p, _Keylog)
    _declare(crypto, "d2i_X509", p, p, ctypes.POINTER(ctypes.c_void_p), l)
    _declare(crypto, "i2d_X509", i, p, ctypes.POINTER(ctypes.c_void_p))
    _declare(crypto, "X509_get_subject_name", p, p)
    _declare(crypto, "X509_get_issuer_name", p, p)
    _declare(crypto, "X509_NAME_print_ex", i, p, p, i, ctypes.c_ulong)
    _declare(crypto, "X509_check_host", i, p, s, ctypes.c_size_t, ctypes.c_uint, ctypes.POINTER(ctypes.c_void_p))
    _declare(crypto, "X509_check_email", i, p, s, ctypes.c_size_t, ctypes.c_uint)
    _declare(crypto, "X509_check_ip_asc", i, p, s, ctypes.c_uint)
    _declare(crypto, "X509_check_issued", i, p, p)
    _declare(crypto, "CRYPTO_free", None, p, s, i)
    _declare(crypto, "OBJ_txt2nid", i, s)
    _declare(crypto, "OBJ_nid2ln", s, i)
    _declare(crypto, "OBJ_nid2sn", s, i)
    _declare(crypto, "PEM_read_bio_Parameters", p, p, p)
    _declare(crypto, "EVP_PKEY_get_bits", i, p)
    _declare(crypto, "EVP_PKEY_get_id", i, p)
    _declare(crypto, "EVP_PKEY_get_group_name", i, p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t))
    _declare(lib, "SSL_CTX_set0_tmp_dh_pkey", i, p, p)
    _declare(lib, "SSL_CTX_get_security_level", i, p)
    _declare(lib, "SSL_get_shared_sigalgs", i, p, i, ctypes.POINTER(i), ctypes.POINTER(i), ctypes.POINTER(i),
             ctypes.POINTER(ctypes.c_ubyte), ctypes.POINTER(ctypes.c_ubyte))
    _declare(lib, "SSL_SESSION_get0_ticket", None, p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t))
    _declare(crypto, "RAND_bytes", i, p, i)
    _declare(crypto, "EVP_aes_128_cbc", p)
    _declare(crypto, "EVP_sha256", p)
    _declare(crypto, "EVP_EncryptInit_ex", i, p, p, p, p, p)
    _declare(crypto, "EVP_DecryptInit_ex", i, p, p, p, p, p)
    _declare(crypto, "HMAC_Init_ex", i, p, p, i, p, p)
    _declare(crypto, "X509_verify_cert_error_string", s, l)
    _declare(crypto, "BIO_new_mem_buf", p, p, i)
    _declare(crypto, "BIO_new", p, p)
    _declare(crypto, "BIO_s_mem", p)
    _declare(crypto, "BIO_ctrl", l, p, i, l, p)
    _declare(crypto, "BIO_free", i, p)
    _declare(crypto, "d2i_PKCS12_bio", p, p, p)
    _declare(crypto, "PKCS12_parse", i, p, s, ctypes.POINTER(p), ctypes.POINTER(p), ctypes.POINTER(p))
    _declare(crypto, "PKCS12_free", None, p)
    _declare(crypto, "PEM_write_bio_PrivateKey", i, p, p, p, p, i, p, p)
    _declare(crypto, "PEM_write_bio_X509", i, p, p)
    _declare(crypto, "EVP_PKEY_free", None, p)
    _declare(crypto, "X509_free", None, p)
    _declare(crypto, "OPENSSL_sk_num", i, p)
    _declare(crypto, "OPENSSL_sk_value", p, p, i)
    _declare(crypto, "OPENSSL_sk_pop_free", None, p, p)
    _declare(crypto, "ERR_get_error", ctypes.c_ulong)
    _declare(crypto, "ERR_clear_error", None)
    _declare(crypto, "ERR_reason_error_string", s, ctypes.c_ulong)
    _declare(crypto, "ERR_lib_error_string", s, ctypes.c_ulong)
    _declare(crypto, "PEM_read_bio_PrivateKey", p, p, p, p, p)
    _declare(crypto, "PEM_read_bio_X509", p, p, p, p, p)
    _lib, _crypto = lib, crypto


def ctx_pointer(context: ssl.SSLContext) -> int:
    return ctypes.c_void_p.from_address(id(context) + object.__basicsize__).value


def ssl_pointer(sslobject: ssl.SSLObject) -> int:
    return ctypes.c_void_p.from_address(id(sslobject._sslobj) + object.__basicsize__ + ctypes.sizeof(ctypes.c_void_p)).value


def load() -> bool:
    """True when the libraries are open (opened on first use)."""
    if _lib is None:
        try:
            _open()
        except (OSError, AttributeError):
            return False
    return True


def available(sslobject: ssl.SSLObject) -> bool:
    """True when the pointers read from Python's objects are the ones OpenSSL knows (checked once)."""
    global _checked
    if _checked is None:
        _checked = load() and _lib.SSL_get_SSL_CTX(ssl_pointer(sslobject)) == ctx_pointer(sslobject.context)
    return _checked


def accept_any_certificate(sslobject: ssl.SSLObject, mode: int) -> None:
    _lib.SSL_set_verify(ssl_pointer(sslobject), mode, _accept_any)


def verify_result(sslobject: ssl.SSLObject) -> tuple[int, str]:
    code = _lib.SSL_get_verify_result(ssl_pointer(sslobject))
    return code, _crypto.X509_verify_cert_error_string(code).decode()


def cipher_standard_name(sslobject: ssl.SSLObject) -> str | None:
    cipher = _lib.SSL_get_current_cipher(ssl_pointer(sslobject))
    name = _lib.SSL_CIPHER_standard_name(cipher) if cipher else None
    return name.decode() if name else None


def set_ciphersuites(context: ssl.SSLContext, suites: str) -> bool:
    return _lib.SSL_CTX_set_ciphersuites(ctx_pointer(context), suites.encode()) == 1


def set_groups(context: ssl.SSLContext, groups: str) -> bool:
    buffer = ctypes.create_string_buffer(groups.encode())
    return _lib.SSL_CTX_ctrl(ctx_pointer(context), _CTRL_SET_GROUPS_LIST, 0, ctypes.cast(buffer, ctypes.c_void_p)) == 1


def select_alpn(context: ssl.SSLContext, chosen: str | None):
    """The server's ALPN answer is `chosen` (node picks it in JS: ALPNCallback, or the server's
    first protocol the client offers); None, or a protocol the client did not offer, fails the
    handshake with the no_application_protocol alert, as node's does (Python's ssl would go on
    without ALPN). Returns the callback, which must live as long as the context."""
    wanted = chosen.encode("latin-1") if chosen is not None else None

    @_AlpnSelect
    def select(ssl_pointer_, out, outlen, client, client_len, arg):
        offered = ctypes.string_at(client, client_len)
        i = 0
        while wanted is not None and i < len(offered):
            size = offered[i]
            if offered[i + 1:i + 1 + size] == wanted:
                out[0] = client + i + 1
                outlen[0] = size
                return _TLSEXT_ERR_OK
            i += 1 + size
        return _TLSEXT_ERR_ALERT_FATAL

    _lib.SSL_CTX_set_alpn_select_cb(ctx_pointer(context), select, None)
    return select


_BIO_CTRL_INFO = 3
# OpenSSL's library numbers (err.h), by the names Python's ssl gives them
_LIBRARIES = {
    "SYS": 2, "BN": 3, "RSA": 4, "DH": 5, "EVP": 6, "BUF": 7, "OBJ": 8, "PEM": 9, "DSA": 10, "X509": 11,
    "ASN1": 13, "CONF": 14, "CRYPTO": 15, "EC": 16, "SSL": 20, "BIO": 32, "PKCS7": 33, "X509V3": 34,
    "PKCS12": 35, "RAND": 36, "DSO": 37, "ENGINE": 38, "OCSP": 39, "UI": 40, "COMP": 41, "ECDSA": 42,
    "ECDH": 43, "OSSL_STORE": 44, "FIPS": 45, "CMS": 46, "TS": 47, "HMAC": 48, "CT": 50, "ASYNC": 51,
    "KDF": 52, "SM2": 53, "ESS": 54, "PROP": 55, "CRMF": 56, "PROV": 57, "CMP": 58, "OSSL_ENCODER": 59,
    "ENCODER": 59, "OSSL_DECODER": 60, "DECODER": 60, "HTTP": 61,
}
# the libraries node names in its codes (ERR_OSSL_<LIB>_<REASON>); the rest are ERR_OSSL_<REASON>
_NAMED_IN_CODES = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 20, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
                   43, 44, 45, 46, 47, 48, 50, 51, 52, 53}
_LIBRARY_NAMES = {number: name for name, number in _LIBRARIES.items()}


def error_info(packed: int) -> list:
    """node's [code, message, library, reason] for an OpenSSL error code (ERR_error_string_n's text)."""
    library_text = _crypto.ERR_lib_error_string(packed)
    reason_text = _crypto.ERR_reason_error_string(packed)
    library_text = library_text.decode() if library_text else ""
    reason_text = reason_text.decode() if reason_text else f"reason({packed & 0x7FFFFF})"
    library = (packed >> 23) & 0xFF
    words = reason_text.upper().replace(" ", "_")
    if library == 20:
        code = f"ERR_SSL_{words}"
    elif library in _NAMED_IN_CODES:
        code = f"ERR_OSSL_{_LIBRARY_NAMES[library]}_{words}"
    else:
        code = f"ERR_OSSL_{words}"
    return [code, f"error:{packed:08X}:{library_text}::{reason_text}", library_text, reason_text]


def python_error_info(exc: ssl.SSLError) -> list | None:
    """The same for an error Python's ssl raised, rebuilt from its library name and reason number."""
    library = _LIBRARIES.get(getattr(exc, "library", None) or "")
    if library is None or not isinstance(exc.errno, int) or not load():
        return None
    return error_info((library << 23) | exc.errno)


def pem_error(pem: bytes, passphrase: str | None, key: bool) -> list | None:
    """node's error for a PEM key (with its passphrase) or certificate OpenSSL cannot read, or None:
    the first error OpenSSL queued, which node reports (Python's ssl reports the last)."""
    source = _crypto.BIO_new_mem_buf(pem, len(pem))
    try:
        reader = _crypto.PEM_read_bio_PrivateKey if key else _crypto.PEM_read_bio_X509
        password = ctypes.c_char_p((passphrase or "").encode())
        value = reader(source, None, None, ctypes.cast(password, ctypes.c_void_p))
    finally:
        _crypto.BIO_free(source)
    if value:
        (_crypto.EVP_PKEY_free if key else _crypto.X509_free)(value)
        return None
    packed = _crypto.ERR_get_error()
    _crypto.ERR_clear_error()
    return error_info(packed) if packed else None


def _bio_text(bio) -> bytes:
    data = ctypes.c_void_p()
    size = _crypto.BIO_ctrl(bio, _BIO_CTRL_INFO, 0, ctypes.byref(data))
    return ctypes.string_at(data, size) if size > 0 else b""


def pkcs12_pem(pfx: bytes, passphrase: str | None) -> tuple[str, str, list[str]] | str:
    """(key PEM, certificate PEM, [CA PEM]) of a PKCS#12 blob, which Python's ssl cannot read; or the
    reason OpenSSL gives for refusing it."""
    source = _crypto.BIO_new_mem_buf(pfx, len(pfx))
    p12 = _crypto.d2i_PKCS12_bio(source, None)
    _crypto.BIO_free(source)
    if not p12:
        _crypto.ERR_clear_error()
        return "not enough data"
    key, cert, cas = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    try:
        if _crypto.PKCS12_parse(p12, (passphrase or "").encode(), ctypes.byref(key), ctypes.byref(cert),
                                ctypes.byref(cas)) != 1:
            code = _crypto.ERR_get_error()
            _crypto.ERR_clear_error()
            reason = _crypto.ERR_reason_error_string(code)
            return reason.decode() if reason else "mac verify failure"
        out = _crypto.BIO_new(_crypto.BIO_s_mem())
        try:
            key_pem = _crypto.PEM_write_bio_PrivateKey(out, key, None, None, 0, None, None) and _bio_text(out)
        finally:
            _crypto.BIO_free(out)
        pems = []
        certificates = [cert.value] if cert.value else []
        if cas.value:
            certificates += [_crypto.OPENSSL_sk_value(cas, i) for i in range(_crypto.OPENSSL_sk_num(cas))]
        for certificate in certificates:
            out = _crypto.BIO_new(_crypto.BIO_s_mem())
            _crypto.PEM_write_bio_X509(out, certificate)
            pems.append(_bio_text(out).decode("latin-1"))
            _crypto.BIO_free(out)
        if not key.value:
            return "Unable to load private key from PFX data"
        if not cert.value:
            return "Unable to load certificate from PFX data"
        return key_pem.decode("latin-1"), pems[0], pems[1:]
    finally:
        if key.value:
            _crypto.EVP_PKEY_free(key)
        if cert.value:
            _crypto.X509_free(cert)
        if cas.value:
            _crypto.OPENSSL_sk_pop_free(cas, ctypes.cast(_crypto.X509_free, ctypes.c_void_p))
        _crypto.PKCS12_free(p12)


def set_max_send_fragment(sslobject: ssl.SSLObject, size: int) -> bool:
    return _lib.SSL_ctrl(ssl_pointer(sslobject), _CTRL_SET_MAX_SEND_FRAGMENT, size, None) == 1


def export_keying_material(sslobject: ssl.SSLObject, length: int, label: bytes, context: bytes | None) -> bytes | None:
    out = ctypes.create_string_buffer(length)
    ok = _lib.SSL_export_keying_material(ssl_pointer(sslobject), out, length, label, len(label),
                                         context, len(context or b""), 0 if context is None else 1)
    return out.raw if ok == 1 else None


def finished(sslobject: ssl.SSLObject, peer: bool) -> bytes | None:
    out = ctypes.create_string_buffer(128)
    get = _lib.SSL_get_peer_finished if peer else _lib.SSL_get_finished
    size = get(ssl_pointer(sslobject), out, 128)
    return out.raw[:size] if size else None


def track_sessions(context: ssl.SSLContext) -> None:
    """A client context records each session the server gives (a TLS 1.3 server sends tickets after
    the handshake, two by default): node emits 'session' for each."""
    _lib.SSL_CTX_ctrl(ctx_pointer(context), _CTRL_SET_SESS_CACHE_MODE, _SESS_CACHE_CLIENT_ONLY, None)
    _lib.SSL_CTX_sess_set_new_cb(ctx_pointer(context), _on_new_session)


def take_sessions(sslobject: ssl.SSLObject) -> list[bytes]:
    return _new_sessions.pop(ssl_pointer(sslobject), [])


def _session_der(session: int) -> bytes:
    size = _lib.i2d_SSL_SESSION(session, None)
    if size <= 0:
        return b""
    out = ctypes.create_string_buffer(size)
    cursor = ctypes.c_void_p(ctypes.addressof(out))
    _lib.i2d_SSL_SESSION(session, ctypes.byref(cursor))
    return out.raw


def session_bytes(sslobject: ssl.SSLObject) -> bytes | None:
    session = _lib.SSL_get_session(ssl_pointer(sslobject))
    return _session_der(session) or None if session else None


def set_session(sslobject: ssl.SSLObject, data: bytes) -> bool:
    source = ctypes.create_string_buffer(data, len(data))
    cursor = ctypes.c_void_p(ctypes.addressof(source))
    session = _lib.d2i_SSL_SESSION(None, ctypes.byref(cursor), len(data))
    if not session:
        return False
    try:
        return _lib.SSL_set_session(ssl_pointer(sslobject), session) == 1
    finally:
        _lib.SSL_SESSION_free(session)


def session_reused(sslobject: ssl.SSLObject) -> bool:
    return _lib.SSL_session_reused(ssl_pointer(sslobject)) == 1


def share_store(context: ssl.SSLContext, source: ssl.SSLContext) -> None:
    """`context` trusts what `source` trusts, through the same X509_STORE (counted references): the
    default trust store is read once, not for every context (node shares its root store too)."""
    _lib.SSL_CTX_set1_cert_store(ctx_pointer(context), _lib.SSL_CTX_get_cert_store(ctx_pointer(source)))


def own_store(context: ssl.SSLContext) -> None:
    """An empty X509_STORE of its own for `context`, before certificates are added to it alone."""
    _lib.SSL_CTX_set_cert_store(ctx_pointer(context), _crypto.X509_STORE_new())


# -- session tickets ----------------------------------------------------------------------------------
#
# node encrypts session tickets with its own 48 bytes of keys (tls.Server's ticketKeys: 16 of name,
# 16 of HMAC key, 16 of AES key), so servers given the same keys resume each other's sessions; OpenSSL's
# own keys are 80 bytes and not settable that way. The callback finds a context's keys by its SSL_CTX.

_CTRL_SET_TICKET_KEY_CB = 72
_TicketKey = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_ubyte),
                              ctypes.POINTER(ctypes.c_ubyte), ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_ticket_keys: dict[int, bytes] = {}   # SSL_CTX* -> its 48 bytes


@_TicketKey
def _on_ticket_key(ssl_address, name, iv, cipher_ctx, hmac_ctx, encrypt):
    keys = _ticket_keys.get(_lib.SSL_get_SSL_CTX(ssl_address))
    if keys is None:
        return 0   # (no ticket given; one received is not ours: a full handshake)
    if encrypt:
        ctypes.memmove(name, keys[:16], 16)
        if _crypto.RAND_bytes(iv, 16) != 1:
            return -1
        init = _crypto.EVP_EncryptInit_ex
    else:
        if ctypes.string_at(name, 16) != keys[:16]:
            return 0   # not ours (any more): a full handshake, and a new ticket
        init = _crypto.EVP_DecryptInit_ex
    aes, hmac = keys[32:48], keys[16:32]
    if init(cipher_ctx, _crypto.EVP_aes_128_cbc(), None, aes, ctypes.cast(iv, ctypes.c_void_p)) != 1:
        return -1
    if _crypto.HMAC_Init_ex(hmac_ctx, hmac, 16, _crypto.EVP_sha256(), None) != 1:
        return -1
    return 1


def use_ticket_keys(context: ssl.SSLContext, keys: bytes) -> None:
    """`context` (a server's) encrypts and decrypts session tickets with node's 48 bytes `keys`."""
    pointer = ctx_pointer(context)
    _ticket_keys[pointer] = bytes(keys)
    _lib.SSL_CTX_callback_ctrl(pointer, _CTRL_SET_TICKET_KEY_CB, ctypes.cast(_on_ticket_key, ctypes.c_void_p))


def forget_ticket_keys(context: ssl.SSLContext) -> None:
    _ticket_keys.pop(ctx_pointer(context), None)


def session_ticket(sslobject: ssl.SSLObject, session_der: bytes | None) -> bytes | None:
    """The ticket the server sent for a session (`session_der`, or the connection's own)."""
    if session_der is not None:
        source = ctypes.create_string_buffer(session_der, len(session_der))
        cursor = ctypes.c_void_p(ctypes.addressof(source))
        session = _lib.d2i_SSL_SESSION(None, ctypes.byref(cursor), len(session_der))
    else:
        session = _lib.SSL_get_session(ssl_pointer(sslobject))
    if not session:
        return None
    data, size = ctypes.c_void_p(), ctypes.c_size_t()
    _lib.SSL_SESSION_get0_ticket(session, ctypes.byref(data), ctypes.byref(size))
    ticket = ctypes.string_at(data, size.value) if data.value and size.value else None
    if session_der is not None:
        _lib.SSL_SESSION_free(session)
    return ticket


# -- key log ('keylog' events) --------------------------------------------------------------------------

def log_keys(context: ssl.SSLContext) -> None:
    """`context`'s connections report their secrets to keylog_start's lists."""
    _lib.SSL_CTX_set_keylog_callback(ctx_pointer(context), _on_keylog)


def keylog_start(sslobject: ssl.SSLObject) -> None:
    _keylog_lines.setdefault(ssl_pointer(sslobject), [])


def keylog_take(sslobject: ssl.SSLObject) -> list[bytes]:
    lines = _keylog_lines.get(ssl_pointer(sslobject))
    if not lines:
        return []
    taken = lines[:]
    lines.clear()
    return taken


def forget_connection(sslobject: ssl.SSLObject) -> None:
    """The connection is closed: what was kept for it goes."""
    pointer = ssl_pointer(sslobject)
    _keylog_lines.pop(pointer, None)
    _new_sessions.pop(pointer, None)


# -- X.509 certificates (crypto.X509Certificate) ---------------------------------------------------------

# node prints names with OpenSSL's multi-line form: RFC 2253 escapes, control characters escaped,
# UTF-8 out, one "SN=value" a line
_NAME_FLAGS = 0x1 | 0x2 | 0x10 | (4 << 16)


def _x509_from_der(der: bytes):
    cursor = ctypes.c_void_p(ctypes.cast(ctypes.c_char_p(der), ctypes.c_void_p).value)
    return _crypto.d2i_X509(None, ctypes.byref(cursor), len(der))


def _name_text(name) -> str:
    out = _crypto.BIO_new(_crypto.BIO_s_mem())
    try:
        _crypto.X509_NAME_print_ex(out, name, 0, _NAME_FLAGS)
        return _bio_text(out).decode("utf-8", "replace")
    finally:
        _crypto.BIO_free(out)


def x509_read(data: bytes) -> tuple[bytes, str, str] | list:
    """(DER, subject text, issuer text) of a PEM or DER certificate, or node's error for it (the
    PEM reader's last, as node tries PEM first)."""
    _crypto.ERR_clear_error()
    source = _crypto.BIO_new_mem_buf(data, len(data))
    cert = _crypto.PEM_read_bio_X509(source, None, None, None)
    _crypto.BIO_free(source)
    pem_failure = 0
    if not cert:
        while packed := _crypto.ERR_get_error():
            pem_failure = packed
        cert = _x509_from_der(data)
        _crypto.ERR_clear_error()
    if not cert:
        return error_info(pem_failure) if pem_failure else ["ERR_OSSL_ASN1_NOT_ENOUGH_DATA", "not enough data", "", ""]
    try:
        size = _crypto.i2d_X509(cert, None)
        out = ctypes.create_string_buffer(size)
        cursor = ctypes.c_void_p(ctypes.addressof(out))
        _crypto.i2d_X509(cert, ctypes.byref(cursor))
        return (out.raw, _name_text(_crypto.X509_get_subject_name(cert)),
                _name_text(_crypto.X509_get_issuer_name(cert)))
    finally:
        _crypto.X509_free(cert)


def x509_check(der: bytes, what: str, value: str, flags: int) -> str | None:
    """X509_check_host / _email / _ip_asc: the name that matched (a host's as the certificate has
    it), or None."""
    cert = _x509_from_der(der)
    try:
        encoded = value.encode()
        if what == "host":
            peer = ctypes.c_void_p()
            if _crypto.X509_check_host(cert, encoded, len(encoded), flags, ctypes.byref(peer)) != 1:
                return None
            if not peer.value:
                return value
            matched = ctypes.string_at(peer).decode()
            _crypto.CRYPTO_free(peer, None, 0)
            return matched
        if what == "email":
            return value if _crypto.X509_check_email(cert, encoded, len(encoded), flags) == 1 else None
        return value if _crypto.X509_check_ip_asc(cert, encoded, flags) == 1 else None
    finally:
        _crypto.X509_free(cert)
        _crypto.ERR_clear_error()


def x509_check_issued(der: bytes, issuer_der: bytes) -> bool:
    cert, issuer = _x509_from_der(der), _x509_from_der(issuer_der)
    try:
        return _crypto.X509_check_issued(issuer, cert) == 0
    finally:
        _crypto.X509_free(cert)
        _crypto.X509_free(issuer)
        _crypto.ERR_clear_error()


def object_long_name(dotted: str) -> str | None:
    """OpenSSL's long name of an object identifier (sha256WithRSAEncryption, ...), if it has one."""
    nid = _crypto.OBJ_txt2nid(dotted.encode())
    name = _crypto.OBJ_nid2ln(nid) if nid else None
    return name.decode() if name else None


# -- signature algorithms (sigalgs, getSharedSigalgs) -------------------------------------------------

_CTRL_SET_SIGALGS_LIST = 98
# key types -> the names node gives them in getSharedSigalgs (EVP_PKEY_RSA, _RSA_PSS, _DSA, _EC, NID_ED25519, _ED448)
_SIGN_NAMES = {6: "RSA", 912: "RSA-PSS", 116: "DSA", 408: "ECDSA", 1087: "Ed25519", 1088: "Ed448"}


def set_sigalgs(context: ssl.SSLContext, sigalgs: str) -> bool:
    buffer = ctypes.create_string_buffer(sigalgs.encode())
    return _lib.SSL_CTX_ctrl(ctx_pointer(context), _CTRL_SET_SIGALGS_LIST, 0, ctypes.cast(buffer, ctypes.c_void_p)) == 1


def shared_sigalgs(sslobject: ssl.SSLObject) -> list[str]:
    """The signature algorithms both sides accept, as node names them ("RSA-PSS+SHA256", ...)."""
    pointer = ssl_pointer(sslobject)
    sign, hash_, both = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    count = _lib.SSL_get_shared_sigalgs(pointer, 0, None, None, None, None, None)
    names = []
    for index in range(count):
        _lib.SSL_get_shared_sigalgs(pointer, index, ctypes.byref(sign), ctypes.byref(hash_), ctypes.byref(both), None, None)
        kind = _SIGN_NAMES.get(sign.value)
        if kind is None:
            long_name = _crypto.OBJ_nid2ln(sign.value)
            kind = long_name.decode() if long_name else "UNDEF"
        short = _crypto.OBJ_nid2sn(hash_.value) if hash_.value else None
        names.append(f"{kind}+{short.decode() if short else 'UNDEF'}")
    return names


def clear_errors() -> None:
    _crypto.ERR_clear_error()


# -- Diffie-Hellman (dhparam, getEphemeralKeyInfo) -----------------------------------------------------

_CTRL_SET_DH_AUTO = 118
_CTRL_GET_PEER_TMP_KEY = 109
_PKEY_DH, _PKEY_DHX, _PKEY_EC, _PKEY_X25519, _PKEY_X448 = 28, 920, 408, 1034, 1035


def set_dh_param(context: ssl.SSLContext, pem: bytes | None) -> int | str | None:
    """A server's DHE parameters: OpenSSL's own choice (pem None, node's 'auto'), or PEM ones; the
    parameters' size in bits, None for PEM that holds none (node passes over them), 'failed' when
    OpenSSL refuses them (too small for the security level)."""
    pointer = ctx_pointer(context)
    if pem is None:
        _lib.SSL_CTX_ctrl(pointer, _CTRL_SET_DH_AUTO, 1, None)
        return 0
    source = _crypto.BIO_new_mem_buf(pem, len(pem))
    key = _crypto.PEM_read_bio_Parameters(source, None)
    _crypto.BIO_free(source)
    if not key:
        _crypto.ERR_clear_error()
        return None
    bits = _crypto.EVP_PKEY_get_bits(key)
    if bits < 1024:
        _crypto.EVP_PKEY_free(key)
        return bits
    if _lib.SSL_CTX_set0_tmp_dh_pkey(pointer, key) != 1:   # (it owns the key when it takes it)
        _crypto.EVP_PKEY_free(key)
        _crypto.ERR_clear_error()
        return "failed"
    return bits


def ephemeral_key(sslobject: ssl.SSLObject) -> list | None:
    """[type, curve name, bits] of the key the server used for the key exchange, None when none."""
    key = ctypes.c_void_p()
    if _lib.SSL_ctrl(ssl_pointer(sslobject), _CTRL_GET_PEER_TMP_KEY, 0, ctypes.cast(ctypes.byref(key), ctypes.c_void_p)) != 1 \
            or not key.value:
        return None
    try:
        kind, bits = _crypto.EVP_PKEY_get_id(key), _crypto.EVP_PKEY_get_bits(key)
        if kind in (_PKEY_DH, _PKEY_DHX):
            return ["DH", None, bits]
        if kind == _PKEY_EC:
            name = ctypes.create_string_buffer(80)
            size = ctypes.c_size_t()
            _crypto.EVP_PKEY_get_group_name(key, name, 80, ctypes.byref(size))
            return ["ECDH", name.value.decode(), bits]
        if kind in (_PKEY_X25519, _PKEY_X448):
            return ["ECDH", _crypto.OBJ_nid2sn(kind).decode(), bits]
        return None
    finally:
        _crypto.EVP_PKEY_free(key)


def security_level(context: ssl.SSLContext) -> int:
    return _lib.SSL_CTX_get_security_level(ctx_pointer(context))


# -- OpenSSL engines (clientCertEngine, privateKeyEngine) ----------------------------------------------

_engines_declared = False

def _declare_engines() -> None:
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    _declare(_crypto, "ENGINE_by_id", p, s)
    _declare(_crypto, "ENGINE_ctrl_cmd_string", i, p, s, s, i)
    _declare(_crypto, "ENGINE_free", i, p)
    _declare(_crypto, "ENGINE_init", i, p)
    _declare(_crypto, "ENGINE_load_private_key", p, p, s, p, p)
    _declare(_lib, "SSL_CTX_set_client_cert_engine", i, p, p)
    _declare(_lib, "SSL_CTX_use_PrivateKey", i, p, p)


def _error_queue() -> list[list]:
    """OpenSSL's queued errors as node's infos, the latest first (node's opensslErrorStack order)."""
    infos = []
    while packed := _crypto.ERR_get_error():
        infos.insert(0, error_info(packed))
    return infos


def load_engine(name: str):
    """An engine by id, or loaded as a shared library by the dynamic engine, as node loads them;
    [error info, [older errors' messages]] when neither works."""
    global _engines_declared
    if not _engines_declared:
        _declare_engines()
        _engines_declared = True
    _crypto.ERR_clear_error()
    engine = _crypto.ENGINE_by_id(name.encode())
    if not engine:
        engine = _crypto.ENGINE_by_id(b"dynamic")
        if engine and (_crypto.ENGINE_ctrl_cmd_string(engine, b"SO_PATH", name.encode(), 0) != 1
                       or _crypto.ENGINE_ctrl_cmd_string(engine, b"LOAD", None, 0) != 1):
            _crypto.ENGINE_free(engine)
            engine = None
    if engine:
        return engine
    errors = _error_queue() or [["ERR_OSSL_ENGINE_NO_SUCH_ENGINE", "no such engine", "", ""]]
    # (node's error is the first OpenSSL queued; the others, the latest first, are its opensslErrorStack)
    return [errors[-1], [info[1] for info in errors[:-1]]]


def use_client_cert_engine(context: ssl.SSLContext, engine) -> list | None:
    """The engine gives the client certificates; node's error when OpenSSL refuses it."""
    if _lib.SSL_CTX_set_client_cert_engine(ctx_pointer(context), engine) == 1:
        return None
    errors = _error_queue()
    return errors[0] if errors else None


def use_engine_key(context: ssl.SSLContext, engine, key_id: str) -> list | None:
    """The private key is the engine's `key_id`; node's error when that fails."""
    key = None
    if _crypto.ENGINE_init(engine) == 1:
        key = _crypto.ENGINE_load_private_key(engine, key_id.encode(), None, None)
    if key and _lib.SSL_CTX_use_PrivateKey(ctx_pointer(context), key) == 1:
        _crypto.EVP_PKEY_free(key)
        return None
    if key:
        _crypto.EVP_PKEY_free(key)
    errors = _error_queue()
    return errors[0] if errors else ["ERR_CRYPTO_OPERATION_FAILED", "Failed to load private key", None, None]
