'use strict';
// node:https: not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  Agent: notImplementedClass('Agent'),
  globalAgent: undefined,
  Server: notImplementedClass('Server'),
  createServer: notImplemented('createServer'),
  get: notImplemented('get'),
  request: notImplemented('request'),
};
Object.defineProperty(module.exports, 'globalAgent', { enumerable: true, configurable: true, get: notImplemented('globalAgent') });
