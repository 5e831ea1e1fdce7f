// doesNotReject() with promises and async functions.
const assert = require('assert');
const { reportAsync } = require('./helpers/report');

(async () => {
  await reportAsync('resolved promise', () => assert.doesNotReject(Promise.resolve(1)));
  await reportAsync('async function', () => assert.doesNotReject(async () => 'value'));
  await reportAsync('rejects', () => assert.doesNotReject(Promise.reject(new TypeError('Wrong value'))));
  await reportAsync('rejects with message', () => assert.doesNotReject(async () => { throw new Error('e'); }, 'no!'));
  await reportAsync('rejects with matching class', () => assert.doesNotReject(async () => { throw new TypeError('t'); }, TypeError));
  await reportAsync('other class passes error through', () => assert.doesNotReject(async () => { throw new RangeError('r'); }, TypeError));
  await reportAsync('returns non-promise', () => assert.doesNotReject(() => 'string'));
  await reportAsync('bad argument', () => assert.doesNotReject('string'));
})();
