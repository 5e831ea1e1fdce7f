'use strict';
// net.SocketAddress: an IP address (canonical, as libuv prints it), a port, a family and an IPv6
// flow label, checked and canonicalized by the host (node/host_netaddr.py). Structured clone
// carries it as a SocketAddress (marks.js's cloneables).

const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { markAsCloneable, kClone } = require('internal/worker/marks');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kDetail = Symbol('kDetail');   // { address, port, family: 4 | 6, flowlabel }

// node throws this one from C++: a plain Error whose code is an own property set after it
function invalidAddress() {
  const error = new Error('Invalid socket address');
  error.code = 'ERR_INVALID_ADDRESS';
  return error;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  // "address:port" or "[ipv6]:port" read as a URL's host; undefined when that is no address.
  static parse(input) {
    validateString(input, 'input');
    try {
      const { hostname, port } = URL.parse(`http://${input}`);
      if (hostname.startsWith('[') && hostname.endsWith(']')) {
        return new SocketAddress({ address: hostname.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address: hostname, port: port | 0 });
    } catch {
      return undefined;   // not a URL's host, or not an IP address
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    // (the default address follows the family as given, before its case is folded: node's)
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const number = family === 'ipv4' ? 4 : 6;
    const canonical = host.netAddress(address, number);
    if (canonical === undefined) throw invalidAddress();
    // an IPv4 address has no flow label; an IPv6 one keeps the label's 20 bits
    this[kDetail] = { address: canonical, port: port | 0, family: number, flowlabel: number === 6 ? (flowlabel & 0xFFFFF) : 0 };
    markAsCloneable(this);
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family === 4 ? 'ipv4' : 'ipv6'; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  [kClone]() {
    return { data: { ...this[kDetail] }, deserializeInfo: 'internal/net/socketaddress:fromClone' };
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }
}

// A SocketAddress made from what the host or a clone says (already canonical).
function fromDetail(detail) {
  const socketAddress = Object.create(SocketAddress.prototype);
  socketAddress[kDetail] = detail;
  markAsCloneable(socketAddress);
  return socketAddress;
}

function fromClone(data) {
  return fromDetail({ address: data.address, port: data.port, family: data.family, flowlabel: data.flowlabel });
}

// [address, family 4 | 6] of a SocketAddress, for the host
function addressOf(socketAddress) {
  const { address, family } = socketAddress[kDetail];
  return [address, family];
}

module.exports = { SocketAddress, fromDetail, fromClone, addressOf };
