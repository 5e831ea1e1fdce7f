// An uncaught ok() failure quotes the expression.
const assert = require('assert');

const items = [];
assert(items.length > 0);
