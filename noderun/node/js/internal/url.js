'use strict';
// The WHATWG URL Standard: the URL parser (a state machine over code points, as the standard
// writes it), host parsing (domains through IDNA/punycode, IPv4 numbers in every radix, IPv6 with
// compression), percent-encoding, serialization, and the URL and URLSearchParams classes with
// every setter. A URL's state is a record { scheme, username, password, host, port, path, query,
// fragment }: `host` is null or its serialized form, `path` an array of segments or, for an
// opaque path ("mailto:x"), a string. A URL and its searchParams stay linked both ways.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { markAsUncloneable } = require('internal/worker/marks');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// -- strings, UTF-8 and percent-encoding ----------------------------------------------------------

// Lone surrogates become U+FFFD (WebIDL USVString).
function toUSVString(value) {
  const str = `${value}`;
  return str.isWellFormed() ? str : str.toWellFormed();
}

function utf8Bytes(codePoint) {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xC0 | (codePoint >> 6), 0x80 | (codePoint & 63)];
  if (codePoint < 0x10000) {
    return [0xE0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 63), 0x80 | (codePoint & 63)];
  }
  return [0xF0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 63), 0x80 | ((codePoint >> 6) & 63),
    0x80 | (codePoint & 63)];
}

const hexByte = Array.from({ length: 256 }, (_, i) => `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Percent-encode sets as predicates over a byte/code point below 0x80 (everything above is always
// encoded). Each set is the one before it plus a few characters.
function charSet(base, extra) {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = base(c) || extra.includes(String.fromCharCode(c)) ? 1 : 0;
  return table;
}
const NO_ENCODE_SET = new Uint8Array(128);
const C0_CONTROL_SET = charSet((c) => c < 0x20 || c === 0x7F, '');
const FRAGMENT_SET = charSet((c) => C0_CONTROL_SET[c] === 1, ' "<>`');
const QUERY_SET = charSet((c) => C0_CONTROL_SET[c] === 1, ' "#<>');
const SPECIAL_QUERY_SET = charSet((c) => QUERY_SET[c] === 1, "'");
const PATH_SET = charSet((c) => QUERY_SET[c] === 1, '?^`{}');   // ^ since ada 3 (node 24)
const USERINFO_SET = charSet((c) => PATH_SET[c] === 1, '/:;=@[\\]^|');
const COMPONENT_SET = charSet((c) => USERINFO_SET[c] === 1, '$%&+,');
const FORM_SET = charSet((c) => COMPONENT_SET[c] === 1, "!'()~");

function percentEncodeCodePoint(ch, set) {
  const codePoint = ch.codePointAt(0);
  if (codePoint < 0x80) return set[codePoint] === 1 ? hexByte[codePoint] : ch;
  let out = '';
  for (const byte of utf8Bytes(codePoint)) out += hexByte[byte];
  return out;
}

function percentEncodeString(str, set, spaceAsPlus = false) {
  let out = '';
  for (const ch of str) {
    out += spaceAsPlus && ch === ' ' ? '+' : percentEncodeCodePoint(ch, set);
  }
  return out;
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// String -> bytes (UTF-8), with %XX sequences decoded to their byte.
function percentDecodeToBytes(str) {
  const bytes = [];
  for (const ch of str) {
    const codePoint = ch.codePointAt(0);
    if (codePoint === 37) bytes.push(37);
    else for (const byte of utf8Bytes(codePoint)) bytes.push(byte);
  }
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length) {
      const high = hexValue(bytes[i + 1]);
      const low = hexValue(bytes[i + 2]);
      if (high !== -1 && low !== -1) {
        out.push(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out.push(bytes[i]);
  }
  return out;
}

// UTF-8 decode with U+FFFD for each maximal invalid subpart (the Encoding Standard's decoder).
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let needed = 0;
    let codePoint = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
      codePoint = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      needed = 2;
      codePoint = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      needed = 3;
      codePoint = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= needed; j++) {
      const next = bytes[i + j];
      if (next === undefined || next < lower || next > upper) break;
      codePoint = (codePoint << 6) | (next & 0x3F);
      lower = 0x80;
      upper = 0xBF;
    }
    if (j <= needed) {
      out += '\uFFFD';
      i += j;
    } else {
      out += String.fromCodePoint(codePoint);
      i += needed + 1;
    }
  }
  return out;
}

function percentDecodeString(str) {
  return str.includes('%') ? utf8Decode(percentDecodeToBytes(str)) : str;
}

// -- hosts ----------------------------------------------------------------------------------------

// Forbidden host code points, and the forbidden domain code points (those plus C0 controls,
// '%' and DEL).
const kForbiddenHost = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const kForbiddenDomain = /[\0-\x1F #%/:<>?@[\\\]^|\x7F]/;

let punycode;

const kDot = /[\u3002\uFF0E\uFF61]/; // the ideographic and full-width full stops
// Characters the mapping removes (soft hyphen, zero-width space, word joiner, BOM, combining
// grapheme joiner, variation selectors).
const kIgnored = /[\u00AD\u034F\u180B-\u180D\u200B\u2060\uFE00-\uFE0F\uFEFF]/gu;
// Code points UTS #46 disallows: unassigned (noncharacters included), private use, surrogates,
// C1 controls, U+FFFD, non-ASCII spaces, format characters and a few symbols.
const kDisallowed = /[\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Cf}\u0080-\u009F\uFFFD\u04C0\u2183\u2FF0-\u2FFF]/u;
const kJoiner = /[\u200C\u200D]/;
const kVirama = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0F84\u1039\u103A\u1714\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA8C4\uA953\uA9C0\uAAF6\uABED]/;
const kRtl = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const kArabic = /\p{Script=Arabic}/u;

// CheckJoiners: a zero-width joiner only after a virama; a non-joiner after a virama or between
// two Arabic letters (a simplification of the joining-type rule).
function joinersAreValid(label) {
  const chars = Array.from(label);
  for (let i = 0; i < chars.length; i++) {
    if (!kJoiner.test(chars[i])) continue;
    const before = chars[i - 1] ?? '';
    if (kVirama.test(before)) continue;
    if (chars[i] === '\u200C' && kArabic.test(before) && kArabic.test(chars[i + 1] ?? '')) continue;
    return false;
  }
  return true;
}

// CheckBidi, simplified: a label with right-to-left characters starts with one and holds no
// left-to-right letters.
function bidiIsValid(label) {
  if (!kRtl.test(label)) return true;
  const chars = Array.from(label);
  if (!kRtl.test(chars[0])) return false;
  return chars.every((ch) => kRtl.test(ch) || !/\p{L}/u.test(ch));
}

// The UTS #46 mapping, approximated by NFKC and lower case, with the ignored characters removed.
// Returns null when a character is disallowed (one whose compatibility form holds a dot, such as
// U+2488, is disallowed too) or a label breaks the joiner or bidi rules.
function mapDomain(domain) {
  domain = domain.replace(kIgnored, '');
  for (const ch of domain) {
    if (ch.charCodeAt(0) < 0x80 || kDot.test(ch) || kJoiner.test(ch)) continue;
    if (kDisallowed.test(ch) || ch.normalize('NFKC').includes('.')) return null;
  }
  // (U+1E9E capital sharp s lowers to ß, which non-transitional processing keeps, as UTS #46
  // 15.1 and ada 3 do)
  const mapped = domain.normalize('NFKC').toLowerCase()
    .replace(/[\u3002\uFF0E\uFF61]/g, '.');
  for (const label of mapped.split('.')) {
    if (!joinersAreValid(label) || !bidiIsValid(label)) return null;
  }
  return mapped;
}

// An xn-- label must decode to a non-ASCII label that the mapping leaves as it is.
function isValidPunycodeLabel(label) {
  let decoded;
  try {
    decoded = punycode.decode(label.slice(4));
  } catch {
    return false;
  }
  if (decoded === '' || /^[\x00-\x7F]*$/.test(decoded)) return false;
  return mapDomain(decoded) === decoded;
}

// UTS #46 ToASCII as URLs use it (non-transitional, no STD3 rules, no DNS length check), close
// enough for real host names. Returns null on failure.
function domainToASCIIInternal(domain) {
  const hasPunycode = /(^|[.])xn--/i.test(domain);
  if (/^[\x00-\x7F]*$/.test(domain) && !hasPunycode) return domain.toLowerCase();
  const mapped = mapDomain(domain);
  if (mapped === null) return null;
  punycode ??= require('punycode');
  const out = [];
  for (const label of mapped.split('.')) {
    if (label.startsWith('xn--')) {
      if (!isValidPunycodeLabel(label)) return null;
      out.push(label);
    } else if (/[^\x00-\x7F]/.test(label)) {
      out.push(`xn--${punycode.encode(label)}`);
    } else {
      out.push(label);
    }
  }
  return out.join('.');
}

// url.domainToASCII(): the host as a special URL would have it, or '' when it is invalid.
function domainToASCII(domain) {
  return parseHost(domain, false) ?? '';
}

// url.domainToUnicode(): the same host with its punycode labels decoded.
function domainToUnicode(domain) {
  const ascii = parseHost(domain, false);
  if (ascii === null) return '';
  punycode ??= require('punycode');
  return ascii.split('.').map((label) => (label.startsWith('xn--') ? punycode.decode(label.slice(4)) : label)).join('.');
}

function parseIPv4Number(str) {
  if (str === '') return NaN;
  let radix = 10;
  if (str.length >= 2 && str[0] === '0' && (str[1] === 'x' || str[1] === 'X')) {
    str = str.slice(2);
    radix = 16;
  } else if (str.length >= 2 && str[0] === '0') {
    str = str.slice(1);
    radix = 8;
  }
  if (str === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(str)) return NaN;
  return parseInt(str, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the address as a number, or null on failure.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

// Returns eight 16-bit pieces, or null on failure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const at = (i) => input[i];
  const isHex = (ch) => ch !== undefined && /[0-9a-fA-F]/.test(ch);
  const isDigit = (ch) => ch !== undefined && ch >= '0' && ch <= '9';
  if (at(pointer) === ':') {
    if (at(pointer + 1) !== ':') return null;
    pointer += 2;
    compress = ++pieceIndex;
  }
  while (at(pointer) !== undefined) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === ':') {
      if (compress !== null) return null;
      pointer++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(pointer))) {
      value = value * 16 + parseInt(at(pointer), 16);
      pointer++;
      length++;
    }
    if (at(pointer) === '.') {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(pointer) !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === '.' && numbersSeen < 4) pointer++;
          else return null;
        }
        if (!isDigit(at(pointer))) return null;
        while (isDigit(at(pointer))) {
          const number = Number(at(pointer));
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === ':') {
      pointer++;
      if (at(pointer) === undefined) return null;
    } else if (at(pointer) !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is written as '::'.
  let compress = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestLength = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  let ignoreZero = false;
  for (let i = 0; i < 8; i++) {
    if (ignoreZero && address[i] === 0) continue;
    ignoreZero = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      ignoreZero = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser: returns the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (kForbiddenHost.test(input)) return null;
    return percentEncodeString(input, C0_CONTROL_SET);
  }
  const domain = percentDecodeString(input);
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === null || asciiDomain === '') return null;
  if (kForbiddenDomain.test(asciiDomain)) return null;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// -- the URL record and the basic URL parser ------------------------------------------------------

const kSpecialSchemes = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecialScheme(scheme) {
  return scheme in kSpecialSchemes;
}

function defaultPort(scheme) {
  return kSpecialSchemes[scheme] ?? null;
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function isAsciiAlpha(c) {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0) | 0x20;
  return code >= 97 && code <= 122;
}
const isAsciiDigit = (c) => c !== undefined && c >= '0' && c <= '9' && c.length === 1;
const isSchemeChar = (c) => isAsciiAlpha(c) || isAsciiDigit(c) || c === '+' || c === '-' || c === '.';

function isWindowsDriveLetter(str, normalizedOnly = false) {
  return str.length === 2 && isAsciiAlpha(str[0]) && (str[1] === ':' || (!normalizedOnly && str[1] === '|'));
}

function startsWithWindowsDriveLetter(codePoints, pointer) {
  if (codePoints.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(codePoints[pointer] + codePoints[pointer + 1])) return false;
  if (codePoints.length - pointer === 2) return true;
  const third = codePoints[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  const lower = s.toLowerCase();
  return lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e';
};

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5,
  RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16,
  PATH_START: 17, PATH: 18, OPAQUE_PATH: 19, QUERY: 20, FRAGMENT: 21,
};

const FAILURE = null;

// The basic URL parser. Without `url` it parses a new URL (relative to `base`, a record or null)
// and returns it, or FAILURE. With `url` and `stateOverride` it is a setter: it changes `url` in
// place and returns FAILURE when the value is rejected.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = newRecord();
    // eslint-disable-next-line no-control-regex
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride ?? S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  // Indexing the string itself is the same as indexing its code points when it has no surrogates.
  const codePoints = /[\uD800-\uDFFF]/.test(input) ? Array.from(input) : input;
  let pointer = 0;
  // A fast path for the states that copy characters: the run of ASCII characters from `pointer`
  // that `set` leaves as they are and that are none of `delimiters`, consumed at once (pointer
  // stays on its last character). '' when the current character is not such a character.
  const takeRun = (set, delimiters) => {
    let end = pointer;
    while (end < codePoints.length) {
      const ch = codePoints[end];
      const code = ch.charCodeAt(0);
      if (ch.length !== 1 || code >= 0x80 || set[code] === 1 || delimiters.includes(ch)) break;
      end++;
    }
    if (end === pointer) return '';
    const run = typeof codePoints === 'string' ? codePoints.slice(pointer, end) : codePoints.slice(pointer, end).join('');
    pointer = end - 1;
    return run;
  };
  // isSpecialScheme(url.scheme), recomputed only when the scheme changes.
  let specialScheme;
  let specialValue = false;
  const special = () => {
    if (url.scheme !== specialScheme) {
      specialScheme = url.scheme;
      specialValue = isSpecialScheme(specialScheme);
    }
    return specialValue;
  };

  for (; pointer <= codePoints.length; pointer++) {
    const c = codePoints[pointer]; // undefined at the end (EOF)
    switch (state) {
      case S.SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case S.SCHEME:
        if (isSchemeChar(c)) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (special() && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special()) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (codePoints[pointer + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case S.NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== '#')) return FAILURE;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          pointer--;
        } else {
          state = S.FILE;
          pointer--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && codePoints[pointer + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = S.RELATIVE;
          pointer--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === '/' || (special() && c === '\\')) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            pointer--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (special() && (c === '/' || c === '\\')) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          pointer--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && codePoints[pointer + 1] === '/') {
          pointer++;
        } else {
          pointer--;
        }
        state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          pointer--;
        }
        break;

      case S.AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(ch, USERINFO_SET);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += takeRun(NO_ENCODE_SET, '@/?#\\') || c;
        }
        break;

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === S.HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          pointer--;
          if (special() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += takeRun(NO_ENCODE_SET, ':/?#\\[]') || c;
        }
        break;

      case S.PORT:
        if (isAsciiDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\') ||
                   stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(codePoints, pointer)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            pointer--;
          }
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(codePoints, pointer) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH; // the buffer is the first path segment
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, !special());
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S.PATH_START:
        if (special()) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          state = S.PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH: {
        const slash = c === '/' || (special() && c === '\\');
        if (c === undefined || slash || (!stateOverride && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += takeRun(PATH_SET, '/\\') || percentEncodeCodePoint(c, PATH_SET);
        }
        break;
      }

      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c === ' ') {
          // a space right before the query or fragment is encoded, so that removing them later
          // leaves no trailing space to strip (URL standard since 2025, ada 3)
          const next = codePoints[pointer + 1];
          url.path += next === '?' || next === '#' ? '%20' : ' ';
        } else if (c !== undefined) {
          url.path += takeRun(C0_CONTROL_SET, '?# ') || percentEncodeCodePoint(c, C0_CONTROL_SET);
        }
        break;

      case S.QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += percentEncodeString(buffer, special() ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += takeRun(NO_ENCODE_SET, '#') || c;
        }
        break;

      case S.FRAGMENT:
        if (c !== undefined) url.fragment += takeRun(FRAGMENT_SET, '') || percentEncodeCodePoint(c, FRAGMENT_SET);
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
  }
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

// -- URLSearchParams ------------------------------------------------------------------------------

function parseFormUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push([
      utf8Decode(percentDecodeToBytes(name.replaceAll('+', ' '))),
      utf8Decode(percentDecodeToBytes(value.replaceAll('+', ' '))),
    ]);
  }
  return list;
}

function serializeFormUrlencoded(list) {
  return list.map(([name, value]) =>
    `${percentEncodeString(name, FORM_SET, true)}=${percentEncodeString(value, FORM_SET, true)}`).join('&');
}

const kList = Symbol('query');
const kContext = Symbol('context');

function isURLSearchParams(value) {
  return value != null && typeof value === 'object' && Array.isArray(value[kList]);
}

function checkParams(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

function hidden(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

class URLSearchParams {
  constructor(init = undefined) {
    markAsUncloneable(this);   // as node 24's: structured clone refuses it
    hidden(this, kList, []);
    hidden(this, kContext, null);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].map(([name, value]) => [name, value]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of method.call(init)) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const tuple = Array.from(pair);
          if (tuple.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSVString(tuple[0]), toUSVString(tuple[1])]);
        }
      } else {
        // A record: own enumerable string keys; a key that repeats after USV conversion keeps
        // its first position and its last value.
        const positions = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (positions.has(name)) {
            this[kList][positions.get(name)][1] = value;
          } else {
            positions.set(name, this[kList].length);
            this[kList].push([name, value]);
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (query.startsWith('?')) query = query.slice(1);
      this[kList] = parseFormUrlencoded(query);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push([toUSVString(name), toUSVString(value)]);
    updateURLFromParams(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this[kList] = this[kList].filter((pair) => pair[0] !== name || pair[1] !== value);
    } else {
      this[kList] = this[kList].filter((pair) => pair[0] !== name);
    }
    updateURLFromParams(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const pair = this[kList].find((p) => p[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this[kList].filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this[kList].some((p) => p[0] === name && p[1] === value);
    }
    return this[kList].some((p) => p[0] === name);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this[kList];
    const first = list.findIndex((p) => p[0] === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter((p, i) => i <= first || p[0] !== name);
    }
    updateURLFromParams(this);
  }

  sort() {
    checkParams(this);
    // Stable, by UTF-16 code units of the names.
    this[kList].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    updateURLFromParams(this);
  }

  entries() {
    checkParams(this);
    return createParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // Re-read the list each step: the callback may change it.
    for (let i = 0; i < this[kList].length; i++) {
      const [name, value] = this[kList][i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    checkParams(this);
    return createParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeFormUrlencoded(this[kList]);
  }

  [customInspect](depth, options) {
    if (!isURLSearchParams(this)) return this;
    const name = this.constructor?.name ?? 'URLSearchParams';
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...options, depth: depth === null || depth === undefined ? depth : depth - 1 };
    const output = this[kList].map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    const length = output.reduce((total, item) => total + item.length + 2, -2);
    if (length > (options.breakLength ?? 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length > 0) return `${name} { ${output.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

// The iterators walk the live list by index, as the standard's iterators do.
const kIteratorState = Symbol('kIteratorState');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const state = this?.[kIteratorState];
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = state.params[kList];
      if (state.index >= list.length) return { value: undefined, done: true };
      const [name, value] = list[state.index++];
      const result = state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value];
      return { value: result, done: false };
    },
    writable: true, configurable: true, enumerable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [customInspect]: {
    value: function(depth, options) {
      const state = this[kIteratorState];
      const inner = { ...options, depth: depth === null || depth === undefined ? depth : depth - 1 };
      const rest = state.params[kList].slice(state.index).map(([name, value]) => {
        if (state.kind === 'key') return name;
        if (state.kind === 'value') return value;
        return [name, value];
      });
      const output = rest.map((item) => inspect(item, inner));
      const length = output.reduce((total, item) => total + item.length + 2, -2);
      const breakLength = options.breakLength ?? 80;
      const body = length > breakLength ? `\n  ${output.join(',\n  ')}\n` : ` ${output.join(', ')} `;
      return `URLSearchParams Iterator {${body}}`;
    },
    writable: true, configurable: true,
  },
});

function createParamsIterator(params, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  hidden(iterator, kIteratorState, { params, kind, index: 0 });
  return iterator;
}

// -- URL ------------------------------------------------------------------------------------------

// A URL's record, for its searchParams, and the brand check behind url.fileURLToPath & co.
// (both set by the URL class's static block).
let recordOf;
let isURL;

function updateURLFromParams(params) {
  const url = params[kContext];
  if (url === null) return;
  const record = recordOf(url);
  const serialized = serializeFormUrlencoded(params[kList]);
  record.query = serialized === '' ? null : serialized;
}

function invalidURL(input, base) {
  const err = new ERR_INVALID_URL();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// Parses input against an optional base string; returns the record or null.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === FAILURE) return null;
  }
  return basicParse(input, baseRecord);
}

class URL {
  #record;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseWithBase(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#record = record;
    this.#searchParams = undefined;
    markAsUncloneable(this);   // as node 24's: structured clone refuses it
  }

  toString() {
    return serializeURL(URL.#checked(this));
  }

  get href() {
    return serializeURL(URL.#checked(this));
  }

  // node checks the receiver of these four itself, with V8's words for a private brand check
  static #checked(self) {
    if (self === null || typeof self !== 'object' || !(#record in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
    return self.#record;
  }

  set href(value) {
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === FAILURE) throw invalidURL(value);
    this.#record = record;
    this.#syncSearchParams();
  }

  get origin() {
    return serializeOrigin(this.#record);
  }

  get protocol() {
    return `${this.#record.scheme}:`;
  }

  set protocol(value) {
    this.#applySetter(`${toUSVString(value)}:`, S.SCHEME_START);
  }

  get username() {
    return this.#record.username;
  }

  set username(value) {
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.username = percentEncodeString(toUSVString(value), USERINFO_SET);
  }

  get password() {
    return this.#record.password;
  }

  set password(value) {
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.password = percentEncodeString(toUSVString(value), USERINFO_SET);
  }

  get host() {
    const { host, port } = this.#record;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    if (hasOpaquePath(this.#record)) return;
    this.#applySetter(toUSVString(value), S.HOST);
  }

  get hostname() {
    return this.#record.host ?? '';
  }

  set hostname(value) {
    if (hasOpaquePath(this.#record)) return;
    this.#applySetter(toUSVString(value), S.HOSTNAME);
  }

  get port() {
    const { port } = this.#record;
    return port === null ? '' : String(port);
  }

  set port(value) {
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    value = toUSVString(value).replace(/[\t\n\r]/g, '');
    if (value === '') {
      this.#record.port = null;
      return;
    }
    this.#applySetter(value, S.PORT);
  }

  get pathname() {
    return serializePath(this.#record);
  }

  set pathname(value) {
    if (hasOpaquePath(this.#record)) return;
    this.#applySetter(toUSVString(value), S.PATH_START, (record) => { record.path = []; });
  }

  get search() {
    const { query } = URL.#checked(this);
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    value = toUSVString(value);
    if (value === '') {
      this.#record.query = null;
    } else {
      const input = value.startsWith('?') ? value.slice(1) : value;
      this.#applySetter(input, S.QUERY, (record) => { record.query = ''; });
    }
    this.#syncSearchParams();
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#record.query ?? '');
      this.#searchParams[kContext] = this;
    }
    return this.#searchParams;
  }

  get hash() {
    const { fragment } = this.#record;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    value = toUSVString(value);
    if (value === '') {
      this.#record.fragment = null;
      return;
    }
    const input = value.startsWith('#') ? value.slice(1) : value;
    this.#applySetter(input, S.FRAGMENT, (record) => { record.fragment = ''; });
  }

  toJSON() {
    return serializeURL(URL.#checked(this));
  }

  // Runs the parser with a state override on the record itself: like node, a value rejected
  // half-way keeps what was already applied ("example.com:65536" still sets the host name).
  #applySetter(value, stateOverride, prepare = undefined) {
    prepare?.(this.#record);
    basicParse(value, null, this.#record, stateOverride);
  }

  #syncSearchParams() {
    if (this.#searchParams !== undefined) this.#searchParams[kList] = parseFormUrlencoded(this.#record.query ?? '');
  }

  static {
    recordOf = (url) => url.#record;
    isURL = (value) => value != null && typeof value === 'object' && #record in value;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseWithBase(toUSVString(url), base === undefined ? undefined : toUSVString(base)) !== null;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const name = this.constructor?.name ?? 'URL';
    const fields = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${name} ${inspect(fields, options)}`;
  }
}

// The prototype's member order is node's: toString first, then the attributes, then toJSON.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  delete URL.prototype[name];
  Object.defineProperty(URL.prototype, name, { ...descriptor, enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

for (const name of ['parse', 'canParse']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL, name);
  delete URL[name];
  Object.defineProperty(URL, name, descriptor);
}

// blob: URLs of Blobs (internal/buffer/blob keeps the registry), loaded on first use.
for (const name of ['createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, {
    value: { [name](url) { return require('internal/buffer/blob')[name].apply(undefined, arguments); } }[name],
    writable: true, configurable: true, enumerable: true,
  });
}

// The URL record parser itself, for URLPattern's canonicalizers (internal/url_pattern).
const urlRecordParser = { basicParse, newRecord, serializePath, isSpecialScheme, defaultPort, states: S };

module.exports = {
  URL,
  URLSearchParams,
  urlRecordParser,
  isURL,
  domainToASCII,
  domainToUnicode,
  idnaToASCII: domainToASCIIInternal,
};
