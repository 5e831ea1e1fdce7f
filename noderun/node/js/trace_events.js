'use strict';
// node:trace_events: tracing is not implemented; no category is enabled.

const { notImplemented } = require('internal/not_implemented');

module.exports = {
  createTracing: notImplemented('createTracing'),
  getEnabledCategories() { return undefined; },
};
