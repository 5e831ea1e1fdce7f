'use strict';
// node:_http_server: Server (a net.Server whose connections each get a pooled request parser)
// and ServerResponse. Per connection: requests are parsed as data arrives, their responses go
// out in order (pipelining: a response waits in state.outgoing until the one before finishes),
// reading stops while responses back up, the socket times out between requests after
// keepAliveTimeout, and a periodic check answers 408 to requests slower than headersTimeout /
// requestTimeout. Parse errors go to 'clientError', whose default answer is node's 400 / 431.

const net = require('net');
const { STATUS_CODES } = require('internal/http_data');
const { HTTPParser, parsers, freeParser, prepareError, isLenient, continueExpression,
        chunkExpression, kIncomingMessage, _checkInvalidHeaderChar: checkInvalidHeaderChar,
      } = require('internal/http/common');
const { IncomingMessage, hasHeader } = require('internal/http/incoming');
const lazyState = require('internal/http/incoming_state');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption, kOutHeaders, kNeedDrain,
      } = require('internal/http/outgoing');
const { validateInteger, validateBoolean, validateFunction, validateObject } = require('internal/validators');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kConnectionState = Symbol('kConnectionState');

const HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER = 1000;
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

class ConnResetException extends Error {
  constructor(message) {
    super(message);
    this.code = 'ECONNRESET';
  }

  get name() {
    return 'Error';
  }
}

// ---------------------------------------------------------------------------------------------
// ServerResponse

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
// (defaults on the prototype, as OutgoingMessage's: see there)
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  // the socket closed under a response still in flight: it is closed too
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

// The socket's 'close' listener for its response (node adds it with each response and removes it
// with each detach) stays between a connection's responses while it is the last 'close' listener:
// a response assigned then finds the listeners as node's would be (one add and one remove cost a
// response more than a tenth of its instructions). Between two responses it is there, doing
// nothing; where 'newListener' or 'removeListener' are listened to, it comes and goes as in node.
function closeListenerLast(socket) {
  const listeners = socket._events?.close;
  if (listeners === onServerResponseClose) return true;
  return typeof listeners === 'object' && listeners[listeners.length - 1] === onServerResponseClose;
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  if (!closeListenerLast(socket)) {
    socket.removeListener('close', onServerResponseClose);   // (left by an earlier response, not last)
    socket.on('close', onServerResponseClose);
  }
  this.socket = socket;
  this.emit('socket', socket);
  if (this.outputData.length !== 0 || this.finished) this._flush();   // (else it has nothing to do)
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  const events = socket._events;
  if (events === undefined || events.removeListener !== undefined || events.newListener !== undefined) {
    socket.removeListener('close', onServerResponseClose);
  }
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(callback) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(callback) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
};

// A Link value: a string or array of strings, each `<uri>; param...` (node's check).
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
// (`name`: the argument the error names; http2's compatibility response says 'hints')
function validateLinkHeaderValue(hints, name = 'links') {
  if (typeof hints === 'string') {
    validateLink(hints, hints, name);
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) validateLink(link, hints, name);
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE(name, hints,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

function validateLink(link, hints, name) {
  if (typeof link !== 'string' || !linkValueRegExp.test(link.trim())) {
    throw new ERR_INVALID_ARG_VALUE(name, hints,
      'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  }
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, callback) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  head += `Link: ${link}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', callback);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(formatValue(originalStatusCode));
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  if (this.statusCode !== statusCode) this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    // setHeader() was used too: the head's headers override those, duplicates in an array kept
    if (!obj) {
      // (only those set)
    } else if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      }
    } else {
      for (const key of Object.keys(obj)) {
        if (key) this.setHeader(key, obj[key]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  const statusLine = statusLineOf(statusCode, this.statusMessage);
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;   // RFC 9110 6.4.1: these never have content
  }
  // a client that asked for 100-continue and got a final status may still send its body
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// The status line, made (and its message checked) once while responses keep the same status
// (joining it anew cost every response a few string concatenations).
let statusLineCode = 0;
let statusLineMessage = '';
let statusLineText = '';

function statusLineOf(statusCode, statusMessage) {
  if (statusCode !== statusLineCode || statusMessage !== statusLineMessage) {
    if (checkInvalidHeaderChar(statusMessage)) throw new ERR_INVALID_CHAR('Invalid character in statusMessage');
    statusLineText = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
    statusLineCode = statusCode;
    statusLineMessage = statusMessage;
  }
  return statusLineText;
}

// A value in a message as node's %s shows it: objects inspected ({} and [] as written).
function formatValue(value) {
  if (typeof value === 'object' && value !== null) return require('util').inspect(value, { depth: 0 });
  return String(value);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

// ---------------------------------------------------------------------------------------------
// Server

// By default a request asking to upgrade is taken when someone listens to 'upgrade'.
function defaultShouldUpgrade() {
  return this.listenerCount('upgrade') > 0;
}

// options[name] after node's check of it (labelled as node labels it), or `fallback` when absent.
function optionOr(options, name, validate, label, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  validate(value, label);
  return value;
}

function validateMilliseconds(value, label) {
  validateInteger(value, label, 0);
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  this.maxHeaderSize = optionOr(options, 'maxHeaderSize', validateMilliseconds, 'maxHeaderSize', undefined);
  this.insecureHTTPParser = optionOr(options, 'insecureHTTPParser', validateBoolean,
                                     'options.insecureHTTPParser', undefined);
  this.requestTimeout = optionOr(options, 'requestTimeout', validateMilliseconds, 'requestTimeout', 300_000);
  this.headersTimeout = optionOr(options, 'headersTimeout', validateMilliseconds, 'headersTimeout',
                                 Math.min(60_000, this.requestTimeout));
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', options.headersTimeout);
  }
  this.keepAliveTimeout = optionOr(options, 'keepAliveTimeout', validateMilliseconds, 'keepAliveTimeout', 5_000);
  this.connectionsCheckingInterval = optionOr(options, 'connectionsCheckingInterval', validateMilliseconds,
                                              'connectionsCheckingInterval', 30_000);
  this.requireHostHeader = optionOr(options, 'requireHostHeader', validateBoolean,
                                    'options.requireHostHeader', true);
  this.joinDuplicateHeaders = optionOr(options, 'joinDuplicateHeaders', validateBoolean,
                                       'options.joinDuplicateHeaders', undefined);
  this.optimizeEmptyRequests = optionOr(options, 'optimizeEmptyRequests', validateBoolean,
                                        'options.optimizeEmptyRequests', undefined);
  this.shouldUpgradeCallback = optionOr(options, 'shouldUpgradeCallback', validateFunction,
                                        'options.shouldUpgradeCallback', defaultShouldUpgrade);
  this.rejectNonStandardBodyWrites = optionOr(options, 'rejectNonStandardBodyWrites', validateBoolean,
                                              'options.rejectNonStandardBodyWrites', false);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// The connections of a server, each with its state; idle ones are between requests.
class ConnectionsList {
  constructor() {
    this.sockets = new Set();
  }

  all() {
    return [...this.sockets];
  }

  idle() {
    return this.all().filter((socket) => socket[kConnectionState].messageStart === 0);
  }
}

function setupConnectionsTracking() {
  this[kConnections] ??= new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.headersTimeout > 0 || this.requestTimeout > 0) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this),
                                                     this.connectionsCheckingInterval).unref();
  }
}

// A request whose head (headersTimeout) or whole (requestTimeout) has been arriving for too long
// gets node's 408 through 'clientError'.
function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections].sockets) {
    const state = socket[kConnectionState];
    if (state.messageStart === 0) continue;
    const elapsed = now - state.messageStart;
    const headersLate = !state.headersDone && this.headersTimeout > 0 && elapsed > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && elapsed > this.requestTimeout;
    if (headersLate || requestLate) {
      state.messageStart = 0;
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close() {
  httpServerPreClose(this);
  net.Server.prototype.close.apply(this, arguments);
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  const { promisify } = require('util');
  return promisify(this.close).call(this);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections].all()) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections].idle()) {
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

const kCaptureRejection = Symbol.for('nodejs.rejection');

// A rejected async 'request' listener (captureRejections): a 500 if nothing was sent yet.
Server.prototype[kCaptureRejection] = function(err, event, ...args) {
  if (event !== 'request') {
    const inherited = net.Server.prototype[kCaptureRejection];
    if (inherited) inherited.call(this, err, event, ...args);
    else this.emit('error', err);
    return;
  }
  const res = args[1];
  if (!res.headersSent && !res.writableEnded) {
    for (const name of res.getHeaderNames()) res.removeHeader(name);   // leak none of them
    res.statusCode = 500;
    res.end(STATUS_CODES[500]);
  } else {
    res.destroy();
  }
};

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;
  parser.initialize(HTTPParser.REQUEST, socket, server.maxHeaderSize || 0,
                    lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  const state = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    onPendingData: null,
    onResponseFinish: null,
    responseOptions: null,   // (see responseOptions)
    outgoing: [],
    incoming: [],
    outgoingData: 0,      // bytes the responses queued while waiting for the socket
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    // Date.now() when the request being received began, else 0 (Date.now needs no host call, unlike
    // performance.now); a new connection counts from its start (node: a client that connects and
    // sends nothing still meets headersTimeout)
    messageStart: Date.now(),
    headersDone: false,
  };
  socket[kConnectionState] = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, server, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  // made once per connection, not per request: a response's finish handler learns its request
  // from the response (`this`), so no function holds the response that holds it (a cycle only
  // the engine's collector could free, run again and again under load)
  state.onPendingData = updateOutgoingData.bind(undefined, socket, state);
  state.onResponseFinish = function onResponseFinish() {   // (a closure: `this`, the response)
    resOnFinish(this, socket, state, server);
  };
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  parser[HTTPParser.kOnMessageBegin] = () => {
    state.messageStart = Date.now();
    state.headersDone = false;
    resetSocketTimeout(server, socket, state);   // a request begins: the keep-alive wait is over
  };
  parser.onMessageEnd = () => {
    state.messageStart = 0;
  };
  parser.drainTicks = true;   // as node's parser fed by the socket (see internal/http/http_parser.js)
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  // a listener for the socket's own data takes the socket back from the parser
  socket.on = generateSocketListenerWrapper('on');
  socket.addListener = generateSocketListenerWrapper('addListener');
  socket.prependListener = generateSocketListenerWrapper('prependListener');
  socket.setEncoding = socketSetEncoding;
  // the parser reads the handle itself (node's consume) unless something else already does
  if (socket._handle && typeof socket._handle.ondata === 'function' && !socket._handle._consumed) {
    parser._consumed = true;
    socket._handle._consumed = true;
    parser.consume(socket._handle);
  }
  parser[HTTPParser.kOnExecute] = onParserExecute.bind(undefined, server, socket, parser, state);
  parser.beforeExecute = setParserMode.bind(undefined, server, parser);
  socket._paused = false;
  (server[kConnections] ??= new ConnectionsList()).sockets.add(socket);
}

// While the parser reads the handle, the socket's pause and resume stop and start the reading.
function onSocketResume() {
  if (this._paused) {   // 'resume' comes a tick late: the server may have paused it since
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) this._handle.readStart();
}

function onSocketPause() {
  if (this._handle?.reading) this._handle.readStop();
}

function unconsume(parser, socket) {
  if (socket._handle) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    socket._handle._consumed = false;
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
  }
}

function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsume(this.parser, this);
    return res;
  };
}

function onParserExecute(server, socket, parser, state, ret) {
  // the data came straight from the handle (consume): the keep-alive wait is over (node resets
  // it here; the parse already ran, so a response that finished during it started a new wait)
  onParserExecuteCommon(server, socket, parser, state, ret, undefined);
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {   // reading stopped for the responses to catch up
    socket._paused = false;
    socket.parser?.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(server, socket, state) {
  server[kConnections]?.sockets.delete(socket);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(new ConnResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    // the client will send nothing more, but a request in progress still gets its answer (or is
    // aborted when the socket closes, after the response's own 'close'), as node 24 does
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

// A server that listens to 'upgrade' takes upgrades (node's callback decides it when a head ends).
function setParserMode(server, parser) {
  // a server's own shouldUpgradeCallback decides per request, once the head is known: the parser
  // then stops at every upgrade head, and a refused one is answered as an ordinary request
  const mayUpgrade = server.shouldUpgradeCallback !== defaultShouldUpgrade || server.listenerCount('upgrade') > 0;
  parser.mode = mayUpgrade ? HTTPParser.kModeUpgrade : 0;
}

function socketOnData(server, socket, parser, state, d) {
  setParserMode(server, parser);
  // data came: the keep-alive wait is over (before parsing: a response may finish during it and
  // start the next wait)
  resetSocketTimeout(server, socket, state);
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // the rest of the connection is another protocol (upgrade) or a tunnel (CONNECT)
    const req = parser.incoming;
    d ||= parser.getCurrentBuffer();
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
    if (!socket._httpMessage) socket.removeListener('close', onServerResponseClose);   // (an earlier response's)
    server[kConnections]?.sockets.delete(socket);
    unconsume(parser, socket);
    parser.finish();
    freeParser(parser, req, socket);
    delete socket.setEncoding;
    delete socket.on;
    delete socket.addListener;
    delete socket.prependListener;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();   // an upgrade or CONNECT that no one takes
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();     // an HTTP/2 preface
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);   // later errors are ignored
  if (this.listenerCount('error') === 0) this.on('error', () => {});
  if (!this.server.emit('clientError', e, this)) {
    // answer only if no response has started on this connection
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse; break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || !!server.shouldUpgradeCallback(req);
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);

  // responses are backing up: read no more requests until they drain
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, responseOptions(server, socket, state));
  // (each only when it is not the prototype's default already: see OutgoingMessage)
  if (server.keepAliveTimeout !== 0) res._keepAliveTimeout = server.keepAliveTimeout;
  if (server.maxRequestsPerSocket) res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData;
  if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
  if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  // a request that cannot have a body arrives already ended (optimizeEmptyRequests)
  if (server.optimizeEmptyRequests && (req.method === 'HEAD' ||
      (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined))) {
    req._dumpAndCloseReadable();
  }

  if (socket._httpMessage) {
    state.outgoing.push(res);   // an earlier response is still being written
  } else {
    res.assignSocket(socket);
  }
  res.on('finish', state.onResponseFinish);

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 9112 3.2: an HTTP/1.1 request without Host is answered 400
    // (a stock request is asked without making its headers object)
    const stock = server[kIncomingMessage] === IncomingMessage;
    if (server.requireHostHeader && (stock ? !hasHeader(req, 'host', 'Host') : req.headers.host === undefined)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const isRequestsLimitSet = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (stock ? hasHeader(req, 'expect', 'Expect') : req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

// The options a connection's responses are made with: the same object for each while they stay
// the same, for node's own ServerResponse (which keeps nothing of it); a new one for a server's
// own class, as node makes.
function responseOptions(server, socket, state) {
  const highWaterMark = socket.writableHighWaterMark;
  const rejectNonStandardBodyWrites = server.rejectNonStandardBodyWrites;
  const options = state.responseOptions;
  if (options !== null && options.highWaterMark === highWaterMark &&
      options.rejectNonStandardBodyWrites === rejectNonStandardBodyWrites) {
    return options;
  }
  const made = { highWaterMark, rejectNonStandardBodyWrites };
  if (server[kServerResponse] === ServerResponse) state.responseOptions = made;
  return made;
}

function clearIncoming(req) {
  req ||= this;
  const parser = req.socket?.parser;
  if (parser && parser.incoming === req) lazyState.clearWhenEnded(req, parser);
}
lazyState.setClearIncoming(clearIncoming);

function resOnFinish(res, socket, state, server) {
  const req = res.req;
  if (state.incoming[0] === req) state.incoming.shift();
  // a body no one read is read and dropped, so the next request can be parsed
  if (!req._consuming && !lazyState.resumeScheduled(req)) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout + HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();   // the next pipelined response may start
    if (next) next.assignSocket(socket);
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  validateLinkHeaderValue,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
