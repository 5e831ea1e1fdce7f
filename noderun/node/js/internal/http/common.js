'use strict';
// node:_http_common: the parser pool and the callbacks every pooled parser has (they build the
// IncomingMessage of a head and feed it its body), header token / value checks, and what the
// client and server share.

const FreeList = require('internal/freelist');
const { HTTPParser, methods, allMethods } = require('internal/http/http_parser');
const { IncomingMessage, readStart, readStop, requestFromHead } = require('internal/http/incoming');
const { pushEnd } = require('internal/http/incoming_state');

const { kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute,
        kOnTimeout } = HTTPParser;

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kSkipPendingData = Symbol('SkipPendingData');
const MAX_HEADER_PAIRS = 2000;
const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

// A header name is a token (RFC 9110 5.1); a value has no control character but tab. The last two
// strings found good are remembered: a server sets the same names and values, and sends the same
// status message, on every response (a value and the status message alternate: two), and each
// test is a run of a regular expression.
let lastToken = 'Host';   // (good ones: until a first test, nothing else matches)
let previousToken = 'Host';
let lastCleanValue = '';
let previousCleanValue = '';

function checkIsHttpToken(value) {
  if (value === lastToken || value === previousToken) return true;
  if (!tokenRegExp.test(value)) return false;
  if (typeof value === 'string') {
    previousToken = lastToken;
    lastToken = value;
  }
  return true;
}

function checkInvalidHeaderChar(value) {
  if (value === lastCleanValue || value === previousCleanValue) return false;
  if (headerCharRegex.test(value)) return true;
  if (typeof value === 'string') {
    previousCleanValue = lastCleanValue;
    lastCleanValue = value;
  }
  return false;
}

// A header name in lower case (name.toLowerCase(), which makes a new string at every call, and a
// new property key of it where it names one): the last two names asked are remembered, as a
// server lowers the same few on every request.
let lastName = '';
let lastLowerName = '';
let previousName = '';
let previousLowerName = '';

function lowerCaseName(name) {
  if (name === lastName) return lastLowerName;
  if (name === previousName) return previousLowerName;
  const lower = name.toLowerCase();
  previousName = lastName;
  previousLowerName = lastLowerName;
  lastName = name;
  lastLowerName = lower;
  return lower;
}

// process.execArgv's value of --name=value (or --name value), else undefined
function execArgvValue(name) {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

let maxHeaderSize;
function defaultMaxHeaderSize() {
  if (maxHeaderSize === undefined) {
    const value = execArgvValue('--max-http-header-size');
    maxHeaderSize = value === undefined ? 16384 : Number(value);
  }
  return maxHeaderSize;
}

let insecure;
function isLenient() {
  insecure ??= process.execArgv.includes('--insecure-http-parser');
  return insecure;
}

// Headers flushed before the head ended (more than 32 pairs) or trailers.
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    this._headers.push(...headers);
  }
  this._url += url;
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const server = socket?.server;
  const Incoming = server?.[kIncomingMessage] || IncomingMessage;
  const joinDuplicateHeaders = server?.joinDuplicateHeaders || parser.joinDuplicateHeaders;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  let incoming = null;
  if (Incoming === IncomingMessage && typeof method === 'number' && socket) {
    incoming = requestFromHead(socket, versionMajor, versionMinor, headers, n, allMethods[method], url, upgrade,
                               joinDuplicateHeaders);
  }
  if (incoming === null) {
    incoming = new Incoming(socket);
    incoming.httpVersionMajor = versionMajor;
    incoming.httpVersionMinor = versionMinor;
    incoming.httpVersion = `${versionMajor}.${versionMinor}`;
    incoming.joinDuplicateHeaders = joinDuplicateHeaders;
    incoming.url = url;
    incoming.upgrade = upgrade;
    incoming._addHeaderLines(headers, n);
    if (typeof method === 'number') {
      incoming.method = allMethods[method];          // a request
    } else {
      incoming.statusCode = statusCode;              // a response
      incoming.statusMessage = statusMessage;
    }
  }
  parser.incoming = incoming;
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(chunk) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    if (!stream.push(chunk)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    const headers = parser._headers;            // trailers
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    pushEnd(stream);   // push(null)
  }
  parser.onMessageEnd?.();   // the server's connection is idle again
  readStart(parser.socket);                      // on to the next message
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.onMessageEnd = null;
  parser.joinDuplicateHeaders = null;
  parser.mode = 0;
  parser.beforeExecute = null;
  parser.drainTicks = false;
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) {
  parser.close();
}

// Give a parser back to the pool (or close it when the pool is full) and unlink it.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF,
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  prepareError,
  kSkipPendingData,
};
// not in node's export list, shared inside noderun's http modules
Object.defineProperties(module.exports, {
  kRequestTimeout: { value: kRequestTimeout },
  defaultMaxHeaderSize: { value: defaultMaxHeaderSize },
  lowerCaseName: { value: lowerCaseName },
  allMethods: { value: allMethods },
});
