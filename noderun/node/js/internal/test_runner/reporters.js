'use strict';
// The reporters a run writes to: each turns events into text for its destination. By default the
// spec reporter writes to stdout (node picks spec for a terminal and for a pipe alike).

const kBuiltin = {
  __proto__: null,
  spec: () => new (require('internal/test_runner/reporter/spec').SpecReporter)(),
  tap: () => new (require('internal/test_runner/reporter/tap').TapReporter)(),
  dot: () => new (require('internal/test_runner/reporter/dot').DotReporter)(),
  junit: () => new (require('internal/test_runner/reporter/junit').JUnitReporter)(),
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
    return [new Destination(new ChildReporter(), (text) => process.stdout.write(text))];
  }
  const { reporters, destinations } = options;
  if (destinations.length !== reporters.length && !(reporters.length <= 1 && destinations.length === 0)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
      "must match the number of specified '--test-reporter-destination'");
  }
  const names = reporters.length > 0 ? reporters : ['spec'];
  return names.map((name, i) => {
    const make = kBuiltin[name];
    if (make === undefined) throw new Error(`noderun does not support the test reporter ${name} yet`);
    return new DeferredDestination(make(), writerFor(options.destinations[i]));
  });
}

module.exports = { createReporters, kBuiltin, Destination, writerFor };
