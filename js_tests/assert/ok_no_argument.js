// ok() without any argument has its own message; ok(undefined) reads the source instead.
const assert = require('assert');
const { report } = require('./helpers/report');

report('assert.ok()', () => assert.ok());
report('assert()', () => assert());
report('assert.strict()', () => assert.strict());
report('assert.ok(undefined)', () => assert.ok(undefined));
