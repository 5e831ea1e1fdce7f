'use strict';
// node:dns/promises: node:dns's lookups and resolvers (internal/dns/core.js) as promises. Arguments
// are checked at the call (a bad one throws, it does not reject), as in node.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const errorCodes = require('internal/dns_codes');
const core = require('internal/dns/core');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const parsed = core.lookupOptions(options);
  return new Promise((resolve, reject) => {
    core.startLookup(hostname, parsed, function done(error, addresses) {
      if (error) this.reject(error);
      else this.resolve(parsed.all ? addresses : addresses[0]);
    }, (addresses, family) => {
      if (parsed.all) resolve(addresses);
      else resolve(addresses.length === 0 ? { address: null, family } : addresses[0]);
    }, (req) => {
      req.resolve = resolve;
      req.reject = reject;
    });
  });
}

function lookupService(address, port) {
  core.checkServiceArgs([...arguments], ['address', 'port']);
  return new Promise((resolve, reject) => {
    core.startLookupService(address, port, function done(error, hostname, service) {
      if (error) this.reject(error);
      else this.resolve({ hostname, service });
    }, (req) => {
      req.resolve = resolve;
      req.reject = reject;
    });
  });
}

class Resolver extends core.ResolverBase {}

// resolve4(name[, options]) and the other queries
function makeQuery(method) {
  return function query(name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => {
      const refused = core.runQuery(this, method, name, !!options?.ttl, (error, result) => {
        if (error) reject(error);
        else resolve(result);
      });
      if (refused) reject(refused);
    });
  };
}

// resolve(hostname[, rrtype]): the method of the rrtype ('A' when none is given)
function resolve(hostname, rrtype) {
  let method = 'resolve4';
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = core.methodOfType[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return this[method](hostname);
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
  ...errorCodes,
  getServers,
  ...resolveFunctions,
};
