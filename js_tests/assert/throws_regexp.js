// throws(fn, RegExp) tests the string form of what was thrown.
const assert = require('assert');
const { report } = require('./helpers/report');

report('matches message', () => assert.throws(() => { throw new Error('Wrong value'); }, /^Error: Wrong value$/));
report('matches thrown string', () => assert.throws(() => { throw 'plain'; }, /lai/));
report('no match', () => assert.throws(() => { throw new Error('Wrong value'); }, /right/));
report('no match with message', () => assert.throws(() => { throw new Error('x'); }, /y/, 'my message'));
report('missing with regexp', () => assert.throws(() => {}, /x/));
