'use strict';
// MIME types as the WHATWG MIME Sniffing standard parses and serializes them (what fetch's data:
// URLs, Content-Type and Blob types go through).

const httpTokenCodePoints = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]+$/;
const httpQuotedStringTokenCodePoints = /^[\t\u0020-\u007E\u0080-\u00FF]*$/;
const httpWhitespace = /^[\r\n\t ]+|[\r\n\t ]+$/g;

function isToken(string) {
  return httpTokenCodePoints.test(string);
}

function trimHTTPWhitespace(string) {
  return string.replace(httpWhitespace, '');
}

// A quoted string from `input` at `position.at` (which is a '"'): its unescaped value.
function collectQuotedString(input, position) {
  let value = '';
  position.at++;
  while (position.at < input.length) {
    const char = input[position.at];
    position.at++;
    if (char === '"') break;
    if (char === '\\') {
      if (position.at >= input.length) {
        value += '\\';
        break;
      }
      value += input[position.at];
      position.at++;
    } else {
      value += char;
    }
  }
  return value;
}

// { type, subtype, essence, parameters: Map } or null (failure)
function parseMimeType(input) {
  input = trimHTTPWhitespace(input);
  const slash = input.indexOf('/');
  if (slash === -1) return null;
  const type = input.slice(0, slash);
  if (!isToken(type)) return null;
  const position = { at: slash + 1 };
  let end = input.indexOf(';', position.at);
  if (end === -1) end = input.length;
  const subtype = input.slice(position.at, end).replace(/[\r\n\t ]+$/, '');
  if (!isToken(subtype)) return null;
  position.at = end;
  const mimeType = {
    type: type.toLowerCase(),
    subtype: subtype.toLowerCase(),
    parameters: new Map(),
    get essence() { return `${this.type}/${this.subtype}`; },
  };
  while (position.at < input.length) {
    position.at++;   // past ';'
    while (/[\r\n\t ]/.test(input[position.at] ?? '')) position.at++;
    let nameEnd = position.at;
    while (nameEnd < input.length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = input.slice(position.at, nameEnd).toLowerCase();
    position.at = nameEnd;
    if (position.at < input.length) {
      if (input[position.at] === ';') continue;
      position.at++;   // past '='
    }
    if (position.at >= input.length) break;
    let value;
    if (input[position.at] === '"') {
      value = collectQuotedString(input, position);
      while (position.at < input.length && input[position.at] !== ';') position.at++;
    } else {
      let valueEnd = input.indexOf(';', position.at);
      if (valueEnd === -1) valueEnd = input.length;
      value = input.slice(position.at, valueEnd).replace(/[\r\n\t ]+$/, '');
      position.at = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && isToken(name) && httpQuotedStringTokenCodePoints.test(value) &&
        !mimeType.parameters.has(name)) {
      mimeType.parameters.set(name, value);
    }
  }
  return mimeType;
}

function serializeMimeType(mimeType) {
  let serialization = mimeType.essence;
  for (const [name, value] of mimeType.parameters) {
    serialization += `;${name}=`;
    serialization += isToken(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
  }
  return serialization;
}

module.exports = { parseMimeType, serializeMimeType, isToken, trimHTTPWhitespace };
