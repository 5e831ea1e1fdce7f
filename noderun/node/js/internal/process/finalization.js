'use strict';
// process.finalization (node 22.5+, experimental): register(obj, fn) calls fn(obj, 'exit') when
// the process exits, registerBeforeExit(obj, fn) fn(obj, 'beforeExit') on 'beforeExit', each only
// for an obj still alive then (the entries hold it weakly); unregister(obj) withdraws it. The
// listener on the event is added with the first entry for it, so it runs before later listeners.

const { validateObject } = require('internal/validators');

function createFinalization(proc) {
  const entries = { exit: [], beforeExit: [] };   // [WeakRef of obj, fn]
  const warned = new Set();
  const listeners = { exit: () => run('exit'), beforeExit: () => run('beforeExit') };
  const registry = new FinalizationRegistry((event) => {
    entries[event] = entries[event].filter(([ref]) => ref.deref() !== undefined);
    if (entries[event].length === 0) proc.removeListener(event, listeners[event]);
  });

  function warn(name) {
    if (warned.has(name)) return;
    warned.add(name);
    proc.emitWarning(`process.finalization.${name} is an experimental feature and might change at any time`,
      'ExperimentalWarning');
  }

  function run(event) {
    const due = entries[event];
    entries[event] = [];
    proc.removeListener(event, listeners[event]);
    for (const [ref, fn] of due) {
      const obj = ref.deref();
      if (obj !== undefined) fn(obj, event);
    }
  }

  function add(event, obj, fn) {
    validateObject(obj, 'obj');
    if (entries[event].length === 0) proc.on(event, listeners[event]);
    entries[event].push([new WeakRef(obj), fn]);
    registry.register(obj, event, obj);
  }

  return {
    register(obj, fn) {
      warn('register');
      add('exit', obj, fn);
    },
    registerBeforeExit(obj, fn) {
      warn('registerBeforeExit');
      add('beforeExit', obj, fn);
    },
    unregister(obj) {
      warn('unregister');
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        throw new TypeError(`Invalid unregisterToken ('${String(obj)}')`);   // V8's words
      }
      if (!registry.unregister(obj)) return;
      for (const event of ['exit', 'beforeExit']) {
        entries[event] = entries[event].filter(([ref]) => ref.deref() !== obj);
        if (entries[event].length === 0) proc.removeListener(event, listeners[event]);
      }
    },
  };
}

module.exports = { createFinalization };
