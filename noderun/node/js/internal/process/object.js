'use strict';
// The `process` object: an EventEmitter whose constructor is named `process`, as in node, with
// what scripts read and call (argv, env, exit / exitCode, nextTick, stdio, cwd / chdir, versions,
// hrtime, memoryUsage, cpuUsage, kill, emitWarning, ...). Values that come from the host are read
// once; stdio, ids and the constant tables load on first use. Warnings: internal/process/warning;
// stdio: internal/process/stdio.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_OBJECT_DEFINE_PROPERTY, ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject, validateString, validateUint32 } =
  require('internal/validators');
const { nextTick } = require('internal/process/task_queues');
const { emitWarning, setupWarnings } = require('internal/process/warning');
const { notImplemented } = require('internal/not_implemented');

const NODE_VERSION = 'v24.12.0';

function process() {}
Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
const proc = Object.create(process.prototype);
EventEmitter.call(proc);
Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', enumerable: false, configurable: true, writable: true });

const info = JSON.parse(host.processInfo());

proc.version = NODE_VERSION;
// node's own keys with node 24.12.0's values (programs test them to pick code paths), then ours
proc.versions = {
  node: NODE_VERSION.slice(1),
  acorn: '8.15.0',
  ada: '3.3.0',
  amaro: '1.1.5',
  ares: '1.34.5',
  brotli: '1.1.0',
  cjs_module_lexer: '2.1.0',
  cldr: '47.0',
  icu: '77.1',
  llhttp: '9.3.0',
  modules: '137',
  napi: '10',
  nbytes: '0.1.1',
  ncrypto: '0.0.1',
  nghttp2: '1.67.1',
  openssl: '3.5.4',
  simdjson: '4.1.0',
  simdutf: '6.4.0',
  sqlite: '3.50.4',
  tz: '2025b',   // noderun's own ICU time-zone data (noderun/node/data/icu-tz-2025b), as node 24.12.0's
  undici: '7.16.0',
  unicode: '16.0',
  uv: '1.51.0',
  uvwasi: '0.0.23',
  v8: '13.6.233.17-node.37',
  zlib: '1.3.1-470d3a2',
  zstd: '1.5.7',
  quickjs: info.engineVersion,
  noderun: info.noderunVersion,
};
proc.arch = info.arch;
proc.platform = info.platform;
proc.release = {
  name: 'node',
  lts: 'Krypton',
  sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
};
proc.argv = info.argv;
proc.execArgv = info.execArgv;
proc.argv0 = info.argv0;
proc.execPath = info.execPath;
proc.pid = info.pid;
proc.ppid = info.ppid;
proc.title = 'noderun';
proc.debugPort = 9229;
proc.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: false, tls: true, openssl_is_boringssl: false, cached_builtins: true,
  require_module: !proc.execArgv.includes('--no-experimental-require-module'),
};
// 'strip' (node 24 strips the types of .ts files), false under --no-experimental-strip-types
Object.defineProperty(proc.features, 'typescript', {
  get() { return host.typeScriptMode(); }, enumerable: true, configurable: true,
});
// Only what is true of noderun: Intl is there, on full ICU (every locale's data), whose version
// process.versions.icu reports. node's test/common reads hasIntl from v8_enable_i18n_support.
proc.config = {
  target_defaults: {},
  variables: { icu_small: false, icu_ver_major: proc.versions.icu.split('.')[0], v8_enable_i18n_support: 1 },
};
proc._exiting = false;
proc.domain = null;
proc._preload_modules = [];
proc.moduleLoadList = [];

// ---- env: a live view over the thread's environment (host side), with node's coercions --------

function envDescriptorIsPlainData(descriptor) {
  return descriptor.configurable && descriptor.writable && descriptor.enumerable;
}

// The main thread and SHARE_ENV workers share one environment: a change made by another thread
// bumps the host's version, and the view re-reads the environment before its next use.
const envTarget = JSON.parse(host.envSnapshot());
let envVersion = host.envVersion();

function freshEnv() {
  if (envVersion === -1) return envTarget;
  const version = host.envVersion();
  if (version !== envVersion) {
    envVersion = version;
    const current = JSON.parse(host.envSnapshot());
    for (const key of Object.keys(envTarget)) if (!(key in current)) delete envTarget[key];
    Object.assign(envTarget, current);
  }
  return envTarget;
}

proc.env = new Proxy(envTarget, {
  get(target, key) {
    return typeof key === 'symbol' ? undefined : freshEnv()[key];
  },
  has(target, key) {
    return key in freshEnv();
  },
  ownKeys() {
    return Reflect.ownKeys(freshEnv());
  },
  getOwnPropertyDescriptor(target, key) {
    return Reflect.getOwnPropertyDescriptor(freshEnv(), key);
  },
  set(target, key, value) {
    const str = `${value}`;   // a Symbol key or value throws node's TypeError here
    const name = `${key}`;
    target[name] = str;
    host.setEnv(name, str);
    return true;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') host.unsetEnv(key);
    delete target[key];
    return true;
  },
  defineProperty(target, key, descriptor) {
    if ('get' in descriptor || 'set' in descriptor) {
      throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if (!envDescriptorIsPlainData(descriptor)) {
      throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    const str = `${descriptor.value}`;
    target[key] = str;
    host.setEnv(`${key}`, str);
    return true;
  },
});

// ---- exit -------------------------------------------------------------------------------------

// A numeric string counts as its number, as in node ('3' -> 3).
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  const value = typeof code === 'string' && code !== '' && !Number.isNaN(+code) ? +code : code;
  validateInteger(value, 'code');
}

let exitCode;
Object.defineProperty(proc, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    validateExitCode(code);
    // node 24 keeps it in an Int32Array shared with C++: read back as an int32 number
    // ('3' -> 3, 2 ** 40 -> 0), and null clears it
    exitCode = code === null || code === undefined ? undefined : Number(code) | 0;
  },
});

proc.exit = function exit(code) {
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) {
    proc._exiting = true;
    proc.emit('exit', proc.exitCode || 0);
  }
  host.reallyExit(proc.exitCode || 0);
};

proc.reallyExit = function reallyExit(code) {
  host.reallyExit(code | 0);
};

proc.abort = function abort() {
  host.abort();
};

// ---- errors from the system (libuv's shape: errno, code, syscall[, path, dest]) -----------------

function uvException([errno, code, description], syscall, path, dest) {
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function errnoException([errno, code], syscall) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// ---- cwd, umask, ids --------------------------------------------------------------------------

proc.nextTick = nextTick;
proc.cwd = function cwd() {
  const found = host.cwd();
  if (typeof found !== 'string') throw uvException(found, 'uv_cwd');
  return found;
};
// What changes the whole process cannot be done from a worker (node: ERR_WORKER_UNSUPPORTED_OPERATION).
function refuseInWorker(operation) {
  if (!require('internal/worker/state').isMainThread) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(operation);
  }
}

proc.chdir = function chdir(directory) {
  refuseInWorker('process.chdir()');
  validateString(directory, 'directory');
  const here = host.cwd();
  const from = typeof here === 'string' ? here : '';   // (node names '' when the old one is gone)
  const failure = host.chdir(directory);
  if (failure) throw uvException(failure, 'chdir', from, directory);
};

function parseFileMode(value, name) {
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

proc.umask = function umask(mask) {
  if (mask !== undefined) refuseInWorker('Setting process.umask()');
  return host.umask(mask === undefined ? -1 : parseFileMode(mask, 'mask'));
};
proc.uptime = function uptime() { return host.uptime(); };

let userIds;
function ids() {
  return userIds ??= host.userIds();
}
proc.getuid = function getuid() { return ids()[0]; };
proc.geteuid = function geteuid() { return ids()[1]; };
proc.getgid = function getgid() { return ids()[2]; };
proc.getegid = function getegid() { return ids()[3]; };
proc.getgroups = function getgroups() { return ids()[4].slice(); };
for (const name of ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
  const unsupported = notImplemented(`process.${name}`);
  proc[name] = function(...args) {
    refuseInWorker(`process.${name}()`);
    return unsupported.apply(this, args);
  };
}

// ---- time and resources -----------------------------------------------------------------------

function hrtime(time) {
  const ns = host.hrtimeNs();
  const sec = Math.floor(ns / 1e9);
  const nsec = ns - sec * 1e9;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    let s = sec - time[0];
    let n = nsec - time[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return BigInt(host.hrtimeNs()); };
proc.hrtime = hrtime;

proc.memoryUsage = function memoryUsage() {
  return JSON.parse(host.memoryUsage());
};
proc.memoryUsage.rss = function rss() { return JSON.parse(host.memoryUsage()).rss; };

function validatePreviousCpuTime(prev, key) {
  const value = prev[key];
  if (typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0) return;
  validateObject(prev, 'prevValue');
  validateNumber(value, `prevValue.${key}`);
  const err = new ERR_INVALID_ARG_VALUE(`prevValue.${key}`, value);
  Object.setPrototypeOf(err, RangeError.prototype);   // node throws the RangeError variant here
  throw err;
}

proc.cpuUsage = function cpuUsage(prevValue) {
  const [user, system] = JSON.parse(host.cpuUsage());
  if (prevValue) {
    validatePreviousCpuTime(prevValue, 'user');
    validatePreviousCpuTime(prevValue, 'system');
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
};
// node 24: the calling thread's CPU time (getrusage(RUSAGE_THREAD)), checked as cpuUsage checks
proc.threadCpuUsage = function threadCpuUsage(prevValue) {
  const [user, system] = host.threadCpuUsage();
  if (prevValue) {
    validatePreviousCpuTime(prevValue, 'user');
    validatePreviousCpuTime(prevValue, 'system');
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
};
// node 24: ref() / unref() whatever has a nodejs.ref / nodejs.unref method (or ref / unref)
for (const [name, symbol] of [['ref', Symbol.for('nodejs.ref')], ['unref', Symbol.for('nodejs.unref')]]) {
  proc[name] = { [name](maybeRefable) {
    const method = maybeRefable?.[symbol] ?? maybeRefable?.[name];
    if (typeof method === 'function') Reflect.apply(method, maybeRefable, []);
  } }[name];
}
// process.execve (node 23.11+): replaces the process with another program; never returns.
let warnedExecve = false;
proc.execve = function execve(execPath, args = [], env = undefined) {
  if (!warnedExecve) {
    warnedExecve = true;
    emitWarning('process.execve is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  refuseInWorker('Calling process.execve');
  validateString(execPath, 'execPath');
  if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  args.forEach((arg, i) => {
    if (typeof arg !== 'string' || arg.includes('\0')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, arg, 'must be a string without null bytes');
    }
  });
  const entries = [];
  if (env !== undefined) {
    validateObject(env, 'env');
    for (const [key, value] of Object.entries(env)) {
      if (typeof value !== 'string' || key.includes('\0') || value.includes('\0')) {
        throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
      }
      entries.push(`${key}=${value}`);
    }
  }
  host.execve(execPath, JSON.stringify(args), env === undefined ? null : JSON.stringify(entries));
};
proc.resourceUsage = function resourceUsage() {
  return JSON.parse(host.resourceUsage());
};
proc.constrainedMemory = function constrainedMemory() { return 2 ** 64; };   // no limit, as node reports it
proc.availableMemory = function availableMemory() { return host.availableMemory(); };
proc.getActiveResourcesInfo = function getActiveResourcesInfo() { return []; };
proc._fatalException = function _fatalException(error, fromPromise) {
  return require('internal/process/execution').fatalException(error, fromPromise);
};
proc._getActiveHandles = function _getActiveHandles() { return []; };
proc._getActiveRequests = function _getActiveRequests() { return []; };

// ---- signals ----------------------------------------------------------------------------------

let signals;
function signalNumbers() {
  return signals ??= require('internal/constants').signals;
}

proc._kill = function _kill(pid, signum) {
  return host.kill(pid, signum);
};

proc.kill = function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let failure;
  if (sig === (sig | 0)) {
    failure = proc._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    const signum = signalNumbers()[sig];
    if (!signum) throw new ERR_UNKNOWN_SIGNAL(sig);
    failure = proc._kill(pid, signum);
  }
  if (failure) throw errnoException(failure, 'kill');
  return true;
};

// process.on('SIGINT', ...): the host delivers the signal while a listener exists, as node's
// signal handles (which do not keep the loop alive either); with none, the signal's default action.
function isSignalName(name) {
  return typeof name === 'string' && name.startsWith('SIG') && signalNumbers()[name] !== undefined;
}
function deliverSignal(signum) {
  for (const [name, number] of Object.entries(signalNumbers())) {
    if (number === signum && proc.listenerCount(name) > 0) {
      proc.emit(name, name, signum);
      return;
    }
  }
}
// Workers do not receive signals (node's docs: "Signals are not delivered through process.on").
if (require('internal/worker/state').isMainThread) {
  proc.on('newListener', (event) => {
    if (isSignalName(event) && proc.listenerCount(event) === 0) {
      host.watchSignal(signalNumbers()[event], deliverSignal);
    }
  });
  proc.on('removeListener', (event) => {
    if (isSignalName(event) && proc.listenerCount(event) === 0) {
      host.watchSignal(signalNumbers()[event], null);
    }
  });
}

// ---- warnings ---------------------------------------------------------------------------------

proc.emitWarning = emitWarning;
setupWarnings(proc);

// ---- uncaught exception capture (as a prepended 'uncaughtException' listener) -----------------

let captureCallback = null;
function runCaptureCallback(error) {
  captureCallback(error);
}
proc.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn !== null && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (fn === null) {
    captureCallback = null;
    proc.off('uncaughtException', runCaptureCallback);
    return;
  }
  if (captureCallback !== null) {
    const err = new Error('`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    err.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw err;
  }
  captureCallback = fn;
  proc.prependListener('uncaughtException', runCaptureCallback);
};
proc.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};

// ---- the rest of node's surface -----------------------------------------------------------------

proc.binding = notImplemented('process.binding');
proc._linkedBinding = notImplemented('process._linkedBinding');
proc.dlopen = notImplemented('process.dlopen');
// Variables of a .env file (node's format, parsed by node/dotenv.py) that process.env lacks.
proc.loadEnvFile = function loadEnvFile(path = undefined) {
  const { getValidatedPath } = require('internal/fs/utils');
  path = path == null ? '.env' : getValidatedPath(path);   // null too, as in node
  let entries;
  try {
    entries = host.readEnvFile(path);
  } catch (error) {
    const { isUvError, copyUvError } = require('internal/fs/errors');
    throw isUvError(error) ? copyUvError(error, loadEnvFile) : error;
  }
  const env = proc.env;
  for (const [key, value] of entries) {
    if (!Object.prototype.hasOwnProperty.call(env, key)) env[key] = value;
  }
};
proc.setSourceMapsEnabled = function setSourceMapsEnabled() {};
proc.sourceMapsEnabled = false;
proc._rawDebug = function _rawDebug(...args) {
  host.writeError(`${require('internal/util/inspect').format(...args)}\n`);
};
let finalization;
Object.defineProperty(proc, 'finalization', {
  get() {
    finalization ??= require('internal/process/finalization').createFinalization(proc);
    return finalization;
  },
  set(value) {
    Object.defineProperty(proc, 'finalization', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true, configurable: true,
});
proc.getBuiltinModule = function getBuiltinModule(id) {
  validateString(id, 'id');
  const Module = require('internal/modules/cjs/loader');
  return Module.isBuiltin(id) ? Module._load(id, null, false) : undefined;
};
proc.report = {
  compact: false,
  directory: '',
  filename: '',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
  signal: 'SIGUSR2',
  excludeNetwork: false,
  getReport: notImplemented('process.report.getReport'),
  writeReport: notImplemented('process.report.writeReport'),
};

// Flags node accepts in NODE_OPTIONS (a representative subset of node 20's list).
let allowedFlags;
Object.defineProperty(proc, 'allowedNodeEnvironmentFlags', {
  configurable: true,
  enumerable: true,
  get() {
    return allowedFlags ??= new Set([
      '--conditions', '-C', '--enable-source-maps', '--experimental-vm-modules', '--import',
      '--inspect', '--inspect-brk', '--max-old-space-size', '--max-semi-space-size', '--no-deprecation',
      '--no-experimental-fetch', '--no-warnings', '--pending-deprecation', '--preserve-symlinks',
      '--require', '-r', '--stack-trace-limit', '--throw-deprecation', '--title', '--trace-deprecation',
      '--trace-uncaught', '--trace-warnings', '--unhandled-rejections', '--use-openssl-ca',
      '--experimental-require-module', '--experimental-detect-module', '--expose-gc', '--input-type',
    ]);
  },
  set(value) {
    Object.defineProperty(proc, 'allowedNodeEnvironmentFlags', { value, configurable: true, enumerable: true, writable: true });
  },
});

// ---- stdio ------------------------------------------------------------------------------------

const unmadeStdio = require('internal/process/unmade_stdio');

function defineLazyStdio(name, make) {
  let stream;
  const get = function get() {
    if (stream === undefined) {
      unmadeStdio.markMade(name);
      stream = make();
    }
    return stream;
  };
  unmadeStdio.register(name, get);
  Object.defineProperty(proc, name, { configurable: true, enumerable: true, get });
}
defineLazyStdio('stdout', () => require('internal/process/stdio').makeWriteStream(1));
defineLazyStdio('stderr', () => require('internal/process/stdio').makeWriteStream(2));
defineLazyStdio('stdin', () => require('internal/process/stdio').makeReadStream(0));
proc.openStdin = function openStdin() {
  proc.stdin.resume();
  return proc.stdin;
};

module.exports = proc;
