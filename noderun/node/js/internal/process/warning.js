'use strict';
// process.emitWarning and the default 'warning' listener that prints
// "(node:PID) [CODE] Name: message" on stderr, with the "(Use `node --trace-warnings ...`" hint
// after the first one only, as node 20 does. The flags that change this come from execArgv:
// --no-warnings (no default listener), --no-deprecation, --throw-deprecation,
// --trace-warnings / --trace-deprecation (print the stack instead of the one-line header).

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');

let traceHintShown = false;

function createWarningObject(message, type, code, ctor, detail) {
  // Skip the frames of this constructor: captureStackTrace below adds the right ones.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
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
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

// The listener node installs at start-up (absent under --no-warnings).
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  host.writeError(`${msg}\n`);
}

// Reads the warning flags from execArgv onto `proc` and installs the default listener.
function setupWarnings(proc) {
  const flags = new Set(proc.execArgv);
  if (flags.has('--no-deprecation')) proc.noDeprecation = true;
  if (flags.has('--throw-deprecation')) proc.throwDeprecation = true;
  if (flags.has('--trace-deprecation')) proc.traceDeprecation = true;
  if (flags.has('--trace-warnings')) proc.traceProcessWarnings = true;
  if (!flags.has('--no-warnings')) proc.on('warning', onWarning);
}

// util.deprecate-style helper for builtins: one DeprecationWarning per code.
const emittedDeprecations = new Set();
function emitDeprecationOnce(message, code) {
  if (emittedDeprecations.has(code)) return;
  emittedDeprecations.add(code);
  emitWarning(message, 'DeprecationWarning', code);
}

module.exports = { emitWarning, setupWarnings, emitDeprecationOnce };
