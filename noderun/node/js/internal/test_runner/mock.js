'use strict';
// mock.fn / mock.method / mock.getter / mock.setter (node's doc/api/test.md, "Mocking"): a mock is
// a function that records each call (arguments, result or error, this, new.target) in
// `fn.mock.calls` and runs the implementation, which can be swapped or swapped for some calls.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateFunction, validateObject, validateInteger } = require('internal/validators');

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #times;
  #onceByCall = new Map();

  constructor(implementation, restore, times) {
    this.#original = implementation;
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceByCall.set(call, implementation);
  }

  resetCalls() { this.#calls = []; }

  // A method's mock puts the property back; a mock.fn() goes back to the original function (and
  // still records calls).
  restore() {
    if (this.#restore) {
      this.#restore();
    } else {
      this.#implementation = this.#original;
      this.#onceByCall.clear();
    }
  }

  // The implementation for the call about to be recorded.
  nextImplementation() {
    const index = this.#calls.length;
    const once = this.#onceByCall.get(index);
    if (once !== undefined) {
      this.#onceByCall.delete(index);
      return once;
    }
    if (this.#times !== undefined && index >= this.#times) return this.#original;
    if (this.#times !== undefined && index + 1 === this.#times) {
      const impl = this.#implementation;
      this.#implementation = this.#original;
      return impl;
    }
    return this.#implementation;
  }

  record(call) { this.#calls.push(call); }

  setOriginal(fn) { this.#original = fn; }
}

// A mock is a Proxy of the original function: it looks like the original (name, length,
// prototype), `mock` reads its MockFunctionContext, and calls and `new` go to the implementation
// of the moment, recorded. `new` builds on the original's prototype (new.target is the original).
function createMock(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, restore, times);
  ctx.setOriginal(original);
  const track = (call, run) => {
    try {
      call.result = run();
    } catch (err) {
      call.error = err;
      throw err;
    } finally {
      ctx.record(call);
    }
    return call.result;
  };
  return new Proxy(original, {
    __proto__: null,
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: undefined, this: thisArg };
      return track(call, () => Reflect.apply(impl, thisArg, args));
    },
    construct(target, args) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: undefined };
      return track(call, () => {
        const instance = Reflect.construct(impl, args, target);
        call.this = instance;
        return instance;
      });
    },
  });
}

// mock.property(): the property becomes an accessor that records each read and write.
class MockPropertyContext {
  #object;
  #name;
  #descriptor;
  #value;
  #accesses = [];
  #onceByAccess = new Map();

  constructor(object, name, descriptor, value) {
    this.#object = object;
    this.#name = name;
    this.#descriptor = descriptor;
    this.#value = value;
  }

  get accesses() { return this.#accesses.slice(); }

  accessCount() { return this.#accesses.length; }

  // (also what assigning to the property does, as in node: it counts as a 'set' access)
  mockImplementation(value) {
    if (this.#descriptor.writable === false) throw new ERR_INVALID_ARG_VALUE('propertyName', this.#name, 'cannot be set');
    this.#accesses.push({ __proto__: null, type: 'set', value });
    this.#value = value;
  }

  mockImplementationOnce(value, onAccess) {
    const access = onAccess ?? this.#accesses.length;
    validateInteger(access, 'onAccess', this.#accesses.length);
    this.#onceByAccess.set(access, value);
  }

  resetAccesses() { this.#accesses = []; }

  restore() { Object.defineProperty(this.#object, this.#name, this.#descriptor); }

  read() {
    const index = this.#accesses.length;
    const value = this.#onceByAccess.has(index) ? this.#onceByAccess.get(index) : this.#value;
    this.#onceByAccess.delete(index);
    this.#accesses.push({ __proto__: null, type: 'get', value });
    return value;
  }
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times);
    const mock = createMock(original, implementation, undefined, times === Infinity ? undefined : times);
    this.#mocks.push(mock.mock);
    return mock;
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    if (typeof getter !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.getter', 'boolean', getter);
    if (typeof setter !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.setter', 'boolean', setter);
    if (getter && setter) throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    validateTimes(times);

    const { descriptor } = findDescriptor(object, methodName);
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    // Restoring defines the original on the object itself, even when it came from a prototype.
    const restore = () => Object.defineProperty(object, methodName, descriptor);
    const mock = createMock(original, implementation, restore, times === Infinity ? undefined : times);
    const newDescriptor = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (kind === 'value') {
      newDescriptor.value = mock;
      newDescriptor.writable = descriptor.writable;
    } else {
      newDescriptor.get = kind === 'get' ? mock : descriptor.get;
      newDescriptor.set = kind === 'set' ? mock : descriptor.set;
    }
    if (Object.getOwnPropertyDescriptor(object, methodName)?.configurable === false) {
      // V8's words for the defineProperty that follows, which QuickJS words otherwise
      throw new TypeError(`Cannot redefine property: ${String(methodName)}`);
    }
    Object.defineProperty(object, methodName, newDescriptor);
    this.#mocks.push(mock.mock);
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (options?.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (options?.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  get timers() {
    const { MockTimers } = require('internal/test_runner/mock_timers');
    const timers = new MockTimers();
    Object.defineProperty(this, 'timers', { value: timers, configurable: true });
    return timers;
  }

  property(object, propertyName, value) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof propertyName !== 'string' && typeof propertyName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('propertyName', ['string', 'symbol'], propertyName);
    }
    const { descriptor } = findDescriptor(object, propertyName);
    if (descriptor === undefined) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const initial = arguments.length < 3 ? object[propertyName] : value;
    const ctx = new MockPropertyContext(object, propertyName, descriptor, initial);
    Object.defineProperty(object, propertyName, {
      get: function get() { return ctx.read(); },
      set: ctx.mockImplementation.bind(ctx),
      enumerable: descriptor.enumerable,
      configurable: true,
    });
    this.#mocks.push(ctx);
    return new Proxy(object, {
      __proto__: null,
      get(target, property, receiver) {
        return property === 'mock' ? ctx : Reflect.get(target, property, receiver);
      },
    });
  }

  // (deleted below unless module mocks are on) The specifier resolves from the file of the call.
  module(specifier, options) {
    const { mockModule } = require('internal/test_runner/mock_module');
    const ctx = mockModule(specifier, options, callerFile(MockTracker.prototype.module));
    this.#mocks.push(ctx);
    return ctx;
  }

  reset() {
    this.restoreAll();
    if (Object.prototype.hasOwnProperty.call(this, 'timers')) this.timers.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

// mock.module() is there under --experimental-test-module-mocks only, as in node 24.
if (!require('internal/test_runner/options').optionArgv().includes('--experimental-test-module-mocks')) {
  delete MockTracker.prototype.module;
}

function callerFile(above) {
  const holder = {};
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  try {
    Error.captureStackTrace(holder, above);
  } finally {
    Error.prepareStackTrace = prepare;
  }
  const sites = Array.isArray(holder.stack) ? holder.stack : [];
  return sites.find((site) => !site.isNative() && site.getFileName())?.getFileName();
}

function validateTimes(times) {
  if (times !== Infinity) validateInteger(times, 'options.times', 1);
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return { descriptor };
  }
  return { descriptor: undefined };
}

module.exports = { MockTracker, MockFunctionContext };
