// rejects() with promises and async functions, and its argument checks.
const assert = require('assert');
const { reportAsync } = require('./helpers/report');

(async () => {
  await reportAsync('rejected promise', () => assert.rejects(Promise.reject(new Error('no'))));
  await reportAsync('async function', () => assert.rejects(async () => { throw new TypeError('bad'); }, TypeError));
  await reportAsync('object matcher', () => assert.rejects(async () => { throw new TypeError('bad'); }, { name: 'TypeError', message: /ba/ }));
  await reportAsync('resolves', () => assert.rejects(Promise.resolve(1)));
  await reportAsync('resolves with class', () => assert.rejects(async () => 1, TypeError));
  await reportAsync('resolves with message', () => assert.rejects(async () => 1, 'must reject'));
  await reportAsync('wrong class', () => assert.rejects(Promise.reject(new RangeError('r')), TypeError));
  await reportAsync('not a promise', () => assert.rejects(5));
  await reportAsync('returns non-promise', () => assert.rejects(() => 5));
  await reportAsync('returns object', () => assert.rejects(() => ({})));
  await reportAsync('returns null', () => assert.rejects(() => null));
  await reportAsync('sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await reportAsync('thenable with catch', () => assert.rejects({ then(ok, fail) { fail(new Error('t')); }, catch() {} }));
  const result = assert.rejects(Promise.reject(new Error('x')));
  console.log('returns a promise:', result instanceof Promise);
  console.log('resolves to:', await result);
})();
