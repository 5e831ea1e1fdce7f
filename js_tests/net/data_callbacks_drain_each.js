// Several sockets ready at once: each 'data' callback's nextTicks and promise jobs run before the
// next callback, whichever socket that is for, and an exception thrown by one reaches
// 'uncaughtException' before the next callback runs; the sockets go on working after it.
const net = require('net');

const CLIENTS = 6;
const ROUNDS = 30;
const log = [];
process.on('uncaughtException', (error) => log.push(`caught ${error.message}`));

const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (chunk) => {
    const text = String(chunk);
    log.push(`data ${text}`);
    process.nextTick(() => log.push(`tick ${text}`));
    Promise.resolve().then(() => log.push(`job ${text}`));
    socket.write(text.toUpperCase());
    if (text.endsWith('!')) throw new Error(`thrown for ${text}`);
  });
});

function check() {
  // every 'data X' is followed by its tick and its job (after 'caught' when it threw), before
  // anything else
  let ok = true;
  for (let i = 0; i < log.length; i++) {
    if (!log[i].startsWith('data ')) continue;
    const text = log[i].slice(5);
    const expected = text.endsWith('!') ? [`caught thrown for ${text}`, `tick ${text}`, `job ${text}`]
      : [`tick ${text}`, `job ${text}`];
    const actual = log.slice(i + 1, i + 1 + expected.length);
    if (actual.join('|') !== expected.join('|')) {
      ok = false;
      console.log('out of order at', i, JSON.stringify(log.slice(i, i + 4)));
      break;
    }
  }
  const count = (prefix) => log.filter((entry) => entry.startsWith(prefix)).length;
  console.log('data', count('data '), 'ticks', count('tick '), 'jobs', count('job '), 'caught', count('caught '));
  console.log('each callback drained before the next:', ok);
}

server.listen(0, '127.0.0.1', () => {
  let done = 0;
  for (let c = 0; c < CLIENTS; c++) {
    const client = net.connect(server.address().port, '127.0.0.1');
    client.setNoDelay(true);
    let round = 0;
    const send = () => client.write(`c${c}r${round}${round % 7 === 3 ? '!' : ''}`);
    client.on('connect', send);
    client.on('data', () => {
      if (++round < ROUNDS) return send();
      client.end();
    });
    client.on('close', () => {
      if (++done === CLIENTS) {
        server.close();
        check();
      }
    });
  }
});
