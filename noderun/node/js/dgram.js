'use strict';
// node:dgram: UDP sockets are not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  _createSocketHandle: notImplemented('_createSocketHandle'),
  createSocket: notImplemented('createSocket'),
  Socket: notImplementedClass('Socket'),
};
