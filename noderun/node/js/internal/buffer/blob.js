'use strict';
// Blob and File (node:buffer, and the globals): immutable byte sequences built from strings,
// buffers, views and other Blobs. A Blob keeps its own copy of the bytes, so later changes to a
// source do not show through, as in node.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED, ERR_MISSING_ARGS },
} = require('internal/errors');
const { encodingOps } = require('internal/buffer/codecs');
const { isAnyArrayBuffer, bytesOf } = require('internal/buffer/checks');
const { markAsBlob } = require('internal/worker/marks');

const disallowedTypeCharacters = /[^\u0020-\u007E]/u;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

// A MIME type as node keeps it: lower-cased, or '' when it has characters outside printable ASCII.
function nop() {}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function encodeString(string) {
  const bytes = new Uint8Array(encodingOps.utf8.byteLength(string));
  encodingOps.utf8.write(bytes, string, 0, bytes.length);
  return bytes;
}

// The bytes one blob part contributes (a fresh copy, or a Blob's own immutable bytes).
function partBytes(part, endings) {
  if (isBlob(part)) return blobBytes(part);
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return bytesOf(part).slice();
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return encodeString(text);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

class Blob {
  #bytes;
  #type;
  #partLengths;   // the lengths of the non-empty parts, which stream() gives as separate chunks (node's)
  #partCount;     // every part, empty ones too: node reads them one by one (see arrayBuffer)

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const { type = '', endings = 'transparent' } = options ?? {};
    const lineEndings = `${endings}`;
    if (lineEndings !== 'transparent' && lineEndings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', lineEndings);
    }
    const parts = [];
    const partLengths = [];
    let partCount = 0;
    for (const source of sources) {
      const bytes = partBytes(source, lineEndings);
      parts.push(bytes);
      if (isBlob(source)) {
        partLengths.push(...source.#partLengths);
        partCount += source.#partCount;
      } else {
        if (bytes.length > 0) partLengths.push(bytes.length);
        partCount++;
      }
    }
    this.#partCount = partCount;
    this.#bytes = concatParts(parts);
    this.#type = normalizeType(type);
    this.#partLengths = partLengths;
    markAsBlob(this);
  }

  static isBlob(value) {
    return value !== null && typeof value === 'object' && #bytes in value;
  }

  static bytesOf(blob) {
    return blob.#bytes;
  }

  static fromBytes(bytes, type) {
    const blob = new Blob();
    blob.#bytes = bytes;
    blob.#type = type;
    blob.#partLengths = bytes.length > 0 ? [bytes.length] : [];
    blob.#partCount = 1;
    return blob;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    const blob = fromBytes(this.#bytes.slice(start, start + span), normalizeType(contentType));
    blob.#partLengths = [];
    let at = 0;
    for (const length of this.#partLengths) {
      const overlap = Math.min(at + length, start + span) - Math.max(at, start);
      if (overlap > 0) blob.#partLengths.push(overlap);
      at += length;
    }
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const buffer = this.#bytes.slice().buffer;
    // node reads a blob part by part, two microtask turns each: the promise settles when node's
    // would, so programs see the same order of events
    let settled = Promise.resolve();
    for (let turn = 2; turn < 2 * this.#partCount; turn++) settled = settled.then(nop);
    return this.#partCount === 0 ? Promise.resolve(buffer) : settled.then(() => buffer);
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = new Uint8Array(await this.arrayBuffer());
    // TextDecoder's default: a leading byte order mark is dropped
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return encodingOps.utf8.slice(bytes, start, bytes.length);
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    if (typeof ReadableStream !== 'function') throw new ERR_METHOD_NOT_IMPLEMENTED('stream()');
    const bytes = this.#bytes.slice();
    const partLengths = this.#partLengths;
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        let at = 0;
        for (const length of partLengths) {
          controller.enqueue(bytes.slice(at, at + length));
          at += length;
        }
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${lazyInspect({ size: this.size, type: this.type }, opts)}`;
  }
}

// node's own properties are enumerable (WebIDL), except bytes
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
const { isBlob, bytesOf: blobBytes, fromBytes } = Blob;
delete Blob.isBlob;
delete Blob.bytesOf;
delete Blob.fromBytes;

function concatParts(parts) {
  if (parts.length === 1) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`.toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() {
    if (!(this instanceof File) || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!(this instanceof File) || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${lazyInspect({
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, opts)}`;
  }
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// blob:nodedata:<id> URLs. Node 24 keeps them per thread: a URL made in one thread does not
// resolve in another (checked against node 24.12.0), so a Map of this thread is the registry.
const objectURLs = new Map();

function objectURLId(url) {
  let parsed;
  try {
    parsed = new URL(`${url}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:') return undefined;
  const parts = parsed.pathname.split(':');
  return parts.length === 2 && parts[0] === 'nodedata' ? parts[1] : undefined;
}

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = require('internal/crypto/random').randomUUID();
  objectURLs.set(id, obj);
  return `blob:nodedata:${id}`;
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const id = objectURLId(url);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(url);
  return id === undefined ? undefined : objectURLs.get(id);
}

module.exports = { Blob, File, concatParts, resolveObjectURL, createObjectURL, revokeObjectURL, isBlob, blobBytes, fromBytes };
