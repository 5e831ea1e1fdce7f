// throws() when nothing is thrown, with and without a message or a named expectation.
const assert = require('assert');
const { report } = require('./helpers/report');

report('plain', () => assert.throws(() => {}));
report('class', () => assert.throws(() => {}, TypeError));
report('message string', () => assert.throws(() => {}, 'should throw'));
report('class and message', () => assert.throws(() => {}, TypeError, 'should throw'));
report('object with name', () => assert.throws(() => {}, { name: 'Custom', message: 'x' }));
report('error message as string', () => assert.throws(() => { throw new Error('text'); }, 'other'));
