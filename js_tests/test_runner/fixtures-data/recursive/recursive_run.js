'use strict';
// A test file that calls run() on itself: under a runner it must not start runners without end.
const { test, run } = require('node:test');

test('recursive run() calls', async () => {
  for await (const event of run({ files: [__filename] }));
});
