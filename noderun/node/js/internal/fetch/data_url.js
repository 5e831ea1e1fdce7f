'use strict';
// The fetch standard's data: URL processor: the MIME type and the bytes a data: URL stands for,
// or null when it is not a valid data: URL.

const { parseMimeType, serializeMimeType } = require('internal/fetch/mime');

const asciiWhitespace = /[\t\n\f\r ]/g;

function percentDecode(input) {
  const bytes = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x25 && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      // URL serialization leaves only ASCII, but be safe: UTF-8 of the code point
      for (const byte of new TextEncoder().encode(String.fromCodePoint(input.codePointAt(i)))) bytes.push(byte);
      if (code >= 0xd800 && code <= 0xdbff) i++;
    }
  }
  return new Uint8Array(bytes);
}

// forgiving-base64 decode of the infra standard; null on failure
function forgivingBase64(string) {
  string = string.replace(asciiWhitespace, '');
  if (string.length % 4 === 0) string = string.replace(/==?$/, '');
  if (string.length % 4 === 1 || /[^+/0-9A-Za-z]/.test(string)) return null;
  const binary = atob(string);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// url: a URL object of scheme data:. Returns { mimeType (serialized), body (Uint8Array) } or null.
function processDataURL(url) {
  let input = url.href;
  if (url.hash !== '') input = input.slice(0, input.length - url.hash.length);
  else if (input.endsWith('#')) input = input.slice(0, -1);
  input = input.slice('data:'.length);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecode(input.slice(comma + 1));
  const base64 = /;[\u0020]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    let text = '';
    for (let i = 0; i < body.length; i++) text += String.fromCharCode(body[i]);
    body = forgivingBase64(text);
    if (body === null) return null;
    mimeType = mimeType.slice(0, base64.index);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  const parsed = parseMimeType(mimeType);
  return { mimeType: parsed === null ? 'text/plain;charset=US-ASCII' : serializeMimeType(parsed), body };
}

module.exports = { processDataURL };
