'use strict';
// The JS side of node/host_udp.py (node's udp_wrap): `UDP` is one host UDP handle of one family,
// named by an id; what happens to it arrives as host events (bootstrap.js's udpEvent), which go to
// the handle's `onmessage` / `onerror` hooks (set by dgram.js) and to the callbacks of its sends.
// Calls that fail return error info, [errno, code, description]; dgram.js builds node's errors.

const handles = new Map();
let nextRequest = 1;

class UDP {
  constructor(family) {
    this.family = family;   // 4 or 6
    this.id = host.udpOpen(family);
    this.closed = false;
    this.sends = new Map();   // request id -> callback(errorInfo)
    this.onmessage = null;    // (data, [address, port, family])
    this.onerror = null;      // (errorInfo)
    handles.set(this.id, this);
  }

  bind(address, port, { reuseAddr = false, reusePort = false, ipv6Only = false } = {}) {
    return host.udpBind(this.id, address, port, reuseAddr, reusePort, ipv6Only);
  }

  connect(address, port) { return host.udpConnect(this.id, address, port); }
  disconnect() { return host.udpDisconnect(this.id); }
  recvStart() { return host.udpRecvStart(this.id); }
  recvStop() { if (!this.closed) host.udpRecvStop(this.id); }

  // Send `data` (a Uint8Array) to address:port, or to the connected peer when address is null.
  // undefined: sent at once; error info: failed at once; false: queued, `callback(errorInfo)` later.
  send(data, address, port, callback) {
    const request = nextRequest++;
    const outcome = host.udpSend(this.id, request, data, address, port);
    if (outcome === false) this.sends.set(request, callback);
    return outcome;
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
    case 'message':
      handle.onmessage?.(a, b);
      break;
    case 'recvError':
      handle.onerror?.(b);
      break;
    case 'sent': {
      const callback = handle.sends.get(a);
      handle.sends.delete(a);
      callback?.(b);
      break;
    }
    case 'close':
      handles.delete(id);
      handle.onclose?.();
      break;
  }
}

module.exports = { UDP, event };
