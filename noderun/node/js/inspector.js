'use strict';
// node:inspector: no inspector in noderun; url() says so by returning undefined, as node's does
// when the inspector is not active.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  open: notImplemented('open'),
  close() {},
  url() { return undefined; },
  waitForDebugger: notImplemented('waitForDebugger'),
  console: globalThis.console,
  Session: notImplementedClass('Session'),
  Network: {
    requestWillBeSent: notImplemented('Network.requestWillBeSent'),
    responseReceived: notImplemented('Network.responseReceived'),
    loadingFinished: notImplemented('Network.loadingFinished'),
    loadingFailed: notImplemented('Network.loadingFailed'),
  },
};
