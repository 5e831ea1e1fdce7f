'use strict';
// node:dns, callback style: lookup and lookupService on the host's thread pool (getaddrinfo /
// getnameinfo, as libuv), Resolver and the resolve* functions through node/host_dns.py's queries
// (dnspython over UDP, TCP when truncated). The shared machinery is internal/dns/core.js; this
// module dresses it as node's callback API, node:dns/promises as promises.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const errorCodes = require('internal/dns_codes');
const core = require('internal/dns/core');

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = 0;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  } else {
    validateFunction(callback, 'callback');
  }
  const parsed = core.lookupOptions(options);
  const req = core.startLookup(hostname, parsed, function done(error, addresses) {
    if (error) this.callback(error);
    else if (parsed.all) this.callback(null, addresses);
    else this.callback(null, addresses[0].address, addresses[0].family);
  }, (addresses, family) => {
    if (parsed.all) process.nextTick(callback, null, addresses);
    else if (addresses.length === 0) process.nextTick(callback, null, null, family);
    else process.nextTick(callback, null, addresses[0].address, family);
  }, (request) => { request.callback = callback; });
  return req ?? {};
}

function lookupService(address, port, callback) {
  core.checkServiceArgs([...arguments], ['address', 'port', 'callback']);
  validateFunction(callback, 'callback');
  return core.startLookupService(address, port, function done(error, hostname, service) {
    if (error) this.callback(error);
    else this.callback(null, hostname, service);
  }, (request) => { request.callback = callback; });
}

// -- resolvers ------------------------------------------------------------------------------------------

class Resolver extends core.ResolverBase {}

// resolve4(name[, options], callback) and the other queries
function makeQuery(method) {
  return function query(name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const refused = core.runQuery(this, method, name, !!options?.ttl, callback);
    if (refused) throw refused;
  };
}

// resolve(hostname[, rrtype], callback): the method of the rrtype ('A' when none is given)
function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = core.methodOfType[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return this[method](hostname, callback);
}

core.defineQueries(Resolver, makeQuery, resolve);
const { setServers, getServers, ...resolveFunctions } = core.defaultResolverFunctions(Resolver);

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers,
  ADDRCONFIG: core.ADDRCONFIG,
  ALL: core.ALL,
  V4MAPPED: core.V4MAPPED,
  ...errorCodes,
  getServers,
  ...resolveFunctions,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
