'use strict';
// Node's error classes, made from the one table in noderun/errors.py (host.errorCode(code)) on first use.
// A node error is `new <Base>()` with a non-enumerable message and toString, and `code` as its only
// own enumerable property; its stack header reads `TypeError [ERR_X]: message` (prepareStackTrace in
// internal/errors/stack.js checks kIsNodeError). Codes whose message depends on the value received
// have their message functions here; the rest use the table's templates.

const kIsNodeError = Symbol('kIsNodeError');
const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

let inspectFn;
function lazyInspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor?.name) return `an instance of ${value.constructor.name}`;
    return `${lazyInspect(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function listWithOr(items, prefix) {
  if (items.length > 2) return `${prefix}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  if (items.length === 2) return `${prefix}${items[0]} or ${items[1]}`;
  return `${prefix}${items[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // `object` is spelled as the instance `Object` when other instances are listed
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) parts.push(types.length === 1 ? `of type ${types[0]}` : listWithOr(types, 'one of type '));
  if (instances.length > 0) parts.push(listWithOr(instances, 'an instance of '));
  if (other.length > 0) {
    if (other.length === 1) parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
    else parts.push(listWithOr(other, 'one of '));
  }
  return `${msg}${parts.join(' or ')}. Received ${determineSpecificType(actual)}`;
}

function outOfRangeMessage(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}

function missingArgsMessage(...args) {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += `${args.slice(0, len - 1).join(', ')}, and ${args[len - 1]} arguments`;
  }
  return `${msg} must be specified`;
}

function bufferOutOfBoundsMessage(name = undefined) {
  return name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds';
}

function invalidReturnValueMessage(input, name, value) {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}

function socketBadPortMessage(name, port, allowZero = true) {
  return `${name} should be ${allowZero ? '>= 0' : '> 0'} and < 65536. Received ${determineSpecificType(port)}.`;
}

// (the setting's figures are kept on the error, as node keeps them)
function invalidSettingValueMessage(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}

function streamCancelMessage(error) {
  let message = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') message += ` (caused by: ${error.message})`;
  }
  return message;
}

// Codes whose message is computed from the arguments (called with the error as `this` when it
// takes other properties from them); the rest format the table's template.
const messageFunctions = {
  ERR_HTTP2_INVALID_SETTING_VALUE: invalidSettingValueMessage,
  ERR_HTTP2_STREAM_CANCEL: streamCancelMessage,
  ERR_BUFFER_OUT_OF_BOUNDS: bufferOutOfBoundsMessage,
  ERR_INVALID_ARG_TYPE: invalidArgTypeMessage,
  ERR_INVALID_ARG_VALUE: invalidArgValueMessage,
  ERR_INVALID_RETURN_VALUE: invalidReturnValueMessage,
  ERR_OUT_OF_RANGE: outOfRangeMessage,
  ERR_MISSING_ARGS: missingArgsMessage,
  ERR_SOCKET_BAD_PORT: socketBadPortMessage,
};

function formatTemplate(template, args) {
  let i = 0;
  return template.replace(/\{\}/g, () => String(args[i++]));
}

// `message` is the text, or a function of the new error giving it (one that also sets properties
// of its own, before `code` as node orders them)
function makeNodeError(Base, code, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Base();
  Error.stackTraceLimit = limit;
  if (typeof message === 'function') message = message(error);
  Object.defineProperties(error, {
    [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
    message: { value: message, enumerable: false, writable: true, configurable: true },
    toString: {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  error.code = code;
  Error.captureStackTrace(error, makeNodeError);
  return error;
}

const baseClasses = { Error, TypeError, RangeError, SyntaxError, URIError };

// The constructor of one code thrown as one class; the message comes from `format(...args)`.
function makeCodeClass(code, Base, format) {
  const NodeError = function NodeError(...args) {
    const error = makeNodeError(Base, code, (target) => format.apply(target, args));
    // the stack and the location printed if it is fatal start at the code that made the error
    recaptureStack(error, NodeError);
    return error;
  };
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  NodeError.prototype = Base.prototype;
  return NodeError;
}

// Codes node also throws as another class (`new ERR_INVALID_STATE.TypeError(...)`, as web streams do).
const otherClasses = {
  __proto__: null,
  ERR_INVALID_STATE: ['TypeError', 'RangeError'],
  ERR_INVALID_ARG_VALUE: ['RangeError'],
  ERR_HTTP2_INVALID_SETTING_VALUE: ['RangeError'],
};

// A code's constructor(s), from its row of the table in noderun/errors.py; undefined for a code
// the table does not have.
function makeCode(code) {
  const row = host.errorCode(code);   // [class name, message template]
  if (row === undefined) return undefined;
  const [className, template] = row;
  const format = messageFunctions[code] ?? ((...args) => formatTemplate(template, args));
  const NodeError = makeCodeClass(code, baseClasses[className] ?? Error, format);
  for (const other of otherClasses[code] ?? []) NodeError[other] = makeCodeClass(code, baseClasses[other], format);
  made[code] = NodeError;
  return NodeError;
}

// `codes.ERR_X`: each code's constructor is made the first time it is asked for. A program meets a
// few of the ~200 codes, and building all of them was a tenth of the start-up's JS.
const made = { __proto__: null };
const codes = new Proxy(made, {
  get(target, code) {
    return target[code] ?? (typeof code === 'string' ? makeCode(code) : undefined);
  },
  has(target, code) {
    return code in target || (typeof code === 'string' && makeCode(code) !== undefined);
  },
});

// Build the JS error for a Python NodeError (see engine.runtime.Context.throw_node_error).
function fromHost(className, code, message, props, native = false) {
  let error;
  if (native) {
    error = nativeError(className, code, message, fromHost);
  } else {
    error = code && code in codes
      ? makeNodeError(baseClasses[className] ?? Error, code, message)
      : new (baseClasses[className] ?? Error)(message);
    if (code && !(code in codes)) error.code = code;
  }
  if (props) Object.assign(error, props);
  return error;
}

// An error as node's C++ layer throws it (ERR_MISSING_ARGS from postMessage, say): the plain class
// with an own `code`, no "[code]" in its name line, and a stack that begins below `above`.
const nativeErrors = new WeakSet();

function nativeError(className, code, message, above = nativeError) {
  const error = new (baseClasses[className] ?? Error)(message);
  error.code = code;
  recaptureStack(error, above);
  nativeErrors.add(error);
  return error;
}

// For an entry point that node writes in C++ and noderun in JS: a native-style error thrown
// somewhere inside gets the stack it would have in node, beginning at the entry point's caller.
// Without `entry`, the stack begins at the caller of hideEntryFrames (node's JS entry point).
function hideEntryFrames(error, entry = hideEntryFrames) {
  if (nativeErrors.has(error)) recaptureStack(error, entry);
}

function recaptureStack(error, above) {
  // (the location printed for a fatal error is recorded with the first stack: forget it)
  delete error[require('internal/process/execution').kLocation];
  Error.captureStackTrace(error, above);
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && 'stack' in value && 'message' in value;
}

module.exports = {
  codes,
  AbortError,
  kIsNodeError,
  fromHost,
  nativeError,
  hideEntryFrames,
  determineSpecificType,
  addNumericalSeparator,
  isErrorLike,
  get DNSException() { return require('internal/dns/core').DNSException; },
};
