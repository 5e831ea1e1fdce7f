'use strict';
// atob and btoa, the HTML "forgiving base64" functions, with node's checks and its DOMException
// InvalidCharacterError messages.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { base64Decode, binaryFromBytes, copyBinary, encodingOps } = require('internal/buffer/codecs');

let DOMExceptionClass;

// internal/dom_exception is another module's; until it exists the engine's own DOMException
// (same name, message and legacy code) stands in.
function invalidCharacterError(message) {
  if (DOMExceptionClass === undefined) {
    try {
      DOMExceptionClass = require('internal/dom_exception').DOMException;
    } catch {
      DOMExceptionClass = undefined;
    }
    DOMExceptionClass ??= globalThis.DOMException;
  }
  return new DOMExceptionClass(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) throw invalidCharacterError('Invalid character');
  const bytes = new Uint8Array(input.length);
  copyBinary(bytes, input, 0, input.length);
  return encodingOps.base64.slice(bytes, 0, bytes.length);
}

const whitespace = /[\t\n\f\r ]/g;
const allowedCharacters = /^[\t\n\f\r A-Za-z0-9+/=]*$/;

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (!allowedCharacters.test(input)) throw invalidCharacterError('Invalid character');
  const data = input.replace(whitespace, '');
  // '=' may only end the data, at most twice
  const firstEquals = data.indexOf('=');
  const equalsCount = firstEquals === -1 ? 0 : data.length - firstEquals;
  if (equalsCount > 2 || (firstEquals !== -1 && /[^=]/.test(data.slice(firstEquals)))) {
    throw invalidCharacterError('Invalid character');
  }
  let remainder = data.length % 4;
  if (remainder === 0) {
    remainder = (data.length - equalsCount) % 4;
  } else if (equalsCount > 0) {
    throw invalidCharacterError('Invalid character');   // padding must complete a group
  }
  if (remainder === 1) {
    throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  }
  const bytes = base64Decode(data, false);
  return binaryFromBytes(bytes, 0, bytes.length);
}

module.exports = { atob, btoa };
