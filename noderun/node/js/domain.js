'use strict';
// node:domain (deprecated): not implemented; no domain is ever active.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  active: null,
  create: notImplemented('create'),
  createDomain: notImplemented('createDomain'),
  Domain: notImplementedClass('Domain'),
  _stack: [],
};
