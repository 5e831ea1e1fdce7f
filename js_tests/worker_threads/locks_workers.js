// Web Locks are shared by every thread of the process: a lock a worker holds makes the main
// thread wait (query() lists a thread's own locks only, with its thread's clientId); a worker's
// locks are released, and its waiting requests withdrawn, when it is terminated
const { Worker, locks } = require('worker_threads');

const worker = new Worker(`
  const { parentPort, locks } = require('worker_threads');
  parentPort.on('message', async (command) => {
    if (command === 'hold') {
      locks.request('shared-resource', async (lock) => {
        parentPort.postMessage('holding ' + lock.name + ' ' + lock.mode);
        await new Promise((resolve) => parentPort.once('message', resolve));
        parentPort.postMessage('worker releases');
      });
    } else if (command === 'hold forever') {
      locks.request('forever', () => {
        parentPort.postMessage('holding forever');
        return new Promise(() => {});
      });
    } else if (command === 'wait for main') {
      locks.request('main-held', () => parentPort.postMessage('never granted'));
      parentPort.postMessage('waiting for main-held');
    } else if (command === 'query') {
      const { held, pending } = await navigator.locks.query();
      parentPort.postMessage(JSON.stringify({ held, pending }).replaceAll(String(process.pid), 'PID'));
    }
  });
`, { eval: true });

const next = () => new Promise((resolve) => worker.once('message', resolve));
const show = (state) => JSON.stringify(state).replaceAll(String(process.pid), 'PID');

(async () => {
  worker.postMessage('hold');
  console.log(await next());
  console.log('main query', show(await locks.query()));
  console.log('ifAvailable while the worker holds it', await locks.request('shared-resource', { ifAvailable: true }, (lock) => lock));
  const order = [];
  const mainRequest = locks.request('shared-resource', (lock) => { order.push('main granted'); return lock.mode; });
  console.log('main waits', show(await locks.query()));
  worker.postMessage('release');
  order.push(await next());
  // (the worker's message and the grant travel by different paths: either may arrive first)
  console.log(await mainRequest, order.sort());

  // the main thread holds a lock the worker then waits for; the worker holds another forever
  await locks.request('main-held', { mode: 'shared' }, async () => {
    worker.postMessage('wait for main');
    console.log(await next());
    worker.postMessage('hold forever');
    console.log(await next());
    worker.postMessage('query');
    console.log('worker query', await next());
    console.log('forever is taken', await locks.request('forever', { ifAvailable: true }, (lock) => lock));
    await worker.terminate();
    console.log('terminated');
  });
  console.log('after terminate', show(await locks.query()));
  console.log(await locks.request('forever', { ifAvailable: true }, (lock) => lock && 'free again'));
  console.log(await locks.request('main-held', { ifAvailable: true }, (lock) => lock && 'no waiter left'));
})();
