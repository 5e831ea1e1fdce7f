'use strict';
// The TAP reporter (TAP version 13): "# Subtest:" when a test starts, "ok" / "not ok" with a YAML
// block of details (duration, type, and for a failure its location and error), plans, diagnostics.

const { inspect } = require('util');

const kIndent = '    ';

// Characters TAP gives a meaning to in a test's name, escaped.
function escapeName(text) {
  return `${text}`.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\f/g, '\\f').replace(/\v/g, '\\v').replace(/\x08/g, '\\b');
}

function directive(data) {
  if (data.skip !== undefined) return ` # SKIP${typeof data.skip === 'string' && data.skip.length ? ` ${escapeName(data.skip)}` : ''}`;
  if (data.todo !== undefined) return ` # TODO${typeof data.todo === 'string' && data.todo.length ? ` ${escapeName(data.todo)}` : ''}`;
  return '';
}

const inspectOptions = { colors: false, breakLength: Infinity };

// One key of the YAML block; objects become nested keys, errors get their message, code, name,
// assertion fields and stack (the frames without "at ").
function yamlEntry(pad, key, value, seen) {
  if (value === null || value === undefined) return `${pad}  ${key}: ~\n`;
  if (typeof value === 'string') {
    const lines = value.split(/\r?\n/);
    if (lines.length === 1) return `${pad}  ${key}: ${inspect(value, inspectOptions)}\n`;
    return `${pad}  ${key}: |-\n${lines.map((line) => `${pad}    ${line}\n`).join('')}`;
  }
  if (typeof value !== 'object') return `${pad}  ${key}: ${inspect(value, inspectOptions)}\n`;
  return `${key === null ? '' : `${pad}  ${key}:\n`}${yamlObject(key === null ? pad : `${pad}  `, value, seen)}`;
}

function yamlObject(pad, value, seen) {
  seen.add(value);
  const isError = value instanceof Error;
  let text = '';
  for (const [key, entry] of Object.entries(value)) {
    if (isError && (key === 'cause' || key === 'code')) continue;
    text += seen.has(entry) ? `${pad}  ${key}: <Circular>\n` : yamlEntry(pad, key, entry, seen);
  }
  if (isError) text += yamlError(pad, value, seen);
  return text;
}

const kUnwrapped = new Set(['testCodeFailure', 'hookFailure', 'uncaughtException', 'unhandledRejection']);

function yamlError(pad, error, seen) {
  let { message, name, stack, code } = error;
  let assertion = error.name === 'AssertionError' ? error : null;
  const cause = error.cause;
  if (error.code === 'ERR_TEST_FAILURE') {
    if (typeof cause === 'string') message = cause;
    if (kUnwrapped.has(error.failureType) && cause !== null && typeof cause === 'object') {
      stack = cause.stack ?? stack;
      code = cause.code ?? code;
      name = cause.name ?? name;
      if (cause.name === 'AssertionError') assertion = cause;
      if (error.failureType === 'testCodeFailure') message = cause.message ?? message;
    }
  }
  let text = yamlEntry(pad, 'error', message ?? '<unknown error>', seen);
  if (code) text += yamlEntry(pad, 'code', code, seen);
  if (name && name !== 'Error') text += yamlEntry(pad, 'name', name, seen);
  if (assertion) {
    text += yamlEntry(pad, 'expected', assertion.expected, new Set(seen));
    text += yamlEntry(pad, 'actual', assertion.actual, new Set(seen));
    if (assertion.operator) text += yamlEntry(pad, 'operator', assertion.operator, seen);
  }
  if (typeof stack === 'string') {
    const frames = [];
    for (const line of stack.split(/\r?\n/)) {
      const frame = line.replace(/^\s+at\s+/, '');
      if (frame.length > 0 && frame.length !== line.length) frames.push(frame);
    }
    if (frames.length > 0) text += `${pad}  stack: |-\n${frames.map((f) => `${pad}    ${f}\n`).join('')}`;
  }
  return text;
}

function details(nesting, data, location) {
  const pad = kIndent.repeat(nesting);
  let text = `${pad}  ---\n`;
  text += yamlEntry(pad, 'duration_ms', data.duration_ms, new Set());
  text += yamlEntry(pad, 'type', data.type, new Set());
  if (location) text += yamlEntry(pad, 'location', location, new Set());
  if (data.error) text += typeof data.error.tapYaml === 'string' ? data.error.tapYaml : yamlObject(pad, data.error, new Set());
  return `${text}${pad}  ...\n`;
}

class TapReporter {
  constructor() { this.started = false; }

  event(type, data) {
    let text = '';
    if (!this.started) {
      this.started = true;
      text = 'TAP version 13\n';
    }
    const pad = kIndent.repeat(Math.max(data?.nesting ?? 0, 0));   // (test:watch:* events have no data)
    switch (type) {
      case 'test:start':
        return `${text}${pad}# Subtest: ${escapeName(data.name)}\n`;
      case 'test:pass':
      case 'test:fail': {
        const ok = type === 'test:pass' ? 'ok' : 'not ok';
        const location = type === 'test:fail' && data.file ? `${data.file}:${data.line}:${data.column}` : undefined;
        return `${text}${pad}${ok} ${data.testNumber} - ${escapeName(data.name)}${directive(data)}\n` +
          details(data.nesting, data.details, location);
      }
      case 'test:plan':
        return `${text}${pad}1..${data.count}\n`;
      case 'test:diagnostic':
        return `${text}${pad}# ${escapeName(data.message)}\n`;
      case 'test:coverage':
        return text + require('internal/test_runner/coverage').formatTable(data.summary, `${pad}# `);
      case 'test:stdout':
      case 'test:stderr':   // a test file's own output, under --test: as comments
        return text + data.message.split(/\r?\n/).filter((line) => line.length > 0)
          .map((line) => `# ${escapeName(line)}\n`).join('');
      default:
        return text;
    }
  }

  end() { return ''; }
}

// The YAML lines of a failed test's error at its nesting (sent ready-made by a test file's process).
function errorYaml(nesting, error) {
  return yamlObject(kIndent.repeat(Math.max(nesting, 0)), error, new Set());
}

module.exports = { TapReporter, errorYaml };
