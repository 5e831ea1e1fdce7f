'use strict';
// TextEncoderStream and TextDecoderStream of the Encoding standard: TransformStreams over the
// TextEncoder / TextDecoder of internal/encoding.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { kState, kType, customInspect, makeEnumerable } = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function check(self, brand) {
  if (self === null || typeof self !== 'object' || self[kType] !== brand) throw new ERR_INVALID_THIS(brand);
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = null;
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      transform: createTransformStream((chunk, controller) => {
        let text = `${chunk}`;
        if (pendingHighSurrogate !== null) text = pendingHighSurrogate + text;
        pendingHighSurrogate = null;
        const last = text.charCodeAt(text.length - 1);
        // a high surrogate at the end may pair with the start of the next chunk
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
      }, (controller) => {
        if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      }),
    };
  }

  get encoding() {
    check(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    check(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    check(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: createTransformStream((chunk, controller) => {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
            !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
          throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      }, (controller) => {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      }),
    };
  }

  get encoding() {
    check(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    check(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    check(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    check(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    check(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

makeEnumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
