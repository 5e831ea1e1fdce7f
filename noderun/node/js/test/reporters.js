'use strict';
// node:test/reporters: the built-in reporters for run()'s stream. tap and dot are async generator
// functions over the events; spec and lcov make a Transform (objects in, text out).

const { Transform } = require('stream');

function generatorOf(makeReporter) {
  return async function* reporter(source) {
    const reporter = makeReporter();
    for await (const { type, data } of source) {
      const text = reporter.event(type, data);
      if (text) yield text;
    }
    const text = reporter.end();
    if (text) yield text;
  };
}

// A Transform (event objects in, text out) over one of the reporters of internal/test_runner.
class ReporterStream extends Transform {
  #reporter;

  constructor(reporter) {
    super({ __proto__: null, writableObjectMode: true });
    this.#reporter = reporter;
  }

  _transform({ type, data }, encoding, callback) {
    callback(null, this.#reporter.event(type, data) || undefined);
  }

  _flush(callback) {
    callback(null, this.#reporter.end() || undefined);
  }
}

module.exports = {
  dot: generatorOf(() => new (require('internal/test_runner/reporter/dot').DotReporter)()),
  // (a function, so that both `spec()` and `new spec()` make one, as in node, where it is named
  // `value`, and tap `tapReporter`)
  spec: function value() {
    return new ReporterStream(new (require('internal/test_runner/reporter/spec').SpecReporter)());
  },
  tap: generatorOf(() => new (require('internal/test_runner/reporter/tap').TapReporter)()),
  junit: generatorOf(() => new (require('internal/test_runner/reporter/junit').JUnitReporter)()),
  lcov: function value() {
    return new ReporterStream(new (require('internal/test_runner/reporter/lcov').LcovReporter)());
  },
};
Object.defineProperty(module.exports.dot, 'name', { value: 'dot' });
Object.defineProperty(module.exports.tap, 'name', { value: 'tapReporter' });
Object.defineProperty(module.exports.junit, 'name', { value: 'junitReporter' });
