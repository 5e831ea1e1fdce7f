'use strict';
// OutgoingMessage's header map (node:_http_outgoing) and IncomingMessage's header objects
// (node:_http_incoming), without a socket: names keep their case, lookups ignore it, and bad
// names or values throw node's errors.
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const common = require('_http_common');
const http = require('http');

function attempt(fn) {
  try {
    const result = fn();
    console.log('ok', result);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const msg = new OutgoingMessage();
msg.setHeader('Content-Type', 'text/plain');
msg.setHeader('X-List', ['a', 'b']);
msg.appendHeader('x-list', 'c');
msg.appendHeader('Set-Cookie', 'k=v');
console.log(msg.getHeader('content-type'), msg.getHeader('X-LIST'), msg.hasHeader('CONTENT-type'));
console.log(msg.getHeaderNames(), msg.getRawHeaderNames());
console.log(msg.getHeaders());
msg.removeHeader('X-List');
console.log(msg.getHeaderNames(), msg.headersSent, msg.writableEnded, msg.writableLength);
attempt(() => msg.setHeader('bad name', 'x'));
attempt(() => msg.setHeader('x', 'line\nbreak'));
attempt(() => msg.setHeader('x'));
attempt(() => msg.getHeader(1));
attempt(() => msg.write('x'));
attempt(() => msg.write(1));
attempt(() => msg.write(null));
attempt(() => validateHeaderName(''));
attempt(() => validateHeaderValue('a', 'b\u0000'));
attempt(() => http.validateHeaderName('ok-name'));
console.log(msg instanceof require('stream').Stream, msg instanceof require('stream').Writable);

const incoming = new IncomingMessage(null);
incoming._addHeaderLines(['Host', 'a', 'HOST', 'b', 'Set-Cookie', '1', 'set-cookie', '2', 'Cookie', 'x=1',
                          'cookie', 'y=2', 'Accept', 'a', 'accept', 'b', 'X-Custom', '1'], 18);
console.log(incoming.headers);
console.log(incoming.headersDistinct);
console.log(incoming.rawHeaders.length, incoming.complete, incoming.aborted, incoming.url, incoming.method);
incoming.complete = true;
incoming._addHeaderLines(['X-Trailer', 't'], 2);
console.log(incoming.trailers, incoming.trailersDistinct, incoming.rawTrailers);
console.log(common.methods.length, common.parsers.max, common.CRLF === '\r\n', common._checkIsHttpToken('a b'),
            common._checkInvalidHeaderChar('a\rb'), common.chunkExpression.test('gzip, chunked'));
const parser = common.parsers.alloc();
console.log(typeof parser.execute, parser.maxHeaderPairs, parser instanceof common.HTTPParser);
parser.initialize(common.HTTPParser.REQUEST, {}, 0);
common.freeParser(parser);
console.log(common.parsers.alloc() === parser);
