'use strict';
// The methods of t.assert: node's assert functions (not its classes, `strict` or `options`),
// snapshot / fileSnapshot, and what `assert.register(name, fn)` of node:test adds or replaces.
// Each counts towards t.plan() and runs with the TestContext as `this`.

const { validateFunction, validateString } = require('internal/validators');

const kNotCopied = new Set(['AssertionError', 'CallTracker', 'strict', 'Assert', 'options']);
let methods = null;
let snapshotManager = null;

function getSnapshotManager() {
  if (snapshotManager === null) {
    const { SnapshotManager } = require('internal/test_runner/snapshot');
    snapshotManager = new SnapshotManager(require('internal/test_runner/options').getTestOptions().updateSnapshots);
  }
  return snapshotManager;
}

function assertionMap() {
  if (methods !== null) return methods;
  const assert = require('assert');
  methods = new Map();
  for (const name of Object.keys(assert)) {
    if (!kNotCopied.has(name)) methods.set(name, assert[name]);
  }
  return methods;
}

function register(name, fn) {
  validateString(name, 'name');
  validateFunction(fn, 'fn');
  assertionMap().set(name, fn);
}

function makeAssert(test, ctx) {
  const map = assertionMap();
  if (!map.has('snapshot')) map.set('snapshot', getSnapshotManager().createAssert());
  if (!map.has('fileSnapshot')) map.set('fileSnapshot', getSnapshotManager().createFileAssert());
  const bound = { __proto__: null };
  for (const [name, fn] of map) {
    bound[name] = function(...args) {
      test.countAssertion();
      return fn.apply(ctx, args);
    };
  }
  if (map.get('ok') === require('assert').ok) {
    // ok's generated message quotes the t.assert.ok(...) call: the stack starts at this function
    const { innerOk } = require('internal/assert/ok');
    bound.ok = function ok(...args) {
      test.countAssertion();
      innerOk(ok, args.length, ...args);
    };
  }
  return bound;
}

// Called as a run ends: with --test-update-snapshots, the snapshot files are written.
function writeSnapshots() {
  snapshotManager?.writeSnapshotFiles();
}

module.exports = { makeAssert, register, writeSnapshots };
