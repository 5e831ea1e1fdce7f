// Web Locks errors as node 24.12 reports them: request() is an async function (every error is a
// rejection); argument checks in node's order; NotSupportedError for bad option combinations and
// names starting with '-'; an aborted signal's reason
const { locks } = require('worker_threads');

const cases = [
  ['no arguments'], ['name only', 'x'], ['options but no callback', 'x', {}], ['callback not a function', 'x', {}, 5],
  ['callback null', 'x', {}, null], ['options a number', 'x', 5, () => 1], ['symbol name', Symbol('s'), () => 1],
  ['symbol name, no callback', Symbol('s')], ['hyphen', '-x', () => 1], ['hyphen, no callback', '-x'],
  ['hyphen and bad mode', '-x', { mode: 'b' }, () => 1], ['bad mode', 'x', { mode: 'bogus' }, () => 1],
  ['numeric mode', 'x', { mode: 1 }, () => 1], ['bad mode, no callback', 'x', { mode: 'b' }],
  ['steal and ifAvailable', 'x', { steal: true, ifAvailable: true }, () => 1],
  ['hyphen, steal and ifAvailable', '-x', { steal: true, ifAvailable: true }, () => 1],
  ['steal shared', 'x', { steal: true, mode: 'shared' }, () => 1],
  ['steal and signal', 'x', { steal: true, signal: new AbortController().signal }, () => 1],
  ['ifAvailable and signal', 'x', { ifAvailable: true, signal: new AbortController().signal }, () => 1],
  ['signal a number', 'x', { signal: 5 }, () => 1], ['signal a plain object', 'x', { signal: {} }, () => 1],
  ['signal a number and bad mode', 'x', { signal: 5, mode: 'q' }, () => 1],
  ['aborted signal', 'x', { signal: AbortSignal.abort() }, () => 1],
  ['aborted signal with a reason', 'x', { signal: AbortSignal.abort(new Error('my reason')) }, () => 1],
  ['aborted signal and hyphen', '-x', { signal: AbortSignal.abort() }, () => 1],
  ['aborted signal and steal', 'x', { signal: AbortSignal.abort(), steal: true }, () => 1],
  ['callback throws', 'thrower', () => { throw new TypeError('boom'); }],
  ['options null', 'x', null, (lock) => lock.mode], ['options an array', 'x', [], (lock) => lock.mode],
  ['options a function', 'x', () => 1, () => 'the third argument'],
  ['truthy strings', 'x', { ifAvailable: 'yes', steal: 0, mode: undefined }, (lock) => lock && lock.mode],
  ['options read in order', 'x', {
    get mode() { console.log('  read mode'); return 'shared'; },
    get ifAvailable() { console.log('  read ifAvailable'); return false; },
    get steal() { console.log('  read steal'); return false; },
    get signal() { console.log('  read signal'); return undefined; },
  }, (lock) => lock.mode],
];

(async () => {
  for (const [label, ...args] of cases) {
    const promise = locks.request(...args);
    await promise.then((value) => console.log(label, '->', value),
      (e) => console.log(label, 'rejects', e.constructor.name, e.name, e.code, e.message));
  }
  // node 24.12 keeps the lock of a callback that threw synchronously
  console.log('thrower still held', await locks.request('thrower', { ifAvailable: true }, (lock) => lock === null));
  const show = (label, fn) => {
    try {
      fn();
    } catch (e) {
      console.log(label, e.constructor.name, e.code, e.message);
    }
  };
  show('new LockManager', () => new locks.constructor());
  const Lock = await locks.request('y', (lock) => lock.constructor);
  show('new Lock', () => new Lock());
  show('Lock.prototype.name', () => Lock.prototype.name);
  show('Lock.prototype.mode', () => Lock.prototype.mode);
  await locks.query.call({}).catch((e) => console.log('query on another this', e.constructor.name, e.message));
  console.log('request on another this', await locks.request.call({}, 'z', (lock) => lock.name));
})();
