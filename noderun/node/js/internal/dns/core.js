'use strict';
// What node:dns and node:dns/promises share: argument checks, node's DNS errors, the default
// result order, the requests they make of the cares_wrap binding (internal/dns/cares_wrap.js:
// getaddrinfo / getnameinfo on the host's thread pool, resolvers through the host's dnspython)
// and the Resolver base (servers, options, cancel). The two modules only dress these as
// callbacks or promises. The binding is called through its module object at each call, so what
// node's tests stub on it (--expose-internals) is what runs.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateNumber, validateOneOf, validatePort, validateString,
  validateUint32,
} = require('internal/validators');
const cares = require('internal/dns/cares_wrap');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderNumbers = {
  verbatim: cares.DNS_ORDER_VERBATIM, ipv4first: cares.DNS_ORDER_IPV4_FIRST, ipv6first: cares.DNS_ORDER_IPV6_FIRST,
};
// getaddrinfo's flags, as Linux numbers them (the hints pass through to it)
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

// the default order: --dns-result-order's, else 'verbatim'
let resultOrder = process.execArgv.findLast((arg) => arg.startsWith('--dns-result-order='))
  ?.slice('--dns-result-order='.length) ?? 'verbatim';

function getDefaultResultOrder() {
  return resultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  resultOrder = order;
}

let isIPFn;
function isIP(address) {
  isIPFn ??= require('net').isIP;
  return isIPFn(address);
}

// node's DNSException: `code` is libuv's error number (getaddrinfo, getnameinfo, a request the
// binding refused) or c-ares's code name (a resolver's answer: `errno` is then undefined).
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === -3007 || code === -3008 ? 'ENOTFOUND' : require('util').getSystemErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
    Error.captureStackTrace(this, DNSException);
  }
}

// The error of a lookup or query that failed: no stack frames (it comes from the loop, not
// from the program), as node's own look.
function dnsException(code, syscall, hostname) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new DNSException(code, syscall, hostname);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// -- lookup --------------------------------------------------------------------------------------------

let warnedHostname = false;
function warnInvalidHostname(hostname) {
  if (warnedHostname) return;
  warnedHostname = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// The lookup options node takes (a family number or an object) -> { family, all, order, hints }.
function lookupOptions(options) {
  const parsed = { family: 0, all: false, order: resultOrder, hints: 0 };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    parsed.hints = options.hints >>> 0;
    if ((parsed.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', options.hints);
  }
  if (options?.family != null) {
    if (options.family === 'IPv4') parsed.family = 4;
    else if (options.family === 'IPv6') parsed.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      parsed.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    parsed.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    parsed.order = options.order;
  }
  return parsed;
}

// Look `hostname` up through cares_wrap.getaddrinfo: `done(error, addresses)` with
// [{ address, family }]. An empty host name and an IP address need no lookup: `immediate` gets the
// answer at once (the callers defer it: node never answers synchronously). `prepare(req)` lets
// the caller put on the request what node's requests carry (callback, resolve / reject).
function startLookup(hostname, { family, order, hints }, done, immediate, prepare) {
  if (!hostname) {
    warnInvalidHostname(hostname);
    immediate([], family === 6 ? 6 : 4);
    return null;
  }
  const matched = isIP(hostname);
  if (matched) {
    immediate([{ address: hostname, family: matched }], matched);
    return null;
  }
  const req = new cares.GetAddrInfoReqWrap();
  req.hostname = hostname;
  req.family = family;
  prepare?.(req);
  req.oncomplete = function oncomplete(err, addresses) {
    if (err) done.call(this, dnsException(err, 'getaddrinfo', this.hostname));
    else done.call(this, null, addresses.map((address) => ({ address, family: this.family || isIP(address) })));
  };
  const err = cares.getaddrinfo(req, hostname, family, hints, orderNumbers[order]);
  if (err) process.nextTick(() => done.call(req, dnsException(err, 'getaddrinfo', hostname)));
  return req;
}

// -- lookupService -----------------------------------------------------------------------------------------

function checkServiceArgs(args, names) {
  if (args.length !== names.length) throw new ERR_MISSING_ARGS(...names);
  const [address, port] = args;
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
}

// getnameinfo through cares_wrap: `done(error, hostname, service)`, run as the request's method.
// A request the binding refuses at once throws (the callback form) or rejects (promises): `refused`.
function startLookupService(address, port, done, prepare) {
  const req = new cares.GetNameInfoReqWrap();
  req.hostname = address;
  req.port = port;
  prepare?.(req);
  req.oncomplete = function oncomplete(err, hostname, service) {
    if (err) done.call(this, dnsException(err, 'getnameinfo', this.hostname));
    else done.call(this, null, hostname, service);
  };
  const err = cares.getnameinfo(req, address, +port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

// -- resolvers ---------------------------------------------------------------------------------------------

const ipv6InBrackets = /^\[([^[\]]*)\]/;
const addressAndPort = /(^.+?)(?::(\d+))?$/;

// What a Resolver of either style has (node's ResolverBase): its channel (`_handle`, a cares_wrap
// ChannelWrap), servers, local addresses, cancel.
class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    let maxTimeout = 0;
    if (options?.timeout !== undefined) {
      validateInt32(options.timeout, 'options.timeout', -1);
      timeout = options.timeout;
    }
    if (options?.tries !== undefined) {
      validateInt32(options.tries, 'options.tries', 1);
      tries = options.tries;
    }
    if (options?.maxTimeout !== undefined) {
      validateUint32(options.maxTimeout, 'options.maxTimeout');
      maxTimeout = options.maxTimeout;
    }
    this._handle = new cares.ChannelWrap(timeout, tries, maxTimeout);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([address, port]) => {
      if (!port || port === 53) return address;
      return `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = [];
    servers.forEach((server, index) => {
      validateString(server, `servers[${index}]`);
      const entry = parseServer(server);
      if (entry === null) throw new ERR_INVALID_IP_ADDRESS(server);
      if (!parsed.some(([, address, port]) => address === entry[1] && port === entry[2])) parsed.push(entry);
    });
    const err = this._handle.setServers(parsed);
    if (err !== 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED(cares.strerror(err), require('internal/util/inspect').inspect(servers));
    }
  }

  // The addresses queries are sent from: one of each family at most, in either order.
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const invalid = (message) => {
      const error = new TypeError(message);
      error.code = 'ERR_INVALID_ARG_VALUE';
      return error;
    };
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) throw invalid('Invalid IP address.');
    if (first === second) throw invalid(`Cannot specify two IPv${first} addresses.`);
    const addresses = { [first]: ipv4 };
    if (second) addresses[second] = ipv6;
    this._handle.setLocalAddress(addresses);
  }
}

// 'a.b.c.d', 'a.b.c.d:port', an IPv6 address, '[v6]:port' -> [family, address, port], else null
function parseServer(server) {
  const family = isIP(server);
  if (family) return [family, server, 53];
  const bracketed = ipv6InBrackets.exec(server);
  if (bracketed && isIP(bracketed[1]) === 6) {
    const port = Number.parseInt(server.replace(addressAndPort, '$2')) || 53;
    return [6, bracketed[1], port];
  }
  const split = addressAndPort.exec(server);
  if (split && isIP(split[1])) return [isIP(split[1]), split[1], Number.parseInt(split[2] || '53')];
  return null;
}

// resolve method -> the channel's method, which node also names the error's syscall after
const queries = {
  resolveAny: 'queryAny',
  resolve4: 'queryA',
  resolve6: 'queryAaaa',
  resolveCaa: 'queryCaa',
  resolveCname: 'queryCname',
  resolveMx: 'queryMx',
  resolveNs: 'queryNs',
  resolveTlsa: 'queryTlsa',
  resolveTxt: 'queryTxt',
  resolveSrv: 'querySrv',
  resolvePtr: 'queryPtr',
  resolveNaptr: 'queryNaptr',
  resolveSoa: 'querySoa',
  reverse: 'getHostByAddr',
};

// resolve(hostname, rrtype): the method for an rrtype
const methodOfType = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TLSA: 'resolveTlsa',
  TXT: 'resolveTxt',
};

// Run resolve method `method` for `name` on `resolver`'s channel: done(error, result) later.
// Returns the error the channel refused the query with at once (a reverse lookup of something
// that is not an IP address: EINVAL), which the callback form throws and promises reject with.
function runQuery(resolver, method, name, ttl, done) {
  const bindingName = queries[method];
  const req = new cares.QueryReqWrap();
  req.bindingName = bindingName;
  req.hostname = name;
  req.ttl = ttl;
  req.oncomplete = function oncomplete(err, result, ttls) {
    if (err) {
      done(dnsException(err, this.bindingName, this.hostname));
      return;
    }
    if (this.ttl && ttls !== undefined) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
    done(null, shape(result));
  };
  const err = resolver._handle[bindingName](req, name);
  return err ? dnsException(err, bindingName, name) : null;
}

// TLSA data arrives as bytes: node gives an ArrayBuffer
function shape(records) {
  if (Array.isArray(records)) {
    for (const record of records) {
      if (record?.data instanceof Uint8Array) record.data = record.data.slice().buffer;
    }
  }
  return records;
}

// The channel behind the module-level functions of node:dns and node:dns/promises (both share
// it); dns.setServers() replaces it with a new one, so queries under way keep theirs.
let defaultHandle;
function getDefaultHandle() {
  defaultHandle ??= new cares.ChannelWrap();
  return defaultHandle;
}

// Define `Resolver`'s query methods from `makeQuery(method)`, then resolve(), in node's order;
// each query function is named for its channel method (queryA, getHostByAddr...), as node's are.
function defineQueries(Resolver, makeQuery, resolve) {
  for (const method of [...Object.keys(queries), 'resolve']) {
    const query = method === 'resolve' ? resolve : makeQuery(method);
    Object.defineProperty(query, 'name', { value: method === 'resolve' ? 'resolve' : queries[method] });
    Object.defineProperty(Resolver.prototype, method,
      { value: query, writable: true, enumerable: false, configurable: true });
  }
}

// The module-level functions (setServers, getServers, resolve*, reverse): the methods of a
// `Resolver` of the module's style bound to the default channel.
function defaultResolverFunctions(Resolver) {
  const resolver = Object.create(Resolver.prototype);
  Object.defineProperty(resolver, '_handle', { get: getDefaultHandle });
  const functions = {
    setServers: function defaultResolverSetServers(servers) {
      const fresh = new Resolver();
      fresh.setServers(servers);
      defaultHandle = fresh._handle;
    },
  };
  const sorted = Object.keys(queries).filter((name) => name !== 'reverse').sort();
  for (const method of ['getServers', 'resolve', ...sorted, 'reverse']) {
    functions[method] = Resolver.prototype[method].bind(resolver);
  }
  return functions;
}

module.exports = {
  ADDRCONFIG, V4MAPPED, ALL,
  ResolverBase,
  defineQueries,
  defaultResolverFunctions,
  queries,
  methodOfType,
  runQuery,
  DNSException,
  dnsException,
  getDefaultResultOrder,
  setDefaultResultOrder,
  lookupOptions,
  startLookup,
  checkServiceArgs,
  startLookupService,
  isIP,
};
