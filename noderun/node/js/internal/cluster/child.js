'use strict';
// node:cluster in a worker process (one started by cluster.fork()). A server's listen() asks
// the primary for a handle (cluster._getServer, called by net and dgram): either the listening
// socket itself (shared-handle scheduling) or, for round-robin, a stand-in handle whose
// connections the primary sends one by one ('newconn').

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');

const cluster = new EventEmitter();
const handles = new Map();    // key -> the handle a server of this worker listens on
const indexes = new Map();    // address:port:type:fd -> { nextIndex, set } of listen() calls

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, callback) {
  return sendHelper(process, message, null, callback);
}

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // the primary went away, or cut the channel, without asking this worker to go: it exits
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onConnection(message, handle);
    else if (message.act === 'disconnect') disconnectWorker.call(worker, true);
  }));
  send({ act: 'online' });
};

// A server of this worker listens: `callback(errno, handle)` once the primary has answered.
cluster._getServer = function _getServer(server, options, callback) {
  let { address } = options;
  if (options.port < 0 && typeof address === 'string') address = path.resolve(address);
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);
  const message = { act: 'queryServer', index, data: null, ...options, address };
  if (typeof server._getServerData === 'function') message.data = server._getServerData();
  send(message, (reply, handle) => {
    if (typeof server._setServerData === 'function') server._setServerData(reply.data);
    const where = { indexesKey, index };
    if (handle) sharedHandle(reply, handle, where, callback);
    else roundRobinHandle(reply, where, callback);
  });
  server.once('listening', () => {
    if (!indexes.has(indexesKey)) return;   // closed again already
    cluster.worker.state = 'listening';
    const listeningAt = server.address();
    send({ ...message, act: 'listening', port: listeningAt?.port || options.port });
  });
};

function forgetIndex(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// The primary's listening socket, this worker's copy: closing it tells the primary.
function sharedHandle(reply, handle, { indexesKey, index }, callback) {
  const { key } = reply;
  const close = handle.close;
  handle.close = function closeShared(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    forgetIndex(indexesKey, index);
    return close.apply(handle, args);
  };
  handles.set(key, handle);
  callback(reply.errno, handle);
}

// Round-robin: a stand-in for the listening socket, which stays in the primary. It keeps this
// worker alive while ref'd, as a listening socket would.
function roundRobinHandle(reply, { indexesKey, index }, callback) {
  if (reply.errno) {
    callback(reply.errno, null);
    return;
  }
  let { key } = reply;
  let keepAlive = null;
  const handle = {
    owner: null,
    onconnection: null,
    listen() {
      return undefined;   // the primary listens
    },
    sockname() {
      return reply.sockname;
    },
    ref() {
      keepAlive ??= setInterval(() => {}, 2 ** 31 - 1);
    },
    unref() {
      clearInterval(keepAlive);
      keepAlive = null;
    },
    close(onClose) {
      if (key === undefined) return;
      handle.unref();
      // the primary forgets this worker's share of the handle (or, if this worker exits
      // first, does so when it sees the exit)
      send({ act: 'close', key });
      handles.delete(key);
      forgetIndex(indexesKey, index);
      key = undefined;
      if (typeof onClose === 'function') process.nextTick(onClose);
    },
  };
  handle.ref();
  handles.set(key, handle);
  callback(0, handle);
}

// The primary hands this worker a connection for the server listening under `message.key`.
function onConnection(message, handle) {
  const server = handles.get(message.key);
  let accepted = server !== undefined;
  const owner = server?.owner;
  if (accepted && owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) {
    accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(null, handle);
  else handle.close();
}

// Close every server of this worker, then the channel; `primaryInitiated`: the primary asked
// (it knows already), otherwise the primary is told first.
function disconnectWorker(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  const closed = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const handle of handles.values()) {
    waiting++;
    if (handle.owner) handle.owner.close(closed);
    else handle.close(closed);
  }
  handles.clear();
  closed();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectWorker.call(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
