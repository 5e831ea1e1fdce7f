'use strict';
// The Worker class and what backs node:worker_threads. Each Worker is an OS thread with its own engine runtime (node/worker.py);
// this file validates the options as node does, and turns the host's reports ('online', the
// worker's uncaught error, its exit) into the Worker's events.

const EventEmitter = require('events');
const state = require('internal/worker/state');
const messaging = require('internal/worker/messaging');
const { prepare, serializeWith, revive } = require('internal/worker/serdes');
const { isOutOfMemory } = require('internal/process/execution');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_WORKER_INVALID_EXEC_ARGV, ERR_METHOD_NOT_IMPLEMENTED },
  hideEntryFrames,
} = require('internal/errors');
const { validateString, validateArray } = require('internal/validators');
const ArrayPrototypeValues = Array.prototype.values;

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExited = Symbol('kExited');
const kTerminations = Symbol('kTerminations');
const kLimits = Symbol('kLimits');
const kStdio = Symbol('kStdio');
const kName = Symbol('kName');
const kRequests = Symbol('kRequests');
const workersById = new Map();

// Flags node accepts in execArgv (those that make sense per thread); others are refused as node
// refuses process-wide flags.
const kAllowedExecArgv = new Set([
  '--expose-gc', '--no-warnings', '--trace-warnings', '--enable-source-maps', '--no-deprecation',
  '--trace-deprecation', '--pending-deprecation', '--experimental-vm-modules', '--trace-uncaught',
  '--experimental-require-module', '--experimental-detect-module', '--abort-on-uncaught-exception',
  '--preserve-symlinks', '--stack-size', '--input-type', '--require', '-r', '--import',
]);
// Those that take a value, which may also be the next item.
const kValueExecArgv = new Set(['--require', '-r', '--import', '--input-type']);

function notRunning() {
  const { codes: { ERR_WORKER_NOT_RUNNING } } = require('internal/errors');
  return new ERR_WORKER_NOT_RUNNING();
}

function workerPathError(filename, hint = '') {
  return new ERR_WORKER_PATH(
    'The worker script or module filename must be an absolute path or a relative path starting with ' +
    `'./' or '../'.${hint} Received ${JSON.stringify(filename)}`);
}

// node's test for a WHATWG URL object (legacy url.parse() objects have `auth` and `path`).
function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// -> the entry the host runs: an absolute path, a file: or data: URL, or code (eval).
function resolveEntry(filename, evalOption) {
  const isEval = Boolean(evalOption);
  if (isEval && typeof filename !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('options.eval', evalOption, 'must be false when \'filename\' is not a string');
  }
  if (isURL(filename)) {
    const href = filename.href;
    if (filename.protocol === 'data:') return href;
    if (filename.protocol !== 'file:') {   // (node names only file:, though it takes data: too)
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_URL_SCHEME('file');
    }
    return require('url').fileURLToPath(href);
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (isEval) return filename;
  if (filename.startsWith('file:')) throw workerPathError(filename, ' Wrap file:// URLs with `new URL`.');
  if (filename.startsWith('data:')) throw workerPathError(filename, ' Wrap data: URLs with `new URL`.');
  const path = require('path');
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw workerPathError(filename);
}

// -> the worker's process.execArgv: read as a command line is, up to the first item that is
// neither a flag nor a flag's value (node drops it and what follows, as a script and its args).
function validateExecArgv(execArgv) {
  if (execArgv === undefined) return process.execArgv.slice();
  validateArray(execArgv, 'options.execArgv');
  const kept = [];
  const invalid = [];
  for (let i = 0; i < execArgv.length; i++) {
    const item = String(execArgv[i]);
    if (!item.startsWith('-')) break;
    const name = item.split('=')[0];
    kept.push(item);
    if (!kAllowedExecArgv.has(name)) invalid.push(item);
    else if (kValueExecArgv.has(name) && name === item && i + 1 < execArgv.length) kept.push(String(execArgv[++i]));
  }
  if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid.join(', '));
  return kept;
}

function validateEnv(env) {
  if (env === undefined || env === null) return undefined;
  if (env === SHARE_ENV) return 'share';
  if (typeof env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  // the worker's environment holds strings, as process.env does (`{ X: true }` gives 'true')
  const copy = {};
  for (const key of Object.keys(env)) copy[key] = `${env[key]}`;
  return copy;
}

// A worker's own environment may set NODE_OPTIONS to flags a worker accepts in execArgv (and
// V8's heap size, which node takes there too); they are read as node reads NODE_OPTIONS (words
// apart, "double quotes" keep spaces). -> the modules its -r / --require preload, run first.
const kNodeOptionsV8 = new Set(['--max-old-space-size', '--max-semi-space-size', '--stack-size']);

function nodeOptionsPreloads(nodeOptions) {
  if (typeof nodeOptions !== 'string') return [];
  const invalid = (problem) => require('internal/errors').fromHost('Error', 'ERR_WORKER_INVALID_EXEC_ARGV',
    `Initiated Worker with invalid NODE_OPTIONS env variable: ${problem}`);
  const words = [...nodeOptions.matchAll(/"((?:\\.|[^"\\])*)"|(\S+)/g)].map((m) => m[2] ?? m[1].replace(/\\(.)/g, '$1'));
  const preloads = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const [name, ...rest] = word.split('=');
    if (!kAllowedExecArgv.has(name) && !kNodeOptionsV8.has(name)) {
      throw invalid(`${rest.length > 0 ? `${name}=` : name} is not allowed in NODE_OPTIONS`);   // (node's words)
    }
    if (!kValueExecArgv.has(name)) continue;
    let value = rest.join('=');
    if (rest.length === 0) {
      if (i + 1 === words.length) throw invalid(`${name} requires an argument`);
      value = words[++i];
    }
    if (name === '-r' || name === '--require') preloads.push(value);
  }
  return preloads;
}

const kLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

// The limits a worker runs with: what was asked (positive numbers), else the defaults node
// reports on 64-bit machines. maxOldGenerationSizeMb and stackSizeMb are applied to the worker's
// engine runtime (its memory limit and JS stack); the young-generation and code-range sizes have
// no QuickJS counterpart and are only reported.
const kDefaultLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 };

// 0 is a request too for the two heap sizes (the least there is); V8's old generation is at
// least 2 MB, which node then reports. -> [reported limits, MB of memory the engine may use]
const kZeroAllowed = new Set(['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb']);

function validateResourceLimits(limits) {
  const applied = { ...kDefaultLimits };
  if (limits === null || typeof limits !== 'object') return [applied, applied.maxOldGenerationSizeMb];
  for (const name of kLimitNames) {
    const value = limits[name];
    if (typeof value === 'number' && (value > 0 || (value === 0 && kZeroAllowed.has(name)))) applied[name] = value;
  }
  const memoryMb = applied.maxOldGenerationSizeMb;
  if (memoryMb < 2) applied.maxOldGenerationSizeMb = 2;
  return [applied, memoryMb];
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    const isEval = Boolean(options.eval);
    const entry = resolveEntry(filename, options.eval);
    if (options.argv !== undefined) validateArray(options.argv, 'options.argv');
    if (options.name !== undefined) validateString(options.name, 'options.name');
    const execArgv = validateExecArgv(options.execArgv);
    const env = validateEnv(options.env);
    const preloads = typeof env === 'object' ? nodeOptionsPreloads(env.NODE_OPTIONS) : [];
    const name = options.name || 'WorkerThread';   // its threadName, in both threads
    // (node spreads a truthy transferList with the array iterator, as an array-like: a Set or a
    // number gives no items, a string its characters)
    const transferList = options.transferList ? [...ArrayPrototypeValues.call(options.transferList)] : [];
    const [limits, memoryMb] = validateResourceLimits(options.resourceLimits);
    const environmentData = state.environmentData.size > 0 ? [prepare(state.environmentData, [], () => false)[0]] : undefined;

    const isPort = (v) => v instanceof messaging.MessagePort;
    let transfer;
    try {
      transfer = messaging.validateTransferItems(transferList, null);
    } catch (error) {
      hideEntryFrames(error);
      throw error;
    }
    const transferPorts = transfer.filter(isPort);
    // stdio options are taken for their truthiness, as node does
    const stdio = require('internal/worker/stdio').createParentStdio(options);
    // node pipes an inherited worker.stdout / stderr into process.stdout / stderr here: they are
    // made before the worker runs (so the parent's next console.log does not wait for them)
    if (!options.stdout) void process.stdout;
    if (!options.stderr) void process.stderr;
    const start = (workerData, workerDataMarked) => host.workerStart({
      entry,
      isEval,
      argv: (options.argv ?? []).map(String),
      execArgv,
      env,
      preloads,
      workerData: [workerData],
      workerDataMarked,
      environmentData,
      name,
      resourceLimits: limits,
      memoryMb,
      stdin: Boolean(options.stdin),
      stdout: Boolean(options.stdout),
      stderr: Boolean(options.stderr),
      onOutput: stdio.onOutput,
      transferPortIds: transferPorts.map((port) => port[messaging.kId]),
    });
    messaging.handOverPorts(transferPorts);
    let threadId, portId;
    try {
      [threadId, portId] = serializeWith(options.workerData, transfer, isPort, start);
    } catch (error) {
      hideEntryFrames(error);
      throw error;
    }
    messaging.markTransferred(transferPorts);   // their ends now belong to the worker
    messaging.detachTransferred(transfer);
    this[kHandle] = threadId;
    this[kExited] = false;
    this[kTerminations] = [];
    this[kLimits] = limits;
    this[kName] = name;
    this[kRequests] = new Map();   // getHeapStatistics() answers awaited: request id -> { resolve, reject }
    stdio.start(threadId);
    this[kStdio] = stdio;
    // (an own property, as node's; its figures are not measured here)
    this.performance = { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
    const port = messaging.createPort(portId);
    port.on('message', (value) => this.emit('message', value));
    port.on('messageerror', (error) => this.emit('messageerror', error));
    port.unref();   // the worker itself keeps the parent alive, not its port
    this[kPort] = port;
    workersById.set(threadId, this);
    process.nextTick(() => process.emit('worker', this));   // node's process 'worker' event
  }

  postMessage(...args) {
    if (this[kExited]) return;
    this[kPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning?.('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
    }
    if (this[kExited]) return Promise.resolve();
    const promise = new Promise((resolve) => this[kTerminations].push(resolve));
    if (typeof callback === 'function') promise.then((code) => callback(null, code));
    host.workerTerminate(this[kHandle]);
    return promise;
  }

  ref() {
    if (!this[kExited]) host.workerSetRef(this[kHandle], true);
  }

  unref() {
    if (!this[kExited]) host.workerSetRef(this[kHandle], false);
  }

  // (accessors on the prototype, in node's order, as node's are)
  get threadId() {
    return this[kExited] ? -1 : this[kHandle];
  }

  get threadName() {
    return this[kExited] ? null : this[kName];
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this[kStdio].stdout;
  }

  get stderr() {
    return this[kStdio].stderr;
  }

  get resourceLimits() {
    return this[kExited] ? {} : { ...this[kLimits] };
  }

  getHeapSnapshot(options) {
    if (options !== undefined) require('internal/validators').validateObject(options, 'options');
    if (this[kExited]) return Promise.reject(notRunning());
    return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot()'));
  }

  // v8.getHeapStatistics() as the worker's own thread reads it.
  getHeapStatistics() {
    const requestId = nextRequestId++;
    if (this[kExited] || !host.workerHeapStatistics(this[kHandle], requestId)) return Promise.reject(notRunning());
    return new Promise((resolve, reject) => this[kRequests].set(requestId, { resolve, reject }));
  }

  // The worker's CPU time (its OS thread's clock, split into user and system time as the kernel
  // splits it), in microseconds, less `prev`'s when given.
  cpuUsage(prev) {
    if (prev) {
      const { validateObject, validateNumber } = require('internal/validators');
      validateObject(prev, 'prev');
      validateNumber(prev.user, 'prev.user', 0, Number.MAX_SAFE_INTEGER);
      validateNumber(prev.system, 'prev.system', 0, Number.MAX_SAFE_INTEGER);
    }
    const times = this[kExited] ? null : host.workerCpuUsage(this[kHandle]);
    if (times === null) return Promise.reject(notRunning());
    const [user, system] = times;
    return Promise.resolve(prev ? { user: user - prev.user, system: system - prev.system } : { user, system });
  }

  async [Symbol.asyncDispose]() {
    await this.terminate();
  }

}


// -- reports from the host, on the parent's thread ------------------------------------------------

function workerOnline(threadId) {
  workersById.get(threadId)?.emit('online');
}

function workerOutOfMemory(threadId) {
  const { codes } = require('internal/errors');
  workersById.get(threadId)?.emit('error', new codes.ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
}

function workerError(threadId, boxed, marked) {
  const worker = workersById.get(threadId);
  if (worker === undefined) return;
  worker.emit('error', deserializeError(marked ? revive(boxed, [])[0] : boxed[0]));
}

function workerExit(threadId, code) {
  const worker = workersById.get(threadId);
  if (worker === undefined) return;
  workersById.delete(threadId);
  worker[kExited] = true;
  worker[kPort].close();
  const terminations = worker[kTerminations];
  worker[kTerminations] = [];
  require('internal/worker/stdio').endParentStdio(worker[kStdio]);
  for (const { reject } of worker[kRequests].values()) reject(notRunning());   // it ended before answering
  worker[kRequests].clear();
  worker.emit('exit', code);
  for (const resolve of terminations) resolve(code);
}

// The worker's answer to getHeapStatistics() (heapStatisticsJSON, run on its thread).
function workerHeapStatistics(threadId, requestId, json) {
  const requests = workersById.get(threadId)?.[kRequests];
  const request = requests?.get(requestId);
  if (request === undefined) return;
  requests.delete(requestId);
  const stats = JSON.parse(json);
  stats.does_zap_garbage = Boolean(stats.does_zap_garbage);   // a boolean here, a number in v8's
  request.resolve(stats);
}

function heapStatisticsJSON() {
  return JSON.stringify(require('v8').getHeapStatistics());
}

// -- uncaught errors travel as { kind, ctor, props }: node keeps the class and own properties -----

function serializeError(error) {
  if (error === null || typeof error !== 'object' || !(error instanceof Error)) {
    return { kind: 'value', value: error };
  }
  // a getter that throws (a `stack` whose Error.prepareStackTrace throws) leaves that property out
  const read = (key) => {
    try {
      return error[key];
    } catch {
      return undefined;
    }
  };
  const props = {};
  for (const key of Object.keys(error)) props[key] = read(key);
  let ctor = error.constructor?.name;
  if (typeof globalThis[ctor] !== 'function' || !(globalThis[ctor].prototype instanceof Error || ctor === 'Error')) ctor = 'Error';
  return { kind: 'error', ctor, name: read('name'), message: read('message'), stack: read('stack'), props };
}

function deserializeError(serialized) {
  if (serialized.kind === 'value') return serialized.value;
  const error = Object.create(globalThis[serialized.ctor].prototype);
  // own name, message and stack, as node's deserialized errors have them (no stack when none could be read)
  for (const key of ['name', 'message', 'stack']) {
    if (key === 'stack' && typeof serialized.stack !== 'string') continue;
    Object.defineProperty(error, key, { value: serialized[key], writable: true, configurable: true, enumerable: false });
  }
  Object.assign(error, serialized.props);
  return error;
}

// In a worker: report the uncaught exception to the parent (instead of printing it). Running out
// of the worker's memory limit is ERR_WORKER_OUT_OF_MEMORY in the parent, as in node.
function reportUncaught(error) {
  if (isOutOfMemory(error)) {
    host.workerOutOfMemory();
    return;
  }
  const report = (prepared, marked) => host.workerReportError([prepared], marked);
  try {
    serializeWith(serializeError(error), [], () => false, report);
  } catch {
    const { codes } = require('internal/errors');
    serializeWith(serializeError(new codes.ERR_WORKER_UNSERIALIZABLE_ERROR()), [], () => false, report);
  }
}

// -- environment data ------------------------------------------------------------------------------

function setEnvironmentData(key, value) {
  if (value === undefined) state.environmentData.delete(key);
  else state.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return state.environmentData.get(key);
}

// -- postMessageToThread: a value for another thread's process 'workerMessage' listeners --------

const pendingThreadMessages = new Map();   // request id -> { resolve, reject, timer }
let nextRequestId = 1;

// (an async function, as node's: every error is a rejection; a threadId that names no thread,
// whatever its type, is ERR_WORKER_MESSAGING_FAILED before the value is looked at)
async function postMessageToThread(threadId, value, transferList, timeout) {
  const { codes } = require('internal/errors');
  const { validateNumber } = require('internal/validators');
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = undefined;
  }
  if (timeout !== undefined) validateNumber(timeout, 'timeout', 0);
  if (threadId === state.threadId) throw new codes.ERR_WORKER_MESSAGING_SAME_THREAD();
  if (!Number.isInteger(threadId) || !host.threadExists(threadId)) throw new codes.ERR_WORKER_MESSAGING_FAILED();
  const requestId = nextRequestId++;
  const transfer = messaging.validateTransferItems([...(transferList ?? [])], null);
  const isPort = (v) => v instanceof messaging.MessagePort;
  const ports = transfer.filter(isPort);   // their ends go with the message, as to a new worker
  messaging.handOverPorts(ports);
  const sent = serializeWith(value, transfer, isPort,
    (prepared, marked) => host.postToThread(threadId, [prepared], marked, requestId, ports.map((port) => port[messaging.kId])));
  if (!sent) throw new codes.ERR_WORKER_MESSAGING_FAILED();
  messaging.markTransferred(ports);
  messaging.detachTransferred(transfer);
  return new Promise((resolve, reject) => {
    const pending = { resolve, reject, timer: undefined };
    if (timeout !== undefined) {
      pending.timer = setTimeout(() => {
        pendingThreadMessages.delete(requestId);
        reject(new codes.ERR_WORKER_MESSAGING_TIMEOUT());
      }, timeout);
    }
    pendingThreadMessages.set(requestId, pending);
  });
}

// On the destination thread: -> 'ok', 'no-listener' or 'threw' (the error itself is swallowed).
function deliverThreadMessage(boxed, marked, source, portIds) {
  if (process.listenerCount('workerMessage') === 0) return 'no-listener';
  try {
    process.emit('workerMessage', marked ? revive(boxed, portIds.map(messaging.createPort))[0] : boxed[0], source);
    return 'ok';
  } catch {
    return 'threw';
  }
}

function threadMessageResult(requestId, outcome) {
  const pending = pendingThreadMessages.get(requestId);
  if (pending === undefined) return;   // timed out already
  pendingThreadMessages.delete(requestId);
  clearTimeout(pending.timer);
  const { codes } = require('internal/errors');
  if (outcome === 'ok') pending.resolve();
  else if (outcome === 'threw') pending.reject(new codes.ERR_WORKER_MESSAGING_ERRORED());
  else pending.reject(new codes.ERR_WORKER_MESSAGING_FAILED());
}

// Checks its arguments as node does (a MessagePort, still open, and a vm context), then refuses:
// noderun has no second context to move a port into.
function moveMessagePortToContext(port, contextifiedSandbox) {
  const { codes } = require('internal/errors');
  if (!(port instanceof messaging.MessagePort)) {
    throw require('internal/errors').fromHost('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  if (port[messaging.kId] < 0) throw new codes.ERR_CLOSED_MESSAGE_PORT();
  if (contextifiedSandbox === null || typeof contextifiedSandbox !== 'object' || !require('vm').isContext(contextifiedSandbox)) {
    throw require('internal/errors').fromHost('TypeError', 'ERR_INVALID_ARG_TYPE', 'Invalid context argument');
  }
  throw new ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext()');
}

module.exports = {
  Worker,
  SHARE_ENV,
  getEnvironmentData,
  setEnvironmentData,
  moveMessagePortToContext,
  postMessageToThread,
  // entry points for bootstrap.js
  workerOnline,
  workerError,
  workerOutOfMemory,
  workerExit,
  workerHeapStatistics,
  heapStatisticsJSON,
  deliverThreadMessage,
  threadMessageResult,
  reportUncaught,
};
