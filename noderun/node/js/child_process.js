'use strict';
// node:child_process. spawn / exec / execFile / fork start real processes on the host without
// blocking the loop (node/host_process_wrap.py over host/process.py: a pidfd tells the loop of the
// child's end), with ChildProcess and its stdio pipes as net.Socket streams
// (internal/child_process.js); fork() adds the IPC channel ('json' and 'advanced' serialization,
// net sockets and servers sent as handles). The synchronous functions (spawnSync, execSync,
// execFileSync) run the child to its end on the host, which blocks this thread (host/process.py's
// run_sync). Not there yet: dgram sockets as handles.

const { Buffer } = require('buffer');
const {
  AbortError,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateBoolean, validateFunction, validateObject, validateString,
} = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const internalChildProcess = require('internal/child_process');
const { ChildProcess, getValidStdio, setupChannel, stdioStringToArray, convertToValidSignal } = internalChildProcess;
const { setTimeout, clearTimeout } = require('timers');

const MAX_BUFFER = 1024 * 1024;
let warnedShellArgs = false;   // DEP0190, once per process
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

// -- argument checks (node's) -------------------------------------------------------------------

function validateArgumentNullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, name) {
  for (let i = 0; i < args.length; i++) validateArgumentNullCheck(args[i], `${name}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

function isInt32(value) {
  return value === (value | 0);
}

// (file, args, options) -> the options spawn and spawnSync run with: file and argv (with the
// shell when asked), cwd, envPairs ('k=v'), and the rest of the caller's options.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  let { windowsVerbatimArguments } = options;
  if (windowsVerbatimArguments != null) validateBoolean(windowsVerbatimArguments, 'options.windowsVerbatimArguments');

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !warnedShellArgs) {
      warnedShellArgs = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = [file, ...args].join(' ');
    // the shell and its switches by process.platform, read now (node's tests change it)
    if (process.platform === 'win32') {
      file = typeof options.shell === 'string' ? options.shell : process.env.comspec || 'cmd.exe';
      if (/^(?:.*\\)?cmd(?:\.exe)?$/i.test(file)) {
        args = ['/d', '/s', '/c', `"${command}"`];
        windowsVerbatimArguments = true;
      } else {
        args = ['-c', command];
      }
    } else {
      if (typeof options.shell === 'string') file = options.shell;
      else file = process.platform === 'android' ? '/system/bin/sh' : '/bin/sh';
      args = ['-c', command];
    }
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  if (process.env.NODE_V8_COVERAGE && (!options.env || !Object.hasOwn(options.env, 'NODE_V8_COVERAGE'))) {
    env.NODE_V8_COVERAGE = process.env.NODE_V8_COVERAGE;
  }
  for (const key in env) {   // inherited keys too, as node
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: Boolean(options.detached),
    envPairs,
    file,
    windowsHide: Boolean(options.windowsHide),
    windowsVerbatimArguments: Boolean(windowsVerbatimArguments),
  };
}

// -- spawn -------------------------------------------------------------------------------------

function abortChildProcess(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (error) {
    child.emit('error', error);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (!timer) return;
      try {
        child.kill(killSignal);
      } catch (error) {
        child.emit('error', error);
      }
      timer = null;
    }, options.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      timer = null;
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      const disposable = require('events').addAbortListener(signal, onAbort);
      child.once('exit', disposable[Symbol.dispose]);
    }
  }
  return child;
}

// -- fork --------------------------------------------------------------------------------------

function fork(modulePath, args = [], options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    // the parent's -e code is not the child's
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice();
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// In a forked child (bootstrap, when NODE_CHANNEL_FD is set): `process` gets the channel. It
// keeps the child alive only while someone listens for 'message' or 'disconnect', as in node.
function _forkChild(fd, serializationMode) {
  const id = host.ipcOpen(fd);
  if (typeof id !== 'number') return;   // not a socket: no channel
  const channel = new internalChildProcess.IPCPipe(id);
  channel.unref();
  const control = setupChannel(process, channel, serializationMode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

// -- exec / execFile ------------------------------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const normalized = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(normalized.file, normalized.options, normalized.callback);
}

// util.promisify(exec / execFile): resolves { stdout, stderr }; the error carries them too, and
// the promise has the ChildProcess as `child`.
function promisifiedExec(original) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (error, stdout, stderr) => {
      if (error !== null) {
        error.stdout = stdout;
        error.stderr = stderr;
        reject(error);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: Boolean(options.windowsHide),
    windowsVerbatimArguments: Boolean(options.windowsVerbatimArguments),
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const output = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timer;
  let failure = null;
  let cmd = file;

  function joined(name) {
    const stream = child[name];
    return encoding || stream?.readableEncoding ? output[name].join('') : Buffer.concat(output[name]);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = joined('stdout');
    const stderr = joined('stderr');
    if (!failure && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!failure) {
      failure = new Error(`Command failed: ${cmd}\n${stderr}`);
      failure.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      failure.killed = child.killed || killed;
      failure.signal = signal;
    }
    failure.cmd = cmd;
    callback(failure, stdout, stderr);
  }

  function errorhandler(error) {
    failure = error;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (error) {
      failure = error;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        output[name].push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const keep = options.maxBuffer - (lengths[name] - length);
        output[name].push(chunk.slice(0, keep));
        failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        output[name].push(chunk);
      }
    });
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: promisifiedExec(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: promisifiedExec(execFile) });

// -- the synchronous functions ---------------------------------------------------------------------


function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) options.stdio[0] = { ...options.stdio[0], input: options.input };
  // what the child reads must be bytes
  options.stdio.forEach((entry, i) => {
    const input = entry.input;
    if (input == null) return;
    if (typeof input === 'string') {
      options.stdio[i] = { ...entry, input: Buffer.from(input, options.encoding) };
    } else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  });
  // (through the module object, as node: its tests replace it with --expose-internals)
  return internalChildProcess.spawnSync(options);
}

function checkExecSyncError(result, args, command) {
  if (result.error) return Object.assign(result.error, result);
  if (result.status !== 0) {
    let message = `Command failed: ${command || args.join(' ')}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    const error = new Error(message);
    Object.assign(error, result);
    return error;
  }
  return null;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const error = checkExecSyncError(result, [options.argv0 || file, ...args]);
  if (error) throw error;
  return result.stdout;
}

function execSync(command, options) {
  const normalized = normalizeExecArgs(command, options, null);
  const inheritStderr = !normalized.options.stdio;
  const result = spawnSync(normalized.file, normalized.options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const error = checkExecSyncError(result, undefined, command);
  if (error) throw error;
  return result.stdout;
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
