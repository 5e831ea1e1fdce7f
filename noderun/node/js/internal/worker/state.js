'use strict';
// This thread's place among the workers: filled in by setupWorker() on a worker thread; the
// main thread keeps the defaults.

module.exports = {
  isMainThread: true,
  threadId: 0,
  workerData: null,
  parentPort: null,
  resourceLimits: {},
  name: '',
  environmentData: new Map(),
};
