// Transferred ArrayBuffers moved between threads in every way a program can drop them: bounced
// between the main thread and 4 workers (contents checked each time), a worker flooding the main
// thread with them until it is terminated (those in flight dropped), messages to a worker that
// exits before reading them, to a closed port and to a port nobody reads. Half the bouncing workers
// and half the flood send the buffer as the message itself (postMessage(buffer, [buffer]), the
// host's portPostBuffer path; its seed in its first word), the others in an object (the full path).
// Prints one line per part.
const { Worker, MessageChannel, isMainThread, parentPort, workerData } = require('worker_threads');
const SIZE = 65536;

function filled(seed) {
  const buffer = new ArrayBuffer(SIZE);
  new Uint32Array(buffer).fill(seed);
  return buffer;
}

const check = (buffer, seed) => buffer.byteLength === SIZE && new Uint32Array(buffer)[SIZE / 4 - 1] === seed;
// a message as { buffer, seed } either way it was sent
const unpacked = (message) => message instanceof ArrayBuffer ? { buffer: message, seed: new Uint32Array(message)[0] } : message;
const send = (port, buffer, seed, lone) => lone ? port.postMessage(buffer, [buffer]) : port.postMessage({ buffer, seed }, [buffer]);

if (!isMainThread) {
  if (workerData.startsWith('bounce')) {
    parentPort.on('message', (message) => {
      const { buffer, seed } = unpacked(message);
      if (!check(buffer, seed)) throw new Error('bad buffer in worker');
      new Uint32Array(buffer).fill(seed + 1);
      send(parentPort, buffer, seed + 1, workerData === 'bounce lone');
    });
  } else if (workerData.startsWith('flood')) {
    for (let seed = 0; ; seed++) {
      const buffer = filled(seed);
      send(parentPort, buffer, seed, seed % 2 === 1);
    }
  } else if (workerData === 'exit') {
    process.exit(0);   // before any message is read
  }
  return;
}

const ROUNDS = Number(process.argv[2] || 300);
const parts = [];

function bounce() {
  return Promise.all([0, 1, 2, 3].map((w) => new Promise((resolve) => {
    const lone = w >= 2;
    const worker = new Worker(__filename, { workerData: lone ? 'bounce lone' : 'bounce' });
    let rounds = 0;
    let bad = 0;
    worker.on('message', (message) => {
      const { buffer, seed } = unpacked(message);
      if (!check(buffer, seed)) bad++;
      if (++rounds === ROUNDS) {
        worker.terminate().then(() => resolve(bad));
        return;
      }
      new Uint32Array(buffer).fill(seed + 1);
      send(worker, buffer, seed + 1, lone);
    });
    send(worker, filled(w * 1000000), w * 1000000, lone);
  }))).then((bad) => parts.push(`bounced ${ROUNDS} times with 4 workers, bad buffers: ${bad.reduce((a, b) => a + b)}`));
}

function flood() {
  return new Promise((resolve) => {
    const worker = new Worker(__filename, { workerData: 'flood' });
    let got = 0;
    let bad = 0;
    worker.on('message', (message) => {
      const { buffer, seed } = unpacked(message);
      if (!check(buffer, seed)) bad++;
      if (++got === 50) worker.terminate().then(() => resolve(bad));
    });
  }).then((bad) => parts.push(`flood terminated, bad buffers: ${bad}`));
}

function dropped() {
  return new Promise((resolve) => {
    const worker = new Worker(__filename, { workerData: 'exit' });
    for (let i = 0; i < 20; i++) {
      const buffer = filled(i);
      worker.postMessage(buffer, [buffer]);
    }
    worker.on('exit', resolve);
  }).then(() => {
    const { port1, port2 } = new MessageChannel();
    port2.close();
    const closed = filled(1);
    port1.postMessage(closed, [closed]);
    const unread = new MessageChannel();
    for (let i = 0; i < 20; i++) {
      const buffer = filled(i);
      unread.port1.postMessage(buffer, [buffer]);
    }
    unread.port1.close();
    parts.push(`dropped: detached ${closed.byteLength === 0}`);
  });
}

bounce().then(flood).then(dropped).then(() => console.log(parts.join('\n')));
