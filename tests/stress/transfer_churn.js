// Transferred ArrayBuffers moved between threads in every way a program can drop them: bounced
// between the main thread and 4 workers (contents checked each time), a worker flooding the main
// thread with them until it is terminated (those in flight dropped), messages to a worker that
// exits before reading them, to a closed port and to a port nobody reads. Prints one line per part.
const { Worker, MessageChannel, isMainThread, parentPort, workerData } = require('worker_threads');
const SIZE = 65536;

function filled(seed) {
  const buffer = new ArrayBuffer(SIZE);
  new Uint32Array(buffer).fill(seed);
  return buffer;
}

const check = (buffer, seed) => buffer.byteLength === SIZE && new Uint32Array(buffer)[SIZE / 4 - 1] === seed;

if (!isMainThread) {
  if (workerData === 'bounce') {
    parentPort.on('message', ({ buffer, seed }) => {
      if (!check(buffer, seed)) throw new Error('bad buffer in worker');
      new Uint32Array(buffer).fill(seed + 1);
      parentPort.postMessage({ buffer, seed: seed + 1 }, [buffer]);
    });
  } else if (workerData === 'flood') {
    for (let seed = 0; ; seed++) {
      const buffer = filled(seed);
      parentPort.postMessage({ buffer, seed }, [buffer]);
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
    const worker = new Worker(__filename, { workerData: 'bounce' });
    let rounds = 0;
    let bad = 0;
    worker.on('message', ({ buffer, seed }) => {
      if (!check(buffer, seed)) bad++;
      if (++rounds === ROUNDS) {
        worker.terminate().then(() => resolve(bad));
        return;
      }
      new Uint32Array(buffer).fill(seed + 1);
      worker.postMessage({ buffer, seed: seed + 1 }, [buffer]);
    });
    const buffer = filled(w * 1000000);
    worker.postMessage({ buffer, seed: w * 1000000 }, [buffer]);
  }))).then((bad) => parts.push(`bounced ${ROUNDS} times with 4 workers, bad buffers: ${bad.reduce((a, b) => a + b)}`));
}

function flood() {
  return new Promise((resolve) => {
    const worker = new Worker(__filename, { workerData: 'flood' });
    let got = 0;
    let bad = 0;
    worker.on('message', ({ buffer, seed }) => {
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
