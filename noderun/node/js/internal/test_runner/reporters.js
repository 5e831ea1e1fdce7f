'use strict';
// The reporters a run writes to: each turns events into text for its destination. By default the
// spec reporter writes to stdout (node picks spec for a terminal and for a pipe alike).

const kBuiltin = {
  __proto__: null,
  spec: () => new (require('internal/test_runner/reporter/spec').SpecReporter)(),
  tap: () => new (require('internal/test_runner/reporter/tap').TapReporter)(),
  dot: () => new (require('internal/test_runner/reporter/dot').DotReporter)(),
  junit: () => new (require('internal/test_runner/reporter/junit').JUnitReporter)(),
  lcov: () => new (require('internal/test_runner/reporter/lcov').LcovReporter)(),
};

class Destination {
  constructor(reporter, write) {
    this.reporter = reporter;
    this.write = write;
  }

  event(type, data) {
    const text = this.reporter.event(type, data);
    if (text) this.write(text);
  }

  end() {
    const text = this.reporter.end();
    if (text) this.write(text);
  }
}

// A report reaches its destination a turn of the event loop later, as through node's reporter
// streams: what tests print synchronously comes before the report of the tests that printed it.
class DeferredDestination extends Destination {
  constructor(reporter, write) {
    super(reporter, (text) => this.queue(text));
    this.output = write;
    this.pending = [];
    this.scheduled = false;
  }

  queue(text) {
    this.pending.push(text);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  flush() {
    this.scheduled = false;
    const text = this.pending.join('');
    this.pending = [];
    if (text) this.output(text);
  }

  end() {
    super.end();
    this.flush();
  }
}

// A custom reporter (--test-reporter=<module>): the module's export (its default export for ES
// modules) is an async generator function (or any function returning an iterable) over the
// events, or a stream class / instance taking the events in and giving text out; node's doc/api
// test.md, "Custom reporters". It is named as import() from the current directory would name it.
function loadCustomReporter(specifier) {
  const path = require('path');
  const userRequire = require('internal/modules/cjs/loader').createRequire(path.join(process.cwd(), '[test-reporter]'));
  let file;
  if (specifier.startsWith('file:')) file = require('url').fileURLToPath(specifier);
  else if (/^\.{0,2}\//.test(specifier)) file = path.resolve(specifier);
  else file = userRequire.resolve(specifier);
  let exported = userRequire(file);
  if (exported?.__esModule || exported?.[Symbol.toStringTag] === 'Module') exported = exported.default;
  return exported;
}

class CustomDestination {
  constructor(exported, write) {
    const { Readable } = require('stream');
    this.source = new Readable({ objectMode: true, read() {} });
    let reporter = exported;
    if (typeof reporter === 'function' && reporter.prototype &&
        typeof reporter.prototype.pipe === 'function') reporter = new reporter();   // a stream class
    if (reporter !== null && typeof reporter === 'object' && typeof reporter.write === 'function') {
      this.source.pipe(reporter);
      reporter.on('data', (chunk) => write(chunk));
      return;
    }
    if (typeof reporter !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('reporter', ['function', 'stream'], reporter);
    }
    const output = reporter(this.source);
    (async () => {
      for await (const chunk of output) write(chunk);
    })().catch((error) => process.nextTick(() => { throw error; }));
  }

  event(type, data) {
    this.source.push({ __proto__: null, type, data });
  }

  end() {
    this.source.push(null);
  }
}

function writerFor(destination) {
  if (destination === undefined || destination === 'stdout') return (text) => process.stdout.write(text);
  if (destination === 'stderr') return (text) => process.stderr.write(text);
  const fs = require('fs');
  const fd = fs.openSync(destination, 'w');
  return (text) => fs.writeSync(fd, text);
}

function createReporters(options) {
  if (options.childMode) {
    const { ChildReporter } = require('internal/test_runner/reporter/child');
    return [new DeferredDestination(new ChildReporter(), (text) => process.stdout.write(text))];
  }
  const { reporters, destinations } = options;
  if (destinations.length !== reporters.length && !(reporters.length <= 1 && destinations.length === 0)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
      "must match the number of specified '--test-reporter-destination'");
  }
  const names = reporters.length > 0 ? reporters : ['spec'];
  const created = names.map((name, i) => {
    const make = kBuiltin[name];
    if (make === undefined) return new CustomDestination(loadCustomReporter(name), writerFor(options.destinations[i]));
    return new DeferredDestination(make(), writerFor(options.destinations[i]));
  });
  // (--test-rerun-failures: the run's passes are written to the state file at its end)
  if (options.rerunFailuresFilePath) created.push(rerunRecorder(options.rerunFailuresFilePath));
  return created;
}

function rerunRecorder(file) {
  const { RerunRecorder } = require('internal/test_runner/rerun');
  return new RerunRecorder(file);
}

module.exports = { createReporters, kBuiltin, Destination, writerFor, rerunRecorder };
