'use strict';
// The global console and the console.Console class: log / info / debug / dirxml to stdout, error /
// warn / trace to stderr, each line formatted with util.format, indented by group(), plus counters,
// timers, assert, dir and table. The global console writes through process.stdout / stderr as they
// are when it first writes to each (node binds them then), so a program that replaces
// process.stdout.write sees console output, and one that replaces process.stdout afterwards does not.
//
// util.inspect loads on the first call that formats something, not at start-up.

const { activeChannel } = require('internal/diagnostics_channels');
const unmadeStdio = require('internal/process/unmade_stdio');

let inspectModule;
function lazyInspect() {
  return inspectModule ??= require('internal/util/inspect');
}

const kIsConsole = Symbol('kIsConsole');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');
const kWriteToConsole = Symbol('kWriteToConsole');
const kUseStdout = true;
const kUseStderr = false;
const kMaxGroupIndentation = 1000;
const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

function noop() {}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  const { codes } = require('internal/errors');
  const { validateOneOf, validateInteger, validateObject } = require('internal/validators');
  if (!stdout || typeof stdout.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // one set of options, or a Map of them per stream
    const optionSets = inspectOptions instanceof Map ? [...inspectOptions.values()] : [inspectOptions];
    if (options.colorMode !== undefined && optionSets.some((set) => set?.colors !== undefined)) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  bindMethods(this, Object.keys(Console.prototype));
  Object.defineProperties(this, {
    _stdout: { ...consolePropAttributes, value: stdout },
    _stderr: { ...consolePropAttributes, value: stderr },
  });
  bindProperties(this, ignoreErrors, colorMode, groupIndentation, inspectOptions);
}

// Every method works detached (`const { log } = console`) and keeps its own name. A Console
// (or subclass) instance binds the methods it inherits, so a subclass's override is the one bound.
function bindMethods(target, names, source = target) {
  for (const name of names) {
    const bound = source[name].bind(target);
    Object.defineProperty(bound, 'name', { value: name });
    target[name] = bound;
  }
}

function bindProperties(target, ignoreErrors, colorMode, groupIndentation = 2, inspectOptions) {
  Object.defineProperties(target, {
    _stdoutErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(target, kUseStdout) },
    _stderrErrorHandler: { ...consolePropAttributes, value: createWriteErrorHandler(target, kUseStderr) },
    _ignoreErrors: { ...consolePropAttributes, value: Boolean(ignoreErrors) },
    _times: { ...consolePropAttributes, value: new Map() },
    [kCounts]: { ...consolePropAttributes, value: new Map() },
    [kColorMode]: { ...consolePropAttributes, value: colorMode },
    [kIsConsole]: { ...consolePropAttributes, value: true },
    [kGroupIndent]: { ...consolePropAttributes, value: '' },
    [kGroupIndentationWidth]: { ...consolePropAttributes, value: groupIndentation },
    [kInspectOptions]: { ...consolePropAttributes, value: inspectOptions },
  });
}

// An asynchronous write error is swallowed once, as node's console does: logging must not crash.
function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && typeof stream.once === 'function' &&
        !(stream._writableState && stream._writableState.errorEmitted)) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

// Colors when asked for, or for a color terminal when colorMode is 'auto' (FORCE_COLOR wins).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  return Boolean(stream?.isTTY) && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function getInspectOptions(instance, stream) {
  let color = instance[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  let options = instance[kInspectOptions];
  if (options instanceof Map) options = options.get(stream);
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(instance, stream, args) {
  if (instance[kInspectOptions] === undefined && arePlainText(args)) return args.join(' ');
  return lazyInspect().formatWithOptionsInternal(getInspectOptions(instance, stream), args);
}

// Strings only, the first without a '%' when more follow (no format directive): util.format would
// join them with spaces, as they are, so util.inspect need not load (console.log('hello')).
function arePlainText(args) {
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return args.length < 2 || !args[0].includes('%');
}

function isStackOverflowError(err) {
  return err instanceof RangeError && /call stack/i.test(err.message) ||
    (typeof InternalError === 'function' && err instanceof InternalError);
}

function writeToConsole(instance, useStdout, string) {
  const stream = useStdout ? instance._stdout : instance._stderr;
  const groupIndent = instance[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  if (instance._ignoreErrors === false) return stream.write(string);
  const errorHandler = useStdout ? instance._stdoutErrorHandler : instance._stderrErrorHandler;
  // The process's own stdio writes synchronously and reports failures by throwing, so it needs no
  // temporary 'error' listener.
  if (stream._isStdio === true) {
    try {
      stream.write(string, errorHandler);
    } catch (err) {
      if (isStackOverflowError(err)) throw err;
    }
    return undefined;
  }
  try {
    // A no-op listener turns a synchronous 'error' event into nothing.
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, errorHandler);
  } catch (err) {
    if (isStackOverflowError(err)) throw err;
  } finally {
    stream.removeListener('error', noop);
  }
  return undefined;
}

// The global console's line for process.stdout / stderr before that stream is made (see
// internal/process/unmade_stdio.js): whether it was written.
function writeUnmadeStdio(instance, useStdout, string) {
  if (instance !== globalConsole || instance._ignoreErrors === false) return false;
  const key = useStdout ? '_stdout' : '_stderr';
  const name = useStdout ? 'stdout' : 'stderr';
  if (boundStreams.has(key) ? boundStreams.get(key) !== OWN_STREAM : !unmadeStdio.isOwn(name)) return false;
  const groupIndent = instance[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  let written;
  try {
    written = unmadeStdio.writeUnmade(name, useStdout ? 1 : 2, `${string}\n`);
  } catch (err) {   // (the stream's write error, which the console ignores)
    if (isStackOverflowError(err)) throw err;
    written = true;
  }
  if (written) boundStreams.set(key, OWN_STREAM);
  return written;
}

// console.time durations: "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)", "1:02:03.456 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const pad = (n) => `${n}`.padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(instance, name, label, data) {
  const start = instance._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(host.hrtimeNs() - start) / 1e6;
  if (data === undefined) instance.log('%s: %s', label, formatTime(ms));
  else instance.log('%s: %s', label, formatTime(ms), ...data);
  return true;
}

// log, info and debug (stdout), warn and error (stderr) are distinct functions named after
// themselves, as in node.
// Each publishes its arguments on the diagnostics channel 'console.<name>' first, when that has
// subscribers (which may still change them).
function formattedWriter(name, streamKind) {
  const streamKey = streamKind === kUseStdout ? '_stdout' : '_stderr';
  const channelName = `console.${name}`;
  return {
    [name](...args) {
      activeChannel(channelName)?.publish(args);
      if (this[kInspectOptions] === undefined && arePlainText(args) && writeUnmadeStdio(this, streamKind, args.join(' '))) return;
      writeToConsole(this, streamKind, formatFor(this, this[streamKey], args));
    },
  }[name];
}

const consoleMethods = {
  log: formattedWriter('log', kUseStdout),
  info: formattedWriter('info', kUseStdout),
  debug: formattedWriter('debug', kUseStdout),
  warn: formattedWriter('warn', kUseStderr),
  error: formattedWriter('error', kUseStderr),

  dir(object, options) {
    const text = lazyInspect().inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, this._stdout),
      ...options,
    });
    writeToConsole(this, kUseStdout, text);
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, host.hrtimeNs());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, this._stderr, args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      // A leading format string keeps its place; anything else is formatted after the words.
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clearing needs a terminal; on anything else node does nothing.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // Node looks the label up before turning it into a string, so countReset(1) misses count(1).
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const { inspect } = lazyInspect();
    const cellOptions = getInspectOptions(this, this._stdout);
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...cellOptions });
    };
    return this.log(renderTable(...tableColumns(tabularData, properties, cell)));
  },
};

consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const name of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, {
    value: consoleMethods[name], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

// -- console.table ---------------------------------------------------------------------------------

// Heading row and columns of cells for tabularData: maps and sets by iteration index, anything else
// by own key, one column per property of the rows (or `properties`), primitives under 'Values'.
function tableColumns(tabularData, properties, cell) {
  const { isMapIterator, isSetIterator, previewEntries } = lazyInspect();
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) [tabularData, isKeyValue] = previewEntries(tabularData, true);
  if (isKeyValue || tabularData instanceof Map) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; i++) {
        keys.push(cell(tabularData[i * 2]));
        values.push(cell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of tabularData) {
        keys.push(cell(k));
        values.push(cell(v));
      }
    }
    return [['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]];
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) tabularData = previewEntries(tabularData);
  if (setIter || mapIter || tabularData instanceof Set) {
    const values = [];
    for (const v of tabularData) values.push(cell(v));
    return [['(iteration index)', 'Values'], [indexColumn(values.length), values]];
  }

  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        columns[key] ??= [];
        columns[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
          ? '' : cell(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const values = Object.values(columns);
  if (hasPrimitives) {
    head.push('Values');
    values.push(primitiveValues);
  }
  head.unshift('(index)');
  values.unshift(indexKeys);
  return [head, values];
}

function renderTable(head, columns) {
  const { getStringWidth } = lazyInspect();
  const widths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const renderRow = (row) => {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      out += row[i] + ' '.repeat(widths[i] - getStringWidth(row[i]));
      if (i !== row.length - 1) out += ' │ ';
    }
    return `${out} │`;
  };
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row)}\n`;
  return `${result}└${divider.join('┴')}┘`;
}

// -- the global console ----------------------------------------------------------------------------

// Its prototype is a plain empty object, as in node; `console instanceof Console` holds through
// Console[Symbol.hasInstance].
const globalConsole = { __proto__: {} };
bindMethods(globalConsole, Object.keys(Console.prototype), Console.prototype);
// Node's global methods are wrapped by the engine's own console, whose functions declare no
// parameters.
for (const name of Object.keys(Console.prototype)) {
  Object.defineProperty(globalConsole[name], 'length', { value: 0 });
}
// Its streams are taken from process.stdout / stderr when first used and kept, as node's lazily
// bound streams (accessors that stay accessors; assigning one binds it). OWN_STREAM: the process's
// own, bound by a line written before that stream was made (writeUnmadeStdio).
const OWN_STREAM = Symbol('the process\'s own stream');
const boundStreams = new Map();   // '_stdout' / '_stderr' -> the stream bound
for (const [key, stream] of [['_stdout', 'stdout'], ['_stderr', 'stderr']]) {
  Object.defineProperty(globalConsole, key, {
    enumerable: false,
    configurable: true,
    get() {
      if (!boundStreams.has(key)) boundStreams.set(key, process[stream]);
      const bound = boundStreams.get(key);
      return bound === OWN_STREAM ? unmadeStdio.ownStream(stream) : bound;
    },
    set(value) { boundStreams.set(key, value); },
  });
}
bindProperties(globalConsole, true, 'auto');
globalConsole.Console = Console;

// Inspector hooks: without an inspector session they have nothing to report to.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = { [name]() {} }[name];
}

// console.context(name): the engine's console for a named context. Its methods report only to an
// inspector, so without one they print nothing, as in node.
const contextMethods = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed',
  'assert', 'time', 'timeEnd', 'timeStamp'];
globalConsole.context = function context() {
  const ctx = {};
  for (const name of contextMethods) ctx[name] = { [name]() {} }[name];
  return ctx;
};

// console.createTask(name).run(fn) runs fn and returns its result (async stack tagging needs
// an inspector, so the task carries nothing else).
globalConsole.createTask = function createTask(name) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'createTask' on 'console': 1 argument required, but only 0 present.");
  return {
    run(fn) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'run' on 'Task': parameter 1 is not of type 'Function'.");
      return fn();
    },
  };
};

module.exports = globalConsole;
