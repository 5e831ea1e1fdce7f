'use strict';
// The `process` object: an EventEmitter whose constructor is named `process`, as in node, with
// what scripts read and call (argv, env, exit / exitCode, nextTick, stdout / stderr, cwd,
// versions, hrtime, memoryUsage, emitWarning, ...). Values that come from the host are read once.

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { nextTick } = require('internal/process/task_queues');

const NODE_VERSION = 'v20.20.2';

function process() {}
Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
const proc = Object.create(process.prototype);
EventEmitter.call(proc);
Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', enumerable: false, configurable: true, writable: true });

const info = JSON.parse(host.processInfo());

proc.version = NODE_VERSION;
proc.versions = {
  node: NODE_VERSION.slice(1),
  quickjs: info.engineVersion,
  noderun: info.noderunVersion,
  modules: '115',
  napi: '9',
  uv: '1.46.0',
};
proc.arch = info.arch;
proc.platform = info.platform;
proc.release = { name: 'node', lts: 'Iron' };
proc.argv = info.argv;
proc.execArgv = info.execArgv;
proc.argv0 = info.argv0;
proc.execPath = info.execPath;
proc.pid = info.pid;
proc.ppid = info.ppid;
proc.title = 'noderun';
proc.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
  tls_ocsp: false, tls: false };
proc.config = { target_defaults: {}, variables: {} };
proc._exiting = false;

// process.env: a live view over the thread's environment (host side), with node's string coercion.
proc.env = new Proxy(JSON.parse(host.envSnapshot()), {
  set(target, key, value) {
    if (typeof key === 'symbol') {
      target[key] = value;
      return true;
    }
    const str = `${value}`;
    target[key] = str;
    host.setEnv(key, str);
    return true;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') host.unsetEnv(key);
    delete target[key];
    return true;
  },
  defineProperty(target, key, descriptor) {
    if ('value' in descriptor) return Reflect.set(this, key, descriptor.value) || true;
    return Reflect.defineProperty(target, key, descriptor);
  },
});

let exitCode;
Object.defineProperty(proc, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      validateInteger(value, 'code');
    }
    exitCode = code;
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

proc.nextTick = nextTick;
proc.cwd = function cwd() { return host.cwd(); };
proc.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  host.chdir(directory);
};
proc.umask = function umask(mask) {
  return host.umask(mask === undefined ? -1 : (typeof mask === 'string' ? parseInt(mask, 8) : mask));
};
proc.uptime = function uptime() { return host.uptime(); };

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
proc.cpuUsage = function cpuUsage(prev) {
  const [user, system] = JSON.parse(host.cpuUsage());
  if (prev) return { user: user - prev.user, system: system - prev.system };
  return { user, system };
};
proc.resourceUsage = function resourceUsage() {
  return JSON.parse(host.resourceUsage());
};

const signals = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20 };
proc.kill = function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signum = sig;
  if (typeof sig === 'string') {
    signum = signals[sig];
    if (signum === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  host.kill(pid, signum);
  return true;
};

// process.emitWarning: prints "(node:PID) Name: message" (plus the trace hint once) on stderr.
let traceHintShown = false;
proc.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const w = new Error(warning);
    Error.stackTraceLimit = limit;
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return;
    if (proc.throwDeprecation) throw warning;
  }
  nextTick(() => {
    if (!proc.emit('warning', warning) || true) writeWarning(warning);
  });
};

function writeWarning(warning) {
  if (proc.noProcessWarnings) return;
  const prefix = `(node:${proc.pid}) `;
  let msg = `${prefix}${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
  if (warning.detail) msg += `\n${warning.detail}`;
  if (!traceHintShown) {
    traceHintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  host.writeError(`${msg}\n`);
}

// stdout / stderr: synchronous writes, as node's for files and pipes on Linux. Full streams come
// with node:stream; these carry what scripts use: write(chunk[, encoding][, cb]), fd, isTTY.
function makeWriteStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = host.isatty(fd);
  if (stream.isTTY) {
    stream.columns = host.terminalColumns(fd);
  }
  stream.writable = true;
  stream._isStdio = true;
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      host.writeFd(fd, chunk);
    } else if (chunk instanceof Uint8Array) {
      host.writeFdBytes(fd, chunk);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') nextTick(cb, null);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') nextTick(cb);
    return stream;
  };
  stream.cork = stream.uncork = function() {};
  stream.getColorDepth = function getColorDepth() { return stream.isTTY ? 8 : 1; };
  stream.hasColors = function hasColors() { return false; };
  return stream;
}

let stdout;
let stderr;
Object.defineProperty(proc, 'stdout', {
  configurable: true, enumerable: false,
  get() { return stdout ??= makeWriteStream(1); },
});
Object.defineProperty(proc, 'stderr', {
  configurable: true, enumerable: false,
  get() { return stderr ??= makeWriteStream(2); },
});

module.exports = proc;
