'use strict';
// The primary and its workers talk over the fork() IPC channel in internal messages
// ({ cmd: 'NODE_CLUSTER', act, seq, ... }), which arrive as 'internalMessage', never 'message'.
// A message sent with a callback gets a `seq`; the answer names it in `ack`, and the callback
// takes the answer instead of the side's usual handler.

const callbacks = new Map();
let nextSeq = 0;

function sendHelper(proc, message, handle, callback) {
  if (!proc.connected) return false;
  const framed = { cmd: 'NODE_CLUSTER', ...message, seq: nextSeq++ };
  if (typeof callback === 'function') callbacks.set(framed.seq, callback);
  return proc.send(framed, handle);
}

// An 'internalMessage' listener for `worker` that sends cluster messages to `handler` (or to the
// callback waiting for that answer), with `this` the worker.
function internal(worker, handler) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let target = handler;
    if (message.ack !== undefined && callbacks.has(message.ack)) {
      target = callbacks.get(message.ack);
      callbacks.delete(message.ack);
    }
    target.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
