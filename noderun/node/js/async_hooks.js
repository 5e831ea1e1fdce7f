'use strict';
// node:async_hooks: AsyncLocalStorage and AsyncResource over the context tracking of
// internal/async_context (see there for how context follows callbacks and awaits without promise
// hooks). createHook() returns a hook whose enable / disable do nothing: noderun has no async
// resource lifecycle events to report (NOT_IMPLEMENTED.md). Async ids are counted per resource;
// executionAsyncId() is the running AsyncResource's, else 1 (the main script's, as in node).

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const context = require('internal/async_context');

let nextAsyncId = 1;
let currentAsyncId = 1;
let currentTriggerId = 0;
let currentResource = {};

class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') triggerAsyncId = opts?.triggerAsyncId === undefined ? currentAsyncId : opts.triggerAsyncId;
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this.#frame = context.getFrame();
    this.#asyncId = ++nextAsyncId;
    this.#triggerAsyncId = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const previous = [context.getFrame(), currentAsyncId, currentTriggerId, currentResource];
    context.setFrame(this.#frame);
    currentAsyncId = this.#asyncId;
    currentTriggerId = this.#triggerAsyncId;
    currentResource = this;
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      [, currentAsyncId, currentTriggerId, currentResource] = previous;
      context.setFrame(previous[0]);
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined
      ? function bound(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : function bound(...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          require('internal/process/warning').emitDeprecationOnce(
            'The asyncResource property on bound functions is deprecated', 'DEP0172');
          return resource;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  constructor() {
    context.enablePropagation();
  }

  // A function that runs its argument in the context current now.
  static snapshot() {
    const frame = context.getFrame();
    return function runInAsyncScope(fn, ...args) {
      const previous = context.getFrame();
      context.setFrame(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        context.setFrame(previous);
      }
    };
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const run = AsyncLocalStorage.snapshot();
    return function bound(...args) {
      return Reflect.apply(run, this, [fn, ...args]);
    };
  }

  disable() {
    this.#enabled = false;
    context.setFrame(context.frameWithout(context.getFrame(), this));
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return context.getFrame()?.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    context.setFrame(context.frameWith(context.getFrame(), this, store));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const previous = context.getFrame();
    context.setFrame(context.frameWith(previous, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      context.setFrame(previous);
    }
  }

  exit(callback, ...args) {
    const previous = context.getFrame();
    context.setFrame(context.frameWithout(previous, this));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      context.setFrame(previous);
    }
  }
}

const kHookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  constructor(callbacks) {
    validateObject(callbacks, 'callbacks', 0);
    for (const name of kHookNames) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

function executionAsyncResource() {
  return currentResource;
}

// node 24's providers, in its order (their numbers are the indexes)
const providerNames = ['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP',
  'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET',
  'QUIC_SESSION', 'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE',
  'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG',
  'WORKER', 'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT',
  'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST',
  'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
  'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST'];
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries(providerNames.map((name, i) => [name, i])),
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
