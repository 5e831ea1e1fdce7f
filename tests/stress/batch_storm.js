// 4 workers each post N small mixed messages (ints, small objects, strings) to the main thread,
// every 1000th a direct-path one (a Date or a 100-key object); the main thread checks that every
// message arrives, in order and intact, and prints one line per worker.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const N = Number(process.argv[2] || 200000);
const WORKERS = 4;

function hundredKeys(i) {
  const object = { i };
  for (let k = 0; k < 99; k++) object[`k${k}`] = i + k;
  return object;
}

function make(w, i) {
  if (i % 1000 === 999) return (i / 1000) % 2 < 1 ? new Date(i) : hundredKeys(i);
  switch (i % 3) {
    case 0: return i;
    case 1: return { w, i, s: `s${i}` };
    default: return `w${w}:${i}`;
  }
}

function intact(w, i, m) {
  if (i % 1000 === 999) {
    if ((i / 1000) % 2 < 1) return m instanceof Date && m.getTime() === i;
    return m.i === i && Object.keys(m).length === 100 && m.k0 === i && m.k98 === i + 98;
  }
  switch (i % 3) {
    case 0: return m === i;
    case 1: return m.w === w && m.i === i && m.s === `s${i}` && Object.keys(m).length === 3;
    default: return m === `w${w}:${i}`;
  }
}

if (isMainThread) {
  for (let w = 0; w < WORKERS; w++) {
    const worker = new Worker(__filename, { workerData: w, argv: [String(N)] });
    let next = 0;
    let bad = 0;
    worker.on('message', (m) => {
      if (!intact(w, next, m)) {
        if (bad++ < 3) console.error(`worker ${w}: message ${next} is ${JSON.stringify(m)}`);
      }
      next++;
    });
    worker.on('exit', (code) => console.log(`worker ${w}: exit ${code}, received ${next}, bad ${bad}`));
  }
} else {
  for (let i = 0; i < N; i++) parentPort.postMessage(make(workerData, i));
}
