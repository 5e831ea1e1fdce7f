'use strict';
// node's http_parser binding (llhttp 9.3.0): events of a chunk in order, pipelined messages,
// chunked bodies with trailers, more than 32 headers (flushed through kOnHeaders), HEAD
// responses, upgrades, and parse errors with node's HPE_* codes, reasons and bytesParsed.
// What node's parser asks its kOnHeadersComplete callback (skip a body, take an upgrade) noderun's
// is told beforehand in `parser.mode`: the fixture sets both.
const { HTTPParser, methods, allMethods } = require('internal/test/binding').internalBinding('http_parser');

function make(kind, maxHeaderSize) {
  const parser = new HTTPParser();
  parser.initialize(kind, {}, maxHeaderSize ?? 0);
  parser.decision = 0;
  parser[HTTPParser.kOnHeaders] = (headers, url) => console.log('  headers', headers.length, JSON.stringify(url));
  parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status, message, upgrade, keepAlive) => {
    console.log('  head', major, minor, headers && headers.slice(0, 6), method === undefined ? method : allMethods[method],
                url, status, message, upgrade, keepAlive);
    return parser.decision;
  };
  parser[HTTPParser.kOnBody] = (body) => console.log('  body', JSON.stringify(body.toString()), Buffer.isBuffer(body));
  parser[HTTPParser.kOnMessageComplete] = () => console.log('  complete');
  return parser;
}

function show(label, result) {
  if (result instanceof Error) {
    console.log(label, 'error', result.message, result.code, result.reason, result.bytesParsed, Object.keys(result));
  } else {
    console.log(label, result);
  }
}

console.log(methods.length, allMethods.length, methods.includes('QUERY'), allMethods.includes('PRI'));
for (const name of ['REQUEST', 'RESPONSE', 'kOnHeaders', 'kOnExecute', 'kLenientAll']) console.log(name, HTTPParser[name]);

let p = make(HTTPParser.REQUEST);
show('pipelined', p.execute(Buffer.from('POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /c HTTP/1.1\r\nA: 1\r\nA: 2\r\n\r\n')));
show('split', p.execute(Buffer.from('PUT /d HTTP/1.1\r\nTransfer-Encoding: chu')));
show('split', p.execute(Buffer.from('nked\r\n\r\n4\r\nabcd\r\n0\r\nX-Trailer: t\r\n\r\n')));
show('finish', p.finish());

p = make(HTTPParser.REQUEST);
const many = Array.from({ length: 40 }, (_, i) => `H${i}: ${i}\r\n`).join('');
show('many headers', p.execute(Buffer.from(`GET /many HTTP/1.1\r\n${many}\r\n`)));

p = make(HTTPParser.REQUEST);
show('upgrade ignored', p.execute(Buffer.from('GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')));
p = make(HTTPParser.REQUEST);
p.mode = HTTPParser.kModeUpgrade;
p.decision = 2;
show('upgrade taken', p.execute(Buffer.from('GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nrest')));

p = make(HTTPParser.RESPONSE);
show('response', p.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')));
p.mode = HTTPParser.kModeSkipBody;
p.decision = 1;
show('head response', p.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n')));
p.mode = p.decision = 0;
show('continue', p.execute(Buffer.from('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 404 Not Found\r\n\r\nuntil eof')));
show('eof', p.finish());

for (const [label, text] of [
  ['bad method', 'XYZ / HTTP/1.1\r\n\r\n'],
  ['bad version', 'GET / HTTP/9.1\r\n\r\n'],
  ['bad header', 'GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n'],
  ['bad length', 'POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n'],
  ['two lengths', 'POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
  ['bad chunk', 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['lf only', 'GET / HTTP/1.1\nHost: a\n\n'],
]) {
  show(label, make(HTTPParser.REQUEST).execute(Buffer.from(text)));
}
show('overflow', make(HTTPParser.REQUEST, 100).execute(Buffer.from(`GET / HTTP/1.1\r\nX: ${'a'.repeat(200)}\r\n\r\n`)));
show('incomplete', (() => { const q = make(HTTPParser.REQUEST); q.execute(Buffer.from('POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nab')); return q.finish(); })());
const lenient = new HTTPParser();
lenient.initialize(HTTPParser.REQUEST, {}, 0, HTTPParser.kLenientHeaders);
lenient[HTTPParser.kOnHeadersComplete] = (major, minor, headers) => console.log('  lenient head', headers);
show('lenient', lenient.execute(Buffer.from('GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n')));
