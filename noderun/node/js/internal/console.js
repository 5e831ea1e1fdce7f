'use strict';
// The global console: log / info / debug to stdout, error / warn / trace to stderr, formatted with
// util.format; group indentation, counters, timers and assert.

const { formatWithOptions, inspect } = require('internal/util/inspect');

const kGroupIndentationWidth = 2;
let groupIndent = '';
const counts = new Map();
const timers = new Map();

function write(fd, args) {
  let text = formatWithOptions(kInspectOptions, ...args);
  if (groupIndent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${groupIndent}`);
    text = groupIndent + text;
  }
  host.writeFd(fd, `${text}\n`);
}

const kInspectOptions = {};

const console = {
  log(...args) { write(1, args); },
  info(...args) { write(1, args); },
  debug(...args) { write(1, args); },
  error(...args) { write(2, args); },
  warn(...args) { write(2, args); },
  dir(object, options) {
    host.writeFd(1, `${groupIndent}${inspect(object, { customInspect: false, ...options })}\n`);
  },
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(kInspectOptions, ...args) };
    Error.captureStackTrace(err, console.trace);
    write(2, [err.stack]);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      console.warn(...args);
    }
  },
  group(...data) {
    if (data.length > 0) console.log(...data);
    groupIndent += ' '.repeat(kGroupIndentationWidth);
  },
  groupEnd() {
    groupIndent = groupIndent.slice(0, groupIndent.length - kGroupIndentationWidth);
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    console.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    counts.delete(`${label}`);
  },
  time(label = 'default') {
    timers.set(`${label}`, host.hrtimeNs());
  },
  timeEnd(label = 'default') {
    printTime(`${label}`, []);
    timers.delete(`${label}`);
  },
  timeLog(label = 'default', ...data) {
    printTime(`${label}`, data);
  },
};
console.groupCollapsed = console.group;
console.dirxml = console.log;

function printTime(label, data) {
  const start = timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.time${data ? 'Log' : 'End'}()`);
    return;
  }
  const ms = (host.hrtimeNs() - start) / 1e6;
  let formatted;
  if (ms >= 1000) formatted = `${(ms / 1000).toFixed(3)}s`;
  else formatted = `${ms.toFixed(3)}ms`;
  console.log(`${label}: ${formatted}`, ...data);
}

module.exports = console;
