// navigator.locks and worker_threads.locks: one LockManager per thread; a lock granted at once
// runs its callback at once (before request() returns); the request's promise settles with the
// callback's result once the lock is released; Lock and LockManager objects as node 24 shapes them
const { locks } = require('worker_threads');
const ALS = require('async_hooks').AsyncLocalStorage;

console.log(locks === navigator.locks, Object.prototype.toString.call(locks), locks.constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(locks)), Object.keys(Object.getPrototypeOf(locks)));
console.log(locks.request.length, locks.request.name, locks.query.length, Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'locks').enumerable);

const order = [];
const promise = locks.request('a', (lock) => {
  order.push(`callback ${lock.name} ${lock.mode}`);
  console.log(lock, Object.prototype.toString.call(lock), Object.keys(Object.getPrototypeOf(lock)));
  return 42;
});
Promise.resolve().then(() => order.push('microtask'));
process.nextTick(() => order.push('nextTick'));
setTimeout(() => order.push('timeout'));
order.push('after request()');
promise.then((value) => order.push(`resolved ${value}`));

setTimeout(async () => {
  console.log(order);
  const query = (state) => JSON.stringify(state).replaceAll(String(process.pid), 'PID');
  console.log(query(await locks.query()));
  let release;
  const held = locks.request('b', () => new Promise((resolve) => { release = resolve; }));
  const waiting = locks.request('b', { mode: 'shared' }, (lock) => `shared ${lock.mode}`);
  const state = await locks.query();
  console.log(query(state), Object.keys(state.held[0]));
  release('done');
  console.log(await held, await waiting, query(await locks.query()));
  console.log(await locks.request('c', () => ({ then(resolve) { resolve('a thenable'); } })));
  console.log(await locks.request('d', async () => { throw new RangeError('rejected'); }).catch((e) => `${e.name}: ${e.message}`));
  console.log('released after a rejection', await locks.request('d', { ifAvailable: true }, (lock) => lock !== null));
  console.log(await locks.request(42, (lock) => typeof lock.name), await locks.request(undefined, (lock) => lock.name));

  // AsyncLocalStorage: a callback run at once is in the context of request(); node 24.12 runs
  // one that waited in the context of the code that released the lock
  const als = new ALS();
  console.log('at once', await als.run('the store', () => locks.request('f', () => als.getStore())));
  let unblock;
  const blocker = locks.request('e', () => new Promise((resolve) => { unblock = resolve; }));
  const contextual = als.run('the store', () => locks.request('e', () => als.getStore()));
  unblock();
  await blocker;
  console.log('context', await contextual);
}, 20);
