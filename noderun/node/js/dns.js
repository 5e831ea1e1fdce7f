'use strict';
// node:dns: the constants and the result-order setting; lookups and resolvers are not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const errorCodes = require('internal/dns_codes');
const { validateOneOf } = require('internal/validators');

let resultOrder = 'verbatim';
const resolveNames = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse'];

function common(prefix) {
  const exports = {
    lookup: notImplemented(`${prefix}lookup`),
    lookupService: notImplemented(`${prefix}lookupService`),
    Resolver: notImplementedClass('Resolver'),
    getDefaultResultOrder() { return resultOrder; },
    setDefaultResultOrder(order) {
      validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
      resultOrder = order;
    },
    setServers: notImplemented(`${prefix}setServers`),
    getServers: notImplemented(`${prefix}getServers`),
  };
  for (const name of resolveNames) exports[name] = notImplemented(`${prefix}${name}`);
  return Object.assign(exports, errorCodes);
}

module.exports = {
  ADDRCONFIG: 1024,
  V4MAPPED: 2048,
  ALL: 256,
  ...common('dns.'),
  common,
};
Object.defineProperty(module.exports, 'common', { enumerable: false });
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
