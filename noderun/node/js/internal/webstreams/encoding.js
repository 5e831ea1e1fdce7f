'use strict';
// TextEncoderStream and TextDecoderStream of the Encoding standard: TransformStreams over the
// TextEncoder / TextDecoder of internal/encoding.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { customInspect, makeEnumerable } = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Like node's, these keep their state in private fields: a getter called on another object throws
// the engine's TypeError.
class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = null;
    this.#transform = createTransformStream((chunk, controller) => {
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
      });
  }

  get encoding() {
    // reading the private field is the brand check (the engine's TypeError on another object)
    return this.#transform === undefined ? undefined : 'utf-8';
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this === null || typeof this !== 'object' || !(#transform in this)) {
      throw new ERR_INVALID_THIS('TextEncoderStream');
    }
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable'], false);

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    this.#transform = createTransformStream((chunk, controller) => {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
            !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
          throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      }, (controller) => {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this === null || typeof this !== 'object' || !(#transform in this)) {
      throw new ERR_INVALID_THIS('TextDecoderStream');
    }
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

makeEnumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable'], false);

module.exports = { TextEncoderStream, TextDecoderStream };
