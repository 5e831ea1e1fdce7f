'use strict';
// node:net: the address helpers work (isIP, isIPv4, isIPv6, the auto-select-family settings);
// sockets and servers are not implemented.

const { validateBoolean, validateInt32 } = require('internal/validators');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');

const v4Segment = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4String = `(?:${v4Segment}\\.){3}${v4Segment}`;
const IPv4Reg = new RegExp(`^${v4String}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4String}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4String}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4String}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4String}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4String}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4String}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4String}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) {
  return IPv4Reg.test(`${input}`);
}

function isIPv6(input) {
  return IPv6Reg.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  _createServerHandle: notImplemented('_createServerHandle'),
  _normalizeArgs: notImplemented('_normalizeArgs'),
  BlockList: notImplementedClass('BlockList'),
  SocketAddress: notImplementedClass('SocketAddress'),
  connect: notImplemented('connect'),
  createConnection: notImplemented('createConnection'),
  createServer: notImplemented('createServer'),
  isIP,
  isIPv4,
  isIPv6,
  Server: notImplementedClass('Server'),
  Socket: notImplementedClass('Socket'),
  Stream: notImplementedClass('Stream'),
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
