'use strict';
// The JS side of node/host_udp.py, with the face of node's udp_wrap binding (what node's tests
// reach through internalBinding('udp_wrap') and internal/dgram): `UDP` is one host UDP handle of one
// family, named by an id. bind / connect / disconnect / recvStart return 0 or a negative errno;
// send(req, list, count, port, ip, hasCallback) returns the bytes sent + 1 when they went at once,
// a negative errno, or 0 when queued (then `req.oncomplete(errno, sent)`); datagrams arrive at
// `onmessage(nread, handle, buffer, rinfo)`, a receive error as `onmessage(errno, handle)`.
// Option calls return the host's error info, [errno, code, description], or undefined.

const { Buffer } = require('buffer');

const handles = new Map();
let nextRequest = 1;
let queueEverySend;   // --test-udp-no-try-send (node's test flag): every send waits in the queue

// bind's flags, libuv's
const UV_UDP_IPV6ONLY = 1;
const UV_UDP_REUSEADDR = 4;
const UV_UDP_REUSEPORT = 8;

const errnoOf = (info) => (info ? info[0] : 0);

function asBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

class UDP {
  // (`id`: a host handle there is already, e.g. for a socket that came over an IPC channel)
  constructor(family = 4, id = host.udpOpen(family)) {
    this.family = family;   // 4 or 6
    this.id = id;
    this.closed = false;
    this.sends = new Map();   // request id -> req
    this.onmessage = null;
    handles.set(this.id, this);
  }

  get fd() { return this.closed ? -1 : host.udpFd(this.id); }

  bind(address, port, flags = 0) {
    return errnoOf(host.udpBind(this.id, address, port, !!(flags & UV_UDP_REUSEADDR),
      !!(flags & UV_UDP_REUSEPORT), !!(flags & UV_UDP_IPV6ONLY)));
  }

  connect(address, port) { return errnoOf(host.udpConnect(this.id, address, port)); }
  disconnect() { return errnoOf(host.udpDisconnect(this.id)); }
  recvStart() { return errnoOf(host.udpRecvStart(this.id)); }
  recvStop() { if (!this.closed) host.udpRecvStop(this.id); return 0; }

  // Send the buffers of `list` as one datagram to ip:port (to the connected peer without them).
  send(req, list, count, port, ip, hasCallback) {
    if (typeof port === 'boolean') {   // the connected form: send(req, list, count, hasCallback)
      hasCallback = port;
      port = ip = null;
    }
    const views = list.slice(0, count);
    const data = views.length === 1 ? asBytes(views[0]) : Buffer.concat(views.map(asBytes));
    const request = nextRequest++;
    queueEverySend ??= process.execArgv.includes('--test-udp-no-try-send');
    const outcome = host.udpSend(this.id, request, data, ip ?? null, port ?? 0, queueEverySend);
    if (outcome === false) {
      req.sent = data.byteLength;
      this.sends.set(request, req);
      return 0;
    }
    return outcome ? outcome[0] : data.byteLength + 1;
  }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    this.onclose = callback;
    host.udpClose(this.id);
  }

  sockname() { return host.udpSockname(this.id); }   // [address, port, family] or {error}
  peername() { return host.udpPeername(this.id); }
  setOption(name, value) { return host.udpSetOption(this.id, name, value); }
  membership(join, group, iface) { return host.udpMembership(this.id, join, group, iface); }
  sourceMembership(join, source, group, iface) {
    return host.udpSourceMembership(this.id, join, source, group, iface);
  }
  bufferSize(receive, size) { return host.udpBufferSize(this.id, receive, size); }   // number or {error}
  sendQueue() { return host.udpSendQueue(this.id); }   // [bytes, count]
  ref() { if (!this.closed) host.udpSetRef(this.id, true); }
  unref() { if (!this.closed) host.udpSetRef(this.id, false); }
}

// A host event for handle `id` (see node/host_udp.py for the kinds).
function event(id, kind, a, b) {
  const handle = handles.get(id);
  if (handle === undefined) return;
  switch (kind) {
    case 'message': {
      const [address, port, family] = b;
      handle.onmessage?.(a.byteLength, handle, Buffer.from(a.buffer, a.byteOffset, a.byteLength),
        { address, family, port });
      break;
    }
    case 'recvError':
      handle.onmessage?.(b[0], handle);
      break;
    case 'sent': {
      const req = handle.sends.get(a);
      handle.sends.delete(a);
      req?.oncomplete?.(b ? b[0] : 0, req.sent);
      break;
    }
    case 'close':
      handles.delete(id);
      handle.onclose?.();
      break;
  }
}

class SendWrap {}

module.exports = { UDP, SendWrap, event, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } };
