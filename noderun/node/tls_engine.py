"""TLS in memory for node:tls (what node's tls_wrap and SecureContext do in C++), behind host_tls.py.

TLS runs in memory: each connection is a Python `ssl.SSLObject` between two `ssl.MemoryBIO`s. JS
(internal/tls/wrap.js) moves the bytes: what the peer sent goes in with `tlsFeed`, which answers
with the bytes to send back and the plaintext that came out; `tlsWrite` encrypts. So every socket
read and write stays on the thread's loop, as the JS stream it is (a net.Socket or any Duplex), and
nothing here blocks: the calls only compute.

A server connection first waits for the whole ClientHello, read here (`client_hello`), so that JS
can choose the secure context by the name the client asked for (SNICallback, asynchronous in node)
and the ALPN protocol (ALPNCallback) before OpenSSL answers, as node's own ClientHello parser does.

Secure contexts (createSecureContext) are kept by id; their Python SSLContexts are made on first use
for each side (server / client) and ALPN list, since OpenSSL ties ALPN to the context.
"""

from __future__ import annotations

import base64
import os
import re
import ssl

from ..errors import NodeError
from . import tls_openssl, x509

_VERSIONS = {"TLSv1": ssl.TLSVersion.TLSv1, "TLSv1.1": ssl.TLSVersion.TLSv1_1,
             "TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}
# feed results: flags
HANDSHAKE_DONE, PEER_CLOSED, HELLO = 1, 2, 4


def _memory_file(text: str | bytes) -> tuple[int, str]:
    """A descriptor and path holding `text`: ssl loads keys and certificate chains from files only."""
    fd = os.memfd_create("noderun-tls", os.MFD_CLOEXEC)
    os.write(fd, text.encode("latin-1") if isinstance(text, str) else text)
    return fd, f"/proc/self/fd/{fd}"


def ssl_failure(exc: ssl.SSLError) -> list:
    """[code, message, library, reason] of node's error for an OpenSSL failure ("[SSL: REASON] text
    (_ssl.c:N)" in Python's words; node's code is ERR_SSL_REASON, REASON being the text's words when
    Python has no name for it, as for an alert the peer sent)."""
    text = str(exc)
    if text.startswith("[") and "] " in text:
        text = text.split("] ", 1)[1]
    text = text.rsplit(" (_ssl.c", 1)[0]
    if text.startswith("sslv3 alert "):   # OpenSSL 3.2 renamed these; node 24's OpenSSL is newer than ours
        text = "ssl/tls alert " + text[len("sslv3 alert "):]
    if getattr(exc, "reason", None):   # node's code is the reason's text in capitals
        reason = text.upper().replace(" ", "_")
    else:
        reason = re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_") or "UNKNOWN"
    # (node's message is OpenSSL's error line, "...:error:<code>:SSL routines:<function>:<reason>:<file>...";
    # Python keeps neither the code nor the function: the library and reason are what is left of it)
    return [f"ERR_SSL_{reason}", f"SSL routines::{text}", "SSL routines", text]


_extra_ca_text: str | None = None


def extra_ca() -> str:
    """NODE_EXTRA_CA_CERTS's certificates (PEM), read once, added to the default trust store as node
    does; a file that cannot be read is a warning on stderr, once, and no extra certificates."""
    global _extra_ca_text
    if _extra_ca_text is None:
        _extra_ca_text = ""
        path = os.environ.get("NODE_EXTRA_CA_CERTS")
        if path:
            try:
                with open(path, encoding="latin-1") as file:
                    _extra_ca_text = file.read()
            except OSError as exc:
                import sys
                sys.stderr.write(f"Warning: Ignoring extra certs from `{path}`, load failed: "
                                 f"error:80000002:system library::{exc.strerror}\n")
    return _extra_ca_text


def _load_default_trust(context: ssl.SSLContext) -> None:
    """The system's trust store and NODE_EXTRA_CA_CERTS's certificates into `context`."""
    context.load_default_certs()
    if extra_ca():
        context.load_verify_locations(cadata=extra_ca())


_default_trust_context: ssl.SSLContext | None = None


def _default_trust() -> ssl.SSLContext:
    """A context holding the default trust store, read once, whose store the others share."""
    global _default_trust_context
    if _default_trust_context is None:
        _default_trust_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        _load_default_trust(_default_trust_context)
    return _default_trust_context


class OpenSSLFailure(Exception):
    """An OpenSSL error already in node's words: [code, message, library, reason]."""

    def __init__(self, info: list):
        super().__init__(info[1])
        self.info = info


class SecureContext:
    """The options of one createSecureContext, and the SSLContexts made of them."""

    def __init__(self, options: dict):
        self.options = options
        extra_ca()   # (node reads NODE_EXTRA_CA_CERTS with its first secure context)
        self.contexts: dict = {}
        self.ca_der: list[bytes] = []
        self.keep: list = []          # ctypes callbacks the contexts call
        self.added_ca: list[str] = []  # context.addCACert's and a pfx's, beside the `ca` or the default store
        for pfx, passphrase in options.get("pfx") or ():
            self._add_pfx(base64.b64decode(pfx), passphrase)
        self.ticket_keys = os.urandom(48)   # a server's session ticket keys (node's 48 bytes)
        self.warning: str | None = None      # node's SecurityWarning about the options, if any

    def set_ticket_keys(self, keys: bytes) -> None:
        self.ticket_keys = bytes(keys)
        for (server, _alpn), context in self.contexts.items():
            if server and tls_openssl.load():
                tls_openssl.use_ticket_keys(context, self.ticket_keys)

    def __del__(self) -> None:
        # (not when JS lets go of the context: connections may still use its SSLContexts)
        if tls_openssl.load():
            for context in self.contexts.values():
                tls_openssl.forget_ticket_keys(context)

    def add_ca(self, pem: str) -> None:
        """One more trusted certificate (context.addCACert), for the SSLContexts made and to come."""
        self.added_ca.append(pem)
        self.ca_der.append(ssl.PEM_cert_to_DER_cert(pem))
        for context in self.contexts.values():
            if not self.options.get("ca") and tls_openssl.load():   # (the shared default store stays as it is)
                tls_openssl.own_store(context)
                _load_default_trust(context)
                for added in self.added_ca[:-1]:
                    context.load_verify_locations(cadata=added)
            context.load_verify_locations(cadata=pem)

    def _add_pfx(self, data: bytes, passphrase: str | None) -> None:
        """A PKCS#12 blob's key, certificate (with its chain) and CA certificates join the options."""
        if not tls_openssl.load():
            raise NodeError(None, js_class="Error", message="PFX is not supported on this system")
        parsed = tls_openssl.pkcs12_pem(data, passphrase)
        if parsed == "unsupported":   # an algorithm OpenSSL 3 keeps in its legacy provider
            raise NodeError("ERR_CRYPTO_UNSUPPORTED_OPERATION", js_class="Error", message="Unsupported PKCS12 PFX data",
                            native=True)
        if isinstance(parsed, str):
            raise NodeError(None, js_class="Error", message=parsed)
        key, cert, cas = parsed
        self.options.setdefault("pairs", []).append(["".join([cert, *cas]), [[key, None]]])
        for pem in cas:   # (trusted as addCACert's are: on top of the default store)
            self.added_ca.append(pem)
            self.ca_der.append(ssl.PEM_cert_to_DER_cert(pem))

    def get(self, server: bool, alpn: tuple | None = None) -> ssl.SSLContext:
        """The SSLContext for one side; a client's offers the ALPN protocols `alpn`, a server's
        answers ALPN with alpn[0] (None: with the no_application_protocol alert)."""
        key = (server, alpn)
        context = self.contexts.get(key)
        if context is None:
            context = self._make(server)
            if not server and tls_openssl.load():
                tls_openssl.track_sessions(context)
            elif tls_openssl.load():
                tls_openssl.use_ticket_keys(context, self.ticket_keys)
            if tls_openssl.load():
                tls_openssl.log_keys(context)
            if alpn and not server:
                context.set_alpn_protocols(list(alpn))
            elif alpn and tls_openssl.load():
                self.keep.append(tls_openssl.select_alpn(context, alpn[0]))
            self.contexts[key] = context
        return context

    def _make(self, server: bool) -> ssl.SSLContext:
        options = self.options
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False            # node checks the name itself (checkServerIdentity)
        context.verify_mode = ssl.CERT_NONE       # and decides on the peer's certificate afterwards
        context.options &= ~ssl.OP_NO_TICKET
        context.minimum_version = _VERSIONS[options.get("minVersion") or "TLSv1.2"]
        context.maximum_version = _VERSIONS[options.get("maxVersion") or "TLSv1.3"]
        self._set_ciphers(context, options.get("ciphers") or "")
        if options.get("dhparam") and tls_openssl.load():
            self._set_dh_param(context, options["dhparam"])
        sigalgs = options.get("sigalgs")
        if sigalgs and tls_openssl.load() and not tls_openssl.set_sigalgs(context, sigalgs):
            tls_openssl.clear_errors()
            raise OpenSSLFailure([None, "error:00000000:lib(0)::reason(0)", None, None])   # (node's words for it)
        curve = options.get("ecdhCurve")
        if curve and curve != "auto" and tls_openssl.load():
            if not tls_openssl.set_groups(context, curve):
                raise NodeError("ERR_CRYPTO_OPERATION_FAILED", js_class="Error", message="Failed to set ECDH curve")
        for cert, keys in options.get("pairs") or ():
            self._load_pair(context, cert, keys)
        self._use_engines(context)
        ca = options.get("ca")
        if ca:   # (instead of the default store and NODE_EXTRA_CA_CERTS, as node)
            context.load_verify_locations(cadata="\n".join(ca))
        elif self.added_ca or not tls_openssl.load():
            _load_default_trust(context)
        else:
            tls_openssl.share_store(context, _default_trust())
        for pem in self.added_ca:
            context.load_verify_locations(cadata=pem)
        if options.get("allowPartialTrustChain"):   # (an intermediate CA in `ca` is trusted as a root)
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        if options.get("honorCipherOrder"):
            context.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
        else:   # (Python's contexts prefer the server's order by default; OpenSSL's, and node's, not)
            context.options &= ~ssl.OP_CIPHER_SERVER_PREFERENCE
        if server and options.get("sessionIdContext"):
            pass   # Python sets its own session id context, which keeps resumption working
        return context

    def _use_engines(self, context: ssl.SSLContext) -> None:
        """clientCertEngine and privateKeyEngine / privateKeyIdentifier: OpenSSL engines loaded as
        node loads them; a failure is node's error, with OpenSSL's other errors as opensslErrorStack."""
        options = self.options
        for name, use in ((options.get("clientCertEngine"), tls_openssl.use_client_cert_engine),
                          (options.get("privateKeyEngine"),
                           lambda context, engine: tls_openssl.use_engine_key(context, engine, options["privateKeyIdentifier"]))):
            if not name:
                continue
            if not tls_openssl.load():
                raise OpenSSLFailure(["ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED", "Custom engines not supported by this OpenSSL",
                                      None, None])
            engine = tls_openssl.load_engine(name)
            if isinstance(engine, list):
                info, stack = engine
                raise OpenSSLFailure([None, info[1], None, None, None, stack])
            failure = use(context, engine)
            if failure:
                raise OpenSSLFailure(failure)

    def _set_dh_param(self, context: ssl.SSLContext, dhparam: str) -> None:
        """node's dhparam: 'auto' or PEM parameters (none in it: passed over); too small ones are an
        error, ones under 2048 bits a warning (self.warning)."""
        bits = tls_openssl.set_dh_param(context, None if dhparam == "auto" else dhparam.encode("latin-1"))
        if bits == "failed":
            raise OpenSSLFailure(["ERR_CRYPTO_OPERATION_FAILED", "Error setting temp DH parameter", None, None])
        if bits is not None and 0 < bits < 1024:
            raise OpenSSLFailure(["ERR_INVALID_ARG_VALUE", "DH parameter is less than 1024 bits", None, None, "TypeError"])
        if bits is not None and 0 < bits < 2048:
            self.warning = "DH parameter is less than 2048 bits"

    @staticmethod
    def _set_ciphers(context: ssl.SSLContext, ciphers: str) -> None:
        """node's ciphers string: the TLS_ names are TLS 1.3 suites, the rest OpenSSL's cipher list;
        with no suite OpenSSL's default suites stay, with no listed cipher only TLS 1.3 is on."""
        suites = ":".join(c for c in ciphers.split(":") if c.startswith("TLS_"))
        listed = ":".join(c for c in ciphers.split(":") if c and not c.startswith("TLS_"))
        no_match = OpenSSLFailure(["ERR_SSL_NO_CIPHER_MATCH", "error:0A0000B9:SSL routines::no cipher match",
                                   "SSL routines", "no cipher match"])
        if listed:
            try:
                context.set_ciphers(listed)
            except ssl.SSLError:
                # a list that only takes ciphers away leaves none for TLS 1.2 but is no error when
                # TLS 1.3 suites remain (OpenSSL keeps the former list: node's own behaviour)
                if not suites or any(c[:1] not in "!-" for c in listed.split(":")):
                    raise no_match from None
        if suites and tls_openssl.load() and not tls_openssl.set_ciphersuites(context, suites):
            raise no_match
        if not ciphers:
            return
        low, high = context.minimum_version, context.maximum_version
        if not listed and low < ssl.TLSVersion.TLSv1_3 and high > ssl.TLSVersion.TLSv1_2:
            context.minimum_version = ssl.TLSVersion.TLSv1_3

    @staticmethod
    def _load_pair(context: ssl.SSLContext, cert: str, keys: list) -> None:
        """The certificate (chain) with the first of the keys that matches it."""
        failure = None
        for key, passphrase in keys:
            if tls_openssl.load():
                problem = (tls_openssl.pem_error(key.encode("latin-1"), passphrase, True)
                           or tls_openssl.pem_error(cert.encode("latin-1"), None, False))
                if problem:
                    raise OpenSSLFailure(problem)
            cert_fd, cert_path = _memory_file(cert)
            key_fd, key_path = _memory_file(key)
            try:
                context.load_cert_chain(cert_path, key_path, password=passphrase if passphrase is not None else "")
                return
            except ssl.SSLError as exc:
                failure = failure or exc
            finally:
                os.close(cert_fd)
                os.close(key_fd)
        if failure is not None:
            raise failure


class Connection:
    """One TLS connection in memory (client or server side)."""

    def __init__(self, secure: SecureContext, server: bool):
        self.secure = secure
        self.server = server
        self.incoming = ssl.MemoryBIO()
        self.outgoing = ssl.MemoryBIO()
        self.sslobj: ssl.SSLObject | None = None
        self.hello = bytearray() if server else None   # a server's first bytes, until the whole ClientHello
        self.servername: str | None = None
        self.hello_read = False
        self.handshake_done = False
        self.openssl = False         # tls_openssl works on this connection's SSLObject
        self.keylog = False          # the secrets go to JS ('keylog' events)
        self.last_chunk = b""        # the peer's bytes fed last (see _as_openssl_35)

    def start(self, secure: SecureContext, alpn: tuple | None, servername: str | None, verify_mode: int,
              session: bytes | None) -> list:
        """Begin the handshake (a client's ClientHello; a server goes on with the one it read)."""
        self.secure = secure
        try:
            context = secure.get(self.server, alpn)
            self.sslobj = context.wrap_bio(self.incoming, self.outgoing, server_side=self.server,
                                           server_hostname=None if self.server else servername)
        except ssl.SSLError as exc:
            return [None, None, 0, ssl_failure(exc), None]
        self.openssl = tls_openssl.available(self.sslobj)
        if self.openssl:
            tls_openssl.accept_any_certificate(self.sslobj, verify_mode)
            if self.keylog:
                tls_openssl.keylog_start(self.sslobj)
            if session:
                tls_openssl.set_session(self.sslobj, session)
        if self.hello:
            self.incoming.write(bytes(self.hello))
        self.hello = None
        return self.pump()

    def feed(self, chunk: bytes) -> list:
        """The peer's bytes in: [bytes to send, [plaintext, one per record as node reads them], flags,
        error, hello, [new sessions]]."""
        if self.hello is not None:
            self.hello += chunk
            if self.hello_read:
                return [None, None, 0, None, None]   # JS has the hello and has not started yet
            hello = client_hello(bytes(self.hello))
            if hello is None:
                return [None, None, 0, None, None]
            self.servername = hello[0]
            self.hello_read = True
            return [None, None, HELLO, None, [hello[0], hello[1]]]
        self.incoming.write(chunk)
        self.last_chunk = chunk
        return self.pump()

    def pump(self) -> list:
        sslobj = self.sslobj
        flags, error, plain = 0, None, []
        try:
            if not self.handshake_done:
                try:
                    sslobj.do_handshake()
                    self.handshake_done = True
                    flags |= HANDSHAKE_DONE
                except ssl.SSLWantReadError:
                    pass
            if self.handshake_done:
                flags |= self._read(plain)
        except ssl.SSLError as exc:
            error = _as_openssl_35(ssl_failure(exc), self.last_chunk)
        out = self.outgoing.read()
        sessions = tls_openssl.take_sessions(sslobj) if self.openssl and not self.server else None
        keylog = tls_openssl.keylog_take(sslobj) if self.keylog and self.openssl else None
        return [out or None, plain or None, flags, error, None, sessions or None, keylog or None]

    def enable_keylog(self) -> None:
        """From now on, the connection's secrets come out of pump() (its 7th answer)."""
        self.keylog = True
        if self.sslobj is not None and self.openssl:
            tls_openssl.keylog_start(self.sslobj)

    def close(self) -> None:
        if self.sslobj is not None and self.openssl:
            tls_openssl.forget_connection(self.sslobj)

    def _read(self, plain: list) -> int:
        flags = 0
        while True:
            try:
                piece = self.sslobj.read(65536)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                flags |= PEER_CLOSED
                break
            if not piece:
                flags |= PEER_CLOSED
                break
            plain.append(piece)
        return flags

    def write(self, data: bytes) -> list:
        """Plaintext in: [bytes to send, error]."""
        try:
            self.sslobj.write(data)
        except ssl.SSLError as exc:
            return [self.outgoing.read() or None, ssl_failure(exc)]
        return [self.outgoing.read(), None]

    def shutdown(self) -> bytes | None:
        """Our close_notify alert (the bytes to send), without waiting for the peer's."""
        if self.sslobj is not None and self.handshake_done:
            try:
                self.sslobj.unwrap()
            except ssl.SSLError:
                pass
        return self.outgoing.read() or None

    def sent_chain(self) -> list[bytes] | None:
        """The peer's certificate and the ones it sent with it (DER), as it sent them."""
        leaf = self.sslobj.getpeercert(True)
        if not leaf:
            return None
        chain = [c.public_bytes(ssl._ssl.ENCODING_DER) for c in (self.sslobj._sslobj.get_unverified_chain() or ())]
        if not chain or chain[0] != leaf:
            chain.insert(0, leaf)
        return chain

    def peer_chain(self, detailed: bool) -> list | None:
        """The peer's certificate as node describes it; with `detailed`, its issuers after it (from
        the chain the peer sent, then the trusted CAs); a self-signed last one is marked by a True."""
        chain = self.sent_chain()
        if chain is None:
            return None
        leaf = chain[0]
        result = [x509.describe(leaf)]
        if not detailed:
            return result
        pool = chain[1:] + self.secure.ca_der
        current, seen = leaf, {leaf}
        while True:
            subject, issuer = x509.subject_and_issuer(current)
            if subject == issuer:
                result.append(True)
                break
            found = next((c for c in pool if c not in seen and x509.subject_and_issuer(c)[0] == issuer), None)
            if found is None:
                break
            seen.add(found)
            result.append(x509.describe(found))
            current = found
        return result

    def export_keying_material(self, length: int, label: str, context: bytes | None) -> bytes | None:
        if not self.openssl:
            return None
        return tls_openssl.export_keying_material(self.sslobj, length, label.encode("latin-1"), context)

    def info(self, what: str, arg=None):
        """One fact about the connection, as node's TLSSocket methods report it."""
        sslobj = self.sslobj
        if what == "servername":
            return self.servername if self.server else (sslobj.server_hostname if sslobj else None)
        if sslobj is None:
            return None
        if what == "protocol":
            return sslobj.version()
        if what == "cipher":
            cipher = sslobj.cipher()
            if cipher is None:
                return None
            standard = tls_openssl.cipher_standard_name(sslobj) if self.openssl else None
            return [cipher[0], standard or cipher[0], cipher[1]]
        if what == "alpn":
            return sslobj.selected_alpn_protocol()
        if what == "peerCertificate":
            return self.peer_chain(bool(arg))
        if what == "peerChain":
            return self.sent_chain()
        if what == "certificate":
            pairs = self.secure.options.get("pairs") or ()
            first = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", pairs[0][0], re.S) if pairs else None
            return x509.describe(ssl.PEM_cert_to_DER_cert(first.group(0))) if first else None
        if what == "verifyError":
            if not self.openssl:
                return None
            code, message = tls_openssl.verify_result(sslobj)
            return None if code == 0 else [code, message]
        if what == "hasPeerCertificate":
            return bool(sslobj.getpeercert(True))
        if what == "session":
            return tls_openssl.session_bytes(sslobj) if self.openssl else None
        if what == "ticket":
            return tls_openssl.session_ticket(sslobj, arg) if self.openssl else None
        if what == "sessionReused":
            return tls_openssl.session_reused(sslobj) if self.openssl else sslobj.session_reused
        if what in ("finished", "peerFinished"):
            return tls_openssl.finished(sslobj, what == "peerFinished") if self.openssl else None
        if what == "maxSendFragment":
            return tls_openssl.set_max_send_fragment(sslobj, int(arg)) if self.openssl else False
        if what == "ephemeralKey":
            return tls_openssl.ephemeral_key(sslobj) if self.openssl else None
        if what == "sharedSigalgs":
            return tls_openssl.shared_sigalgs(sslobj) if self.openssl else []
        if what == "sharedCiphers":
            return [c[0] for c in sslobj.shared_ciphers() or ()]
        raise ValueError(f"unknown TLS fact {what!r}")


_MAX_RECORD = 16384 + 2048   # a TLS record's largest encrypted length (SSL3_RT_MAX_ENCRYPTED_LENGTH)


def _as_openssl_35(error: list, chunk: bytes) -> list:
    """OpenSSL 3.2 and later check a record's length before its version: bytes that are no TLS
    record with a length past the largest are "packet length too long" for node 24's OpenSSL, where
    the system's 3.0 says "wrong version number"."""
    if error[0] != "ERR_SSL_WRONG_VERSION_NUMBER" or len(chunk) < 5 or int.from_bytes(chunk[3:5], "big") <= _MAX_RECORD:
        return error
    return ["ERR_SSL_PACKET_LENGTH_TOO_LONG", "SSL routines::packet length too long", "SSL routines",
            "packet length too long"]


def client_hello(data: bytes) -> tuple | None:
    """(servername, [ALPN protocols]) of the ClientHello at the start of `data`; None while it is not
    all there; (None, None) when the bytes are not a TLS ClientHello (OpenSSL will say what is wrong)."""
    message = bytearray()
    i = 0
    while True:
        if len(data) < i + 5:
            return None
        if data[i] != 22 or data[i + 1] != 3:
            return (None, None)
        length = int.from_bytes(data[i + 3:i + 5], "big")
        if len(data) < i + 5 + length:
            return None
        message += data[i + 5:i + 5 + length]
        i += 5 + length
        if len(message) >= 4:
            if message[0] != 1:
                return (None, None)
            if len(message) >= 4 + int.from_bytes(message[1:4], "big"):
                break
    try:
        return _hello_extensions(bytes(message[4:4 + int.from_bytes(message[1:4], "big")]))
    except (IndexError, ValueError):
        return (None, None)


def _hello_extensions(body: bytes) -> tuple:
    i = 2 + 32
    i += 1 + body[i]                                      # session id
    i += 2 + int.from_bytes(body[i:i + 2], "big")         # cipher suites
    i += 1 + body[i]                                      # compression methods
    servername, protocols = None, None
    if i + 2 > len(body):
        return (None, None)
    end = i + 2 + int.from_bytes(body[i:i + 2], "big")
    i += 2
    while i + 4 <= end:
        kind, size = int.from_bytes(body[i:i + 2], "big"), int.from_bytes(body[i + 2:i + 4], "big")
        data = body[i + 4:i + 4 + size]
        if kind == 0 and len(data) > 5 and data[2] == 0:
            servername = data[5:5 + int.from_bytes(data[3:5], "big")].decode("latin-1")
        elif kind == 16:
            protocols, j = [], 2
            while j < len(data):
                protocols.append(data[j + 1:j + 1 + data[j]].decode("latin-1"))
                j += 1 + data[j]
        i += 4 + size
    return (servername, protocols)




def ciphers() -> list:
    """Every cipher this OpenSSL offers (TLS 1.3 suites and the rest), as tls.getCiphers() lists."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.set_ciphers("DEFAULT")
    if tls_openssl.load():
        tls_openssl.set_ciphersuites(context, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                              "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256")
    return [c["name"] for c in context.get_ciphers()]


def root_certificates() -> list:
    """The PEM text of each certificate of the default trust store (OpenSSL's, the system's)."""
    paths = ssl.get_default_verify_paths()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if paths.cafile:
        context.load_verify_locations(cafile=paths.cafile)
    else:
        context.load_default_certs()
    return [ssl.DER_cert_to_PEM_cert(der).strip() for der in context.get_ca_certs(binary_form=True)]


def secure_context(options: dict, server: bool) -> SecureContext | list:
    """A secure context from createSecureContext's options, or node's error for them as a list: the
    SSLContext of the side it is for is made at once, so a bad key or certificate fails here."""
    try:
        secure = SecureContext(options)
        secure.get(server)
    except OpenSSLFailure as failure:
        return failure.info
    except ssl.SSLError as exc:
        return tls_openssl.python_error_info(exc) or ssl_failure(exc)
    for pem in options.get("ca") or ():
        try:
            secure.ca_der.append(ssl.PEM_cert_to_DER_cert(pem))
        except ValueError:
            pass
    return secure


def security_level() -> int:
    """OpenSSL's security level of a context made with node's defaults (the system's configuration
    decides it)."""
    secure = SecureContext({"ciphers": ""})
    context = secure.get(True)
    return tls_openssl.security_level(context) if tls_openssl.load() else 1
