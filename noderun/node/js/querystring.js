'use strict';
// node:querystring: parse and stringify application/x-www-form-urlencoded-ish strings with node's
// exact rules: escape() is encodeURIComponent with node's error for lone surrogates; parse() only
// decodes a key or value that holds a valid %XX (falling back to a byte-wise decode when it is not
// valid UTF-8), turns '+' into a space, gathers repeated keys into arrays and stops at maxKeys
// (default 1000, empty pairs included). `escape` and `unescape` are looked up on the module at
// call time, so programs may replace them, as node allows.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

function escape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : `${str}`;
  try {
    return encodeURIComponent(str);
  } catch {
    throw new ERR_INVALID_URI();
  }
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// %XX escapes to bytes, '+' to a space when decodeSpaces; every other character is taken as one
// byte (its code unit truncated), as node does.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(s.length);
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 37 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) !== -1 &&
        hexValue(s.charCodeAt(i + 2)) !== -1) {
      out[length++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else {
      out[length++] = code === 43 && decodeSpaces ? 32 : code;
    }
  }
  return out.subarray(0, length);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// How stringify() writes a value with the default escape (finite numbers below 1e21 and booleans
// need none) and with a custom one (which sees the primitive's string form).
function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeValue(v, encode, isDefault) {
  if (!isDefault) return encode(stringifyPrimitive(v));
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  return stringifyPrimitive(v);
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (typeof options?.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const isDefault = encode === escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = `${encodeValue(key, encode, isDefault)}${eq}`;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(`${prefix}${encodeValue(item, encode, isDefault)}`);
    } else {
      fields.push(`${prefix}${encodeValue(value, encode, isDefault)}`);
    }
  }
  return fields.join(sep);
}

const kEncodedByte = /%[0-9a-fA-F]{2}/;

function decodeComponent(s, decode, custom) {
  if (s.length === 0 || (!custom && !kEncodedByte.test(s))) return s;
  try {
    return decode(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxPairs = Infinity;
  if (typeof options?.maxKeys !== 'number') maxPairs = 1000;
  else if (options.maxKeys > 0) maxPairs = options.maxKeys;
  let decode = module.exports.unescape;
  if (typeof options?.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== unescape;
  // A custom decoder sees '+' as %20, so that it decodes it itself.
  const plus = custom ? '%20' : ' ';

  const pieces = qs.split(sep);
  const count = Math.min(pieces.length, maxPairs);
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    if (piece.length === 0) continue; // empty pairs count towards maxKeys but add nothing
    const eqAt = piece.indexOf(eq);
    const rawKey = eqAt === -1 ? piece : piece.slice(0, eqAt);
    const rawValue = eqAt === -1 ? '' : piece.slice(eqAt + eq.length);
    const key = decodeComponent(rawKey.replaceAll('+', plus), decode, custom);
    const value = decodeComponent(rawValue.replaceAll('+', plus), decode, custom);
    const current = obj[key];
    if (current === undefined) obj[key] = value;
    else if (Array.isArray(current)) current.push(value);
    else obj[key] = [current, value];
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
