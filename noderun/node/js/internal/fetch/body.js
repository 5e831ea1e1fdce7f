'use strict';
// The Body mixin of the fetch standard (Request and Response share it): extracting a body from
// what a program passes (string, Blob, BufferSource, URLSearchParams, FormData, ReadableStream,
// async iterable), and consuming it once through its stream (text, json, arrayBuffer, blob,
// bytes, formData) with undici 7's messages and timing.

const { Blob, File, isBlob, blobBytes, concatParts: concatBytes } = require('internal/buffer/blob');
const { isAnyArrayBuffer, bytesOf } = require('internal/buffer/checks');
const { FormData, entryList } = require('internal/fetch/formdata');
const { parseMimeType, serializeMimeType } = require('internal/fetch/mime');
const { illegalInvocation } = require('internal/fetch/webidl');

const encoder = new TextEncoder();

function utf8(text) {
  return encoder.encode(text);
}

function decodeUtf8(bytes) {
  // UTF-8 decode of the encoding standard: a leading byte order mark is dropped
  return new TextDecoder().decode(bytes);
}

// -- multipart/form-data -------------------------------------------------------------------------

function escapeFormName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeLinefeeds(value) {
  return value.replace(/\r?\n|\r/g, '\r\n');
}

function serializeFormData(formData) {
  const random = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  const boundary = `----formdata-undici-0${random}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const chunks = [];
  for (const { name, value } of entryList(formData)) {
    if (typeof value === 'string') {
      chunks.push(utf8(`${prefix}; name="${escapeFormName(normalizeLinefeeds(name))}"` +
        `\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      chunks.push(utf8(`${prefix}; name="${escapeFormName(normalizeLinefeeds(name))}"` +
        `; filename="${escapeFormName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      chunks.push(blobBytes(value), utf8('\r\n'));
    }
  }
  chunks.push(utf8(`--${boundary}--\r\n`));
  return { bytes: concatBytes(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

function indexOfBytes(bytes, needle, from) {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function latin1(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function formDataParseError() {
  return new TypeError('Failed to parse body as FormData.');
}

// one header block of a part: its name, filename (or undefined) and content type
function parsePartHeaders(text) {
  const part = { name: undefined, filename: undefined, type: 'text/plain' };   // undici's default type
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) throw formDataParseError();
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'content-disposition') {
      if (!/^form-data\s*(;|$)/i.test(value)) throw formDataParseError();
      // undici takes quoted values only: an unquoted name fails the parse
      for (const match of value.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|[^;\s]*)/g)) {
        if (match[2] === undefined) throw formDataParseError();
        const param = match[1].toLowerCase();
        // the escapes serializeFormData writes are undone, as undici's parser does
        const paramValue = decodeUtf8(Uint8Array.from(match[2], (c) => c.charCodeAt(0)))
          .replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
        if (param === 'name') part.name = paramValue;
        else if (param === 'filename') part.filename = paramValue;
      }
    } else if (field === 'content-type') {
      part.type = value;
    }
  }
  if (part.name === undefined) throw formDataParseError();
  return part;
}

function parseMultipart(bytes, boundary) {
  const formData = new FormData();
  const delimiter = utf8(`--${boundary}`);
  let at = indexOfBytes(bytes, delimiter, 0);
  if (at !== 0) throw formDataParseError();
  for (;;) {
    at += delimiter.length;
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return formData;   // the closing "--"
    if (bytes[at] !== 0x0d || bytes[at + 1] !== 0x0a) throw formDataParseError();
    at += 2;
    const headersEnd = indexOfBytes(bytes, utf8('\r\n\r\n'), at);
    if (headersEnd === -1) throw formDataParseError();
    const part = parsePartHeaders(latin1(bytes.subarray(at, headersEnd)));
    const next = indexOfBytes(bytes, utf8(`\r\n--${boundary}`), headersEnd + 4);
    if (next === -1) throw formDataParseError();
    const content = bytes.slice(headersEnd + 4, next);
    if (part.filename !== undefined) {
      formData.append(part.name, new File([content], part.filename, { type: part.type }));
    } else {
      formData.append(part.name, decodeUtf8(content));
    }
    at = next + 2;
  }
}

// -- extracting and consuming ----------------------------------------------------------------------

let webstreams;
function lazyStreams() {
  webstreams ??= require('internal/webstreams/readablestream');
  return webstreams;
}

// A body: { stream, source, length }. `stream` is made from `source` (its bytes) on first need,
// so a body that is only ever read with text() or json() never builds a stream.
function makeBody(bytes) {
  return { stream: null, source: bytes, length: bytes.length };
}

function bodyStream(body) {
  if (body.stream === null) {
    const bytes = body.source;
    // the bytes go out on the first pull and the stream closes a microtask later, as undici's do
    // (a body nobody reads stays 'readable')
    body.stream = lazyStreams().createReadableByteStream(() => undefined, (controller) => {
      if (bytes.length > 0) controller.enqueue(bytes.slice());
      queueMicrotask(() => {
        controller.close();
        controller.byobRequest?.respond(0);
      });
      return Promise.resolve();
    }, () => Promise.resolve());
  }
  return body.stream;
}

// an async iterable body: its chunks as bytes (strings UTF-8 encoded), as undici reads them
function iterableStream(iterable) {
  const iterator = iterable[Symbol.asyncIterator]();
  return lazyStreams().createReadableStream(() => undefined, async (controller) => {
    const { value, done } = await iterator.next();
    if (done) controller.close();
    else controller.enqueue(typeof value === 'string' ? utf8(value) : value);
  }, async (reason) => {
    await iterator.return?.(reason);
  }, 0);
}

// The standard's "extract a body": { body, type } where type is the Content-Type it implies or null.
function extractBody(object) {
  let bytes;
  let type = null;
  if (isBlob(object)) {
    bytes = blobBytes(object);
    if (object.type !== '') type = object.type;
  } else if (isAnyArrayBuffer(object)) {
    bytes = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    bytes = bytesOf(object).slice();
  } else if (object instanceof URLSearchParams) {
    bytes = utf8(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof FormData) {
    ({ bytes, type } = serializeFormData(object));
  } else if (lazyStreams().isReadableStream(object)) {
    if (object.locked || lazyStreams().isReadableStreamDisturbed(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: { stream: object, source: null, length: null }, type };
  } else if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { body: { stream: iterableStream(object), source: null, length: null }, type };
  } else {
    bytes = utf8(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  return { body: makeBody(bytes), type };
}

function isUsed(body) {
  return body !== null && body.stream !== null && lazyStreams().isReadableStreamDisturbed(body.stream);
}

function isLocked(body) {
  return body !== null && body.stream !== null && body.stream.locked;
}

// The standard's "clone a body": a stream already made is teed, bytes not yet streamed are shared.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return makeBody(body.source);
  const [out1, out2] = body.stream.tee();
  body.stream = out1;
  return { stream: out2, source: body.source, length: body.length };
}

// A Request made from another takes over its body: the input's stream is piped through an identity
// TransformStream, so the input's body counts as read (undici's way).
function takeOverBody(body) {
  const identity = new TransformStream();
  bodyStream(body).pipeThrough(identity);
  return { stream: identity.readable, source: body.source, length: body.length };
}

// Reads every chunk of a body's stream, then hands the bytes to `success`; the stream ends
// disturbed and locked, as in node.
async function readAllBytes(reader, success, failure) {
  const chunks = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        success(concatBytes(chunks));
        return;
      }
      if (!(value instanceof Uint8Array)) {
        failure(new TypeError('Received non-Uint8Array chunk'));
        return;
      }
      chunks.push(value);
    }
  } catch (error) {
    failure(error);
  }
}

function mimeTypeOf(headers) {
  const value = headers.get('content-type');
  return value === null ? null : parseMimeType(value);
}

// The mixin's methods; `state(object)` gives { body, headers } of a Request or Response, or
// undefined for anything else.
function bodyMixin(state) {
  function consume(object, convert) {
    const own = state(object);
    if (own === undefined) return Promise.reject(illegalInvocation());
    if (isUsed(own.body) || isLocked(own.body)) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const success = (bytes) => {
      try {
        resolve(convert(bytes, own));
      } catch (error) {
        reject(error);
      }
    };
    if (own.body === null) success(new Uint8Array(0));
    else readAllBytes(bodyStream(own.body).getReader(), success, reject);
    return promise;
  }
  return {
    arrayBuffer() {
      return consume(this, (bytes) => bytes.slice().buffer);
    },
    blob() {
      return consume(this, (bytes, own) => {
        const mimeType = mimeTypeOf(own.headers);
        return new Blob([bytes], { type: mimeType === null ? '' : serializeMimeType(mimeType) });
      });
    },
    bytes() {
      return consume(this, (bytes) => bytes.slice());
    },
    formData() {
      return consume(this, (bytes, own) => {
        const mimeType = mimeTypeOf(own.headers);
        if (mimeType?.essence === 'multipart/form-data') {
          const boundary = mimeType.parameters.get('boundary');
          if (boundary === undefined) throw formDataParseError();
          return parseMultipart(bytes, boundary);
        }
        if (mimeType?.essence === 'application/x-www-form-urlencoded') {
          const formData = new FormData();
          for (const [name, value] of new URLSearchParams(decodeUtf8(bytes))) formData.append(name, value);
          return formData;
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
    json() {
      return consume(this, (bytes) => JSON.parse(decodeUtf8(bytes)));
    },
    text() {
      return consume(this, (bytes) => decodeUtf8(bytes));
    },
  };
}

module.exports = { extractBody, makeBody, bodyStream, isUsed, isLocked, cloneBody, takeOverBody, bodyMixin };
