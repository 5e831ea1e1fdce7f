// Lone messages between threads (one per turn: a ping-pong's) keep their order with everything
// else a port carries: messages of other kinds (a Map, a transferred buffer, a port), bursts,
// receiveMessageOnPort in a listener, and the worker's 'exit' after its last messages.
const { Worker, MessageChannel } = require('worker_threads');
const TOTAL = 300;

const worker = new Worker(`
  const { parentPort, receiveMessageOnPort } = require('worker_threads');
  let expected = 0;
  const numberOf = (m) => typeof m === 'number' ? m : m instanceof Map ? m.get('n') :
    m instanceof ArrayBuffer ? new Uint8Array(m)[0] + 256 * new Uint8Array(m)[1] : m.n;
  function handle(m) {
    const n = numberOf(m);
    if (n !== expected++) {
      console.log('worker: out of order', n);
      process.exit(1);
    }
    parentPort.postMessage(n);   // the answer: a lone message
    if (n === ${TOTAL - 1}) {
      parentPort.postMessage({ done: expected });
      parentPort.postMessage('last');
      process.exit(0);
    }
  }
  parentPort.on('message', (m) => {
    handle(m);
    if (expected % 50 === 49) {   // now and then, the next one out of the listener's turn
      const next = receiveMessageOnPort(parentPort);
      if (next !== undefined) handle(next.message);
    }
  });
`, { eval: true });

let sent = 0;
function send() {
  const n = sent++;
  if (n % 7 === 3) worker.postMessage(new Map([['n', n]]));
  else if (n % 11 === 5) {
    const buffer = new ArrayBuffer(2048);
    new Uint8Array(buffer).set([n % 256, n >> 8]);
    worker.postMessage(buffer, [buffer]);
  } else if (n % 13 === 7) {
    const { port1 } = new MessageChannel();
    worker.postMessage({ n, port: port1 }, [port1]);
  } else worker.postMessage(n % 2 ? n : { n });
}

let answers = 0;
let inOrder = true;
const seen = [];
worker.on('message', (m) => {
  if (typeof m === 'number') {
    if (m !== answers++) inOrder = false;
    if (sent < TOTAL) send();
    if (m % 40 === 0 && sent < TOTAL - 2) { send(); send(); }   // now and then a burst
    return;
  }
  seen.push(m);
});
worker.on('exit', (code) => {
  console.log('answers', answers, 'in order', inOrder, 'then', JSON.stringify(seen), 'exit', code);
});
send();
