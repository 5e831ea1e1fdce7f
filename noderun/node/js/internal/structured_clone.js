'use strict';
// structuredClone(value, { transfer }): the same clone as postMessage, through a channel to self.

const { MessageChannel, receiveMessageOnPort } = require('internal/worker/messaging');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let channel;

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw require('internal/errors').fromHost('TypeError', 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (channel === undefined) {
    channel = new MessageChannel();
    channel.port1.unref();
    channel.port2.unref();
  }
  channel.port1.postMessage(value, options?.transfer ?? []);
  return receiveMessageOnPort(channel.port2).message;
}

module.exports = { structuredClone };
