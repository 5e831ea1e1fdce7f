// A ping-pong between the main thread and a worker keeps the rest of the event loop going on both
// sides: a nextTick and a promise job queued by a listener run before the next message, and the
// ping-pong goes on until a timer set before it, an immediate queued by a listener and an interval
// of the worker's have all run (it would never end if a side's loop stopped turning).
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  let ticked = false;
  const interval = setInterval(() => { ticked = true; }, 5);
  parentPort.on('message', (m) => {
    if (m.stop) {
      clearInterval(interval);
      parentPort.close();
      return;
    }
    parentPort.postMessage({ i: m.i + 1, ticked });
  });
  return;
}

const worker = new Worker(__filename);
const log = [];
let timerFired = false;
let immediateRan = false;
let round = 0;
setTimeout(() => { timerFired = true; }, 30);

worker.on('message', (m) => {
  round++;
  if (round === 3) {
    setImmediate(() => { immediateRan = true; });
    process.nextTick(() => log.push('nextTick'));
    Promise.resolve().then(() => log.push('promise'));
  } else if (round === 4) {
    log.push('round 4');
    console.log(log.join(', '));
  }
  if (timerFired && immediateRan && m.ticked) {
    console.log('timer, immediate and worker interval ran during the ping-pong:', m.i % 2 === 1);
    worker.postMessage({ stop: true });
    return;
  }
  worker.postMessage({ i: m.i + 1 });
});
worker.on('exit', (code) => console.log('worker exit', code));
worker.postMessage({ i: 0 });
