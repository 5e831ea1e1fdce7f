'use strict';
// node:child_process: the synchronous functions (spawnSync, execSync, execFileSync) run for real
// on the host (Python's subprocess); the asynchronous ones (spawn, exec, execFile, fork) and
// ChildProcess are not implemented and throw ERR_METHOD_NOT_IMPLEMENTED naming themselves.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { asBuffer } = require('internal/process/as_buffer');
const { signals } = require('internal/constants');

function signalName(number) {
  if (number === null || number === undefined) return null;
  return Object.keys(signals).find((name) => signals[name] === number) ?? null;
}

function normalizeStdio(stdio) {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  return [0, 1, 2].map((i) => {
    const mode = stdio[i];
    if (mode === undefined || mode === null) return 'pipe';
    if (mode === i) return 'inherit';   // stdio: [0, 1, 2] is 'inherit' for that slot
    return `${mode}`;
  });
}

function decode(bytes, encoding) {
  if (bytes === undefined || bytes === null) return null;
  const buffer = asBuffer(bytes);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function spawnSync(file, args, options) {
  validateString(file, 'file');
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  args = args ?? [];
  validateArray(args, 'args');
  options = options ?? {};
  validateObject(options, 'options');
  let command = file;
  let argv = args.map(String);
  if (options.shell) {
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    argv = ['-c', [file, ...argv].join(' ')];
    command = shell;
  }
  // without options.env the child gets this thread's process.env (a worker's own copy included)
  const env = Object.fromEntries(Object.entries(options.env ?? process.env)
    .filter(([, v]) => v !== undefined).map(([k, v]) => [k, `${v}`]));
  const hostOptions = {
    args: argv,
    cwd: options.cwd === undefined ? null : `${options.cwd}`,
    env,
    timeout: options.timeout ?? null,
    killSignal: typeof options.killSignal === 'string' ? signals[options.killSignal] : options.killSignal ?? null,
    stdio: normalizeStdio(options.stdio),
  };
  let input = options.input ?? null;
  if (input !== null && typeof input !== 'string') {
    if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  const outcome = host.spawnSync(command, JSON.stringify(hostOptions), input);
  if (outcome[0] === 'error') {
    const [, errno, code] = outcome;
    const error = new Error(`spawnSync ${command} ${code}`);
    error.errno = errno;
    error.code = code;
    error.syscall = `spawnSync ${command}`;
    error.path = command;
    error.spawnargs = argv;
    // node 24: no output at all is null, its absent streams undefined
    return { error, status: null, signal: null, output: null, pid: 0, stdout: undefined, stderr: undefined };
  }
  const [pid, status, signum, out, err] = outcome;
  const stdout = decode(out, options.encoding);
  const stderr = decode(err, options.encoding);
  return { status: status ?? null, signal: signalName(signum), output: [null, stdout, stderr], pid, stdout, stderr };
}

// execSync / execFileSync: stdout as the result; a failure (non-zero status, signal, spawn error)
// throws "Command failed: ..." carrying the spawnSync fields. Unless stdio says otherwise, the
// child's stderr also goes to ours, as in node.
function checkExecResult(result, command, options) {
  const stdio = normalizeStdio(options.stdio);
  if (options.stdio === undefined && result.stderr && result.stderr.length > 0) {
    process.stderr.write(result.stderr);
  }
  if (result.error) throw Object.assign(result.error, result);
  if (result.status !== 0) {
    let message = `Command failed: ${command}`;
    if (result.stderr && result.stderr.length > 0 && stdio[2] === 'pipe') message += `\n${result.stderr.toString()}`;
    const error = new Error(message);
    Object.assign(error, result);
    throw error;
  }
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = { ...options, shell: options?.shell ?? true };
  return checkExecResult(spawnSync(command, [], options), command, options);
}

function execFileSync(file, args, options) {
  validateString(file, 'file');
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...options };
  const result = spawnSync(file, args ?? [], options);
  return checkExecResult(result, [file, ...(args ?? [])].join(' '), options);
}

module.exports = {
  _forkChild: notImplemented('_forkChild'),
  ChildProcess: notImplementedClass('ChildProcess'),
  exec: notImplemented('exec'),
  execFile: notImplemented('execFile'),
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn: notImplemented('spawn'),
  spawnSync,
};
