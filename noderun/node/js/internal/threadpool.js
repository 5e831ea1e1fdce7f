'use strict';
// Work on the host's thread pool (noderun/host/threadpool.py, libuv's uv_queue_work):
// `queue(name, args, done)` has the host run its function `name` (one the host lets run there:
// node/host_pool.py) on a pool thread; `done(error, result)` runs later on this thread's loop, in
// the poll phase, where node runs the callbacks of its uv_work_t and uv_fs_t requests, in the async
// context (AsyncLocalStorage's stores) current when the work was queued, as node's requests do.

const { getFrame, setFrame } = require('internal/async_context');

const pending = new Map();
const frames = new Map();   // the queuing context of requests queued inside one (id -> frame)
let nextId = 1;

function queue(name, args, done) {
  queueCall(host.poolQueue, [name, ...args], done);
}

// The same with a host function of its own that queues the job (`hostFunction(id, ...args)`, which
// answers through host_pool.submit_job): for work on a host-side object, e.g. a zlib handle.
function queueCall(hostFunction, args, done) {
  const id = nextId++;
  pending.set(id, done);
  const frame = getFrame();
  if (frame !== null) frames.set(id, frame);
  try {
    Reflect.apply(hostFunction, host, [id, ...args]);
  } catch (error) {
    pending.delete(id);
    frames.delete(id);
    throw error;
  }
}

// The host's answer to request `id` (bootstrap.js's poolDone).
function complete(id, error, result) {
  const done = pending.get(id);
  pending.delete(id);
  const frame = frames.get(id);
  if (frame !== undefined) frames.delete(id);
  setFrame(frame ?? null);
  done(error ?? null, result);
}

module.exports = { queue, queueCall, complete };
