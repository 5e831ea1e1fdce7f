'use strict';
// node:cluster: the primary's view (isPrimary, no workers) as an EventEmitter; forking workers is
// not implemented.

const EventEmitter = require('events');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');

const cluster = new EventEmitter();
Object.assign(cluster, {
  isWorker: false,
  isMaster: true,
  isPrimary: true,
  Worker: notImplementedClass('Worker'),
  workers: {},
  settings: {},
  SCHED_NONE: 1,
  SCHED_RR: 2,
  schedulingPolicy: 2,
  setupPrimary: notImplemented('setupPrimary'),
  setupMaster: notImplemented('setupMaster'),
  fork: notImplemented('fork'),
  disconnect: notImplemented('disconnect'),
});

module.exports = cluster;
