// A failed rejects() that is not awaited becomes an unhandled rejection.
const assert = require('assert');

assert.rejects(Promise.resolve('fine'), TypeError);
