// terminate() stops workers blocked in Atomics.wait in every form: a wait in a loop that would
// wait again, a wait with a long timeout, a BigInt64Array wait, a wait whose arguments take the
// slow path (a string index, an object value), and a wait inside try/catch (the termination is not
// catchable). Each worker's terminate() resolves with 1 and its 'exit' code is 1, as in node.
const { Worker } = require('worker_threads');
const shared = new SharedArrayBuffer(64);
const forms = {
  loop: 'for (;;) Atomics.wait(new Int32Array(shared), 0, 0);',
  timeout: 'Atomics.wait(new Int32Array(shared), 1, 0, 1e9);',
  bigint: 'Atomics.wait(new BigInt64Array(shared), 2, 0n);',
  slowPath: "Atomics.wait(new Int32Array(shared), '6', { valueOf() { return 0; } });",
  caught: "for (;;) { try { Atomics.wait(new Int32Array(shared), 7, 0); } catch (e) { parentPort.postMessage('caught ' + e); } }",
};
const names = Object.keys(forms);
const workers = new Map();
const terminated = {};
const exited = {};
let ready = 0;

function report() {
  if (Object.keys(terminated).length < names.length || Object.keys(exited).length < names.length) return;
  for (const name of names) console.log(`${name}: terminate() -> ${terminated[name]}, exit ${exited[name]}`);
  console.log('started', Atomics.load(new Int32Array(shared, 32, 1), 0));
}

for (const name of names) {
  const source = `const { workerData: shared, parentPort } = require('worker_threads');
    Atomics.add(new Int32Array(shared, 32, 1), 0, 1);
    parentPort.postMessage('waiting');
    ${forms[name]}
    parentPort.postMessage('woke up');`;
  const w = new Worker(source, { eval: true, workerData: shared });
  workers.set(name, w);
  w.on('message', (m) => {
    if (m !== 'waiting') {
      console.log(name, 'says', m);
      return;
    }
    if (++ready < names.length) return;
    // every worker is about to wait: give them a moment to block, then stop them all
    setTimeout(() => {
      for (const [n, worker] of workers) {
        worker.terminate().then((code) => { terminated[n] = code; report(); });
      }
    }, 50);
  });
  w.on('exit', (code) => { exited[name] = code; report(); });
}
