'use strict';
// util.deprecate, in a module of its own so that builtins which deprecate one of their own
// functions (fs.Stats) need not load the whole of node:util.

const { validateString } = require('internal/validators');

const deprecationCodesWarned = new Set();

// V8's wording for Object.setPrototypeOf(deprecated, fn) with a fn that cannot be a prototype
function checkPrototypeCandidate(fn) {
  if (fn !== null && typeof fn !== 'object' && typeof fn !== 'function') {
    const shown = typeof fn === 'symbol' ? fn.toString() : String(fn);
    throw new TypeError(`Object prototype may only be an Object or null: ${shown}`);
  }
}

// The first call warns (once per code across all wrappers). While process.noDeprecation is set a
// call neither warns nor counts as the first. The wrapper has fn's length and, unless
// options.modifyPrototype is false, fn as its prototype and fn's prototype.
function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
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
  Object.defineProperty(deprecated, 'length', { value: fn?.length, configurable: true });
  if (modifyPrototype) {
    checkPrototypeCandidate(fn);
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

module.exports = { deprecate };
