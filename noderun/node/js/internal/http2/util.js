'use strict';
// What node:http2's sessions, streams and compatibility layer share: the symbols they reach each
// other by, headers between node's objects and the wire's list, node's argument checks and
// NghttpError (an error nghttp2, and so node, would report by number).
//
// A headers list is node's "NgHeaderString": `name\0value\0flag` per header, pseudo-headers
// first, with the header count; flag is the HPACK indexing choice (NGHTTP2_NV_FLAG_NO_INDEX for
// the names a headers object lists under http2.sensitiveHeaders). The host splits it as sent.

const {
  codes: {
    ERR_HTTP2_HEADER_SINGLE_VALUE, ERR_HTTP2_INVALID_CONNECTION_HEADERS, ERR_HTTP2_INVALID_PSEUDOHEADER,
    ERR_HTTP2_INVALID_SETTING_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN,
  },
  kIsNodeError,
} = require('internal/errors');
const { _checkIsHttpToken: checkIsHttpToken } = require('internal/http/common');
const constants = require('internal/http2/constants');

const kAuthority = Symbol('authority');
const kSensitiveHeaders = Symbol('sensitiveHeaders');
const kSocket = Symbol('socket');
const kProtocol = Symbol('protocol');
const kProxySocket = Symbol('proxySocket');
const kRequest = Symbol('request');

// RFC 9113 8.3's pseudo-headers, and RFC 8441's :protocol
const kValidPseudoHeaders = new Set([':status', ':method', ':authority', ':scheme', ':path', ':protocol']);

// Fields a message carries at most once (node refuses a second one when sending, and keeps the
// first when receiving)
const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
  'access-control-allow-credentials', 'access-control-max-age', 'access-control-request-method', 'age',
  'authorization', 'content-encoding', 'content-language', 'content-length', 'content-location',
  'content-md5', 'content-range', 'content-type', 'date', 'dnt', 'etag', 'expires', 'from', 'host',
  'if-match', 'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since', 'last-modified',
  'location', 'max-forwards', 'proxy-authorization', 'range', 'referer', 'retry-after', 'tk',
  'upgrade-insecure-requests', 'user-agent', 'x-content-type-options',
]);

// Methods whose request body means nothing: their requests end with the headers by default
const kNoPayloadMethods = new Set(['DELETE', 'GET', 'HEAD']);

// HTTP/1's hop-by-hop fields, which HTTP/2 forbids (RFC 9113 8.2.2); te only as "trailers"
function isIllegalConnectionSpecificHeader(name, value) {
  switch (name) {
    case 'connection': case 'upgrade': case 'http2-settings': case 'keep-alive':
    case 'proxy-connection': case 'transfer-encoding':
      return true;
    case 'te':
      return value !== 'trailers';
    default:
      return false;
  }
}

function assertValidPseudoHeader(key) {
  if (!kValidPseudoHeaders.has(key)) throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderResponse(key) {
  if (key !== ':status') throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderTrailer(key) {
  throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

// nghttp2's NGHTTP2_NV_FLAG_NONE and NGHTTP2_NV_FLAG_NO_INDEX
const kNoIndexFlag = '\x01';
const kNoFlags = '\x00';

// [NgHeaderString, count] for a headers object ({ name: value or [values] }) or a flat
// [name, value, ...] list, checked as node checks them; `checkPseudo(name)` throws for a
// pseudo-header this kind of block may not carry.
function buildNgHeaderString(arrayOrMap, checkPseudo = assertValidPseudoHeader) {
  let regular = '';
  let pseudo = '';
  let count = 0;
  const seenSingles = new Set();
  const neverIndex = (arrayOrMap[kSensitiveHeaders] || []).map((name) => name.toLowerCase());

  const add = (key, value) => {
    key = key.toLowerCase();
    const single = kSingleValueHeaders.has(key);
    let isArray = Array.isArray(value);
    if (isArray) {
      if (value.length === 0) return;
      if (value.length === 1) {
        value = String(value[0]);
        isArray = false;
      } else if (single) {
        throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      }
    } else {
      value = String(value);
    }
    if (single) {
      if (seenSingles.has(key)) throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      seenSingles.add(key);
    }
    const flag = neverIndex.includes(key) ? kNoIndexFlag : kNoFlags;
    if (key[0] === ':') {
      checkPseudo(key);
      pseudo += `${key}\0${value}\0${flag}`;
      count++;
      return;
    }
    if (!checkIsHttpToken(key)) throw new ERR_INVALID_HTTP_TOKEN('Header name', key);
    if (isIllegalConnectionSpecificHeader(key, value)) throw new ERR_HTTP2_INVALID_CONNECTION_HEADERS(key);
    if (isArray) {
      for (const item of value) regular += `${key}\0${String(item)}\0${flag}`;
      count += value.length;
      return;
    }
    regular += `${key}\0${value}\0${flag}`;
    count++;
  };

  if (Array.isArray(arrayOrMap)) {
    for (let i = 0; i < arrayOrMap.length; i += 2) {
      if (arrayOrMap[i + 1] !== undefined && arrayOrMap[i] !== '') add(arrayOrMap[i], arrayOrMap[i + 1]);
    }
  } else {
    for (const key of Object.keys(arrayOrMap)) {
      if (arrayOrMap[key] !== undefined && key !== '') add(key, arrayOrMap[key]);
    }
  }
  return [pseudo + regular, count];
}

// node's header object from a received flat [name, value, ...] list: a null-prototype object,
// ':status' a number, a repeated single-value field keeping its first value, set-cookie an array,
// cookie joined with '; ' (RFC 9113 8.2.3) and other repeats with ', ' (RFC 9110 5.3)
function toHeaderObject(headers, sensitiveHeaders) {
  const object = { __proto__: null };
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i];
    let value = headers[i + 1];
    if (name === ':status') value |= 0;
    const existing = object[name];
    if (existing === undefined) {
      object[name] = name === 'set-cookie' ? [value] : value;
    } else if (!kSingleValueHeaders.has(name)) {
      if (name === 'set-cookie') existing.push(value);
      else object[name] = `${existing}${name === 'cookie' ? '; ' : ', '}${value}`;
    }
  }
  object[kSensitiveHeaders] = sensitiveHeaders;
  return object;
}

// For requests other than CONNECT, :authority and Host say the same (the first preferred)
function getAuthority(headers) {
  if (headers[':authority'] !== undefined) return headers[':authority'];
  if (headers.host !== undefined) return headers.host;
  return undefined;
}

// A request's headers, given as an object or as a flat [name, value, ...] list, with the
// pseudo-headers a request needs filled in from the session (RFC 9113 8.3.1; plain CONNECT,
// RFC 9113 8.5, names only its :authority): { headersObject or rawHeaders, headersList, scheme,
// authority, method }
function prepareRequestHeadersObject(headers, session) {
  const object = Object.assign({ __proto__: null }, headers);
  object[':method'] ??= 'GET';
  if (object[':method'] !== 'CONNECT' || object[':protocol'] !== undefined) {
    if (getAuthority(object) === undefined) object[':authority'] = session[kAuthority];
    object[':scheme'] ??= session[kProtocol].slice(0, -1);
    object[':path'] ??= '/';
  } else {
    checkConnectHeaders(object[':authority'], object[':scheme'], object[':path']);
  }
  return { headersObject: object, headersList: buildNgHeaderString(object), scheme: object[':scheme'],
           authority: getAuthority(object), method: object[':method'] };
}

function prepareRequestHeadersArray(headers, session) {
  const found = { __proto__: null };
  for (let i = 0; i < headers.length; i += 2) {
    if (headers[i][0] === ':') found[headers[i].toLowerCase()] = headers[i + 1];
  }
  const added = [];
  let { ':method': method, ':scheme': scheme, ':authority': authority } = found;
  if (method === undefined) {
    method = 'GET';
    added.push(':method', method);
  }
  if (method !== 'CONNECT' || found[':protocol'] !== undefined) {
    if (authority === undefined && headers.host === undefined) {
      authority = session[kAuthority];
      added.push(':authority', authority);
    }
    if (scheme === undefined) {
      scheme = session[kProtocol].slice(0, -1);
      added.push(':scheme', scheme);
    }
    if (found[':path'] === undefined) added.push(':path', '/');
  } else {
    checkConnectHeaders(authority, scheme, found[':path']);
  }
  const rawHeaders = added.length ? added.concat(headers) : headers;
  if (headers[kSensitiveHeaders] !== undefined) rawHeaders[kSensitiveHeaders] = headers[kSensitiveHeaders];
  return { rawHeaders, headersList: buildNgHeaderString(rawHeaders), scheme,
           authority: authority ?? headers.host, method };
}

function checkConnectHeaders(authority, scheme, path) {
  const { ERR_HTTP2_CONNECT_AUTHORITY, ERR_HTTP2_CONNECT_SCHEME, ERR_HTTP2_CONNECT_PATH } = require('internal/errors').codes;
  if (authority === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
  if (scheme !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
  if (path !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
}

function isPayloadMeaningless(method) {
  return kNoPayloadMethods.has(method);
}

function sessionName(type) {
  switch (type) {
    case constants.NGHTTP2_SESSION_CLIENT: return 'client';
    case constants.NGHTTP2_SESSION_SERVER: return 'server';
    default: return '<invalid>';
  }
}

function assertIsObject(value, name, types) {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new ERR_INVALID_ARG_TYPE(name, types || 'Object', value);
  }
}

function assertIsArray(value, name, types) {
  if (value !== undefined && (value === null || !Array.isArray(value))) {
    throw new ERR_INVALID_ARG_TYPE(name, types || 'Array', value);
  }
}

function assertWithinRange(name, value, min = 0, max = Infinity) {
  if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
  }
}

// nghttp2_strerror()'s texts, by nghttp2's error numbers
const nghttp2Messages = {
  0: 'Success', [-501]: 'Invalid argument', [-502]: 'Out of buffer space', [-503]: 'Unsupported SPDY version',
  [-504]: 'Operation would block', [-505]: 'Protocol error', [-506]: 'Invalid frame octets', [-507]: 'EOF',
  [-508]: 'Data transfer deferred', [-509]: 'No more Stream ID available',
  [-510]: 'Stream was already closed or invalid', [-511]: 'Stream is closing',
  [-512]: 'The transmission is not allowed for this stream', [-513]: 'Stream ID is invalid',
  [-514]: 'Invalid stream state', [-515]: 'Another DATA frame has already been deferred',
  [-516]: 'request HEADERS is not allowed', [-517]: 'GOAWAY has already been sent',
  [-518]: 'Invalid header block', [-519]: 'Invalid state',
  [-521]: 'The user callback function failed due to the temporal error',
  [-522]: 'The length of the frame is invalid', [-523]: 'Header compression/decompression error',
  [-524]: 'Flow control error', [-525]: 'Insufficient buffer size given to function',
  [-526]: 'Callback was paused by the application', [-527]: 'Too many inflight SETTINGS',
  [-528]: 'Server push is disabled by peer', [-529]: 'DATA or HEADERS frame has already been submitted for the stream',
  [-530]: 'The current session is closing', [-531]: 'Invalid HTTP header field was received',
  [-532]: 'Violation in HTTP messaging rule', [-533]: 'Stream was refused', [-534]: 'Internal error',
  [-535]: 'Cancel', [-536]: 'When a local endpoint expects to receive SETTINGS frame, it receives an other type of frame',
  [-537]: 'SETTINGS frame contained more than the maximum allowed entries', [-901]: 'Out of memory',
  [-902]: 'The user callback function failed', [-903]: 'Received bad client magic byte string',
  [-904]: 'Flooding was detected in this HTTP/2 session, and it must be closed',
  [-905]: 'Too many CONTINUATION frames following a HEADER frame',
};

function nghttp2ErrorString(code) {
  return nghttp2Messages[code] ?? 'Unknown error code';
}

// An error nghttp2 reports by number (or, with `customErrorCode`, one of node's codes)
class NghttpError extends Error {
  constructor(integerCode, customErrorCode) {
    super(customErrorCode ? new (require('internal/errors').codes[customErrorCode])().message
      : nghttp2ErrorString(integerCode));
    this.code = customErrorCode || 'ERR_HTTP2_ERROR';
    this.errno = integerCode;
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = {
  assertIsObject,
  assertIsArray,
  assertValidPseudoHeader,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  assertWithinRange,
  buildNgHeaderString,
  getAuthority,
  isPayloadMeaningless,
  kAuthority,
  kSensitiveHeaders,
  kSocket,
  kProtocol,
  kProxySocket,
  kRequest,
  NghttpError,
  nghttp2ErrorString,
  prepareRequestHeadersArray,
  prepareRequestHeadersObject,
  sessionName,
  toHeaderObject,
};
