'use strict';
// stream.duplexPair() (node 22.6+): two Duplex ends joined back to back, so that what one writes
// the other reads. A write completes once the reading side asks for more (backpressure crosses
// over), and ending one side ends the other's readable half, its callback waiting for that 'end'.

const Duplex = require('internal/streams/duplex');

const kOtherSide = Symbol('kOtherSide');
const kWriteDone = Symbol('kWriteDone');   // the callback of a write the other side has not drained

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOtherSide] = null;
    this[kWriteDone] = null;
  }

  _read() {
    const other = this[kOtherSide];
    const done = other[kWriteDone];
    if (done !== null) {
      other[kWriteDone] = null;
      done();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this[kWriteDone] = callback;
    this[kOtherSide].push(chunk);
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const first = new DuplexSide(options);
  const second = new DuplexSide(options);
  first[kOtherSide] = second;
  second[kOtherSide] = first;
  return [first, second];
}

module.exports = { duplexPair };
