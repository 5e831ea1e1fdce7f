'use strict';
// node:tls. A TLSSocket is a net.Socket whose handle is a TLSWrap (internal/tls/wrap.js): TLS over
// another stream (the transport: a net.Socket, or any Duplex), spoken by Python's ssl in memory
// (node/tls_engine.py), so reads and writes stay on the loop. tls.Server is a net.Server that wraps
// each connection in a server-side TLSSocket. What Python's ssl cannot do is listed in README.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MULTIPLE_CALLBACK, ERR_TLS_ALPN_CALLBACK_INVALID_RESULT,
    ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS, ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT, ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER, ERR_OUT_OF_RANGE, ERR_TLS_INVALID_STATE, ERR_INTERNAL_ASSERTION,
    ERR_CRYPTO_OPERATION_FAILED, ERR_TLS_DH_PARAM_SIZE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateString, validateInt32 } = require('internal/validators');
const { SecureContext, createSecureContext, isSecureContext, defaults } = require('internal/tls/secure_context');
const { TLSWrap } = require('internal/tls/wrap');
const { checkServerIdentity, verifyError } = require('internal/tls/identity');
const { X509Certificate, legacyObject: certificateObject, x509Chain } = require('internal/crypto/x509');

const VERIFY_PEER = 1;
const VERIFY_FAIL_IF_NO_PEER_CERT = 2;
const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kPendingSession = Symbol('pendingSession');
const kServerConnection = Symbol('serverConnection');   // a tls.Server's socket (tlsConnectionListener)

function validateBuffer(value, name) {
  if (!ArrayBuffer.isView(value)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
}

// -- ALPN ----------------------------------------------------------------------------------------------

// ALPNProtocols as a list of names: an array of strings / buffers, or the wire form (length-prefixed)
function alpnNames(protocols) {
  if (protocols == null) return null;
  if (Array.isArray(protocols)) {
    return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
  }
  if (ArrayBuffer.isView(protocols)) {
    const wire = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const names = [];
    for (let i = 0; i < wire.length; i += 1 + wire[i]) names.push(wire.toString('latin1', i + 1, i + 1 + wire[i]));
    return names;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const [i, protocol] of protocols.entries()) {
      const bytes = Buffer.from(protocol);
      if (bytes.length > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
                                   '<= 255', bytes.length, true);
      }
      parts.push(Buffer.from([bytes.length]), bytes);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// -- TLSSocket -----------------------------------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols) tlsOptions.ALPNProtocols = alpnNames(tlsOptions.ALPNProtocols);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this[kErrorEmitted] = false;
  this[kPendingSession] = tlsOptions.session ?? null;

  if (socket != null && (typeof socket.write !== 'function' || typeof socket.on !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('socket', ['net.Socket', 'stream.Duplex'], socket);
  }
  if (tlsOptions.isServer && tlsOptions.SNICallback != null) {
    validateFunction(tlsOptions.SNICallback, 'options.SNICallback');
  }
  const context = tlsOptions.secureContext || module.exports.createSecureContext(tlsOptions);
  if (!isSecureContext(context)) throw new ERR_TLS_INVALID_CONTEXT('context');
  const allowHalfOpen = socket?.allowHalfOpen ?? tlsOptions.allowHalfOpen;   // (before the wrap takes the socket)
  const transport = socket ?? new net.Socket({ allowHalfOpen: true });
  const handle = new TLSWrap(transport, context, Boolean(tlsOptions.isServer));
  this._parent = socket ?? null;
  this.ssl = handle;   // node's name for the TLS handle (ssl.verifyError(), ...)
  this[kTransport] = transport;
  net.Socket.call(this, {
    handle,
    allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
    onread: tlsOptions.onread,
  });
  if (socket && socket.connecting) {
    this.connecting = true;
    socket.once('connect', () => onTransportConnect(this));
  }
  this.on('newListener', keylogNewListener);
  if (tlsKeylogFile()) enableTlsKeylogFile(this);
  // (read even when paused: the handshake goes on, the plaintext waits; node's initRead)
  this.read(0);
}

// the handle reports the secrets once someone listens to 'keylog'
function keylogNewListener(event) {
  if (event !== 'keylog') return;
  this._handle?.enableKeylogCallback?.();
  this.removeListener('newListener', keylogNewListener);
}

// --tls-keylog=file: every TLS socket's secrets are appended to the file, with node's warning once
let keylogFile;
let keylogWarned = false;
function tlsKeylogFile() {
  keylogFile ??= process.execArgv.findLast((arg) => arg.startsWith('--tls-keylog='))?.slice('--tls-keylog='.length) ?? '';
  return keylogFile;
}

function enableTlsKeylogFile(socket) {
  if (!keylogWarned) {
    keylogWarned = true;
    process.emitWarning('Using --tls-keylog makes TLS connections insecure by writing secret key material to ' +
                        `file ${keylogFile}`);
  }
  socket.on('keylog', (line) => require('fs').appendFileSync(keylogFile, line, { mode: 0o600 }));
}
const kTransport = Symbol('transport');
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function onTransportConnect(socket) {
  if (socket.destroyed) return;
  socket.connecting = false;
  socket.emit('connect');
  socket.emit('ready');
  socket._start();
  if (!socket.isPaused() || socket.readableFlowing === null) socket._read();
}

TLSSocket.prototype._start = function _start() {
  if (this.connecting || this.destroyed) return;
  const options = this._tlsOptions;
  if (options.isServer) return;   // a server answers the ClientHello (onhello)
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  this._handle.start(null, options.ALPNProtocols, this._sni ?? null, VERIFY_PEER,
                     session ? Buffer.from(session) : null);
};

// connect(...): the transport connects (net.Socket's arguments), then the handshake starts
TLSSocket.prototype.connect = function connect(...args) {
  const [options, cb] = Array.isArray(args[0]) ? args[0] : net._normalizeArgs(args);
  const transport = this[kTransport];
  if (cb) this.once('connect', cb);
  this.connecting = true;
  transport.once('connect', () => onTransportConnect(this));
  transport.on('lookup', (...lookup) => this.emit('lookup', ...lookup));
  transport.connect(options);
  return this;
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  return true;
};

TLSSocket.prototype.setServername = function setServername(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._sni = name;
};

TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this[kPendingSession] = session;
};

// -- the handle's hooks ---------------------------------------------------------------------------------

// Server: the ClientHello is read. The context comes from SNICallback (asynchronous), the ALPN
// answer from ALPNCallback or the server's ALPNProtocols, then the handshake goes on.
TLSSocket.prototype.onhello = function onhello(servername, clientProtocols) {
  const options = this._tlsOptions;
  this.servername = servername || false;
  const sniCallback = options.SNICallback;
  const go = (context) => {
    if (this.destroyed) return;
    let alpn = null;
    if (clientProtocols && clientProtocols.length > 0) {
      if (options.ALPNCallback) {
        const chosen = options.ALPNCallback.call(this, { servername: this.servername, protocols: clientProtocols });
        if (chosen !== undefined && !clientProtocols.includes(chosen)) {
          // (node throws it from the handshake: the process's uncaught exception, not the socket's error)
          const error = new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(chosen, clientProtocols);
          this.destroy();
          process.nextTick(() => { throw error; });
          return;
        }
        alpn = [chosen ?? null];
      } else if (options.ALPNProtocols) {
        alpn = [options.ALPNProtocols.find((p) => clientProtocols.includes(p)) ?? null];
      }
    }
    const mode = options.requestCert ? VERIFY_PEER | (options.rejectUnauthorized ? VERIFY_FAIL_IF_NO_PEER_CERT : 0) : 0;
    context = this._keyCertContext ?? context;
    this._handle.start(context ? context.context.id : null, alpn, null, mode, null);
  };
  if (!servername || !sniCallback) {
    go(null);
    return;
  }
  let called = false;
  sniCallback.call(this, servername, (error, context) => {
    if (called) throw new ERR_MULTIPLE_CALLBACK();
    called = true;
    if (error) {
      this._tlsError(error);
      return;
    }
    if (context != null && !isSecureContext(context)) {
      this._tlsError(new Error('Invalid SNI context'));
      return;
    }
    go(context ?? null);
  });
};

TLSSocket.prototype.onhandshakedone = function onhandshakedone() {
  this._secureEstablished = true;
  this.alpnProtocol = this._handle.info('alpn') || false;
  if (!this._tlsOptions.isServer) this.servername = this._sni ?? false;
  this.emit('secure');
  if (!this._tlsOptions.isServer) onConnectSecure(this);
  else if (this._tlsOptions.server) onServerSocketSecure(this);   // (a TLSSocket made alone just says 'secure')
};

TLSSocket.prototype.onkeylog = function onkeylog(line) {
  this.emit('keylog', line);
};

TLSSocket.prototype.onsession = function onsession(session) {
  this.emit('session', session);
};

TLSSocket.prototype.ontlserror = function ontlserror(error) {
  this._tlsError(error);
};

TLSSocket.prototype.ontransportend = function ontransportend() {
  if (this.destroyed) return;
  if (this._tlsOptions.isServer) {
    this.destroy();   // 'tlsClientError' ECONNRESET (onServerSocketClose)
    return;
  }
  const error = new Error('Client network socket disconnected before secure TLS connection was established');
  error.code = 'ECONNRESET';
  const options = this[kConnectOptions];
  if (options) {
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
  }
  this._tlsError(error);
};

// A TLS failure: node's '_tlsError' event first; a handshake that fails on a tls.Server's socket is
// the server's 'tlsClientError', on a server-side socket made alone without a server only
// '_tlsError'; otherwise the socket's 'error'.
TLSSocket.prototype._tlsError = function _tlsError(error) {
  this.emit('_tlsError', error);
  const options = this._tlsOptions;
  if (options.isServer && !this._secureEstablished) {
    if (this[kServerConnection]) {
      if (!this[kErrorEmitted]) {
        this[kErrorEmitted] = true;
        options.server.emit('tlsClientError', error, this);
      }
      this.destroy();
      return;
    }
    if (!options.server) {
      this.destroy();
      return;
    }
  }
  this.destroy(error);
};

function onServerSocketSecure(socket) {
  const options = socket._tlsOptions;
  if (options.requestCert) {
    const failure = peerVerifyError(socket);
    if (failure) {
      socket.authorizationError = failure.code;
      if (options.rejectUnauthorized) socket.destroy();
    } else {
      socket.authorized = true;
    }
  }
  if (socket._handshakeTimer) clearTimeout(socket._handshakeTimer);
  if (!socket.destroyed && socket._releaseControl()) {
    socket.secureConnecting = false;
    options.server.emit('secureConnection', socket);
  }
}

// The peer's certificate did not verify: node's Error for it, or none
function peerVerifyError(socket) {
  if (!socket._handle.info('hasPeerCertificate')) {
    // (a client that sent no certificate: node's answer)
    return socket._tlsOptions.isServer ? verifyError([2, 'unable to get issuer certificate']) : null;
  }
  const result = socket._handle.info('verifyError');
  return result ? verifyError(result) : null;
}

function onConnectSecure(socket) {
  const options = socket[kConnectOptions] ?? {};
  let failure = peerVerifyError(socket);
  if (!failure && !socket.isSessionReused()) {
    const hostname = options.servername || options.host || socket._parent?._host || 'localhost';
    const cert = socket.getPeerCertificate(true);
    failure = (options.checkServerIdentity ?? checkServerIdentity)(hostname, cert);
  }
  const ephemeral = socket.getEphemeralKeyInfo();
  if (ephemeral?.type === 'DH' && ephemeral.size < options.minDHSize) {
    socket.emit('error', new ERR_TLS_DH_PARAM_SIZE(ephemeral.size));
    socket.destroy();
    return;
  }
  if (failure) {
    socket.authorized = false;
    socket.authorizationError = failure.code || failure.message;
    if (socket._tlsOptions.rejectUnauthorized) {
      socket.destroy(failure);
      return;
    }
  } else {
    socket.authorized = true;
  }
  socket.secureConnecting = false;
  socket.emit('secureConnect');
}

// -- TLSSocket's methods -------------------------------------------------------------------------------

// The host's description of a certificate chain -> node's objects (internal/crypto/x509's
// legacyObject), linked by issuerCertificate (circular at a self-signed root).
function chainObject(chain) {
  const certs = chain.filter((entry) => entry !== true).map(certificateObject);
  for (let i = 0; i < certs.length - 1; i++) certs[i].issuerCertificate = certs[i + 1];
  if (chain[chain.length - 1] === true) certs[certs.length - 1].issuerCertificate = certs[certs.length - 1];
  return certs[0];
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle) return null;
  const chain = this._handle.info('peerCertificate', Boolean(detailed));
  return chain ? chainObject(chain) : {};
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle) return null;
  const described = this._handle.info('certificate');
  return described ? certificateObject(described) : {};
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  return this._handle ? this._handle.info('protocol') ?? null : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  const cipher = this._handle?.info('cipher');
  if (!cipher) return undefined;
  return { name: cipher[0], standardName: cipher[1], version: cipher[2] };
};

TLSSocket.prototype.getSession = function getSession() {
  const session = this._handle?.newSession ?? this._handle?.info('session');
  return session ? Buffer.from(session) : undefined;
};

// the server's key for the key exchange (a client's question; a server socket gets null)
TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() {
  if (this._tlsOptions.isServer) return null;
  const [type, name, size] = this._handle?.info('ephemeralKey') ?? [];
  return { type, name: name ?? undefined, size };   // (node's object has the three, undefined when unknown)
};

TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() {
  return this._handle?.info('sharedSigalgs') ?? [];
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
  const ticket = this._handle?.info('ticket', this._handle.newSession);
  return ticket ? Buffer.from(ticket) : undefined;
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return Boolean(this._handle?.info('sessionReused'));
};

TLSSocket.prototype.getFinished = function getFinished() {
  const finished = this._handle?.info('finished');
  return finished ? Buffer.from(finished) : undefined;
};

TLSSocket.prototype.getPeerFinished = function getPeerFinished() {
  const finished = this._handle?.info('peerFinished');
  return finished ? Buffer.from(finished) : undefined;
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  validateInt32(size, 'size');
  return Boolean(this._handle?.info('maxSendFragment', size));
};

TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
  validateInt32(length, 'length', 1);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  const material = this._handle.exportKeyingMaterial(length, label, context);
  return Buffer.from(material);
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  const cert = this.getCertificate();
  return cert?.raw ? new (require('crypto').X509Certificate)(cert.raw) : undefined;
};

// the peer's certificate, then the ones it sent with it linked by issuerCertificate
TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  const chain = this._handle?.info('peerChain');
  return chain ? x509Chain(chain) : undefined;
};

// setKeyCert(context): the certificate this server socket answers with (from ALPNCallback, before the
// handshake goes on)
TLSSocket.prototype.setKeyCert = function setKeyCert(context) {
  if (!isSecureContext(context)) context = createSecureContext(context);
  this._keyCertContext = context;
};

TLSSocket.prototype._destroySSL = function _destroySSL() {
  this._handle?.close();
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {
  this._disableRenegotiation = true;
};

Object.defineProperty(TLSSocket.prototype, '_connecting', {
  configurable: true,
  get() { return this.connecting; },
});

// -- tls.connect ---------------------------------------------------------------------------------------

let ipServernameWarned = false;
let allowUnauthorizedWarned = false;

// NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off, with node's warning (once)
function allowUnauthorizedByEnv() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !allowUnauthorizedWarned) {
    allowUnauthorizedWarned = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' makes TLS ' +
                        'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
}

function normalizeConnectArgs(listArgs) {
  const [options, cb] = net._normalizeArgs(listArgs);
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return [options, cb];
}

function connect(...args) {
  let [options, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = allowUnauthorizedByEnv();
  options = {
    rejectUnauthorized: !allowUnauthorized, ciphers: defaults.ciphers, checkServerIdentity, minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || module.exports.createSecureContext(options);   // (replaceable, as node's)
  const socket = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen, pipe: Boolean(options.path), secureContext: context, isServer: false,
    requestCert: true, rejectUnauthorized: options.rejectUnauthorized !== false, session: options.session,
    ALPNProtocols: options.ALPNProtocols, highWaterMark: options.highWaterMark, signal: options.signal,
    onread: options.onread,
  });
  socket[kConnectOptions] = options;
  if (cb) socket.once('secureConnect', cb);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    socket.setServername(options.servername);
  }
  if (!options.socket) {
    if (options.timeout) socket.setTimeout(options.timeout);
    socket.connect(options);
  } else if (!options.socket.connecting) {
    process.nextTick(() => socket._start());
  }
  socket._releaseControl();
  return socket;
}

// -- tls.Server ----------------------------------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNCallback = options.ALPNCallback;
  if (this.ALPNCallback) {
    validateFunction(this.ALPNCallback, 'options.ALPNCallback');
    if (options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  if (options.sessionTimeout !== undefined) {
    validateInt32(options.sessionTimeout, 'options.sessionTimeout', 0);
    this.sessionTimeout = options.sessionTimeout;
  }
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);   // (node keeps the wire form)
  this.handshakeTimeout = options.handshakeTimeout || 120000;
  validateNumber(this.handshakeTimeout, 'options.handshakeTimeout');
  if (options.SNICallback != null) validateFunction(options.SNICallback, 'options.SNICallback');
  this._SNICallback = options.SNICallback ?? defaultSNICallback;
  this.setSecureContext(options);
  net.Server.call(this, { allowHalfOpen: options.allowHalfOpen, pauseOnConnect: options.pauseOnConnect,
                          noDelay: options.noDelay, keepAlive: options.keepAlive,
                          keepAliveInitialDelay: options.keepAliveInitialDelay, blockList: options.blockList },
                  tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds, isServer: true, server: this, requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized, ALPNProtocols: this.ALPNProtocols, ALPNCallback: this.ALPNCallback,
    SNICallback: this._SNICallback, pauseOnConnect: this.pauseOnConnect,
  });
  socket.server = this;
  socket[kServerConnection] = true;
  if (this.listenerCount('keylog') > 0) socket.on('keylog', (line) => this.emit('keylog', line, socket));
  socket.on('close', onServerSocketClose);
  socket.on('error', onServerSocketError);
  if (this.handshakeTimeout > 0) {
    socket._handshakeTimer = setTimeout(() => {
      if (!socket._secureEstablished && !socket.destroyed) socket._tlsError(new ERR_TLS_HANDSHAKE_TIMEOUT());
    }, this.handshakeTimeout);
    socket._handshakeTimer.unref();
    socket.once('close', () => clearTimeout(socket._handshakeTimer));
  }
}

// A server's socket failed before 'secureConnection' (its transport reset, say): 'tlsClientError'
function onServerSocketError(error) {
  if (this._controlReleased || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  this._tlsOptions.server.emit('tlsClientError', error, this);
}

// A server's socket closed before 'secureConnection' without an error of its own: 'tlsClientError'
function onServerSocketClose(hadError) {
  if (hadError || this._controlReleased || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  const error = new Error('socket hang up');
  error.code = 'ECONNRESET';
  this._tlsOptions.server.emit('tlsClientError', error, this);
}

// the contexts addContext registered, the last added first
function defaultSNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  for (const name of ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca', 'minVersion', 'maxVersion',
                      'secureProtocol', 'crl', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine']) {
    if (options[name] !== undefined) this[name] = options[name];
  }
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  this.ciphers = options.ciphers ?? defaults.ciphers;
  this.ecdhCurve = options.ecdhCurve ?? 'auto';
  this.honorCipherOrder = options.honorCipherOrder !== undefined ? Boolean(options.honorCipherOrder) : true;
  this._sharedCreds = new SecureContext({ ...options, ciphers: this.ciphers, honorCipherOrder: this.honorCipherOrder,
                                          ticketKeys: this.ticketKeys }, true);
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const pattern = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*')}$`, 'i');
  this._contexts.push([pattern, isSecureContext(context) ? context : createSecureContext(context)]);
};

// An async 'secureConnection' listener that rejects (events.captureRejections) destroys that socket
const kRejection = Symbol.for('nodejs.rejection');
Server.prototype[kRejection] = function onRejection(error, event, socket) {
  if (event === 'secureConnection') socket.destroy(error);
  else net.Server.prototype[kRejection].call(this, error, event, socket);
};

// cluster: the workers listening on one address take the first one's ticket keys, so that any of
// them resumes the sessions the others gave (internal/cluster/child.js sends and receives this)
Server.prototype._getServerData = function _getServerData() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype._setServerData = function _setServerData(data) {
  this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return this._sharedCreds.context.getTicketKeys();
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  validateBuffer(keys, 'buffer');
  if (keys.byteLength !== 48) throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  this._sharedCreds.context.setTicketKeys(keys);
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// -- module --------------------------------------------------------------------------------------------

let rootCertificates;

function getCiphers() {
  return [...new Set(host.tlsCiphers().map((name) => name.toLowerCase()))].sort();
}

// NODE_EXTRA_CA_CERTS's certificates in OpenSSL's PEM form (none when the file cannot be read: the
// host warns of that when it makes the trust store)
let extraCertificates;
function extraCACertificates() {
  if (extraCertificates === undefined) {
    const file = process.env.NODE_EXTRA_CA_CERTS;
    let text = '';
    try {
      if (file) text = require('fs').readFileSync(file, 'latin1');
    } catch {
      // (left empty)
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    extraCertificates = Object.freeze(blocks.map((pem) => new X509Certificate(pem).toString()));
  }
  return extraCertificates;
}

// getCACertificates(type): the trust store of this machine stands for node's bundled Mozilla store
// and the system's ('bundled' and 'system' alike); 'extra' is NODE_EXTRA_CA_CERTS's file; 'default'
// is the two together, or what setDefaultCACertificates set.
let defaultCertificates;
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  if (type === 'extra') return extraCACertificates();
  if (type === 'default') {
    if (defaults.ca) return defaults.ca;
    defaultCertificates ??= Object.freeze([...module.exports.rootCertificates, ...extraCACertificates()]);
    return defaultCertificates;
  }
  if (type !== 'bundled' && type !== 'system') throw new ERR_INVALID_ARG_VALUE('type', type);
  return module.exports.rootCertificates;
}

// setDefaultCACertificates(certs): the CA certificates of the contexts made later without `ca`; each
// entry's PEM certificates (an entry with none is passed over, a broken one is OpenSSL's error),
// kept once each in OpenSSL's PEM form
function setDefaultCACertificates(certs) {
  if (!Array.isArray(certs)) throw new ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  const texts = certs.map((cert, i) => {
    if (typeof cert === 'string') return cert;
    if (ArrayBuffer.isView(cert)) return Buffer.from(cert.buffer, cert.byteOffset, cert.byteLength).toString('latin1');
    throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], cert);
  });
  const pems = new Set();   // (a certificate is in the store once)
  for (const text of texts) {
    for (const block of text.match(/-----BEGIN CERTIFICATE-----[^]*?-----END CERTIFICATE-----/g) ?? []) {
      pems.add(new X509Certificate(block).toString());
    }
  }
  if (pems.size === 0 && texts.length > 0) {
    throw new ERR_CRYPTO_OPERATION_FAILED('No valid certificates found in the provided array');
  }
  defaults.ca = Object.freeze([...pems]);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_ECDH_CURVE: 'auto',
  getCiphers,
  getCACertificates,
  setDefaultCACertificates,
  get rootCertificates() {
    rootCertificates ??= Object.freeze(host.tlsRootCertificates());
    return rootCertificates;
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
};
for (const [name, key] of [['DEFAULT_CIPHERS', 'ciphers'], ['DEFAULT_MIN_VERSION', 'minVersion'],
                           ['DEFAULT_MAX_VERSION', 'maxVersion']]) {
  Object.defineProperty(module.exports, name, {
    enumerable: true, configurable: true,
    get() { return defaults[key]; },
    set(value) { defaults[key] = value; },
  });
}
