'use strict';
// node:util: mostly a list of names. inspect/format live in internal/util/inspect, the type checks in
// util/types, promisify/callbackify, debuglog, styleText and parseArgs in internal/util/*, and
// TextEncoder/TextDecoder in internal/encoding; what is left here is small.

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateNumber, validateString, validateAbortSignal, validateObject,
  kValidateObjectAllowArray, kValidateObjectAllowFunction } = require('internal/validators');
const { promisify, callbackify } = require('internal/util/promisify');
const { debuglog } = require('internal/util/debuglog');
const { styleText } = require('internal/util/style_text');
const types = require('util/types');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// node's .env format, parsed by the host (node/dotenv.py), the parser --env-file uses too
function parseEnv(content) {
  validateString(content, 'content');
  return Object.fromEntries(host.parseEnv(content));
}

// -- deprecate ------------------------------------------------------------------------------------

const deprecationCodesWarned = new Set();

// V8's wording for Object.setPrototypeOf(deprecated, fn) with a fn that cannot be a prototype
function checkPrototypeCandidate(fn) {
  if (fn !== null && typeof fn !== 'object' && typeof fn !== 'function') {
    const shown = typeof fn === 'symbol' ? fn.toString() : String(fn);
    throw new TypeError(`Object prototype may only be an Object or null: ${shown}`);
  }
}

// The first call warns (once per code across all wrappers). While process.noDeprecation is set a
// call neither warns nor counts as the first, as in node 20.
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!deprecationCodesWarned.has(code)) {
        deprecationCodesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  checkPrototypeCandidate(fn);
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// -- system errors --------------------------------------------------------------------------------

let systemErrors;   // [[errno, name, message], ...] from the host, read once

function systemErrorEntries() {
  systemErrors ??= host.utilSystemErrorMap();
  return systemErrors;
}

function getSystemErrorMap() {
  return new Map(systemErrorEntries().map(([errno, name, message]) => [errno, [name, message]]));
}

function systemErrorName(errno) {
  const entry = systemErrorEntries().find((row) => row[0] === errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[1];
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return systemErrorName(err);
}

// `syscall CODE[ original]`, with errno, code and syscall: the error node's bindings throw.
function _errnoException(errno, syscall, original) {
  const code = systemErrorName(errno);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  Error.stackTraceLimit = limit;
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function _exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = systemErrorName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  Error.captureStackTrace(err, _exceptionWithHostPort);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// -- the legacy checks node 20 still exports ------------------------------------------------------

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isError(e) { return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); }

function isBuffer(b) {
  return require('buffer').Buffer.isBuffer(b);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// '26 Feb 16:19:34'
function timestamp() {
  const d = new Date();
  const time = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// -- the rest -------------------------------------------------------------------------------------

let isDeepStrictEqualImpl;

function isDeepStrictEqual(a, b) {
  isDeepStrictEqualImpl ??= require('internal/util/comparisons').isDeepStrictEqual;
  return isDeepStrictEqualImpl(a, b);
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

// A promise that resolves when `signal` aborts (at once if it already has); bad arguments reject it.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  if (signal.aborted) return;
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

// Properties whose module loads on first read, as node's; assigning one replaces it.
function defineLazyProperties(target, id, names) {
  for (const name of names) {
    const set = function (value) {
      Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
    };
    const get = function () {
      const value = require(id)[name];
      set(value);
      return value;
    };
    Object.defineProperty(set, 'name', { value: `set ${name}` });
    Object.defineProperty(get, 'name', { value: `get ${name}` });
    Object.defineProperty(target, name, { get, set, enumerable: true, configurable: true });
  }
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseEnv,
};
defineLazyProperties(module.exports, 'internal/util/call_sites', ['getCallSites']);
defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
