'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy of the WHATWG Streams standard.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION } } = require('internal/errors');
const {
  kState, kType, customInspect, checkThis, makeEnumerable,
} = require('internal/webstreams/util');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// one size function per class, as the standard asks (strategy.size === other.size)
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function defineStrategy(name, size) {
  const Strategy = {
    [name]: class {
      constructor(init) {
        if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
          throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
        }
        if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
        this[kType] = name;
        this[kState] = { highWaterMark: Number(init.highWaterMark) };
      }

      get highWaterMark() {
        checkThis(this, name);
        return this[kState].highWaterMark;
      }

      get size() {
        checkThis(this, name);
        return size;
      }

      [customInspectSymbol](depth, options) {
        return customInspect(this, depth, options, name, { highWaterMark: this.highWaterMark });
      }
    },
  }[name];
  makeEnumerable(Strategy, ['highWaterMark', 'size']);
  return Strategy;
}

const ByteLengthQueuingStrategy = defineStrategy('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = defineStrategy('CountQueuingStrategy', countSize);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
