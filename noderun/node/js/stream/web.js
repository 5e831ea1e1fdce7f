'use strict';
// node:stream/web: the WHATWG stream classes are not implemented yet; constructing one throws
// ERR_METHOD_NOT_IMPLEMENTED naming it.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
];

for (const name of names) {
  const NotImplemented = {
    [name]: class {
      constructor() {
        throw new ERR_METHOD_NOT_IMPLEMENTED(name);
      }
    },
  }[name];
  module.exports[name] = NotImplemented;
}
