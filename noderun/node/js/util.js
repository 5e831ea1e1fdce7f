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
const { parseArgs } = require('internal/util/parse_args');
const { getCallSites } = require('internal/util/call_sites');
const { diff } = require('internal/util/diff');
const { deprecate } = require('internal/util/deprecate');
const types = require('util/types');
const { TextDecoder, TextEncoder } = require('internal/encoding');

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

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  validateErrno(err);
  return systemErrorName(err);
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = systemErrorEntries().find((row) => row[0] === err);
  return entry === undefined ? `Unknown system error ${err}` : entry[2];
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

// -- the legacy helpers node 24 still exports, deprecated ------------------------------------------

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// -- the rest -------------------------------------------------------------------------------------

let isDeepStrictEqualImpl;

// options.skipPrototype: objects with different prototypes may be equal
function isDeepStrictEqual(a, b, options) {
  isDeepStrictEqualImpl ??= require('internal/util/comparisons').isDeepStrictEqual;
  return isDeepStrictEqualImpl(a, b, Boolean(options?.skipPrototype));
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

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.',
    'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // an accessor without a setter in node
  get aborted() { return aborted; },
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  diff,
};
