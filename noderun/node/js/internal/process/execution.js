'use strict';
// Uncaught exceptions, as node 20 handles them: 'uncaughtExceptionMonitor', then
// 'uncaughtException' listeners; without one, the error is printed the way node prints it
// (location, source line, caret, the stack or inspected value, the version footer), the 'exit'
// event runs with code 1 and the thread ends. A listener that throws ends it with code 7.
//
// Stack traces: Error.prepareStackTrace formats QuickJS call sites the way V8 does
// ("Error: msg\n    at fn (file:line:col)") and records where the error was made, which the
// printer uses for the location header.

const { kIsNodeError } = require('internal/errors');

const kLocation = Symbol('noderun.errorLocation');
const kGenericUserError = 1;
const kInvalidFatalExceptionMonkeyPatching = 6;
const kExceptionInFatalExceptionHandler = 7;
const cjsWrappers = new WeakSet();
// Files compiled inside the CJS wrapper: their line 1 starts after the wrapper's head.
const wrapperHeadLength = new Map();

function errorHeader(error) {
  let name;
  let message;
  try {
    name = error.name;
    message = error.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (error[kIsNodeError] && typeof error.code === 'string') name = `${name} [${error.code}]`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// (--experimental-test-coverage: the loaders put counters in the lines; the host knows where)
let coverageColumn = null;

function siteColumn(file, line, column) {
  if (line === 1 && wrapperHeadLength.has(file)) column -= wrapperHeadLength.get(file);
  return coverageColumn === null ? column : coverageColumn(file, line, column);
}

function enableCoverageColumns() {
  coverageColumn = host.coverageColumn;
}

// (set by the host before any of the program's code: no host call, nor its module, at every start)
function coverageEnabled() {
  return coverageColumn !== null;
}

// the frame of a CommonJS module's top-level code (V8 names it Object.<anonymous>)
function isCjsWrapperSite(site) {
  return cjsWrappers.has(site.getFunction());
}

function formatCallSite(site) {
  const file = site.getFileName();
  const line = site.getLineNumber();
  const column = siteColumn(file, line, site.getColumnNumber());
  let fn = site.getFunctionName();
  const location = file === undefined || file === null
    ? '<anonymous>'
    : (line > 0 ? `${file}:${line}:${column}` : file);
  if (site.isNative()) return `${fn || '<anonymous>'} (native)`;
  if (isCjsWrapperSite(site)) return `Object.<anonymous> (${location})`;
  if (fn === '<eval>' || fn === '' || fn === undefined || fn === null) return location;
  if (fn === '<anonymous>') return `${site.isConstructor() ? 'new ' : ''}<anonymous> (${location})`;
  return `${site.isConstructor() ? 'new ' : ''}${fn} (${location})`;
}

// QuickJS-ng's call sites (what Error.prepareStackTrace receives) have only part of V8's CallSite
// API; packages that read their callers' locations (depd, which express loads) call the rest.
// QuickJS compiles eval and Function code as '<input>' and keeps neither a frame's receiver nor
// where an eval was called from: getThis() answers as for strict code (undefined), and an eval
// site's origin names no caller (see README, Known differences).
function completeCallSitePrototype() {
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder);
  const proto = Object.getPrototypeOf(holder.stack[0]);
  Error.prepareStackTrace = prepare;
  const methods = {
    isEval() { return this.getFileName() === '<input>'; },
    getEvalOrigin() { return this.isEval() ? 'eval at <anonymous>' : undefined; },
    getScriptNameOrSourceURL() { return this.getFileName(); },
    getThis() { return undefined; },
    getTypeName() { return null; },
    getMethodName() { return null; },
    toString() { return formatCallSite(this); },
  };
  for (const [name, method] of Object.entries(methods)) {
    if (!Object.hasOwn(proto, name)) {
      Object.defineProperty(proto, name, { value: method, writable: true, configurable: true, enumerable: false });
    }
  }
}

// QuickJS's wording of the commonest engine errors -> V8's, which programs print and test.
const engineMessages = [
  [/^cannot read property '(.*)' of (undefined|null)$/, "Cannot read properties of $2 (reading '$1')"],
  [/^cannot set property '(.*)' of (undefined|null)$/, "Cannot set properties of $2 (setting '$1')"],
  [/^'(.*)' is read-only$/, 'Assignment to constant variable.'],
  [/^(.*) is not initialized$/, "Cannot access '$1' before initialization"],
  [/^invalid array length$/, 'Invalid array length'],
  [/^empty array$/, 'Reduce of empty array with no initial value'],
  [/^cannot convert symbol to string$/, 'Cannot convert a Symbol value to a string'],
  [/^private class field '(#.*)' does not exist$/i, 'Cannot read private member $1 from an object whose class did not declare it'],
  // the commonest syntax errors (QuickJS names the token it met; V8 tells identifiers apart)
  [/^unexpected token in expression: '(.*)'$/, (_, token) =>
    (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(token) ? `Unexpected identifier '${token}'` : `Unexpected token '${token}'`)],
  [/^function name expected$/, 'Function statements require a function name'],
  [/^return not in a function$/, 'Illegal return statement'],
  [/^'let' is not a valid lexical identifier$/, 'let is disallowed as a lexically bound name'],
  [/^unexpected end of string$/, 'Invalid or unexpected token'],
];

function normalizeEngineMessage(error) {
  if (!(error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError ||
        error instanceof SyntaxError)) return;
  const message = error.message;
  if (typeof message !== 'string') return;
  for (const [pattern, replacement] of engineMessages) {
    if (pattern.test(message)) {
      error.message = message.replace(pattern, replacement);
      return;
    }
  }
}

function prepareStackTrace(error, sites) {
  if (error !== null && typeof error === 'object' && !Object.hasOwn(error, kLocation)) {
    normalizeEngineMessage(error);
    for (const site of sites) {
      const file = site.getFileName();
      if (file && !site.isNative()) {
        Object.defineProperty(error, kLocation, {
          value: [file, site.getLineNumber(), siteColumn(file, site.getLineNumber(), site.getColumnNumber())],
          enumerable: false, configurable: true, writable: true,
        });
        break;
      }
    }
  }
  let out = errorHeader(error);
  for (const site of sites) {
    // V8 shows no frame for Function.prototype.call / apply; QuickJS has one
    if (site.isNative() && (site.getFunctionName() === 'call' || site.getFunctionName() === 'apply')) continue;
    out += `\n    at ${formatCallSite(site)}`;
  }
  return out;
}

function sourceContext(location) {
  if (!location) return '';
  const [file, line, column] = location;
  const text = host.sourceLine(file, line);
  if (text === undefined || text === null) return `${file}:${line}\n`;
  const caret = column > 0 ? `${' '.repeat(column - 1)}^` : '^';
  return `${file}:${line}\n${text}\n${caret}\n`;
}

function formatFatal(error) {
  const { inspect: inspectValue } = require('internal/util/inspect');
  // node prints a fatal error ignoring its custom inspect method, at least 5 levels deep
  const inspect = (value) => inspectValue(value, { customInspect: false, depth: Math.max(inspectValue.defaultOptions.depth, 5) });
  const footer = `\n\nNode.js ${process.version}\n`;
  if (error instanceof Error || (error !== null && typeof error === 'object' && kLocation in error)) {
    const context = sourceContext(error[kLocation]);
    let body;
    try {
      body = inspect(error);
    } catch {
      body = String(error?.stack ?? error);
    }
    return `${context}${context ? '\n' : ''}${body}${footer}`;
  }
  let body;
  try {
    body = inspect(error);
  } catch {
    body = String(error);
  }
  const primitive = error === null || (typeof error !== 'object' && typeof error !== 'function');
  const hint = primitive
    ? '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)'
    : '';
  return `\n${body}${hint}${footer}`;
}

let handlingFatal = false;

// Whether `error` is the engine running out of this worker's memory limit (with no memory left for
// the error object itself the engine throws null).
function isOutOfMemory(error) {
  return (error === null ||
          (error instanceof InternalError && (error.message === 'out of memory' || error.message === ''))) &&
    host.workerHasMemoryLimit();
}

function triggerUncaughtException(error, fromPromise) {
  // A worker past its memory limit ends at once, as node's does: no handler runs (there is no
  // memory left to run them in); its parent gets ERR_WORKER_OUT_OF_MEMORY.
  if (isOutOfMemory(error)) {
    host.workerOutOfMemory();
    host.reallyExit(kGenericUserError);
  }
  if (typeof process._fatalException !== 'function') {
    // node's exit code 6 when process._fatalException was replaced: printed, nothing else runs
    host.writeError(formatFatal(error));
    host.reallyExit(kInvalidFatalExceptionMonkeyPatching);
  }
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  let handled;
  try {
    process.emit('uncaughtExceptionMonitor', error, type);
    handled = process.emit('uncaughtException', error, type);
  } catch (handlerError) {
    // A throwing handler ends the thread at once: printed, exit code 7, no 'exit' event. A
    // worker reports it to its parent instead and ends with code 1, as in node.
    if (!require('internal/worker/state').isMainThread) {
      reportFatal(handlerError);
      host.reallyExit(kGenericUserError);
    }
    host.writeError(formatFatal(handlerError));
    host.reallyExit(kExceptionInFatalExceptionHandler);
  }
  if (!handled) fatal(error, kGenericUserError);
}

// process._fatalException(error, fromPromise): what the host does with an uncaught exception,
// callable from JS (node's tests do). true when an 'uncaughtException' listener handled it; else
// 'exit' is emitted (once) with code 1 and false is returned, leaving the rest to the caller.
function fatalException(error, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, type);
  if (process.emit('uncaughtException', error, type)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = kGenericUserError;
      process.emit('exit', kGenericUserError);
    }
  } catch {
    // an 'exit' listener threw: nothing more can be done here
  }
  return false;
}

// An 'exit' listener threw (the later ones do not run): the error goes to the 'uncaughtException'
// listeners; unhandled, it is printed and the exit code is process.exitCode, or 1 when that is
// 0, as in node. The exit code of the thread is returned.
function exitListenerThrew(error) {
  try {
    process.emit('uncaughtExceptionMonitor', error, 'uncaughtException');
    if (process.emit('uncaughtException', error, 'uncaughtException')) return process.exitCode || 0;
  } catch (handlerError) {
    reportFatal(handlerError);
    return kExceptionInFatalExceptionHandler;
  }
  reportFatal(error);
  return process.exitCode || kGenericUserError;
}

// A worker thread reports its uncaught exception to its parent (an 'error' event) instead of
// printing it; setupWorker() installs that here.
let reportFatal = (error) => host.writeError(formatFatal(error));

function setFatalReporter(report) {
  reportFatal = report;
}

function fatal(error, code) {
  if (handlingFatal) host.reallyExit(code);
  handlingFatal = true;
  reportFatal(error);
  process.exitCode = code;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', code);
    }
    code = process.exitCode ?? code;   // an 'exit' listener may change it, as in node
  } catch (exitError) {
    host.writeError(formatFatal(exitError));
    code = kExceptionInFatalExceptionHandler;
  }
  host.reallyExit(code);
}

function markCjsWrapper(fn) {
  cjsWrappers.add(fn);
  return fn;
}

function markWrappedFile(filename, headLength) {
  wrapperHeadLength.set(filename, headLength);
}

module.exports = {
  prepareStackTrace,
  completeCallSitePrototype,
  triggerUncaughtException,
  isOutOfMemory,
  exitListenerThrew,
  fatalException,
  setFatalReporter,
  formatFatal,
  markCjsWrapper,
  markWrappedFile,
  coverageEnabled,
  enableCoverageColumns,
  errorHeader,
  kLocation,
  siteColumn,
  isCjsWrapperSite,
};
