'use strict';
// What node:dgram keeps internal (node's lib/internal/dgram.js, which node's own tests reach with
// --expose-internals): the symbol of a socket's state, and the making of its UDP handle.

const { validateFunction } = require('internal/validators');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { UDP, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } } = require('internal/dgram/udp_wrap');

const kStateSymbol = Symbol('state symbol');

let dnsLookup;
function defaultLookup(...args) {
  dnsLookup ??= require('dns').lookup;
  return dnsLookup(...args);
}

// A handle for a 'udp4' / 'udp6' socket; its `lookup(address, callback)` resolves with `lookup`
// (dns.lookup unless given), a missing address being the family's loopback address.
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup;
  else validateFunction(lookup, 'lookup');
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  const family = type === 'udp6' ? 6 : 4;
  const handle = new UDP(family);
  handle.lookup = (address, callback) => lookup(address || (family === 6 ? '::1' : '127.0.0.1'), family, callback);
  return handle;
}

// A bare UDP handle bound to address:port, or a negative errno (what cluster's primary makes for
// its workers); `flags` are bind's. Descriptors (`fd`) are not supported.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  if (port || address) {
    const err = handle.bind(address, port || 0, flags & (UV_UDP_IPV6ONLY | UV_UDP_REUSEADDR | UV_UDP_REUSEPORT));
    if (err) {
      handle.close();
      return err;
    }
  }
  return handle;
}

module.exports = { kStateSymbol, newHandle, _createSocketHandle };
