'use strict';
// A request whose body nobody reads still lives a Readable's whole life: 'readable' when its
// (empty) body ends, the server's _dump when the response finishes ('resume'), then 'end',
// 'close', each on its own tick. This follows that life event by event (req.emit wrapped, which
// leaves the stream untouched) against the response's events and the handler's own ticks, and
// looks at the stream's getters (readableEnded, destroyed, closed, ...) at every step of it: first
// looked at when the handler runs, or k ticks after the response's 'finish', or once it is over.
// Also: listeners added in a later tick, resume() / read() / on('readable') after the end,
// prependListener before it, a body nobody reads, pipelined requests, HTTP/1.0, a client gone
// mid-body, destroy() by the handler, stream.finished() after the end.
const http = require('http');
const stream = require('stream');
const net = require('net');

let log = [];
const say = (line) => log.push(line);

function look(req) {
  return `ended=${req.readableEnded} destroyed=${req.destroyed} closed=${req.closed} ` +
    `complete=${req.complete} flowing=${req.readableFlowing} readable=${req.readable} ` +
    `aborted=${req.aborted} readableAborted=${req.readableAborted} didRead=${req.readableDidRead} ` +
    `length=${req.readableLength} errored=${req.errored && req.errored.message} ` +
    `listeners(end)=${req.listenerCount('end')} paused=${req.isPaused()}`;
}

function watch(req, tag = 'req') {
  const emit = req.emit;
  req.emit = function(name, ...args) {
    const extra = args[0] instanceof Error ? ` ${args[0].code} ${args[0].message}` : '';
    say(`${tag} event ${String(name)}${extra}`);
    return emit.apply(this, [name, ...args]);
  };
}

function watchRes(res) {
  res.on('finish', () => say('res finish'));
  res.on('close', () => say('res close'));
}

// run fn k ticks later (k = 0: now)
function afterTicks(k, fn) {
  if (k === 0) fn();
  else process.nextTick(afterTicks, k - 1, fn);
}

const scenarios = {};

// untouched: only the events
scenarios['/untouched'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  process.nextTick(() => say('handler tick'));
  setImmediate(() => say('handler immediate'));
};

// first looked at k ticks after the response's finish
for (let k = 0; k <= 7; k++) {
  scenarios[`/look-after-finish-${k}`] = (req, res) => {
    watch(req);
    watchRes(res);
    res.on('finish', () => afterTicks(k, () => say(`look ${k}: ${look(req)}`)));
    res.end('done\n');
  };
}

// first looked at in the handler, then at each of the next ticks
scenarios['/look-in-handler'] = (req, res) => {
  watch(req);
  watchRes(res);
  say(`handler: ${look(req)}`);
  res.end('done\n');
  for (let k = 1; k <= 6; k++) afterTicks(k, () => say(`tick ${k}: ${look(req)}`));
};

// the response ends later (the body's end comes first), first looked at k ticks after the handler
for (let k = 0; k <= 3; k++) {
  scenarios[`/late-response-${k}`] = (req, res) => {
    watch(req);
    watchRes(res);
    afterTicks(k, () => say(`look ${k}: ${look(req)}`));
    setTimeout(() => {
      say(`before end: ${look(req)}`);
      res.end('done\n');
      for (let j = 1; j <= 5; j++) afterTicks(j, () => say(`after end tick ${j}: ${look(req)}`));
    }, 5);
  };
}

// the response ends later, never looked at
scenarios['/late-response-untouched'] = (req, res) => {
  watch(req);
  watchRes(res);
  setTimeout(() => res.end('done\n'), 5);
};

// listeners added k ticks after the response's finish
for (let k = 0; k <= 5; k++) {
  scenarios[`/listen-after-finish-${k}`] = (req, res) => {
    watchRes(res);
    res.on('finish', () => afterTicks(k, () => {
      say(`listening ${k}`);
      for (const name of ['end', 'close', 'resume', 'readable']) req.on(name, () => say(`listener ${name}`));
    }));
    res.end('done\n');
  };
}

scenarios['/listen-in-immediate'] = (req, res) => {
  watchRes(res);
  res.end('done\n');
  setImmediate(() => {
    req.on('end', () => say('listener end'));
    req.on('close', () => say('listener close'));
    req.on('data', (chunk) => say(`listener data ${chunk}`));
    say(`immediate: ${look(req)}`);
  });
};

scenarios['/resume-after-finish'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.on('finish', () => process.nextTick(() => {
    say('resume()');
    req.resume();
    say(`after resume: ${look(req)}`);
  }));
  res.end('done\n');
  setImmediate(() => {
    say('resume() in immediate');
    req.resume();
    say(`read() in immediate: ${req.read()}`);
  });
};

scenarios['/readable-after-end'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  setImmediate(() => {
    req.on('readable', () => say(`listener readable read=${req.read()}`));
    say(`immediate: ${look(req)}`);
  });
};

scenarios['/prepend'] = (req, res) => {
  watch(req);
  watchRes(res);
  req.prependListener('end', () => say('prepended end'));
  req.prependListener('close', () => say('prepended close'));
  req.prependOnceListener('readable', () => say('prepended readable'));
  res.end('done\n');
};

scenarios['/body-unread'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  setImmediate(() => say(`immediate: ${look(req)}`));
};

scenarios['/destroy-in-handler'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  req.destroy();
  say(`after destroy: ${look(req)}`);
};

scenarios['/finished-later'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  setImmediate(() => stream.finished(req, (err) => say(`finished callback ${err && err.code}`)));
  process.nextTick(() => stream.finished(req, (err) => say(`finished (tick) callback ${err && err.code}`)));
};

scenarios['/async-iterate-later'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
  setImmediate(async () => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    say(`iterated ${chunks.length} chunks`);
  });
};

scenarios['/gone-mid-body'] = (req, res) => {
  watch(req);
  watchRes(res);
  req.socket.on('close', () => {
    say(`socket close: ${look(req)}`);
    setImmediate(() => say(`after close: ${look(req)}`));
  });
  say('handler');
};

let pipelined = 0;
scenarios['/pipelined'] = (req, res) => {
  const tag = `req${++pipelined}`;
  watch(req, tag);
  res.on('finish', () => say(`${tag} res finish`));
  res.on('close', () => say(`${tag} res close`));
  res.end('done\n');
};

scenarios['/http10'] = (req, res) => {
  watch(req);
  watchRes(res);
  res.end('done\n');
};

const server = http.createServer((req, res) => {
  say(`request ${req.method} ${req.url}`);
  scenarios[req.url](req, res);
});

// send `text` on a new connection; done once `count` responses came (or the server closed it)
function send(port, text, count = 1, { destroyAfterWrite = false } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let seen = 0;
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      seen += chunk.split('done\n').length - 1;
      if (seen === count) socket.end();
    });
    socket.on('error', () => {});
    socket.on('close', () => setTimeout(resolve, 20));
    socket.write(text, () => { if (destroyAfterWrite) setTimeout(() => socket.destroy(), 20); });
  });
}

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(scenarios)) {
    if (['/body-unread', '/gone-mid-body', '/pipelined', '/http10'].includes(path)) continue;
    await send(port, get(path));
    console.log(`--- ${path}\n${log.join('\n')}`);
    log = [];
  }
  await send(port, 'POST /body-unread HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello');
  console.log(`--- /body-unread\n${log.join('\n')}`);
  log = [];
  await send(port, 'POST /gone-mid-body HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nhel', 1,
             { destroyAfterWrite: true });
  console.log(`--- /gone-mid-body\n${log.join('\n')}`);
  log = [];
  await send(port, get('/pipelined') + get('/pipelined') + get('/pipelined'), 3);
  console.log(`--- /pipelined\n${log.join('\n')}`);
  log = [];
  await send(port, 'GET /http10 HTTP/1.0\r\n\r\n');
  console.log(`--- /http10\n${log.join('\n')}`);
  server.close();
});
