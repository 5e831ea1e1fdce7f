'use strict';
// node:repl: not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  start: notImplemented('start'),
  writer: notImplemented('writer'),
  REPLServer: notImplementedClass('REPLServer'),
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable: notImplementedClass('Recoverable'),
  isValidSyntax: notImplemented('isValidSyntax'),
};
Object.defineProperty(module.exports, 'builtinModules', {
  enumerable: true,
  get() { return require('internal/modules/cjs/loader').builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:')); },
});
