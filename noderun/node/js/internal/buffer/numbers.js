'use strict';
// Buffer.prototype's number accessors: read/write of 8..48-bit integers, 64-bit BigInts, floats and
// doubles, little and big endian, with node's argument checks and error messages. Integers are
// assembled byte by byte (as node does); floats go through a shared 8-byte scratch array.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);

// The error for an offset (or byteLength, with `type`) that does not fit: `last` is the largest
// valid value.
function boundsError(value, last, type = undefined) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value);
}

// Throws unless bytes [offset, offset + size) are inside the buffer.
function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

// Node's range text: inclusive bounds up to 32 bits, powers of two beyond.
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 || min === 0n
        ? `>= 0${n} and < 2${n} ** ${bits}${n}`
        : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, size);
}

function checkByteLength(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// ---- unsigned reads ----

function loadUnsignedLE(buf, offset, size) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let value = 0;
  for (let i = size - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  return value;
}

function loadUnsignedBE(buf, offset, size) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  return value;
}

function toSigned(value, size) {
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readUInt8(offset = 0) { return loadUnsignedLE(this, offset, 1); }
function readUInt16LE(offset = 0) { return loadUnsignedLE(this, offset, 2); }
function readUInt16BE(offset = 0) { return loadUnsignedBE(this, offset, 2); }
function readUInt32LE(offset = 0) { return loadUnsignedLE(this, offset, 4); }
function readUInt32BE(offset = 0) { return loadUnsignedBE(this, offset, 4); }
function readInt8(offset = 0) { return toSigned(loadUnsignedLE(this, offset, 1), 1); }
function readInt16LE(offset = 0) { return toSigned(loadUnsignedLE(this, offset, 2), 2); }
function readInt16BE(offset = 0) { return toSigned(loadUnsignedBE(this, offset, 2), 2); }
function readInt32LE(offset = 0) { return toSigned(loadUnsignedLE(this, offset, 4), 4); }
function readInt32BE(offset = 0) { return toSigned(loadUnsignedBE(this, offset, 4), 4); }

function validateVariableRead(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) checkByteLength(byteLength);
}

function readUIntLE(offset, byteLength) {
  validateVariableRead(offset, byteLength);
  return loadUnsignedLE(this, offset, byteLength);
}
function readUIntBE(offset, byteLength) {
  validateVariableRead(offset, byteLength);
  return loadUnsignedBE(this, offset, byteLength);
}
function readIntLE(offset, byteLength) {
  validateVariableRead(offset, byteLength);
  return toSigned(loadUnsignedLE(this, offset, byteLength), byteLength);
}
function readIntBE(offset, byteLength) {
  validateVariableRead(offset, byteLength);
  return toSigned(loadUnsignedBE(this, offset, byteLength), byteLength);
}

// ---- 64-bit BigInt reads ----

function readBig64(buf, offset, littleEndian, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  const first = littleEndian ? offset + 4 : offset;
  const second = littleEndian ? offset : offset + 4;
  const high = littleEndian ? loadUnsignedLE(buf, first, 4) : loadUnsignedBE(buf, first, 4);
  const low = littleEndian ? loadUnsignedLE(buf, second, 4) : loadUnsignedBE(buf, second, 4);
  const value = (BigInt(high) << 32n) | BigInt(low);
  return signed ? BigInt.asIntN(64, value) : value;
}

function readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); }
function readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); }
function readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); }
function readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); }

// ---- floats ----

function readFloating(buf, offset, scratchBytes, scratch, littleEndian) {
  const size = scratchBytes.length;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  for (let i = 0; i < size; i++) scratchBytes[littleEndian ? i : size - 1 - i] = buf[offset + i];
  return scratch[0];
}

function writeFloating(buf, value, offset, scratchBytes, scratch, littleEndian) {
  const size = scratchBytes.length;
  value = +value;
  checkBounds(buf, offset, size);
  scratch[0] = value;
  for (let i = 0; i < size; i++) buf[offset + i] = scratchBytes[littleEndian ? i : size - 1 - i];
  return offset + size;
}

function readFloatLE(offset = 0) { return readFloating(this, offset, float32Bytes, float32, true); }
function readFloatBE(offset = 0) { return readFloating(this, offset, float32Bytes, float32, false); }
function readDoubleLE(offset = 0) { return readFloating(this, offset, float64Bytes, float64, true); }
function readDoubleBE(offset = 0) { return readFloating(this, offset, float64Bytes, float64, false); }
function writeFloatLE(value, offset = 0) { return writeFloating(this, value, offset, float32Bytes, float32, true); }
function writeFloatBE(value, offset = 0) { return writeFloating(this, value, offset, float32Bytes, float32, false); }
function writeDoubleLE(value, offset = 0) { return writeFloating(this, value, offset, float64Bytes, float64, true); }
function writeDoubleBE(value, offset = 0) { return writeFloating(this, value, offset, float64Bytes, float64, false); }

// ---- integer writes ----

// Stores the low `size` bytes of an integer-valued number (two's complement for negatives).
function storeInt(buf, value, offset, size, littleEndian) {
  let rest = value < 0 ? value + 2 ** (size * 8) : value;
  for (let i = 0; i < size; i++) {
    const byte = rest % 256;
    buf[littleEndian ? offset + i : offset + size - 1 - i] = byte;
    rest = (rest - byte) / 256;
  }
  return offset + size;
}

function storeChecked(buf, value, offset, size, littleEndian, min, max) {
  value = +value;
  if (size === 1) {
    // node checks the value before the offset for single bytes, and says "offset" for both
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, size);
  // fractional values are truncated as typed-array stores would, NaN writes zeros
  return storeInt(buf, Number.isFinite(value) ? Math.trunc(value) : 0, offset, size, littleEndian);
}

const U8 = 0xff;
const U16 = 0xffff;
const U24 = 0xffffff;
const U32 = 0xffffffff;
const U40 = 0xffffffffff;
const U48 = 0xffffffffffff;

function writeUInt8(value, offset = 0) { return storeChecked(this, value, offset, 1, true, 0, U8); }
function writeUInt16LE(value, offset = 0) { return storeChecked(this, value, offset, 2, true, 0, U16); }
function writeUInt16BE(value, offset = 0) { return storeChecked(this, value, offset, 2, false, 0, U16); }
function writeUInt32LE(value, offset = 0) { return storeChecked(this, value, offset, 4, true, 0, U32); }
function writeUInt32BE(value, offset = 0) { return storeChecked(this, value, offset, 4, false, 0, U32); }
function writeInt8(value, offset = 0) { return storeChecked(this, value, offset, 1, true, -0x80, 0x7f); }
function writeInt16LE(value, offset = 0) { return storeChecked(this, value, offset, 2, true, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return storeChecked(this, value, offset, 2, false, -0x8000, 0x7fff); }
function writeInt32LE(value, offset = 0) { return storeChecked(this, value, offset, 4, true, -0x80000000, 0x7fffffff); }
function writeInt32BE(value, offset = 0) { return storeChecked(this, value, offset, 4, false, -0x80000000, 0x7fffffff); }

const UNSIGNED_MAX = [0, U8, U16, U24, U32, U40, U48];

function writeVariable(buf, value, offset, byteLength, littleEndian, signed) {
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) checkByteLength(byteLength);
  const max = signed ? (UNSIGNED_MAX[byteLength] - 1) / 2 : UNSIGNED_MAX[byteLength];
  const min = signed ? -max - 1 : 0;
  return storeChecked(buf, value, offset, byteLength, littleEndian, min, max);
}

function writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); }
function writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); }
function writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); }
function writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); }

// ---- 64-bit BigInt writes ----

function writeBig64(buf, value, offset, littleEndian, min, max) {
  checkInt(value, min, max, buf, offset, 8);
  const bits = BigInt.asUintN(64, value);
  const low = Number(bits & 0xffffffffn);
  const high = Number(bits >> 32n);
  storeInt(buf, littleEndian ? low : high, offset, 4, littleEndian);
  storeInt(buf, littleEndian ? high : low, offset + 4, 4, littleEndian);
  return offset + 8;
}

const BIG_U64_MAX = 0xffffffffffffffffn;
const BIG_I64_MIN = -(2n ** 63n);
const BIG_I64_MAX = 2n ** 63n - 1n;

function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, true, 0n, BIG_U64_MAX); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, false, 0n, BIG_U64_MAX); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, true, BIG_I64_MIN, BIG_I64_MAX); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, false, BIG_I64_MIN, BIG_I64_MAX); }

// Method name -> function, in node's property order; the `Uint` spellings are aliases node also has.
const numberMethods = {
  readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
  readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
  writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8,
  readUIntBE, readUInt32BE, readUInt16BE,
  readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
  readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
  readIntLE, readInt32LE, readInt16LE, readInt8,
  readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8,
  writeUIntBE, writeUInt32BE, writeUInt16BE,
  writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
  writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
  writeIntLE, writeInt32LE, writeInt16LE, writeInt8,
  writeIntBE, writeInt32BE, writeInt16BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

module.exports = { numberMethods };
