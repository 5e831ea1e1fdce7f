'use strict';
// FastBuffer: the Uint8Array subclass every Buffer is (node's own name for it). buffer.js makes
// its prototype Buffer.prototype; host code that wraps bytes it made (a socket's reads) builds
// Buffers with it directly, without Buffer.from's dispatch on the argument.

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

module.exports = { FastBuffer };
