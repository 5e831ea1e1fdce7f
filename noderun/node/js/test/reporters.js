'use strict';
// node:test/reporters: the built-in reporters for run()'s stream. tap and dot are async generator
// functions over the events; spec makes a Transform (objects in, text out).

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

class SpecReporter extends Transform {
  #reporter;

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    const { SpecReporter: Spec } = require('internal/test_runner/reporter/spec');
    this.#reporter = new Spec();
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
  spec: function value() { return new SpecReporter(); },
  tap: generatorOf(() => new (require('internal/test_runner/reporter/tap').TapReporter)()),
  junit: generatorOf(() => new (require('internal/test_runner/reporter/junit').JUnitReporter)()),
};
Object.defineProperty(module.exports.dot, 'name', { value: 'dot' });
Object.defineProperty(module.exports.tap, 'name', { value: 'tapReporter' });
Object.defineProperty(module.exports.junit, 'name', { value: 'junitReporter' });
