'use strict';
// What `process` cannot do in a worker, as node sets it up there: operations on the whole process
// become stubs that throw ERR_WORKER_UNSUPPORTED_OPERATION (marked `disabled`), the IPC channel
// (when NODE_CHANNEL_FD says there is one) is unavailable, and the debugger hooks are absent. The
// title and the debug port stay assignable, each thread's own (node 24). setupWorker() in
// bootstrap.js calls setup().

function unavailable(name) {
  function unavailableInWorker() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(name);
  }
  unavailableInWorker.disabled = true;
  return unavailableInWorker;
}

const kProcessWide = ['abort', 'chdir', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups'];
const kDebuggerHooks = [
  '_startProfilerIdleNotifier', '_stopProfilerIdleNotifier', '_debugProcess', '_debugPause', '_debugEnd',
];

function setup(process) {
  for (const name of kProcessWide) process[name] = unavailable(`process.${name}()`);
  if (process.env.NODE_CHANNEL_FD) {
    process.send = unavailable('process.send()');
    process.disconnect = unavailable('process.disconnect()');
    for (const name of ['channel', 'connected']) {
      Object.defineProperty(process, name, { get: unavailable(`process.${name}`), enumerable: false, configurable: true });
    }
  }
  for (const name of kDebuggerHooks) delete process[name];
}

module.exports = { setup };
