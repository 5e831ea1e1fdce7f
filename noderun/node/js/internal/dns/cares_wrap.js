'use strict';
// noderun's cares_wrap binding, the calls node:dns makes below its JS (and what node's own tests
// reach, and stub, through internalBinding('cares_wrap') under --expose-internals):
// getaddrinfo / getnameinfo run on the host's thread pool (node/host_dns.py), a ChannelWrap is
// one resolver's channel (servers, timeout, tries, local addresses, the queries under way) whose
// query* methods ask the host's resolver (dnspython). Each call takes a request object and answers
// through its `oncomplete`, or returns an error number at once, as node's binding does.

const threadpool = require('internal/threadpool');

const DNS_ORDER_VERBATIM = 0;
const DNS_ORDER_IPV4_FIRST = 1;
const DNS_ORDER_IPV6_FIRST = 2;
const DNS_ESETSRVPENDING = -1000;   // node's own code for setServers() with queries under way

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

function firstOf(addresses, family) {
  return [...addresses.filter((entry) => entry[1] === family), ...addresses.filter((entry) => entry[1] !== family)];
}

// req.oncomplete(err, addresses): the addresses as strings, in the order asked for
function getaddrinfo(req, hostname, family, hints, order) {
  threadpool.queue('dnsLookup', [hostname, family, hints], (error, answer) => {
    if (error) throw error;
    if (typeof answer === 'number') {
      req.oncomplete(answer);
      return;
    }
    let addresses = answer;
    if (order === DNS_ORDER_IPV4_FIRST) addresses = firstOf(addresses, 4);
    else if (order === DNS_ORDER_IPV6_FIRST) addresses = firstOf(addresses, 6);
    req.oncomplete(0, addresses.map(([address]) => address));
  });
  return 0;
}

// req.oncomplete(err, hostname, service)
function getnameinfo(req, address, port) {
  threadpool.queue('dnsLookupService', [address, port], (error, answer) => {
    if (error) throw error;
    if (typeof answer === 'number') req.oncomplete(answer);
    else req.oncomplete(0, answer[0], answer[1]);
  });
  return 0;
}

function strerror(code) {
  return code === DNS_ESETSRVPENDING ? 'There are pending queries.' : `c-ares error ${code}`;
}

let systemServers;

// The query each method makes: [rrtype, answered with ttls]
const queryTypes = {
  queryAny: 'ANY', queryA: 'A', queryAaaa: 'AAAA', queryCaa: 'CAA', queryCname: 'CNAME', queryMx: 'MX',
  queryNs: 'NS', queryTlsa: 'TLSA', queryTxt: 'TXT', querySrv: 'SRV', queryPtr: 'PTR', queryNaptr: 'NAPTR',
  querySoa: 'SOA', getHostByAddr: 'PTR',
};

class ChannelWrap {
  constructor(timeout = -1, tries = 4, maxTimeout = 0) {
    this.timeout = timeout;
    this.tries = tries;
    this.maxTimeout = maxTimeout;
    systemServers ??= host.dnsSystemServers();
    this.servers = systemServers.map(([address, port]) => [address, port]);
    this.localAddress = null;
    this.pending = new Map();   // host query token -> req
  }

  // [[address, port], ...]
  getServers() {
    return this.servers.map(([address, port]) => [address, port]);
  }

  // [[family, address, port], ...] -> 0, or an error number (queries under way)
  setServers(servers) {
    if (this.pending.size > 0) return DNS_ESETSRVPENDING;
    this.servers = servers.map(([, address, port]) => [address, port]);
    return 0;
  }

  setLocalAddress(addresses) {
    this.localAddress = addresses;
  }

  cancel() {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [token, req] of pending) {
      host.dnsCancel(token);
      req.oncomplete('ECANCELLED');
    }
  }

  // Ask the servers: req.oncomplete(code or 0, records, ttls) once answered.
  query(req, name, rrtype) {
    const token = host.dnsQueryToken();
    this.pending.set(token, req);
    const finish = (code, records) => {
      if (!this.pending.has(token)) return;   // cancelled
      this.pending.delete(token);
      if (code) {
        req.oncomplete(code);
      } else if (rrtype === 'A' || rrtype === 'AAAA') {
        req.oncomplete(0, records.map((record) => record.address), records.map((record) => record.ttl));
      } else {
        req.oncomplete(0, records);
      }
    };
    if (/(^|\.)onion\.?$/i.test(name)) {   // never looked up (RFC 7686), as c-ares
      process.nextTick(finish, 'ENOTFOUND');
      return 0;
    }
    if (this.servers.length === 0) {   // c-ares's ARES_ENOSERVER, a code node has no name for
      process.nextTick(finish, 'UNKNOWN_ARES_ERROR');
      return 0;
    }
    threadpool.queue('dnsQuery', [token, JSON.stringify(this.servers), name, rrtype, this.timeout, this.tries,
      this.localAddress === null ? null : JSON.stringify(this.localAddress), this.maxTimeout], (error, answer) => {
      if (error) throw error;
      if (answer[0] === 'ok') finish(0, answer[1]);
      else finish(answer[1]);
    });
    return 0;
  }
}

for (const [method, rrtype] of Object.entries(queryTypes)) {
  Object.defineProperty(ChannelWrap.prototype, method, {
    value: method === 'getHostByAddr'
      ? function getHostByAddr(req, address) {
        const name = host.dnsReverseName(address);
        return name == null ? -22 : this.query(req, name, rrtype);   // EINVAL: not an IP address
      }
      : { [method](req, name) { return this.query(req, name, rrtype); } }[method],
    writable: true, enumerable: false, configurable: true,
  });
}

// an IP address as inet_ntop writes it, undefined for what is not one (node's tls uses it on
// certificates' names; the checking is internal/tls/identity.js's)
function canonicalizeIP(address) {
  return require('internal/tls/identity').canonicalIP(address);
}

module.exports = {
  getaddrinfo,
  getnameinfo,
  canonicalizeIP,
  strerror,
  ChannelWrap,
  GetAddrInfoReqWrap,
  GetNameInfoReqWrap,
  QueryReqWrap,
  DNS_ORDER_VERBATIM,
  DNS_ORDER_IPV4_FIRST,
  DNS_ORDER_IPV6_FIRST,
};
