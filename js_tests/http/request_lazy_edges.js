'use strict';
// Requests nobody reads, looked at in the ways that bypass a stream's methods: emit replaced on
// IncomingMessage.prototype, getEventListeners() and removeAllListeners('end') between the
// response's finish and the request's end, once('end') then, an IncomingMessage subclass, a body
// that arrives after the response went out, and the server's own questions of the head (Host and
// Expect in any case, a Host beyond maxHeadersCount).
const http = require('http');
const net = require('net');
const { getEventListeners } = require('events');

let log = [];
const say = (line) => log.push(line);
const state = (req) => `ended=${req.readableEnded} destroyed=${req.destroyed} closed=${req.closed} ` +
  `complete=${req.complete} flowing=${req.readableFlowing}`;

const handlers = {
  '/window'(req, res) {
    res.on('finish', () => {
      say(`end listeners at finish: ${getEventListeners(req, 'end').length}`);
      process.nextTick(() => {
        say(`end listeners a tick later: ${getEventListeners(req, 'end').length} ${state(req)}`);
      });
    });
    res.end('done\n');
  },
  '/remove-all'(req, res) {
    res.on('finish', () => {
      req.removeAllListeners('end');
      say(`after removeAllListeners('end'): ${req.listenerCount('end')}`);
      req.prependListener('close', () => say(`close ${state(req)}`));
    });
    res.end('done\n');
  },
  '/once-in-window'(req, res) {
    res.on('finish', () => {
      req.once('end', () => say(`once end ${state(req)}`));
      req.once('close', () => say(`once close ${state(req)}`));
    });
    res.end('done\n');
  },
  '/body-later'(req, res) {
    req.prependListener('end', () => say(`end ${state(req)}`));
    req.prependListener('close', () => say(`close ${state(req)}`));
    res.on('finish', () => say(`res finish ${state(req)}`));
    res.end('done\n');
  },
  '/host-and-expect'(req, res) {
    say(`headers ${JSON.stringify(req.headers)}`);
    res.end('done\n');
  },
};

function serve(req, res) {
  say(`request ${req.method} ${req.url} ${req.constructor.name}`);
  (handlers[req.url] || handlers['/window'])(req, res);
}

function send(port, text, { later } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      out += chunk;
      if (out.includes('done\n') || /\r\n\r\n$/.test(out)) {
        if (later) {
          socket.write(later);
          later = null;
          setTimeout(() => socket.end(), 20);
        } else {
          socket.end();
        }
      }
    });
    socket.on('close', () => setTimeout(() => resolve(out.split('\r\n')[0]), 20));
    socket.write(text);
  });
}

function flush(label, status) {
  console.log(`--- ${label}: ${status}\n${log.join('\n')}`);
  log = [];
}

async function main() {
  const server = http.createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const get = (path, extra = '') => `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;

  flush('/window', await send(port, get('/window')));
  flush('/remove-all', await send(port, get('/remove-all')));
  flush('/once-in-window', await send(port, get('/once-in-window')));
  flush('/body-later', await send(port, 'POST /body-later HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n',
                                  { later: 'hello' }));
  flush('HOST upper case', await send(port, 'GET /host-and-expect HTTP/1.1\r\nHOST: x\r\n\r\n'));
  flush('no Host', await send(port, 'GET /host-and-expect HTTP/1.1\r\nX-A: 1\r\n\r\n'));
  flush('EXPECT upper case', await send(port, get('/host-and-expect', 'EXPECT: 100-continue\r\n')));
  flush('expect other', await send(port, get('/host-and-expect', 'expect: something\r\n')));
  server.maxHeadersCount = 1;
  flush('Host beyond maxHeadersCount', await send(port, 'GET /host-and-expect HTTP/1.1\r\nX-A: 1\r\nHost: x\r\n\r\n'));
  server.maxHeadersCount = null;

  // emit replaced on the prototype: it sees every event of the request's life
  const { IncomingMessage } = http;
  const emit = IncomingMessage.prototype.emit;
  IncomingMessage.prototype.emit = function(name, ...args) {
    if (typeof name === 'string') say(`emit ${name}`);
    return emit.call(this, name, ...args);
  };
  flush('emit on the prototype', await send(port, get('/window')));
  delete IncomingMessage.prototype.emit;
  server.close();

  // a subclass of IncomingMessage
  class MyIncoming extends IncomingMessage {
    constructor(socket) {
      super(socket);
      this.mine = true;
    }
  }
  const server2 = http.createServer({ IncomingMessage: MyIncoming }, (req, res) => {
    serve(req, res);
    const emit2 = req.emit;
    req.emit = function(name, ...args) {
      say(`req emit ${name}`);
      return emit2.call(this, name, ...args);
    };
  });
  await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
  flush('subclass', await send(server2.address().port, get('/once-in-window')));
  server2.close();
}

main();
