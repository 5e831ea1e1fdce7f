'use strict';
// node:_http_client: ClientRequest, the client half of HTTP/1.1. A ClientRequest is an
// OutgoingMessage (internal/http/outgoing) whose head is `METHOD path HTTP/1.1`; it gets its socket
// from an Agent (internal/http/agent) or from options.createConnection, and reads the answer with
// the llhttp parser in RESPONSE mode (internal/http/common), which makes an IncomingMessage and
// calls parserOnIncomingClient. A socket whose response is complete and whose request was sent
// goes back to the agent ('free') when both sides allow keep-alive, and is destroyed otherwise.
// Informational answers (1xx but 101) raise 'information' (and 'continue' for 100) and the parser
// goes on to the final answer; 101 and answers to CONNECT detach the socket for 'upgrade' /
// 'connect'. A socket that ends or closes before any answer fails the request with ECONNRESET
// "socket hang up".

const net = require('net');
const { Buffer } = require('buffer');
const { URL, urlToHttpOptions } = require('url');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateNumber,
} = require('internal/validators');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const finished = require('internal/streams/end-of-stream');
const {
  OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, parseUniqueHeadersOption,
} = require('internal/http/outgoing');
const {
  HTTPParser, parsers, freeParser, prepareError, _checkIsHttpToken: checkIsHttpToken, isLenient,
} = require('internal/http/common');
const agentModule = require('internal/http/agent');
// NODE_DEBUG=http: node's client messages
const debug = require('internal/util/debuglog').debuglog('http');

// a request path may hold only visible Latin-1 characters: a space or a control is an injection
const INVALID_PATH = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');
const kEmptyObject = Object.freeze({ __proto__: null });

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const TIMEOUT_MAX = 2 ** 31 - 1;

// A timeout in milliseconds, checked and capped as node's timers are; the warning comes at once,
// so that its stack shows the caller.
function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
      'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// The methods whose requests have no body unless the caller writes one: no chunked encoding by default.
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);

  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || kEmptyObject;
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
  // setDefaultHeaders: false leaves out every header the client would add (Host, Connection,
  // Content-Length, Transfer-Encoding), unless setHost says otherwise for Host
  const setDefaultHeaders = options.setDefaultHeaders !== false;
  const setHost = options.setHost === undefined ? setDefaultHeaders : Boolean(options.setHost);

  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'signal');
    addAbortSignalNoValidate(signal, this);
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (options.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  this.useChunkedEncodingByDefault = !BODYLESS_METHODS.has(method);
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  if (!setDefaultHeaders) {
    this._removedConnection = true;
    this._removedContLen = true;
    this._removedTE = true;
  }

  if (this.agent) {
    // keep-alive is asked for only when the agent can really reuse the socket
    const reusable = this.agent.keepAlive || Number.isFinite(this.agent.maxSockets);
    this._last = !reusable;
    this.shouldKeepAlive = reusable;
  }

  const headers = options.headers;
  if (!Array.isArray(headers)) {
    if (headers) {
      for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      // a bare IPv6 address gets its brackets back
      const colon = hostHeader.indexOf(':');
      if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += `:${port}`;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (this.getHeader('expect')) {
      // a request expecting 100-continue sends its head at once
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }
  } else {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, headers);
  }

  const connectOptions = { __proto__: null, ...options };
  delete connectOptions.signal;
  if (this.agent) {
    this.agent.addRequest(this, connectOptions);
    return;
  }
  this._last = true;
  this.shouldKeepAlive = false;
  // no agent: the socket is made here, and a request path is no Unix socket path
  let opts = connectOptions;
  if (opts.path || opts.socketPath) {
    opts = { ...connectOptions };
    if (opts.socketPath) opts.path = opts.socketPath;
    else opts.path = undefined;
  }
  if (typeof opts.createConnection === 'function') {
    let called = false;
    const onCreate = (err, socket) => {
      if (called) return;
      called = true;
      if (err) process.nextTick(() => this.emit('error', err));
      else this.onSocket(socket);
    };
    try {
      const socket = opts.createConnection(opts, onCreate);
      if (socket) onCreate(null, socket);
    } catch (err) {
      onCreate(err);
    }
  } else {
    this.onSocket(net.createConnection(opts));
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // a response being read is thrown away
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  return this;
};

// The request gets its socket on the next tick, so that a request destroyed in the meantime never
// writes to it.
ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (!req.destroyed && !err) {
    attachSocket(req, socket);
    req._flush();
    return;
  }
  req.destroyed = true;
  if (socket) {
    if (!err && req.agent && !socket.destroyed) {
      // the request went away before using the socket: the agent gets it back untouched
      socket.emit('free');
    } else {
      finished(socket.destroy(err || req[kError]), (er) => {
        if (er?.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
        destroyedBeforeSocket(req, er || err);
      });
      return;
    }
  }
  destroyedBeforeSocket(req, err || req[kError]);
}

function destroyedBeforeSocket(req, err) {
  if (!req.aborted && !err) err = connResetException('socket hang up');
  if (err) req.emit('error', err);
  req._closed = true;
  req.emit('close');
}

function attachSocket(req, socket) {
  const parser = parsers.alloc();
  req.socket = socket;
  const lenient = req.insecureHTTPParser === undefined ? isLenient() : req.insecureHTTPParser;
  parser.initialize(HTTPParser.RESPONSE, {}, req.maxHeaderSize || 0,
    lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone);
  // what parserOnIncomingClient answers for these methods, the parser must know before the head
  if (req.method === 'HEAD') parser.mode = HTTPParser.kModeSkipBody;
  else if (req.method === 'CONNECT') parser.mode = HTTPParser.kModeConnect;
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', onDrain);
  if (req.timeout !== undefined || req.agent?.options?.timeout) listenSocketTimeout(req);
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

// The socket's 'timeout' becomes the request's, until the response ends.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function onDrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;   // read first: socketOnData may have freed it
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      // closed before any answer: the request fails
      req.socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    // only the first error of the socket reaches the request
    req.socket._hadError = true;
    req.emit('error', err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

// 1xx answers but 101 come before the final one
function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    req.emit('error', ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    upgradeOrConnect(req, socket, parser, d, ret);
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    // the answer is complete: the parser is done with this socket
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', onDrain);
    freeParser(parser, req, socket);
  }
}

// A 101 answer or an answer to CONNECT: the socket leaves HTTP (and the agent) for the listener
// of 'upgrade' / 'connect', with the bytes that followed the head; with no listener it is closed.
function upgradeOrConnect(req, socket, parser, d, bytesParsed) {
  const res = parser.incoming;
  req.res = res;
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', onDrain);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  socket.removeListener('timeout', responseOnTimeout);
  parser.finish();
  freeParser(parser, req, socket);
  const bodyHead = d.slice(bytesParsed, d.length);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (req.listenerCount(eventName) === 0) {
    socket.destroy();
    return;
  }
  req.upgradeOrConnect = true;
  socket.emit('agentRemove');
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket._httpMessage = null;
  socket.readableFlowing = null;
  req.emit(eventName, res, socket, bodyHead);
  req.destroyed = true;
  req._closed = true;
  req.emit('close');
}

// The parser's onIncoming in RESPONSE mode. Answers 0 (read the body), 1 (no body) or 2 (no
// body, and the connection leaves HTTP).
function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  debug('AGENT incoming response!');
  if (req.res) {
    // a second answer to one request
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;
  const method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  // the server must agree to keep the connection
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  // first listeners, so that the socket is cleaned up whatever the user's listeners do
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  // with no 'response' listener nobody can read the body: it is drained so the socket moves on
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (req?.res) req.res.emit('timeout');
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

// Both the request and its response are done: the socket goes back to the agent, after the
// user's 'end' listeners have run.
function responseKeepAlive(req) {
  const socket = req.socket;
  debug('AGENT socket keep-alive');
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  // the response no longer owns the socket: destroying it must not close a pooled socket
  if (req.res) req.res.socket = null;
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

// Socket calls made before the request has a connected socket wait for it.
ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const call = () => {
    if (method) this.socket[method](...args);
  };
  const onSocket = () => {
    if (this.socket.writable) call();
    else this.socket.once('connect', call);
  };
  if (this.socket) onSocket();
  else this.once('socket', onSocket);
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = timerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  const arm = (socket) => {
    if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
    else socket.setTimeout(msecs);
  };
  if (this.socket) arm(this.socket);
  else this.once('socket', arm);
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest };
