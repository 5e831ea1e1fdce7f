'use strict';
// Host functions return bytes as Uint8Array; node's APIs return Buffers. node:buffer is loaded
// only when bytes are actually returned, and while it is missing the Uint8Array is returned as is.

let Buffer;

function asBuffer(bytes) {
  if (Buffer === undefined) Buffer = (host.hasInternal('buffer') && require('buffer').Buffer) || null;
  if (Buffer === null) return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

module.exports = { asBuffer };
