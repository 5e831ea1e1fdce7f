'use strict';
// util.debuglog (also util.debug): section loggers switched on by NODE_DEBUG, a comma-separated
// list of section names where '*' matches anything, compared without regard to case. An enabled
// section writes `SECTION PID: message` to stderr; a disabled one is a no-op.

let sectionEnabled;   // (SECTION) => boolean, built from NODE_DEBUG on first use
const loggers = { __proto__: null };

function compileNodeDebug(value) {
  if (!value) return () => false;
  const alternatives = value.split(',').map((pattern) =>
    pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
  const matcher = new RegExp(`^(${alternatives.join('$|^')})$`, 'i');
  return (section) => matcher.test(section);
}

function isEnabled(section) {
  sectionEnabled ??= compileNodeDebug(process.env.NODE_DEBUG);
  return sectionEnabled(section);
}

function noop() {}

// The writer of one section, shared by all its loggers.
function sectionLogger(section, enabled) {
  let logger = loggers[section];
  if (logger !== undefined) return logger;
  if (!enabled) {
    logger = noop;
  } else {
    if (section === 'HTTP' || section === 'HTTP2') {
      process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
        'can expose sensitive data (such as passwords, tokens and authentication headers) in the ' +
        'resulting log.');
    }
    const { inspect, format, formatWithOptions } = require('internal/util/inspect');
    const { shouldColorize } = require('internal/util/style_text');
    const pid = process.pid;
    logger = function debug(...args) {
      const colors = shouldColorize(process.stderr);
      const message = formatWithOptions({ colors }, ...args);
      process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), message));
    };
  }
  loggers[section] = logger;
  return logger;
}

// The section is looked up on the first call (or the first read of `.enabled`), so creating a
// logger at module load costs nothing; `onReady` then receives the section's writer.
function debuglog(section, onReady) {
  let enabled;
  const resolveSection = () => {
    if (enabled === undefined) {
      section = String.prototype.toUpperCase.call(section);
      enabled = isEnabled(section);
    }
    return enabled;
  };
  let write = (...args) => {
    resolveSection();
    write = sectionLogger(section, enabled);
    if (typeof onReady === 'function') onReady(write);
    write(...args);
  };
  // Once the section is known to be off, a call does nothing at all: `onReady` only hears of
  // a disabled section when the logger was called before `.enabled` was read.
  const logger = (...args) => {
    if (enabled !== false) write(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get: resolveSection, configurable: true, enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
