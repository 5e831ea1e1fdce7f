'use strict';
// node:punycode (the punycode.js 2.1.0 API): RFC 3492 Bootstring encoding of Unicode labels, and
// toASCII / toUnicode over whole domain names and email addresses. Also used by the URL parser
// for non-ASCII host names.

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kDelimiter = '-';
const kMaxInt = 2147483647;

const kErrors = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new RangeError(kErrors[type]);
}

// UCS-2 string <-> array of code points (surrogate pairs joined; lone surrogates kept).
function ucs2decode(string) {
  const output = [];
  for (let i = 0; i < string.length; i++) {
    const value = string.charCodeAt(i);
    if (value >= 0xD800 && value <= 0xDBFF && i + 1 < string.length) {
      const extra = string.charCodeAt(i + 1);
      if ((extra & 0xFC00) === 0xDC00) {
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(value);
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3A) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5B) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7B) return codePoint - 0x61;
  return kBase;
}

// 0..25 -> a..z, 26..35 -> 0..9
function digitToBasic(digit) {
  return digit + 22 + 75 * (digit < 26 ? 1 : 0);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((kBase - kTMin) * kTMax) >> 1; k += kBase) {
    delta = Math.floor(delta / (kBase - kTMin));
  }
  return Math.floor(k + ((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function threshold(k, bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

function decode(input) {
  const output = [];
  const basic = Math.max(input.lastIndexOf(kDelimiter), 0);
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }

  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) fail('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= kBase) fail('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) fail('overflow');
      w *= kBase - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    if (Math.floor(i / length) > kMaxInt - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  let output = '';
  for (const c of codePoints) {
    if (c < 0x80) output += String.fromCharCode(c);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += kDelimiter;

  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < codePoints.length) {
    let m = kMaxInt;
    for (const c of codePoints) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((kMaxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > kMaxInt) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = threshold(k, bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = kBase - t;
          output += String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT)));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output += String.fromCharCode(digitToBasic(q));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output;
}

// Applies fn to each label of a domain (or of the part after '@' of an email address); the IDNA
// dot separators are all read as '.'.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = `${at[0]}@`;
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return result + labels.map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
