'use strict';
// Per-thread bootstrap (the role of node's lib/internal/bootstrap/*): builds the internal module
// system over host.loadInternal, installs process, console, timers and the other globals, and
// returns the functions the host calls: the loop's phases, the entry points and error hooks.
// `module.exports` is that object; `tickInfo` is memory shared with the host.

// `host` starts with the loaders only: a host function is put on `host` (its module imported if it
// was not) the first time its name is read, through this prototype (node/host_index.py): one by
// one, since a start uses a few of each module's functions and making each costs the host. A name
// no module has reads as undefined.
{
  const index = host.hostIndex;
  const loadHostFunction = host.loadHostFunction;
  const lookup = Object.getOwnPropertyDescriptor;
  Object.setPrototypeOf(host, new Proxy({ __proto__: null }, {
    get(target, name) {
      const number = index[name];
      if (number === undefined) return undefined;
      loadHostFunction(host, number, name);
      return lookup(host, name)?.value;
    },
  }));
}

const internalCache = new Map();

function internalRequire(id) {
  let mod = internalCache.get(id);
  if (mod !== undefined) return mod.exports;
  mod = { exports: {}, id };
  internalCache.set(id, mod);
  const fn = host.loadInternal(id);
  fn.call(mod.exports, mod.exports, internalRequire, mod, host);
  return mod.exports;
}

// Public builtin name (without "node:") -> internal module id. Names node has that are missing here
// throw ERR_UNKNOWN_BUILTIN_MODULE's sibling below, naming the module, until they are implemented.
const publicBuiltins = {
  __proto__: null,
  _http_agent: 'internal/http/agent',
  _http_client: 'internal/http/client',
  _http_common: 'internal/http/common',
  _http_incoming: 'internal/http/incoming',
  _http_outgoing: 'internal/http/outgoing',
  _http_server: 'internal/http/server',
  assert: 'assert',
  'assert/strict': 'assert/strict',
  async_hooks: 'async_hooks',
  buffer: 'buffer',
  child_process: 'child_process',
  cluster: 'cluster',
  console: 'internal/console',
  constants: 'constants',
  crypto: 'crypto',
  dgram: 'dgram',
  diagnostics_channel: 'diagnostics_channel',
  dns: 'dns',
  'dns/promises': 'dns/promises',
  domain: 'domain',
  events: 'events',
  fs: 'fs',
  'fs/promises': 'fs/promises',
  http: 'http',
  http2: 'http2',
  https: 'https',
  inspector: 'inspector',
  module: 'internal/modules/cjs/loader',
  net: 'net',
  os: 'os',
  path: 'path',
  'path/posix': 'path',
  perf_hooks: 'perf_hooks',
  process: 'internal/process/object',
  punycode: 'punycode',
  querystring: 'querystring',
  readline: 'readline',
  'readline/promises': 'readline/promises',
  repl: 'repl',
  stream: 'stream',
  'stream/consumers': 'stream/consumers',
  'stream/promises': 'stream/promises',
  'stream/web': 'stream/web',
  string_decoder: 'string_decoder',
  sqlite: 'sqlite',
  sys: 'util',
  test: 'test',
  'test/reporters': 'test/reporters',
  timers: 'timers',
  'timers/promises': 'timers/promises',
  tls: 'tls',
  trace_events: 'trace_events',
  tty: 'tty',
  url: 'url',
  util: 'util',
  'util/types': 'util/types',
  v8: 'v8',
  vm: 'vm',
  worker_threads: 'worker_threads',
  zlib: 'zlib',
};

function requireBuiltin(name) {
  if (name.startsWith('internal/') && host.hasInternal(name)) return internalRequire(name);   // --expose-internals
  const id = publicBuiltins[name];
  if (id === undefined || !host.hasInternal(id)) {
    const err = new Error(`noderun does not implement the builtin module node:${name} yet`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  return internalRequire(id);
}

const tickInfo = new Int32Array(4);   // see internal/process/task_queues

const execution = internalRequire('internal/process/execution');
Error.prepareStackTrace = execution.prepareStackTrace;
execution.completeCallSitePrototype();
const { triggerUncaughtException } = execution;

const taskQueues = internalRequire('internal/process/task_queues');
const timers = internalRequire('internal/timers');
taskQueues.setup(tickInfo, { runMicrotasks: host.runMicrotasks, triggerUncaughtException });
timers.setup({ runNextTicks: taskQueues.runNextTicks, triggerUncaughtException });

const process = internalRequire('internal/process/object');

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

defineGlobal('global', globalThis);
defineGlobal('process', process);
defineGlobal('console', internalRequire('internal/console'));
for (const name of ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineGlobal(name, timers[name], true);
}
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
// --expose-gc (V8's flag, which node's own tests use) adds a global gc() running a full collection.
if (process.execArgv.includes('--expose-gc')) defineGlobal('gc', function gc() { host.runGC(); });

// fetch is an enumerable global in node; the function loads fetch's modules on its first call.
defineGlobal('fetch', function fetch(input, init = undefined) {
  return internalRequire('internal/fetch/fetch').fetch(input, init);
}, true);

// Web and Node globals whose modules load on first use, so that start-up pays only for what a
// program touches. Node defines most of these lazily too (accessors that become plain values).
const lazyGlobals = [
  ['internal/buffer_globals', ['Buffer', 'atob', 'btoa', 'Blob']],
  ['internal/url', ['URL', 'URLSearchParams']],
  ['internal/url_pattern', ['URLPattern']],
  ['internal/encoding', ['TextEncoder', 'TextDecoder']],
  ['internal/abort_controller', ['AbortController', 'AbortSignal']],
  ['internal/event_target', ['Event', 'EventTarget', 'CustomEvent']],
  ['internal/dom_exception', ['DOMException']],
  ['internal/perf', ['performance', 'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']],
  ['internal/structured_clone', ['structuredClone']],
  ['internal/intl/intl', ['Intl']],
  ['internal/worker/messaging', ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']],
  ['internal/crypto/web', ['crypto']],
  ['internal/navigator', ['Navigator']],
  ['internal/buffer/blob', ['File']],
  ['internal/fetch/headers', ['Headers']],
  ['internal/fetch/request', ['Request']],
  ['internal/fetch/response', ['Response']],
  ['internal/fetch/formdata', ['FormData']],
  ['internal/websocket/websocket', ['WebSocket', 'CloseEvent']],
  ['stream/web', ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream']],
  ['internal/webstreams/compression', ['CompressionStream', 'DecompressionStream']],
];
host.engineBtoa = globalThis.btoa;   // the engine's native btoa, which Buffer's base64 uses
{
  // (indexed loops and one descriptor object, refilled: ~80 accessors are a part of every start)
  const descriptor = { configurable: true, enumerable: false, get: undefined, set: undefined };
  for (let i = 0; i < lazyGlobals.length; i++) {   // (each module is there: js_tests/web/lazy_globals_all_load.js)
    const id = lazyGlobals[i][0];
    const names = lazyGlobals[i][1];
    for (let j = 0; j < names.length; j++) {
      const name = names[j];
      const accessors = {
        get() {
          const value = internalRequire(id)[name];
          defineGlobal(name, value);
          return value;
        },
        set(value) {
          defineGlobal(name, value);
        },
      };
      descriptor.get = accessors.get;
      descriptor.set = accessors.set;
      Object.defineProperty(globalThis, name, descriptor);
    }
  }
}

// `navigator` is a read-only, enumerable accessor in node (a getter without a setter).
Object.defineProperty(globalThis, 'navigator', {
  configurable: true,
  enumerable: true,
  get: function navigator() { return internalRequire('internal/navigator').getNavigator(); },
  set: undefined,
});

// Atomics' methods go through internal/worker/atomics (noderun's wait table, V8's checks), which a
// thread loads on its first Atomics call: until then each method is a stub of the same name and
// length (like V8's: not a constructor) that loads it, puts its methods on Atomics where the stubs
// still are, and calls on. (The first call replaces the methods with C ones in any case.)
{
  const stubs = {};
  const engineAtomics = host.engineAtomics = {};   // the engine's methods, which the module's wrap
  for (const name of ['wait', 'waitAsync', 'notify', 'store', 'add', 'sub', 'and', 'or', 'xor', 'exchange',
    'compareExchange', 'load']) {
    engineAtomics[name] = Atomics[name];
    const stub = {
      [name](...args) { return internalRequire('internal/worker/atomics').call(stubs, name, args); },
    }[name];
    Object.defineProperty(stub, 'length', { value: name === 'waitAsync' ? 4 : Atomics[name].length });
    Object.defineProperty(Atomics, name, { value: stub, writable: true, enumerable: false, configurable: true });
    stubs[name] = stub;
  }
}
internalRequire('internal/proxy_registry').install();
// Locale-aware methods of the built-ins format through Intl (ICU), whose modules load on first call.
let numberToLocaleString;   // internal/intl/number_format's, once loaded (a hot path: kept at hand)
for (const [proto, type] of [[Number.prototype, 'Number'], [BigInt.prototype, 'BigInt']]) {
  const valueOf = proto.valueOf;
  const methods = {
    toLocaleString(locales = undefined, options = undefined) {
      let value;
      try {
        value = valueOf.call(this);
      } catch {
        throw new TypeError(`${type}.prototype.toLocaleString requires that 'this' be a ${type}`);
      }
      numberToLocaleString ??= internalRequire('internal/intl/number_format').toLocaleString;
      return numberToLocaleString(value, locales, options);
    },
  };
  Object.defineProperty(proto, 'toLocaleString', { value: methods.toLocaleString, writable: true, configurable: true });
}
for (const [name, upper] of [['toLocaleUpperCase', true], ['toLocaleLowerCase', false]]) {
  const methods = {
    [name](locales = undefined) {
      if (this === null || this === undefined) throw new TypeError(`String.prototype.${name} called on null or undefined`);
      return internalRequire('internal/intl/case_mapping').toLocaleCase(String(this), locales, upper);
    },
  };
  Object.defineProperty(String.prototype, name, { value: methods[name], writable: true, configurable: true });
}
Object.defineProperty(String.prototype, 'localeCompare', {
  value: {
    localeCompare(that, locales = undefined, options = undefined) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
      return internalRequire('internal/intl/collator').localeCompare(String(this), that, locales, options);
    },
  }.localeCompare,
  writable: true,
  configurable: true,
});
// Array / TypedArray toLocaleString pass locales and options on to each element's toLocaleString
// (the engine's drop them); an array already being joined (a cycle) is '' as in V8.
{
  const joining = new Set();
  const methods = {
    toLocaleString(locales = undefined, options = undefined) {
      if (this === null || this === undefined) throw new TypeError('Cannot convert undefined or null to object');
      const list = Object(this);
      if (joining.has(list)) return '';
      joining.add(list);
      try {
        const length = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
        let result = '';
        for (let i = 0; i < length; i++) {
          if (i > 0) result += ',';
          const element = list[i];
          if (element === undefined || element === null) continue;
          const method = Object(element).toLocaleString;
          if (typeof method !== 'function') throw new TypeError(`${typeof method} ${String(method)} is not a function`);
          result += String(method.call(element, locales, options));
        }
        return result;
      } finally {
        joining.delete(list);
      }
    },
  };
  for (const proto of [Array.prototype, Object.getPrototypeOf(Uint8Array.prototype)]) {
    Object.defineProperty(proto, 'toLocaleString', { value: methods.toLocaleString, writable: true, configurable: true });
  }
}
{
  const timeValue = Date.prototype.getTime;
  let dateToLocaleString;   // internal/intl/date_time_format's, once loaded (a hot path: kept at hand)
  const dateMethod = (kind) => function method(locales = undefined, options = undefined) {
    let time;
    try {
      time = timeValue.call(this);
    } catch {
      throw internalRequire('internal/intl/constructor').incompatibleReceiver(`Date.prototype.${method.name}`, this);
    }
    dateToLocaleString ??= internalRequire('internal/intl/date_time_format').toLocaleString;
    return dateToLocaleString(kind, time, locales, options);
  };
  for (const [name, kind] of [['toLocaleString', 'string'], ['toLocaleDateString', 'date'], ['toLocaleTimeString', 'time']]) {
    const method = dateMethod(kind);
    Object.defineProperty(method, 'name', { value: name });
    Object.defineProperty(Date.prototype, name, { value: method, writable: true, configurable: true });
  }
  // V8 ends toString and toTimeString with the zone's name in the default locale, from ICU:
  // "... GMT+0100 (Central European Standard Time)"; QuickJS stops at the offset.
  for (const name of ['toString', 'toTimeString']) {
    const native = Date.prototype[name];
    const methods = {
      [name]() {
        const text = native.call(this);
        const time = timeValue.call(this);
        if (time !== time) return text;   // Invalid Date
        return text + internalRequire('internal/intl/date_time_format').zoneNameSuffix(time);
      },
    };
    Object.defineProperty(Date.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}
// V8's --no-harmony-atomics / --no-harmony-sharedarraybuffer leave these globals out (node's tests use them).
if (process.execArgv.includes('--no-harmony-atomics')) delete globalThis.Atomics;
// --no-experimental-websocket leaves out undici's WebSocket and CloseEvent, as in node 24
if (process.execArgv.includes('--no-experimental-websocket')) {
  delete globalThis.WebSocket;
  delete globalThis.CloseEvent;
}
// --enable-sharedarraybuffer-per-context does too (V8 then offers it only to contexts that ask,
// and node's never do)
if (process.execArgv.includes('--no-harmony-sharedarraybuffer') ||
    process.execArgv.includes('--enable-sharedarraybuffer-per-context')) delete globalThis.SharedArrayBuffer;

const Module = internalRequire('internal/modules/cjs/loader');
Module.setup(requireBuiltin, requireESM);

// require() of an ES module (node 22.12+ / 24, loader/esm.py): its 'module.exports' export, or its
// namespace (with `__esModule: true` when it has a default export). --no-experimental-require-module
// turns it off (ERR_REQUIRE_ESM); --trace-require-module prints node's ExperimentalWarning once.
let requireModuleTraced = false;
function requireESM(module, filename) {
  const parent = module.parent?.filename ?? module.parent?.id ?? '';
  if (!process.features.require_module) {
    const { codes: { ERR_REQUIRE_ESM } } = internalRequire('internal/errors');
    throw new ERR_REQUIRE_ESM(`require() of ES Module ${filename} from ${parent} not supported.\n` +
      `Instead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`);
  }
  const trace = process.execArgv.findLast((arg) => arg.startsWith('--trace-require-module='))?.slice(23);
  if (!requireModuleTraced && (trace === 'all' || (trace === 'no-node-modules' && !/[\\/]node_modules[\\/]/.test(parent)))) {
    requireModuleTraced = true;
    process.emitWarning(`CommonJS module ${parent} is loading ES Module ${filename} using require().\n` +
      'Support for loading ES Module in require() is an experimental feature and might change at any time',
    'ExperimentalWarning');
  }
  return host.requireModule(filename, parent);
}

// The unsettled-top-level-await rule: while the main ES module has not settled, exiting gives 13.
function handleProcessExit() {
  process.exitCode ??= 13;
  process.exit();
}

let tcpWrap;   // internal/net/tcp_wrap, once a socket has read

function watchMainPromise(promise) {
  if (!(promise instanceof Promise)) return;
  process.on('exit', handleProcessExit);
  promise.then(
    () => process.off('exit', handleProcessExit),
    (err) => {
      process.off('exit', handleProcessExit);
      triggerUncaughtException(err, false);
    });
}

module.exports = {
  tickInfo: tickInfo.buffer,
  processTimers: timers.processTimers,
  processImmediate: timers.processImmediate,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  promiseRejectHandler: taskQueues.promiseRejectHandler,
  triggerUncaughtException,
  makeNodeError: internalRequire('internal/errors').fromHost,
  makeTypeScriptError(code, message, hints) {
    return internalRequire('internal/modules/typescript').makeTypeScriptError(code, message, hints);
  },
  addTypeScriptHint(error, message) {
    internalRequire('internal/modules/typescript').addTypeScriptHint(error, message);
  },
  requireBuiltin,
  isImplementedBuiltin(name) {
    const id = publicBuiltins[name];
    return id !== undefined && host.hasInternal(id);
  },
  builtinExportNames(name) {
    return JSON.stringify(Object.keys(requireBuiltin(name)));
  },
  emitWarning(message, type, code) {   // a warning the host raises (the module loader's)
    process.emitWarning(message, type, code);
  },
  emitBeforeExit() {
    process.emit('beforeExit', process.exitCode || 0);
  },
  emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      try {
        process.emit('exit', process.exitCode || 0);
      } catch (error) {
        return execution.exitListenerThrew(error);
      }
    }
    return process.exitCode || 0;
  },
  runMain(filename) {
    watchMainPromise(Module.runMain(filename));
  },
  enableCoverage() {   // --experimental-test-coverage: stack frames give the columns of the code as written
    internalRequire('internal/process/execution').enableCoverageColumns();
  },
  warnExperimental(feature) {   // (a feature the host set up before JS ran: a configuration file)
    process.emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
  },
  runTests(patterns) {   // --test
    internalRequire('internal/test_runner/runner').runFiles(patterns);
  },
  preloadRequire(request) {
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    parent.filename = `${process.cwd()}/[preload]`;
    Module._load(request, parent, false);
  },
  watchMainPromise,
  importEntry(url) {
    watchMainPromise(import(url));
  },
  // -- worker threads --------------------------------------------------------------------------
  setupWorker(threadId, portId, workerData, marked, environmentData, name, resourceLimits, transferredPortIds) {
    const state = internalRequire('internal/worker/state');
    const messaging = internalRequire('internal/worker/messaging');
    const { revive } = internalRequire('internal/worker/serdes');
    state.isMainThread = false;
    internalRequire('internal/worker/process').setup(process);
    state.threadId = threadId;
    state.name = name;
    state.resourceLimits = resourceLimits;
    state.workerData = marked ? revive(workerData, transferredPortIds.map(messaging.createPort))[0] : workerData[0];
    if (environmentData !== undefined) state.environmentData = environmentData[0];
    const port = messaging.createPort(portId);
    state.parentPort = port;
    execution.setFatalReporter(internalRequire('internal/worker/worker').reportUncaught);
  },
  deliverMessages(portId, values, extras, batches, unreadable) {
    internalRequire('internal/worker/messaging').deliverMessages(portId, values, extras, batches, unreadable);
  },
  portClosed(portId, byNeighbour) {
    internalRequire('internal/worker/messaging').portClosed(portId, byNeighbour);
  },
  workerOnline(threadId) {
    internalRequire('internal/worker/worker').workerOnline(threadId);
  },
  workerOutOfMemory(threadId) {
    internalRequire('internal/worker/worker').workerOutOfMemory(threadId);
  },
  workerError(threadId, boxed, marked) {
    internalRequire('internal/worker/worker').workerError(threadId, boxed, marked);
  },
  deliverThreadMessage(boxed, marked, source, portIds) {
    return internalRequire('internal/worker/worker').deliverThreadMessage(boxed, marked, source, portIds);
  },
  threadMessageResult(requestId, outcome) {
    internalRequire('internal/worker/worker').threadMessageResult(requestId, outcome);
  },
  workerExit(threadId, code) {
    internalRequire('internal/worker/worker').workerExit(threadId, code);
  },
  // something happened to TCP handle `id` (node/host_tcp.py)
  tcpEvent(id, kind, a, b) {
    internalRequire('internal/net/tcp_wrap').event(id, kind, a, b);
  },
  // TCP handle `id` read the bytes of `arrayBuffer`: the hot path, so the nextTick queue the
  // reader filled (a write's completion) drains here, saving the host a call to do it after
  tcpData(id, arrayBuffer) {
    tcpWrap ??= internalRequire('internal/net/tcp_wrap');
    tcpWrap.data(id, arrayBuffer);
    if (tickInfo[0] === 1) taskQueues.processTicksAndRejections();
  },
  // child process `id` ended (node/host_process_wrap.py)
  processEvent(id, kind, exitCode, signal) {
    internalRequire('internal/child_process').event(id, kind, exitCode, signal);
  },
  // something happened to IPC pipe `id` (node/host_process_wrap.py)
  ipcEvent(id, kind, a, b) {
    internalRequire('internal/child_process').ipcEvent(id, kind, a, b);
  },
  // a forked child: `process` gets the IPC channel its parent gave it (NODE_CHANNEL_FD), and
  // the variables that said so are removed from its environment, as in node
  setupChildChannel() {
    const fd = Number(process.env.NODE_CHANNEL_FD);
    const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete process.env.NODE_CHANNEL_FD;
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (!(Number.isInteger(fd) && fd >= 0)) return;
    requireBuiltin('child_process')._forkChild(fd, mode);
    // a worker started by cluster.fork(): it says it is online before the main script runs
    if (process.env.NODE_UNIQUE_ID && process.channel) {
      requireBuiltin('cluster')._setupWorker();
      delete process.env.NODE_UNIQUE_ID;
    }
  },
  // something happened to UDP handle `id` (node/host_udp.py)
  udpEvent(id, kind, a, b) {
    internalRequire('internal/dgram/udp_wrap').event(id, kind, a, b);
  },
  // a change seen by fs watcher `id` (node/host_fs_event.py)
  fsEvent(id, kind, filename) {
    internalRequire('internal/fs/watchers').event(id, kind, filename);
  },
  // the thread pool answered request `id` (internal/threadpool.js)
  poolDone(id, error, result) {
    internalRequire('internal/threadpool').complete(id, error, result);
  },
  // Web Locks: a waiting request of this thread was granted, or a lock it held was stolen
  locksNotify(kind, requestId) {
    internalRequire('internal/locks').notify(kind, requestId);
  },
  // worker.getHeapStatistics(): read on the worker's thread, answered on its parent's
  heapStatisticsJSON() {
    return internalRequire('internal/worker/worker').heapStatisticsJSON();
  },
  workerHeapStatistics(threadId, requestId, json) {
    internalRequire('internal/worker/worker').workerHeapStatistics(threadId, requestId, json);
  },
  // an Atomics.waitAsync of this thread was woken (notify from any thread, or its timeout)
  resolveWaitAsync(id, result) {
    internalRequire('internal/worker/atomics').resolveWaitAsync(id, result);
  },
  // --import preloads: each is imported and awaited (top-level await included, timers and all)
  // before the entry point runs, as in node.
  runAfterImports(urls) {
    const start = host.startEntry;
    watchMainPromise((async () => {
      for (const url of urls) await import(url);
      start();
    })());
  },
  prepareEval(name) {
    Module.prepareEvalGlobals(name);
  },
  // -e / -p code sees the builtin modules as globals (`fs`, `path`, ...), loaded on first use, as
  // in node; assigning to one replaces it. `crypto` is node:crypto there, not the Web Crypto global.
  exposeBuiltinGlobals() {
    for (const name of Module.builtinModules) {
      if (name.startsWith('_') || name.includes('/') || name.startsWith('node:')) continue;
      if (name in globalThis && name !== 'crypto') continue;
      Object.defineProperty(globalThis, name, {
        configurable: true,
        enumerable: false,
        get() {
          const value = requireBuiltin(name);
          Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
          return value;
        },
        set(value) {
          Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
        },
      });
    }
  },
  // -p prints its result as console.log would (a string unquoted)
  formatResult(value) {
    return internalRequire('internal/util/inspect').format(value);
  },
  makeImportMetaResolve(url) {
    return function resolve(specifier) {
      return host.resolveImport(`${specifier}`, url);
    };
  },
  makeCjsNamespaceLoader(filename) {
    return () => Module._load(filename, null, false);
  },
  makeBuiltinLoader(name) {
    return () => requireBuiltin(name);
  },
  mockModuleShape(id) {
    return internalRequire('internal/test_runner/mock_module').importShape(id);
  },
  makeMockModuleLoader(id) {
    return () => internalRequire('internal/test_runner/mock_module').importExports(id);
  },
};
