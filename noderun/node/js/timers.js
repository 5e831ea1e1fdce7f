'use strict';
// node:timers: the same functions as the globals, and `promises` (node:timers/promises) on demand.

const timers = require('internal/timers');

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  get promises() {
    return require('timers/promises');
  },
};
