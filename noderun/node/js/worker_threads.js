'use strict';
// node:worker_threads: the public names, in node's order (the Worker is internal/worker/worker.js).
// Loaded after setupWorker() has filled in this thread's state, so plain values are right.

const state = require('internal/worker/state');
const messaging = require('internal/worker/messaging');
const worker = require('internal/worker/worker');
const marks = require('internal/worker/marks');

module.exports = {
  isInternalThread: false,   // noderun runs no JS of its own on other threads (node's loader thread)
  isMainThread: state.isMainThread,
  MessagePort: messaging.MessagePort,
  MessageChannel: messaging.MessageChannel,
  markAsUncloneable: marks.markAsUncloneable,
  markAsUntransferable: marks.markAsUntransferable,
  isMarkedAsUntransferable: marks.isMarkedAsUntransferable,
  moveMessagePortToContext: worker.moveMessagePortToContext,
  receiveMessageOnPort: messaging.receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  postMessageToThread: worker.postMessageToThread,
  threadId: state.threadId,
  threadName: state.isMainThread ? '' : state.name,
  SHARE_ENV: worker.SHARE_ENV,
  Worker: worker.Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  get BroadcastChannel() { return messaging.BroadcastChannel; },
  setEnvironmentData: worker.setEnvironmentData,
  getEnvironmentData: worker.getEnvironmentData,
  locks: require('internal/locks').getLockManager(),
};
