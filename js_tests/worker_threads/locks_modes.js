// Web Locks scheduling: requests for a name are granted in arrival order, shared ones together,
// an exclusive one alone; ifAvailable gives null rather than wait; steal ends the holders' locks
// (their promises reject with an AbortError) and is granted at once; an abort signal withdraws a
// waiting request (its promise rejects with the signal's reason) and does nothing once granted
const { locks } = require('worker_threads');

const hold = (name, mode = 'exclusive') => {
  let release;
  const done = locks.request(name, { mode }, () => new Promise((resolve) => { release = resolve; }));
  return { done, release: (value) => release(value) };
};

(async () => {
  const order = [];
  const first = hold('p');
  const requests = [
    locks.request('p', () => { order.push('exclusive 1'); }),
    locks.request('p', { mode: 'shared' }, () => { order.push('shared 2'); return new Promise((r) => setTimeout(r, 5)); }),
    locks.request('p', { mode: 'shared' }, () => { order.push('shared 3'); }),
    locks.request('p', () => { order.push('exclusive 4'); }),
  ];
  setTimeout(() => {
    order.push('release');
    first.release();
    Promise.resolve().then(() => order.push('microtask after release'));
  }, 5);
  await Promise.all([first.done, ...requests]);
  console.log(order);

  const sharedHolder = hold('u', 'shared');
  console.log('shared beside shared', await locks.request('u', { mode: 'shared', ifAvailable: true }, (lock) => lock && lock.mode));
  console.log('exclusive beside shared', await locks.request('u', { ifAvailable: true }, (lock) => lock));
  const exclusive = locks.request('u', () => 'exclusive after shared');
  console.log('shared behind a waiting exclusive', await locks.request('u', { mode: 'shared', ifAvailable: true }, (lock) => lock));
  const late = locks.request('u', { mode: 'shared' }, () => 'late shared');
  console.log('waits behind it', await Promise.race([late, new Promise((r) => setTimeout(() => r('still waiting'), 20))]));
  sharedHolder.release();
  console.log(await exclusive, await late);

  console.log('steal a free lock', await locks.request('t0', { steal: true }, (lock) => `${lock.name} ${lock.mode}`));
  const victim = hold('t');
  const waiter = locks.request('t', () => 'the waiter after the thief');
  const thief = locks.request('t', { steal: true }, async (lock) => {
    const state = await locks.query();
    return `thief holds ${lock.name}; held ${state.held.length}, pending ${state.pending.length}`;
  });
  console.log(await thief);
  console.log(await victim.done.catch((e) => [e.constructor.name, e.name, e.code, e.message]));
  console.log(await waiter);
  victim.release('too late');
  console.log(JSON.stringify(await locks.query()));

  const blocker = hold('s');
  const controller = new AbortController();
  const aborted = locks.request('s', { signal: controller.signal }, () => 'never runs');
  const behind = locks.request('s', () => 'behind the aborted one');
  controller.abort();
  console.log(await aborted.catch((e) => [e.name, e.code, e.message]));
  const withReason = new AbortController();
  const reasoned = locks.request('s', { signal: withReason.signal }, () => 'never runs');
  withReason.abort('a string reason');
  console.log(await reasoned.catch((e) => e));
  blocker.release();
  console.log(await behind);
  const afterGrant = new AbortController();
  console.log(await locks.request('v', { signal: afterGrant.signal }, async () => {
    afterGrant.abort();
    await new Promise((r) => setTimeout(r, 5));
    return 'an abort after the grant changes nothing';
  }));
})();
