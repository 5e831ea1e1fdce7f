'use strict';
// structuredClone(value, { transfer }): the same clone as postMessage. Plain data small enough to
// batch is copied in JS (serdes.snapshot: that copy is the clone); anything else is written and
// read back in one host call; a transfer list goes through a channel to self, which moves ports
// and detaches buffers as postMessage does.

const { snapshot, snapshotWasWhole, writesAsIs, serializeWith, revive } = require('internal/worker/serdes');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let channel;

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // (node 24 passes its whole sentence as the argument's name: the message says it twice)
    throw require('internal/errors').fromHost('TypeError', 'ERR_MISSING_ARGS',
      'The "The value argument must be specified" argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const transfer = options?.transfer ?? [];
  if (Array.isArray(transfer) && transfer.length === 0) {
    const copy = snapshot(value);   // (read once: what it did not copy whole goes on from here)
    return snapshotWasWhole() ? copy : cloneThroughHost(copy);
  }
  const { MessageChannel, receiveMessageOnPort } = require('internal/worker/messaging');
  if (channel === undefined) {
    channel = new MessageChannel();
    channel.port1.unref();
    channel.port2.unref();
  }
  channel.port1.postMessage(value, transfer);
  return receiveMessageOnPort(channel.port2).message;
}

const noPorts = [];
const isPort = (object) => object instanceof require('internal/worker/messaging').MessagePort;

function cloneThroughHost(value) {
  if (writesAsIs(value)) {
    try {
      return host.cloneValue([value])[0];
    } catch (error) {   // the writer refused it after all (an accessor, a proxy): the full check decides
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return serializeWith(value, noPorts, isPort, (prepared, marked) => {
    const [clone] = host.cloneValue([prepared]);
    return marked ? revive(clone, noPorts) : clone;
  });
}

module.exports = { structuredClone };
