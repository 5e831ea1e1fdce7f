'use strict';
// node:vm: code runs in this context (runInThisContext, Script#runInThisContext, compileFunction);
// createContext only marks an object (isContext then recognizes it). Separate contexts are not
// implemented (runInContext, runInNewContext, Script#runInContext / #runInNewContext): QuickJS-ng
// can make a new realm, but nothing here wires one up yet.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');
const { notImplemented, notImplementedError } = require('internal/not_implemented');

const kContext = Symbol('vm.context');
const indirectEval = eval;

function validateContextObject(object, name = 'object') {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', object);
  }
}

class Script {
  #code;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    // surface syntax errors now, as node compiles in the constructor (a function body parses the
    // same statements as a script)
    new Function(code);   // eslint-disable-line no-new-func
    this.#code = code;
  }

  runInThisContext(options) {
    return indirectEval(this.#code);
  }

  runInContext() {
    throw notImplementedError('Script.runInContext');
  }

  runInNewContext() {
    throw notImplementedError('Script.runInNewContext');
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function runInThisContext(code, options) {
  return indirectEval(`${code}`);
}

function createScript(code, options) {
  return new Script(code, options);
}

function createContext(contextObject = {}, options) {
  if (isContext(contextObject)) return contextObject;
  validateContextObject(contextObject, 'contextObject');
  Object.defineProperty(contextObject, kContext, { value: true });
  return contextObject;
}

function isContext(object) {
  validateContextObject(object);
  return Object.prototype.hasOwnProperty.call(object, kContext);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  return new Function(...params, code);   // eslint-disable-line no-new-func
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext: notImplemented('runInContext'),
  runInNewContext: notImplemented('runInNewContext'),
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory: notImplemented('measureMemory'),
  constants: {},
};
