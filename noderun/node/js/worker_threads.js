'use strict';
// node:worker_threads: the public names, in node's order (the Worker is internal/worker/worker.js).
// Loaded after setupWorker() has filled in this thread's state, so plain values are right.

const state = require('internal/worker/state');
const messaging = require('internal/worker/messaging');
const worker = require('internal/worker/worker');

module.exports = {
  isMainThread: state.isMainThread,
  MessagePort: messaging.MessagePort,
  MessageChannel: messaging.MessageChannel,
  markAsUntransferable: messaging.markAsUntransferable,
  moveMessagePortToContext: worker.moveMessagePortToContext,
  receiveMessageOnPort: messaging.receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  postMessageToThread: worker.postMessageToThread,
  threadId: state.threadId,
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  get BroadcastChannel() { return messaging.BroadcastChannel; },
  setEnvironmentData: worker.setEnvironmentData,
  getEnvironmentData: worker.getEnvironmentData,
};
