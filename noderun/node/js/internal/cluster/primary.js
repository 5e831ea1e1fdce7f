'use strict';
// node:cluster in the primary: fork() starts workers (child_process.fork with NODE_UNIQUE_ID),
// and the primary answers their servers' listen() with a handle to share
// (internal/cluster/round_robin_handle.js or shared_handle.js).

const EventEmitter = require('events');
const path = require('path');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const RoundRobinHandle = require('internal/cluster/round_robin_handle');
const SharedHandle = require('internal/cluster/shared_handle');
const { sendHelper, internal } = require('internal/cluster/utils');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const handles = new Map();   // query key -> RoundRobinHandle | SharedHandle
const intercom = new EventEmitter();   // 'disconnect' once the last worker is gone
let initialized = false;
let schedulingPolicy;
let ids = 0;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = { none: SCHED_NONE, rr: SCHED_RR }[process.env.NODE_CLUSTER_SCHED_POLICY] ?? SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    schedulingPolicy = cluster.schedulingPolicy;   // fixed from the first setup on
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const { settings } = cluster;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    execArgv: [...settings.execArgv],
    serialization: settings.serialization,
    silent: settings.silent,
    stdio: settings.stdio,
    windowsHide: settings.windowsHide,
    uid: settings.uid,
    gid: settings.gid,
  });
}

cluster.fork = function forkWorker(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    // a worker that exited still connected (it died) did not remove its handles itself
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    removeWorker(worker);
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onWorkerMessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) process.nextTick(() => intercom.emit('disconnect'));
  for (const worker of workers) {
    if (worker.isConnected()) worker.disconnect();
  }
  if (typeof callback === 'function') intercom.once('disconnect', callback);
};

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

function onWorkerMessage(message, handle) {
  switch (message.act) {
    case 'online':
      this.state = 'online';
      this.emit('online');
      cluster.emit('online', this);
      break;
    case 'queryServer':
      queryServer(this, message);
      break;
    case 'listening': {
      const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
      this.state = 'listening';
      this.emit('listening', info);
      cluster.emit('listening', this, info);
      break;
    }
    case 'exitedAfterDisconnect':
      this.exitedAfterDisconnect = true;
      sendHelper(this.process, { ack: message.seq });
      break;
    case 'close': {
      const shared = handles.get(message.key);
      if (shared?.remove(this)) handles.delete(message.key);
      break;
    }
  }
}

// A worker's server wants to listen: every worker that asks for the same address, port and
// listen() call index shares one handle.
function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;   // it is going away
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let shared = handles.get(key);
  if (shared === undefined) {
    let { address } = message;
    if (message.port < 0 && typeof address === 'string') {
      // a Unix socket path is limited to ~100 bytes: the shorter of the relative and absolute
      const relative = path.relative(process.cwd(), address);
      if (relative.length < address.length) address = relative;
    }
    const udp = message.addressType === 'udp4' || message.addressType === 'udp6';
    shared = schedulingPolicy !== SCHED_RR || udp
      ? new SharedHandle(key, address, message)
      : new RoundRobinHandle(key, address, message);
    handles.set(key, shared);
  }
  shared.data ??= message.data;
  shared.add(worker, (errno, reply, handle) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);   // another worker may try again
    sendHelper(worker.process, { errno, key, ack: message.seq, data, ...reply }, handle);
  });
}

// worker.disconnect() in the primary: the worker closes its servers, then its channel
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  sendHelper(this.process, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

// worker.kill() / destroy() in the primary: the signal, nothing asked first (the worker's
// 'disconnect' then has exitedAfterDisconnect false)
Worker.prototype.destroy = function destroy(signal = 'SIGTERM') {
  this.process.kill(signal);
};

module.exports = cluster;
