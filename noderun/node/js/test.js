'use strict';
// node:test (node's doc/api/test.md): test() is the module itself, with it / describe / suite, the
// hooks, mock and run beside it.

const { Test, Suite } = require('internal/test_runner/test');
const { makeRunner, makeHook } = require('internal/test_runner/harness');

function withVariants(Kind) {
  const run = makeRunner(Kind);
  run.skip = makeRunner(Kind, undefined, { skip: true });
  run.todo = makeRunner(Kind, undefined, { todo: true });
  run.only = makeRunner(Kind, undefined, { only: true });
  return run;
}

// it is test and suite is describe, as in node (the same functions).
const test = withVariants(Test);
const describe = withVariants(Suite);
const it = test;

Object.defineProperty(test, 'name', { value: 'test' });

Object.assign(test, {
  test,
  it,
  describe,
  suite: describe,
  before: makeHook('before'),
  after: makeHook('after'),
  beforeEach: makeHook('beforeEach'),
  afterEach: makeHook('afterEach'),
});

Object.defineProperty(test, 'run', {
  configurable: true,
  enumerable: true,
  writable: true,
  value: function run(options) { return require('internal/test_runner/run').run(options); },
});

Object.defineProperty(test, 'mock', {
  configurable: true,
  enumerable: true,
  get() {
    const { MockTracker } = require('internal/test_runner/mock');
    const tracker = new MockTracker();
    Object.defineProperty(test, 'mock', { value: tracker, configurable: true, enumerable: true, writable: false });
    return tracker;
  },
});

Object.defineProperty(test, 'snapshot', {
  configurable: true,
  enumerable: true,
  get() {
    const { setDefaultSnapshotSerializers, setResolveSnapshotPath } = require('internal/test_runner/snapshot');
    const snapshot = { __proto__: null, setDefaultSnapshotSerializers, setResolveSnapshotPath };
    Object.defineProperty(test, 'snapshot', { value: snapshot, configurable: true, enumerable: true, writable: false });
    return snapshot;
  },
});

Object.defineProperty(test, 'assert', {
  configurable: true,
  enumerable: true,
  get() {
    const assert = { __proto__: null, register: require('internal/test_runner/assert').register };
    Object.defineProperty(test, 'assert', { value: assert, configurable: true, enumerable: true, writable: false });
    return assert;
  },
});

module.exports = test;
