'use strict';
// util.promisify and util.callbackify, in their own module so that builtins can mark their
// functions (customPromisifyArgs, as node's fs.read and dns.lookup do) without loading node:util.

const { codes: { ERR_FALSY_VALUE_REJECTION } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// A builtin whose callback passes several values lists their names here; its promisified form
// resolves to an object of them. User functions resolve to their first value only, as in node.
const customPromisifyArgs = Symbol('customPromisifyArgs');

// Descriptors with a null prototype, so a polluted Object.prototype cannot add `get` or `set`.
function copyableDescriptors(fn) {
  const descriptors = Object.getOwnPropertyDescriptors(fn);
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return descriptors;
}

function markPromisified(fn) {
  return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return markPromisified(custom);
  }
  const valueNames = original[customPromisifyArgs];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (valueNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < valueNames.length; i++) named[valueNames[i]] = values[i];
          resolve(named);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  markPromisified(fn);
  return Object.defineProperties(fn, copyableDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

// null means "no error" to a callback, so a falsy rejection reason is wrapped to stay an error
function callbackifyRejected(reason, callback) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    Error.captureStackTrace(err, callbackifyRejected);
    reason = err;
  }
  return callback(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  // The promise is not returned: the callback's own errors must not look like rejections.
  function callbackified(...args) {
    const lastArgument = args.pop();
    validateFunction(lastArgument, 'last argument');
    const callback = lastArgument.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(callbackifyRejected, reason, callback));
  }

  const descriptors = copyableDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

module.exports = { promisify, callbackify, customPromisifyArgs, kCustomPromisifiedSymbol };
