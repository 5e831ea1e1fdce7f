'use strict';
// Shared-handle scheduling (NODE_CLUSTER_SCHED_POLICY=none, and always for UDP): the primary
// binds the socket once and sends it to every worker, which listens (or receives) on it, and
// the kernel picks which worker's accept() gets each connection.

const net = require('net');

class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    const created = addressType === 'udp4' || addressType === 'udp6'
      ? require('dgram')._createSocketHandle(address, port, addressType, fd, flags)
      : net._createServerHandle(address, port, addressType, fd, flags);
    if (typeof created === 'number') this.errno = created;
    else this.handle = created;
  }

  add(worker, reply) {
    this.workers.set(worker.id, worker);
    reply(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id) || this.workers.size !== 0) return false;
    this.handle?.close();
    this.handle = null;
    return true;
  }
}

module.exports = SharedHandle;
