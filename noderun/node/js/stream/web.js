'use strict';
// node:stream/web: the WHATWG stream classes (the same ones as the globals).

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const strategies = require('internal/webstreams/queuingstrategies');
const encoding = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
  TextEncoderStream: encoding.TextEncoderStream,
  TextDecoderStream: encoding.TextDecoderStream,
  // loaded on first use: they bring node:zlib along
  get CompressionStream() {
    return require('internal/webstreams/compression').CompressionStream;
  },
  get DecompressionStream() {
    return require('internal/webstreams/compression').DecompressionStream;
  },
};
