'use strict';
// TLSWrap: the handle under a TLSSocket (node's tls_wrap), so that net.Socket's stream machinery
// (reads, writes, end, destroy, timeouts, addresses) works on TLS as on TCP. It encrypts over a
// transport, the Duplex that carries the ciphertext (a net.Socket, or any Duplex given as
// options.socket): what the transport reads goes to the host's TLS connection (node/tls_engine.py,
// OpenSSL in memory) and what comes out is written back to it, all on this thread's loop.
//
// Its owner (the TLSSocket) hears of the TLS events through on* hooks: onhello (a server read the
// ClientHello: it picks the context and ALPN, then calls start), onhandshakedone, onsession, onkeylog,
// ontlserror, ontransportend (the transport ended or closed before the handshake was done).

const { FastBuffer } = require('internal/buffer/fast_buffer');
const { Buffer } = require('buffer');
const { sslError } = require('internal/tls/secure_context');

const HANDSHAKE_DONE = 1;
const PEER_CLOSED = 2;

function buffer(array) {
  return new FastBuffer(array.buffer, array.byteOffset, array.byteLength);
}

class TLSWrap {
  constructor(transport, secureContext, isServer) {
    this.id = host.tlsNew(secureContext.context.id, isServer);
    this.transport = transport;
    // the transport's two directions are the TLS socket's business now: it must neither end its
    // side when the peer ends (the TLS socket decides) nor refuse our close_notify after that
    transport.allowHalfOpen = true;
    this.isServer = isServer;
    this.owner = null;
    this.reading = false;
    this.closed = false;
    this.secure = false;
    this.eofSeen = false;       // end of the plaintext stream reached (close_notify or transport end)
    this.eofDelivered = false;
    this.pendingPlain = [];     // plaintext read while the socket is not reading
    this.pendingWrites = [];    // [data, callback] written before the handshake was done
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.shutdownStarted = false;
    this.pendingShutdown = null;
    this.newSession = null;     // a session being announced ('session'), the connection's own meanwhile
    this.ondata = null;
    this.onreaderror = null;
    this.transportListeners = {
      data: (chunk) => this.feed(chunk),
      end: () => this.transportEnded(),
      close: () => this.transportClosed(),
      // (after our shutdown, a failure to send is no news: node's TLSWrap ignores it too)
      error: (error) => this.owner?.destroy(this.shutdownStarted ? undefined : error),
    };
    for (const [event, listener] of Object.entries(this.transportListeners)) transport.on(event, listener);
  }

  // -- TLS ----------------------------------------------------------------------------------------

  // Begin the handshake: a client's ClientHello goes out; a server answers the one it read.
  start(contextId, alpn, servername, verifyMode, session) {
    if (this.closed) return;
    this.process(host.tlsStart(this.id, contextId ?? null, alpn ? JSON.stringify(alpn) : null,
                               servername || null, verifyMode, session ?? null));
  }

  feed(chunk) {
    if (this.closed) return;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk);
    this.process(host.tlsFeed(this.id, chunk));
  }

  process([out, plain, flags, error, hello, sessions, keylog]) {
    for (const line of keylog ?? []) {
      if (!this.closed) this.owner.onkeylog(buffer(line));
    }
    if (hello) {
      this.owner.onhello(hello[0], hello[1] ?? null);
      return;
    }
    if (flags & HANDSHAKE_DONE) {
      // as in node, the owner hears of the handshake before our last flight goes out: a client
      // that refuses the certificate destroys itself here, and its Finished is never sent; what
      // it writes meanwhile waits (not yet secure) to follow that flight
      this.owner.onhandshakedone();
      if (this.closed) return;
      this.secure = true;
      if (out) this.send(out);
      out = null;
      const writes = this.pendingWrites;
      this.pendingWrites = [];
      for (const [data, callback] of writes) this.write(data, callback);
      if (this.pendingShutdown) this.shutdown(this.pendingShutdown);
    }
    if (out) this.send(out);
    for (const piece of plain ?? []) {
      if (!this.closed) this.deliver(buffer(piece));
    }
    for (const session of sessions ?? []) {
      // (node emits each as OpenSSL makes it: meanwhile the connection's session is that one)
      this.newSession = buffer(session);
      if (!this.closed) this.owner.onsession(this.newSession);
    }
    this.newSession = null;
    if (flags & PEER_CLOSED) this.endOfStream();
    if (error && !this.closed) this.owner.ontlserror(sslError(error));
  }

  send(bytes) {
    const transport = this.transport;
    if (!transport.destroyed && !transport.writableEnded) transport.write(buffer(bytes));
  }

  // the connection's secrets come as 'keylog' lines from now on (onkeylog)
  enableKeylogCallback() {
    if (!this.closed) host.tlsEnableKeylog(this.id);
  }

  info(what, arg) {
    return this.closed ? undefined : host.tlsInfo(this.id, what, arg ?? null);
  }

  // node's handle method: the Error for the peer's certificate, or null
  verifyError() {
    const result = this.info('verifyError');
    return result ? require('internal/tls/identity').verifyError(result) : null;
  }

  exportKeyingMaterial(length, label, context) {
    return host.tlsExportKeyingMaterial(this.id, length, label, context ?? null);
  }

  // -- reading --------------------------------------------------------------------------------------

  deliver(chunk) {
    this.bytesRead += chunk.length;
    if (this.reading && this.pendingPlain.length === 0) this.ondata(chunk);
    else this.pendingPlain.push(chunk);
  }

  endOfStream() {
    this.eofSeen = true;
    this.flushReads();
  }

  transportEnded() {
    if (this.closed) return;
    if (!this.secure) {
      this.owner?.ontransportend();
      return;
    }
    this.endOfStream();
  }

  // the transport is gone: so is the TLS socket (node's is destroyed with its handle)
  transportClosed() {
    if (this.closed) return;
    this.transportEnded();
    if (!this.closed && this.owner && !this.owner.destroyed) this.owner.destroy();
  }

  flushReads() {
    while (this.reading && this.pendingPlain.length > 0 && !this.closed) this.ondata(this.pendingPlain.shift());
    if (this.reading && this.eofSeen && !this.eofDelivered && this.pendingPlain.length === 0 && !this.closed) {
      this.eofDelivered = true;
      this.ondata(null);
    }
  }

  readStart() {
    if (this.closed) return [-22, 'EINVAL', 'invalid argument'];
    this.reading = true;
    this.flushReads();
    if (this.reading && this.transport.isPaused?.()) this.transport.resume();
    return undefined;
  }

  readStop() {
    this.reading = false;
    if (!this.closed) this.transport.pause?.();
  }

  // -- writing --------------------------------------------------------------------------------------

  // net.Socket's handle contract: false, and `callback` runs once the transport has the bytes.
  write(data, callback) {
    if (this.closed) {
      callback([-9, 'EBADF', 'bad file descriptor']);
      return false;
    }
    if (typeof data === 'string') data = Buffer.from(data);
    if (!this.secure) {
      this.pendingWrites.push([data, callback]);
      return false;
    }
    this.bytesWritten += data.byteLength;
    const [out, error] = host.tlsWrite(this.id, data);
    if (error) {
      if (out) this.send(out);
      this.owner.ontlserror(sslError(error));
      callback();
      return false;
    }
    const transport = this.transport;
    if (!out || transport.destroyed || transport.writableEnded) {
      process.nextTick(callback);
      return false;
    }
    transport.write(buffer(out), () => callback());
    return false;
  }

  // Our close_notify, then the transport's end.
  shutdown(callback) {
    if (!this.secure && !this.closed && !this.transport.destroyed) {
      this.pendingShutdown = callback;   // after the handshake, behind the writes waiting for it
      return;
    }
    this.pendingShutdown = null;
    this.onshutdown = callback;
    this.shutdownStarted = true;
    const transport = this.transport;
    const alert = this.closed ? null : host.tlsShutdown(this.id);
    if (transport.destroyed || transport.writableEnded) {
      process.nextTick(() => this.onshutdown?.());
      return;
    }
    if (alert) transport.write(buffer(alert));
    transport.end(() => this.onshutdown?.());
  }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    host.tlsFree(this.id);
    const transport = this.transport;
    for (const [event, listener] of Object.entries(this.transportListeners)) {
      if (event !== 'error') transport.off(event, listener);
    }
    if (transport.closed || (transport.destroyed && !transport._handle)) {
      setImmediate(() => callback?.());   // (a handle closes on a later turn: the socket's 'error' comes first)
      return;
    }
    // (a transport with no descriptor closes on the next tick, before the socket's 'error': wait a turn)
    const late = !transport._handle;
    transport.once('close', () => (late ? setImmediate(() => callback?.()) : callback?.()));
    transport.destroy();
  }

  reset(callback) {
    if (this.closed) return;
    if (this.transport._handle) this.transport.resetAndClosing = true;   // net.Socket's _destroy resets
    this.close(callback);
  }

  // bytes written and not yet handed to the kernel: waiting for the handshake, or in the transport
  get writeQueueSize() {
    let size = this.transport.writableLength ?? 0;
    for (const [data] of this.pendingWrites) size += data.byteLength;
    return size;
  }

  sockname() { return this.transport._handle?.sockname?.() ?? null; }
  peername() { return this.transport._handle?.peername?.() ?? null; }
  bytes() { return [this.bytesRead, this.bytesWritten]; }
  ref() { this.transport.ref?.(); }
  unref() { this.transport.unref?.(); }
  setNoDelay(enable) { this.transport.setNoDelay?.(enable); }
  setKeepAlive(enable, delaySeconds) { this.transport.setKeepAlive?.(enable, delaySeconds * 1000); }
}

module.exports = { TLSWrap };
