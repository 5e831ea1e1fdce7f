'use strict';
// fetch() over HTTP/1.1, as node 24's undici does it, built on node:http's client (ClientRequest
// and a keep-alive Agent of fetch's own) rather than on net directly: the client already has the
// llhttp parser, the socket pool and node's socket errors (ECONNREFUSED with its address fields),
// and one HTTP/1 implementation is less to keep right than two. What undici does differently is
// done here: the request head (host and connection first, the header list with the defaults fetch
// adds, the body's length or chunked last), redirects (follow / error / manual, at most 20,
// 301 / 302 / 303 turning a POST into a GET, credentials dropped across origins), response bodies
// as byte ReadableStreams, and undici's errors: TypeError('fetch failed') whose cause is the socket
// error, SocketError 'other side closed' for a connection closed early, HTTPParserError for a
// response that is not HTTP, TypeError('terminated') for a body cut short.

const { ClientRequest } = require('internal/http/client');
const { Agent } = require('internal/http/agent');
const { Buffer } = require('buffer');
const { rawEntries } = require('internal/fetch/headers');
const { bodyStream } = require('internal/fetch/body');
const { makeNetworkResponse } = require('internal/fetch/response');

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 204, 205, 304]);
const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
// the fetch standard's bad ports: fetch refuses them before connecting
const badPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

// undici's network error: the rejection of fetch is TypeError('fetch failed') with this as cause
class NetworkError extends Error {
  constructor(cause) {
    super('fetch failed');
    this.cause = cause;
  }
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

class SocketError extends Error {
  constructor(message, socket) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
    this.socket = socket;
  }
}

class HTTPParserError extends Error {
  constructor(message, data) {
    super(message);
    this.name = 'HTTPParserError';
    this.code = undefined;
    this.data = data;
  }
}

// undici's record of the socket a SocketError happened on
function socketInfo(socket) {
  return socket ? {
    localAddress: socket.localAddress, localPort: socket.localPort, remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort, remoteFamily: socket.remoteFamily, timeout: socket.timeout,
    bytesWritten: socket.bytesWritten, bytesRead: socket.bytesRead,
  } : null;
}

// The error undici reports for what the http client reports.
function undiciError(err, socket) {
  if (err.code === 'ECONNRESET' && err.syscall === undefined) {
    // 'socket hang up' / 'aborted': the server closed the connection early
    return new SocketError('other side closed', socketInfo(socket));
  }
  if (typeof err.code === 'string' && err.code.startsWith('HPE_')) {
    const data = err.rawPacket ? err.rawPacket.toString('latin1') : '';
    return new HTTPParserError(`Response does not match the HTTP/1.1 protocol (${err.reason})`, data);
  }
  return err;
}

let agents;
function agentFor(protocol) {
  // undici keeps idle connections 4 s and lets the process exit while they wait
  agents ??= { __proto__: null };
  if (agents[protocol] === undefined) {
    if (protocol === 'https:') {
      const https = require('https');
      agents[protocol] = new https.Agent({ keepAlive: true, timeout: 4000 });
    } else {
      agents[protocol] = new Agent({ keepAlive: true, timeout: 4000 });
    }
  }
  return agents[protocol];
}

function sameOrigin(a, b) {
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
}

const conditionalHeaders = ['if-modified-since', 'if-none-match', 'if-unmodified-since', 'if-match', 'if-range'];

// The head undici writes: host, connection, the request's header list (first spellings, in
// order) with the headers fetch adds when missing, then the body's framing.
function headLines(state, url, length) {
  const lines = ['host', url.host, 'connection', 'keep-alive'];
  const present = new Set();
  for (const [name, value] of rawEntries(state.headers)) {
    lines.push(name, value);
    present.add(name.toLowerCase());
  }
  const addDefault = (name, value) => {
    if (present.has(name)) return;
    lines.push(name, value);
    present.add(name);
  };
  // Headers.append's combining: the value joins one already there (in the caller's spelling)
  const appendValue = (name, value) => {
    const at = lines.findIndex((line, i) => i % 2 === 0 && line.toLowerCase() === name);
    if (at === -1) addDefault(name, value);
    else lines[at + 1] = `${lines[at + 1]}, ${value}`;
  };
  addDefault('accept', '*/*');
  addDefault('accept-language', '*');
  lines.push('sec-fetch-mode', state.mode);
  addDefault('user-agent', 'node');
  // The standard's HTTP-network-or-cache fetch: a conditional request in the default cache mode
  // is made as 'no-store', which (like 'reload') asks caches on the way not to answer; 'no-cache'
  // asks them to revalidate. Servers read these too (express's and koa's freshness checks
  // answer 200 instead of 304 when told no-cache).
  let cache = state.cache;
  if (cache === 'default' && conditionalHeaders.some((name) => present.has(name))) cache = 'no-store';
  if (cache === 'no-cache') {
    addDefault('cache-control', 'max-age=0');
  } else if (cache === 'no-store' || cache === 'reload') {
    addDefault('pragma', 'no-cache');
    addDefault('cache-control', 'no-cache');
  }
  // a byte range of an encoded body would be a range of the encoding, not of the content
  if (present.has('range')) appendValue('accept-encoding', 'identity');
  addDefault('accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate');
  if (length !== null) {
    lines.push('content-length', `${length}`);
  } else if (state.body !== null) {
    lines.push('transfer-encoding', 'chunked');
  }
  return lines;
}

// One request and its response head: resolves with the IncomingMessage, rejects with the
// http client's error (or the signal's reason).
function send(state, url, signal) {
  return new Promise((resolve, reject) => {
    const body = state.body;
    // the standard's Content-Length: the body's length when known, 0 for a POST or PUT without one
    let length = null;
    if (body === null) length = state.method === 'POST' || state.method === 'PUT' ? 0 : null;
    else if (body.source !== null) length = body.source.length;
    const req = new ClientRequest({
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: state.method,
      headers: headLines(state, url, length),
      agent: agentFor(url.protocol),
    });
    let settled = false;
    const onAbort = () => {
      req.destroy();
      if (!settled) {
        settled = true;
        reject(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      settled = true;
      resolve({ res, req, onAbort });
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      reject(new NetworkError(undiciError(err, req.socket)));
    });
    if (body === null) {
      req.end();
    } else if (body.source !== null) {
      req.end(Buffer.from(body.source.buffer, body.source.byteOffset, body.source.byteLength));
    } else {
      writeStreamBody(req, bodyStream(body));
    }
  });
}

async function writeStreamBody(req, stream) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (req.destroyed) return;
      if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
    }
    req.end();
  } catch (err) {
    req.destroy(err);
  }
}

// The decoders of a Content-Encoding, in the order the body goes through them (the reverse of
// the order they were applied); none when a coding is one undici does not know.
function decoders(contentEncoding) {
  if (!contentEncoding) return [];
  const zlib = require('zlib');
  // lenient on a body cut short, as undici is
  const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const list = [];
  for (const coding of contentEncoding.toLowerCase().split(',').map((c) => c.trim()).reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') list.push(zlib.createGunzip(options));
    else if (coding === 'deflate') list.push(inflateEither(zlib, options));
    else if (coding === 'br') list.push(zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));
    else if (coding === 'zstd') list.push(zlib.createZstdDecompress({ flush: zlib.constants.ZSTD_e_continue, finishFlush: zlib.constants.ZSTD_e_end }));
    else if (coding !== 'identity') return [];
  }
  return list;
}

// "deflate" bodies come zlib-wrapped or raw: the first byte tells (a zlib header's low nibble is 8)
function inflateEither(zlib, options) {
  let inflate = null;
  return new (require('stream').Transform)({
    transform(chunk, encoding, callback) {
      if (inflate === null) {
        inflate = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inflate.on('data', (data) => this.push(data));
        inflate.on('error', (err) => this.destroy(err));
      }
      inflate.write(chunk, callback);
    },
    flush(callback) {
      if (inflate === null) return callback();
      inflate.once('end', callback);
      inflate.end();
    },
  });
}

// The response body as a byte stream: data flows while the stream wants more (through the
// decoders of its Content-Encoding), a body cut short or undecodable errors it with
// TypeError('terminated'), an abort with the signal's reason.
function responseBody(res, req, signal, onAbort) {
  let controller;
  let ended = false;
  const fail = (reason) => {
    if (ended) return;
    ended = true;
    controller.error(reason);
  };
  const terminated = (err) => fail(new TypeError('terminated', { cause: undiciError(err, req.socket) }));
  let source = res;
  for (const decoder of decoders(res.headers['content-encoding'])) {
    source.on('error', terminated);
    source = source.pipe(decoder);
  }
  const stream = require('internal/webstreams/readablestream').createReadableByteStream((c) => {
    controller = c;
  }, () => {
    source.resume();
    return Promise.resolve();
  }, (reason) => {
    ended = true;
    res.destroy();
    if (source !== res) source.destroy();
    return Promise.resolve();
  });
  source.pause();
  source.on('data', (chunk) => {
    if (ended) return;
    controller.enqueue(new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength)));
    if (controller.desiredSize <= 0) source.pause();
  });
  source.on('end', () => {
    if (ended) return;
    ended = true;
    signal.removeEventListener('abort', onAbort);
    controller.close();
    controller.byobRequest?.respond(0);
  });
  source.on('error', terminated);
  signal.addEventListener('abort', () => {
    fail(signal.reason);
    res.destroy();
    if (source !== res) source.destroy();
  }, { once: true });
  return stream;
}

// The fetch standard's HTTP fetch with undici's redirect handling, for an http: or https: request.
async function httpFetch(state, signal) {
  let tainting = 'basic';
  for (;;) {
    const url = state.urlList[state.urlList.length - 1];
    if (badPorts.has(Number(url.port))) throw fetchFailed(new Error('bad port'));
    if (!sameOrigin(url, state.urlList[0])) tainting = 'cors';
    let sent;
    try {
      sent = await send(state, url, signal);
    } catch (err) {
      if (err instanceof NetworkError) throw fetchFailed(err.cause);
      throw err;
    }
    const { res, req, onAbort } = sent;
    const status = res.statusCode;
    const location = redirectStatuses.has(status) ? res.headers.location : undefined;
    if (location === undefined || state.redirect === 'manual') {
      const withoutBody = state.method === 'HEAD' || nullBodyStatuses.has(status);
      if (withoutBody) {
        res.resume();
        signal.removeEventListener('abort', onAbort);
      }
      return makeNetworkResponse({
        type: tainting,
        status,
        statusText: res.statusMessage,
        urlList: state.urlList,
        rawHeaders: res.rawHeaders,
        stream: withoutBody ? null : responseBody(res, req, signal, onAbort),
      });
    }
    res.resume();
    signal.removeEventListener('abort', onAbort);
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      throw fetchFailed(err);
    }
    followRedirect(state, url, next, status);
  }
}

function followRedirect(state, url, next, status) {
  if (state.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
  }
  if (state.urlList.length > 20) throw fetchFailed(new Error('redirect count exceeded'));
  if (state.body !== null && state.body.source === null && status !== 303) throw fetchFailed(new Error());
  if (((status === 301 || status === 302) && state.method === 'POST') ||
      (status === 303 && state.method !== 'GET' && state.method !== 'HEAD')) {
    state.method = 'GET';
    state.body = null;
    for (const name of requestBodyHeaders) state.headers.delete(name);
  }
  if (!sameOrigin(url, next)) {
    // credentials stay with their origin
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) state.headers.delete(name);
  }
  state.urlList.push(next);
}

module.exports = { httpFetch, badPorts };
