'use strict';
// Round-robin scheduling (the default): the primary listens, accepts every connection itself
// and hands each to a worker that is free, over the IPC channel; a worker that declines it (it
// is closing, or at maxConnections) gets the next one and the connection goes to another.

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();    // worker id -> worker
    this.free = new Map();   // the workers waiting for a connection
    this.pending = [];       // accepted connections no worker has taken yet
    this.handle = null;
    this.server = net.createServer(() => { throw new Error('unreachable: the primary never serves'); });
    if (fd >= 0) this.server.listen({ fd, backlog });
    else if (port >= 0) this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
    else this.server.listen({ path: address, backlog, readableAll, writableAll });
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (info, handle) => this.distribute(info ? info[0] : 0, handle);
      this.server._handle = null;   // the handle is the cluster's now, not that server's
      this.server = null;
    });
  }

  // `worker` listens on this handle: `reply(errno, extra)` answers its query
  add(worker, reply) {
    this.all.set(worker.id, worker);
    const done = () => {
      reply(null, { sockname: this.handle.sockname() }, null);
      this.handoff(worker);
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (error) => reply(error.errno, null));
  }

  // True when `worker` was the last one and the handle is closed.
  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.pending) handle.close();
    this.pending = [];
    this.handle?.close();
    this.handle = null;
    return true;
  }

  distribute(errno, handle) {
    if (errno) return;   // an accept() failure: nothing to hand out
    this.pending.push(handle);
    const [entry] = this.free;
    if (entry !== undefined) {
      this.free.delete(entry[0]);
      this.handoff(entry[1]);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;   // it went meanwhile
    const handle = this.pending.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    sendHelper(worker.process, { act: 'newconn', key: this.key }, handle, (reply) => {
      if (reply.accepted) handle.close();      // the worker has its own descriptor now
      else this.distribute(0, handle);      // the worker is shutting down: someone else
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;
