'use strict';
// What node:dns and node:dns/promises share: argument checks of lookup and lookupService, the
// lookups themselves (getaddrinfo / getnameinfo on the host's thread pool), node's DNS errors, the
// default result order, and the resolver core (server list, options, queries through
// node/host_dns.py and dnspython, cancel). The two modules only dress these as callbacks or
// promises.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateInt32, validateNumber, validateOneOf, validatePort, validateString,
  validateUint32,
} = require('internal/validators');
const threadpool = require('internal/threadpool');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
// getaddrinfo's flags, as Linux numbers them (the hints pass through to it)
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

// libuv's getaddrinfo errors by number (the ones node names other than ENOTFOUND)
const eaiNames = {
  '-3000': 'EAI_ADDRFAMILY', '-3001': 'EAI_AGAIN', '-3002': 'EAI_BADFLAGS', '-3003': 'EAI_CANCELED',
  '-3004': 'EAI_FAIL', '-3005': 'EAI_FAMILY', '-3006': 'EAI_MEMORY', '-3009': 'EAI_OVERFLOW',
  '-3010': 'EAI_SERVICE', '-3011': 'EAI_SOCKTYPE',
};

let resultOrder = 'verbatim';

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

// node's DNSException: `code` is libuv's error number (getaddrinfo, getnameinfo) or c-ares's code
// name (resolvers, whose errors have `errno: undefined`).
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === -3007 || code === -3008 ? 'ENOTFOUND' : eaiNames[code] ?? require('util').getSystemErrorName(code);
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  Error.stackTraceLimit = limit;
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
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

// Look `hostname` up: `done(error, addresses)` with [{ address, family }] in the order asked for.
// An empty host name and an IP address need no lookup: `immediate` gets the answer at once (the
// callers defer it: node answers them on a later tick, never synchronously).
function startLookup(hostname, { family, order, hints }, done, immediate) {
  if (!hostname) {
    warnInvalidHostname(hostname);
    immediate([], family === 6 ? 6 : 4);
    return false;
  }
  const matched = isIP(hostname);
  if (matched) {
    immediate([{ address: hostname, family: matched }], matched);
    return false;
  }
  threadpool.queue('dnsLookup', [hostname, family, hints], (error, answer) => {
    if (error) throw error;
    if (typeof answer === 'number') {
      done(dnsException(answer, 'getaddrinfo', hostname));
      return;
    }
    let addresses = answer.map(([address, addressFamily]) => ({ address, family: family || addressFamily }));
    if (order === 'ipv4first') addresses = sortFirst(addresses, 4);
    else if (order === 'ipv6first') addresses = sortFirst(addresses, 6);
    done(null, addresses);
  });
  return true;
}

function sortFirst(addresses, family) {
  return [...addresses.filter((entry) => entry.family === family),
    ...addresses.filter((entry) => entry.family !== family)];
}

// -- lookupService -----------------------------------------------------------------------------------------

function checkServiceArgs(args, names) {
  if (args.length !== names.length) throw new ERR_MISSING_ARGS(...names);
  const [address, port] = args;
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
}

// `done(error, hostname, service)`
function startLookupService(address, port, done) {
  threadpool.queue('dnsLookupService', [address, +port], (error, answer) => {
    if (error) throw error;
    if (typeof answer === 'number') done(dnsException(answer, 'getnameinfo', address));
    else done(null, answer[0], answer[1]);
  });
}

// -- resolvers ---------------------------------------------------------------------------------------------

const kCore = Symbol('kCore');
const ipv6InBrackets = /^\[([^[\]]*)\]/;
const addressAndPort = /(^.+?)(?::(\d+))?$/;

let systemServers;

// One resolver's state (node's ChannelWrap): servers, options, the queries under way.
class ResolverCore {
  constructor(options) {
    this.timeout = -1;
    this.tries = 4;
    if (options?.timeout !== undefined) {
      validateInt32(options.timeout, 'options.timeout', -1);
      this.timeout = options.timeout;
    }
    if (options?.tries !== undefined) {
      validateInt32(options.tries, 'options.tries', 1);
      this.tries = options.tries;
    }
    if (options?.maxTimeout !== undefined) {
      validateUint32(options.maxTimeout, 'options.maxTimeout');
      this.maxTimeout = options.maxTimeout;
    }
    systemServers ??= host.dnsSystemServers();
    this.servers = systemServers.map(([address, port]) => [address, port]);
    this.localAddress = null;
    this.pending = new Map();   // token -> done
  }

  getServers() {
    return this.servers.map(([address, port]) => {
      if (port === 53) return address;
      return `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const failed = (reason) => new ERR_DNS_SET_SERVERS_FAILED(reason, require('internal/util/inspect').inspect(servers));
    const parsed = [];
    servers.forEach((server, index) => {
      validateString(server, `servers[${index}]`);
      const entry = parseServer(server);
      if (entry === null) throw new ERR_INVALID_IP_ADDRESS(server);
      if (!parsed.some(([address, port]) => address === entry[0] && port === entry[1])) parsed.push(entry);
    });
    if (this.pending.size > 0) throw failed('There are pending queries.');
    this.servers = parsed;
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
    this.localAddress = { [first]: ipv4 };
    if (second) this.localAddress[second] = ipv6;
  }

  // Ask the servers for `name`'s records of `rrtype`: `done(code, records)`.
  query(name, rrtype, done) {
    const token = host.dnsQueryToken();
    this.pending.set(token, done);
    const finish = (code, records) => {
      if (!this.pending.has(token)) return;   // cancelled
      this.pending.delete(token);
      done(code, records);
    };
    if (/(^|\.)onion\.?$/i.test(name)) {   // never looked up (RFC 7686), as c-ares
      process.nextTick(finish, 'ENOTFOUND');
      return;
    }
    if (this.servers.length === 0) {   // c-ares's ARES_ENOSERVER, a code node has no name for
      process.nextTick(finish, 'UNKNOWN_ARES_ERROR');
      return;
    }
    threadpool.queue('dnsQuery', [token, JSON.stringify(this.servers), name, rrtype, this.timeout, this.tries,
      this.localAddress === null ? null : JSON.stringify(this.localAddress), this.maxTimeout ?? 0], (error, answer) => {
      if (error) throw error;
      if (answer[0] === 'ok') finish(null, answer[1]);
      else finish(answer[1]);
    });
  }

  cancel() {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [token, done] of pending) {
      host.dnsCancel(token);
      done('ECANCELLED');
    }
  }
}

function parseServer(server) {
  if (isIP(server)) return [server, 53];
  const bracketed = ipv6InBrackets.exec(server);
  if (bracketed && isIP(bracketed[1]) === 6) {
    const port = Number.parseInt(server.replace(addressAndPort, '$2')) || 53;
    return [bracketed[1], port];
  }
  const split = addressAndPort.exec(server);
  if (split && isIP(split[1])) return [split[1], Number.parseInt(split[2] || '53')];
  return null;
}

// The query each resolve method makes: method name -> [rrtype, the syscall its errors name]
const queries = {
  resolveAny: ['ANY', 'queryAny'],
  resolve4: ['A', 'queryA'],
  resolve6: ['AAAA', 'queryAaaa'],
  resolveCaa: ['CAA', 'queryCaa'],
  resolveCname: ['CNAME', 'queryCname'],
  resolveMx: ['MX', 'queryMx'],
  resolveNs: ['NS', 'queryNs'],
  resolveTlsa: ['TLSA', 'queryTlsa'],
  resolveTxt: ['TXT', 'queryTxt'],
  resolveSrv: ['SRV', 'querySrv'],
  resolvePtr: ['PTR', 'queryPtr'],
  resolveNaptr: ['NAPTR', 'queryNaptr'],
  resolveSoa: ['SOA', 'querySoa'],
  reverse: ['PTR', 'getHostByAddr'],
};

// resolve(hostname, rrtype): the method for an rrtype
const methodOfType = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TLSA: 'resolveTlsa',
  TXT: 'resolveTxt',
};

// Run resolve method `method` for `name` on `core`: done(error, result). Arguments are checked by
// the caller; a reverse lookup of something that is not an IP address throws EINVAL, as node does.
function runQuery(core, method, name, ttl, done) {
  const [rrtype, syscall] = queries[method];
  let queried = name;
  if (method === 'reverse') {
    queried = isIP(name) ? host.dnsReverseName(name) : null;
    if (queried === null) throw dnsException(-22, syscall, name);
  }
  core.query(queried, rrtype, (code, records) => {
    if (code) {
      done(dnsException(code, syscall, name));
      return;
    }
    done(null, shape(rrtype, records, ttl));
  });
}

// The host's records as node gives them: A / AAAA addresses without their ttl unless asked,
// TLSA data as an ArrayBuffer.
function shape(rrtype, records, ttl) {
  if ((rrtype === 'A' || rrtype === 'AAAA') && !ttl) return records.map((record) => record.address);
  if (rrtype === 'TLSA' || rrtype === 'ANY') {
    for (const record of records) {
      if (record.data instanceof Uint8Array) record.data = record.data.slice().buffer;
    }
  }
  return records;
}

// The resolver behind the module-level functions of node:dns and node:dns/promises (both share
// it); dns.setServers() replaces it with a new one, so queries under way keep theirs.
let defaultCore;
function getDefaultCore() {
  defaultCore ??= new ResolverCore();
  return defaultCore;
}

// What a Resolver of either style has (node's ResolverBase): servers, local address, cancel.
class ResolverBase {
  constructor(options = undefined) {
    this[kCore] = new ResolverCore(options);
  }

  cancel() { this[kCore].cancel(); }
  getServers() { return this[kCore].getServers(); }
  setServers(servers) { this[kCore].setServers(servers); }
  setLocalAddress(ipv4, ipv6) { this[kCore].setLocalAddress(ipv4, ipv6); }
}

// Define `Resolver`'s query methods from `makeQuery(method)`, then resolve(), in node's order;
// each query function is named for its c-ares call (queryA, getHostByAddr...), as node's are.
function defineQueries(Resolver, makeQuery, resolve) {
  for (const method of [...Object.keys(queries), 'resolve']) {
    const query = method === 'resolve' ? resolve : makeQuery(method);
    Object.defineProperty(query, 'name', { value: method === 'resolve' ? 'resolve' : queries[method][1] });
    Object.defineProperty(Resolver.prototype, method,
      { value: query, writable: true, enumerable: false, configurable: true });
  }
}

// The module-level functions (setServers, getServers, resolve*, reverse): the methods of a
// `Resolver` of the module's style bound to the default resolver.
function defaultResolverFunctions(Resolver) {
  const resolver = Object.create(Resolver.prototype);
  Object.defineProperty(resolver, kCore, { get: getDefaultCore });
  const functions = {
    setServers: function defaultResolverSetServers(servers) {
      const core = new ResolverCore();
      core.setServers(servers);
      defaultCore = core;
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
  kCore,
  ResolverBase,
  defineQueries,
  defaultResolverFunctions,
  ResolverCore,
  queries,
  methodOfType,
  runQuery,
  dnsException,
  getDefaultResultOrder,
  setDefaultResultOrder,
  lookupOptions,
  startLookup,
  checkServiceArgs,
  startLookupService,
  isIP,
};
