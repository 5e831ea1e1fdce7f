// worker.cpuUsage([prev]): a promise of the worker thread's CPU time { user, system } in
// microseconds (the difference from `prev` when given); node's errors for a bad `prev`, thrown
// at once; ERR_WORKER_NOT_RUNNING (a rejection) once the worker has exited
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {
    let x = 0;
    for (let i = 0; i < 2e5; i++) x += i;
    parentPort.postMessage(x);
  });
`, { eval: true });

function valid(usage) {
  return Object.keys(usage).join() === 'user,system' &&
    Number.isInteger(usage.user) && usage.user >= 0 && Number.isInteger(usage.system) && usage.system >= 0;
}

worker.on('online', async () => {
  for (const prev of [-1, 1.1, Infinity, true, 'str', Symbol('s'), [], () => {}, {}, { user: 'x', system: 1 },
    { user: 1 }, { user: -1, system: 1 }, { user: 1, system: -1 }, { user: Infinity, system: 0 }]) {
    try {
      worker.cpuUsage(prev);
      console.log('accepted', prev);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  for (const prev of [undefined, null, 0, NaN, false, '']) {
    const promise = worker.cpuUsage(prev);
    console.log('falsy prev', String(prev), promise instanceof Promise, valid(await promise));
  }
  const first = await worker.cpuUsage();
  worker.postMessage('work');
  await new Promise((resolve) => worker.once('message', resolve));
  const second = await worker.cpuUsage();
  console.log('valid', valid(first), valid(second));
  console.log('monotonic', second.user >= first.user, second.system >= first.system);
  const delta = await worker.cpuUsage(first);
  console.log('delta', valid(delta), delta.user <= second.user);
  await worker.terminate();
});
worker.on('exit', async (code) => {
  console.log('exit', code);
  await worker.cpuUsage().catch((e) => console.log('after exit', e.name, e.code, e.message));
  try {
    worker.cpuUsage(5);
  } catch (e) {
    console.log('checked first', e.code);
  }
});
