'use strict';
// URLPattern (node 24's global, from ada's implementation of the URL Pattern standard): a pattern
// string per URL component (protocol ... hash), each compiled to a RegExp with its group names.
//
// The stages follow the standard: a tokenizer, the pattern parser (tokens -> parts), the RegExp
// and the canonical pattern string generated from the parts, the constructor-string parser that
// splits 'https://*.example.com/:id' into components, and the canonicalizers, which run the URL
// parser (internal/url) with a state override. Errors are node's native ones (no [code] in the
// name line): ERR_INVALID_URL_PATTERN for a pattern it refuses, ERR_INVALID_ARG_TYPE for input
// of the wrong type.

const { nativeError } = require('internal/errors');
const { urlRecordParser } = require('internal/url');

const {
  basicParse, newRecord, serializePath, isSpecialScheme, defaultPort, states: S,
} = urlRecordParser;

// -- errors ---------------------------------------------------------------------------------------

class PatternError extends Error {}   // internal: becomes the public error at the API boundary

function invalidPattern() {
  return nativeError('TypeError', 'ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern', invalidPattern);
}

function invalidArgument(message) {
  return nativeError('TypeError', 'ERR_INVALID_ARG_TYPE', message, invalidArgument);
}

// -- the tokenizer --------------------------------------------------------------------------------

const T = {
  OPEN: 'open', CLOSE: 'close', REGEXP: 'regexp', NAME: 'name', CHAR: 'char', ESCAPED_CHAR: 'escaped-char',
  OTHER_MODIFIER: 'other-modifier', ASTERISK: 'asterisk', END: 'end', INVALID_CHAR: 'invalid-char',
};

const kNameStart = /[$_\p{ID_Start}]/u;
const kNamePart = /[$_\u200C\u200D\p{ID_Continue}]/u;

function isValidNameCodePoint(codePoint, first) {
  return (first ? kNameStart : kNamePart).test(codePoint);
}

const isAscii = (codePoint) => codePoint.codePointAt(0) < 0x80;

// `input` as code points -> tokens { type, index, value }; `strict` throws where the lenient
// policy (the constructor-string parser's) makes an invalid-char token.
function tokenize(input, strict) {
  const chars = Array.from(input);
  const tokens = [];
  let index = 0;
  const add = (type, next, valueStart, valueLength = next - valueStart) => {
    tokens.push({ type, index, value: chars.slice(valueStart, valueStart + valueLength).join('') });
    index = next;
  };
  const fail = (next, valueStart) => {
    if (strict) throw new PatternError();
    add(T.INVALID_CHAR, next, valueStart);
  };
  while (index < chars.length) {
    const c = chars[index];
    if (c === '*') { add(T.ASTERISK, index + 1, index); continue; }
    if (c === '+' || c === '?') { add(T.OTHER_MODIFIER, index + 1, index); continue; }
    if (c === '\\') {
      if (index === chars.length - 1) { fail(index + 1, index); continue; }
      add(T.ESCAPED_CHAR, index + 2, index + 1);
      continue;
    }
    if (c === '{') { add(T.OPEN, index + 1, index); continue; }
    if (c === '}') { add(T.CLOSE, index + 1, index); continue; }
    if (c === ':') {
      const nameStart = index + 1;
      let position = nameStart;
      while (position < chars.length && isValidNameCodePoint(chars[position], position === nameStart)) position++;
      if (position <= nameStart) { fail(nameStart, index); continue; }
      add(T.NAME, position, nameStart);
      continue;
    }
    if (c === '(') {
      const regexpStart = index + 1;
      let position = regexpStart;
      let depth = 1;
      let error = false;
      while (position < chars.length) {
        const r = chars[position];
        if (!isAscii(r) || (position === regexpStart && r === '?')) { error = true; break; }
        if (r === '\\') {
          if (position === chars.length - 1 || !isAscii(chars[position + 1])) { error = true; break; }
          position += 2;
          continue;
        }
        if (r === ')') {
          depth--;
          if (depth === 0) { position++; break; }
        } else if (r === '(') {
          depth++;
          if (position === chars.length - 1 || chars[position + 1] !== '?') { error = true; break; }
        }
        position++;
      }
      if (error) { fail(regexpStart, index); continue; }
      if (depth !== 0) { fail(regexpStart, index); continue; }
      const length = position - regexpStart - 1;
      if (length === 0) { fail(regexpStart, index); continue; }
      add(T.REGEXP, position, regexpStart, length);
      continue;
    }
    add(T.CHAR, index + 1, index);
  }
  add(T.END, index, index);
  return tokens;
}

// -- parts: the pattern parser --------------------------------------------------------------------

const P = { FIXED: 'fixed-text', REGEXP: 'regexp', SEGMENT: 'segment-wildcard', FULL: 'full-wildcard' };
const M = { NONE: '', OPTIONAL: '?', ZERO_OR_MORE: '*', ONE_OR_MORE: '+' };
const kFullWildcard = '.*';

const escapeRegExpString = (text) => text.replace(/[.+*?^${}()[\]|/\\]/g, '\\$&');
const escapePatternString = (text) => text.replace(/[+*?:{}()\\]/g, '\\$&');

function segmentWildcardRegExp(options) {
  return `[^${escapeRegExpString(options.delimiter)}]+?`;
}

function parsePatternString(input, options, encode) {
  const tokens = tokenize(input, true);
  const segmentWildcard = segmentWildcardRegExp(options);
  const parts = [];
  let pending = '';
  let index = 0;
  let nextNumericName = 0;

  const tryConsume = (type) => {
    const token = tokens[index];
    if (token.type !== type) return null;
    index++;
    return token;
  };
  const tryConsumeModifier = () => tryConsume(T.OTHER_MODIFIER) ?? tryConsume(T.ASTERISK);
  const tryConsumeRegExpOrWildcard = (nameToken) => {
    const token = tryConsume(T.REGEXP);
    return nameToken === null && token === null ? tryConsume(T.ASTERISK) : token;
  };
  const consumeRequired = (type) => {
    const token = tryConsume(type);
    if (token === null) throw new PatternError();
    return token;
  };
  const consumeText = () => {
    let text = '';
    for (;;) {
      const token = tryConsume(T.CHAR) ?? tryConsume(T.ESCAPED_CHAR);
      if (token === null) return text;
      text += token.value;
    }
  };
  const flushPending = () => {
    if (pending === '') return;
    parts.push({ type: P.FIXED, value: encode(pending), modifier: M.NONE, name: '', prefix: '', suffix: '' });
    pending = '';
  };
  const addPart = (prefix, nameToken, regexpOrWildcard, suffix, modifierToken) => {
    const modifier = modifierToken === null ? M.NONE : modifierToken.value;
    if (nameToken === null && regexpOrWildcard === null && modifier === M.NONE) {
      pending += prefix;
      return;
    }
    flushPending();
    if (nameToken === null && regexpOrWildcard === null) {
      if (prefix === '') return;
      parts.push({ type: P.FIXED, value: encode(prefix), modifier, name: '', prefix: '', suffix: '' });
      return;
    }
    let regexpValue;
    if (regexpOrWildcard === null) regexpValue = segmentWildcard;
    else if (regexpOrWildcard.type === T.ASTERISK) regexpValue = kFullWildcard;
    else regexpValue = regexpOrWildcard.value;
    let type = P.REGEXP;
    if (regexpValue === segmentWildcard) {
      type = P.SEGMENT;
      regexpValue = '';
    } else if (regexpValue === kFullWildcard) {
      type = P.FULL;
      regexpValue = '';
    }
    let name = '';
    if (nameToken !== null) name = nameToken.value;
    else if (regexpOrWildcard !== null) name = String(nextNumericName++);
    if (parts.some((part) => part.name === name)) throw new PatternError();
    parts.push({ type, value: regexpValue, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };

  while (index < tokens.length) {
    const charToken = tryConsume(T.CHAR);
    let nameToken = tryConsume(T.NAME);
    let regexpOrWildcard = tryConsumeRegExpOrWildcard(nameToken);
    if (nameToken !== null || regexpOrWildcard !== null) {
      let prefix = charToken === null ? '' : charToken.value;
      if (prefix !== '' && prefix !== options.prefix) {
        pending += prefix;
        prefix = '';
      }
      flushPending();
      addPart(prefix, nameToken, regexpOrWildcard, '', tryConsumeModifier());
      continue;
    }
    const fixedToken = charToken ?? tryConsume(T.ESCAPED_CHAR);
    if (fixedToken !== null) {
      pending += fixedToken.value;
      continue;
    }
    if (tryConsume(T.OPEN) !== null) {
      const prefix = consumeText();
      nameToken = tryConsume(T.NAME);
      regexpOrWildcard = tryConsumeRegExpOrWildcard(nameToken);
      const suffix = consumeText();
      consumeRequired(T.CLOSE);
      addPart(prefix, nameToken, regexpOrWildcard, suffix, tryConsumeModifier());
      continue;
    }
    flushPending();
    consumeRequired(T.END);
  }
  return parts;
}

// -- parts -> RegExp source and group names, and -> the canonical pattern string -----------------

function generateRegExp(parts, options) {
  let source = '^';
  const names = [];
  for (const part of parts) {
    if (part.type === P.FIXED) {
      source += part.modifier === M.NONE
        ? escapeRegExpString(part.value)
        : `(?:${escapeRegExpString(part.value)})${part.modifier}`;
      continue;
    }
    names.push(part.name);
    let value = part.value;
    if (part.type === P.SEGMENT) value = segmentWildcardRegExp(options);
    else if (part.type === P.FULL) value = kFullWildcard;
    const single = part.modifier === M.NONE || part.modifier === M.OPTIONAL;
    if (part.prefix === '' && part.suffix === '') {
      source += single ? `(${value})${part.modifier}` : `((?:${value})${part.modifier})`;
      continue;
    }
    const prefix = escapeRegExpString(part.prefix);
    const suffix = escapeRegExpString(part.suffix);
    if (single) {
      source += `(?:${prefix}(${value})${suffix})${part.modifier}`;
      continue;
    }
    source += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (part.modifier === M.ZERO_OR_MORE) source += '?';
  }
  return { source: `${source}$`, names };
}

const isAsciiDigit = (c) => c !== undefined && c >= '0' && c <= '9';

function generatePatternString(parts, options) {
  let result = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const previous = i > 0 ? parts[i - 1] : null;
    const next = i < parts.length - 1 ? parts[i + 1] : null;
    if (part.type === P.FIXED) {
      result += part.modifier === M.NONE
        ? escapePatternString(part.value)
        : `{${escapePatternString(part.value)}}${part.modifier}`;
      continue;
    }
    const customName = !isAsciiDigit(part.name[0]);
    let needsGrouping = part.suffix !== '' || (part.prefix !== '' && part.prefix !== options.prefix);
    if (!needsGrouping && customName && part.type === P.SEGMENT && part.modifier === M.NONE &&
        next !== null && next.prefix === '' && next.suffix === '') {
      needsGrouping = next.type === P.FIXED
        ? isValidNameCodePoint(Array.from(next.value)[0] ?? '', false)
        : isAsciiDigit(next.name[0]);
    }
    if (!needsGrouping && part.prefix === '' && previous !== null && previous.type === P.FIXED &&
        previous.value !== '' && Array.from(previous.value).pop() === options.prefix) {
      needsGrouping = true;
    }
    if (needsGrouping) result += '{';
    result += escapePatternString(part.prefix);
    if (customName) result += `:${part.name}`;
    if (part.type === P.REGEXP) {
      result += `(${part.value})`;
    } else if (part.type === P.SEGMENT && !customName) {
      result += `(${segmentWildcardRegExp(options)})`;
    } else if (part.type === P.FULL) {
      result += !customName && (previous === null || previous.type === P.FIXED || previous.modifier !== M.NONE ||
        needsGrouping || part.prefix !== '') ? '*' : `(${kFullWildcard})`;
    }
    if (part.type === P.SEGMENT && customName && part.suffix !== '' &&
        isValidNameCodePoint(Array.from(part.suffix)[0], false)) {
      result += '\\';
    }
    result += escapePatternString(part.suffix);
    if (needsGrouping) result += '}';
    result += part.modifier;
  }
  return result;
}

const kDefaultOptions = { delimiter: '', prefix: '', ignoreCase: false };
const kHostnameOptions = { delimiter: '.', prefix: '', ignoreCase: false };
const kPathnameOptions = { delimiter: '/', prefix: '/', ignoreCase: false };

// QuickJS-ng's parser of the v flag applies the class-set rules outside classes too: it refuses a
// plain '-' or '/' and doubled punctuators ('&&', '::', '~~') there, which V8 takes as literals. Outside
// classes those are written as \xHH escapes: the same characters to any engine.
const kDoubledPunctuators = new Set('&!#%,:;<=>@`~');

function outsideClassesEscaped(source) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      depth++;
      out += c;
    } else if (c === ']' && depth > 0) {
      depth--;
      out += c;
    } else if (depth === 0 && c === '(' && source[i + 1] === '?') {
      // a group's own syntax: (?: (?= (?! (?<= (?<! (?<name>
      let end = i + 3;
      if (source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!')) end++;
      out += source.slice(i, end);
      i = end - 1;
    } else if (depth === 0 && (c === '-' || c === '/' || (kDoubledPunctuators.has(c) && source[i + 1] === c))) {
      out += `\\x${c.charCodeAt(0).toString(16)}`;
    } else {
      out += c;
    }
  }
  return out;
}

function compileComponent(input, encode, options) {
  const parts = parsePatternString(input, options, encode);
  const { source, names } = generateRegExp(parts, options);
  let regexp;
  try {
    regexp = new RegExp(outsideClassesEscaped(source), options.ignoreCase ? 'vi' : 'v');
  } catch {
    throw new PatternError();
  }
  return {
    pattern: generatePatternString(parts, options),
    regexp,
    names,
    hasRegExpGroups: parts.some((part) => part.type === P.REGEXP),
  };
}

const kSpecialSchemeList = ['ftp', 'file', 'http', 'https', 'ws', 'wss'];

function matchesSpecialScheme(component) {
  return kSpecialSchemeList.some((scheme) => component.regexp.test(scheme));
}

// -- canonicalizers: the URL parser with a state override ----------------------------------------

function parseOrThrow(value, record, state) {
  if (basicParse(value, null, record, state) === null) throw new PatternError();
  return record;
}

function canonicalizeProtocol(value) {
  if (value === '') return value;
  const record = basicParse(`${value}://dummy.test`, null);
  if (record === null) throw new PatternError();
  return record.scheme;
}

function dummyRecord(text) {
  return basicParse(text, null);
}

function canonicalizeUsername(value) {
  if (value === '') return value;
  const url = new URL('fake://dummy.test');
  url.username = value;
  return url.username;
}

function canonicalizePassword(value) {
  if (value === '') return value;
  const url = new URL('fake://dummy.test');
  url.password = value;
  return url.password;
}

// (a special dummy URL, as ada has it, so that the host goes through IDNA)
function canonicalizeHostname(value) {
  if (value === '') return value;
  const record = parseOrThrow(value, dummyRecord('https://dummy.test'), S.HOSTNAME);
  return record.host ?? '';
}

function canonicalizeIPv6Hostname(value) {
  if (!/^[0-9a-fA-F[\]:]*$/.test(value)) throw new PatternError();
  return value.toLowerCase();
}

function canonicalizePort(value, protocol) {
  if (value === '') return value;
  const record = newRecord();
  if (protocol !== undefined) record.scheme = protocol;
  // the port state keeps the leading digits ('80x' -> '80'); ada also refuses a value that has none
  if (!/^[0-9]/.test(value.replace(/[\t\n\r]/g, ''))) throw new PatternError();
  parseOrThrow(value, record, S.PORT);
  return record.port === null ? '' : String(record.port);
}

function canonicalizePathname(value) {
  if (value === '') return value;
  const leadingSlash = value[0] === '/';
  const record = dummyRecord('fake://fake-url');
  record.path = [];
  parseOrThrow(leadingSlash ? value : `/-${value}`, record, S.PATH_START);
  const result = serializePath(record);
  return leadingSlash ? result : result.slice(2);
}

function canonicalizeOpaquePathname(value) {
  if (value === '') return value;
  const record = newRecord();
  record.path = '';
  parseOrThrow(value, record, S.OPAQUE_PATH);
  return record.path;
}

function canonicalizeSearch(value) {
  if (value === '') return value;
  const record = newRecord();
  record.query = '';
  parseOrThrow(value, record, S.QUERY);
  return record.query;
}

function canonicalizeHash(value) {
  if (value === '') return value;
  const record = newRecord();
  record.fragment = '';
  parseOrThrow(value, record, S.FRAGMENT);
  return record.fragment;
}

// -- URLPatternInit processing --------------------------------------------------------------------

const kComponents = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];

function processBaseURLString(input, type) {
  return type === 'pattern' ? escapePatternString(input) : input;
}

function isAbsolutePathname(input, type) {
  if (input === '') return false;
  if (input[0] === '/') return true;
  if (type === 'url' || input.length < 2) return false;
  return (input[0] === '\\' || input[0] === '{') && input[1] === '/';
}

function processInit(init, type, defaults) {
  const result = { ...defaults };
  const has = (key) => init[key] !== undefined;
  if (has('baseURL')) {
    const base = basicParse(init.baseURL, null);
    if (base === null) throw new PatternError();
    const before = (...keys) => keys.every((key) => !has(key));
    if (!has('protocol')) result.protocol = processBaseURLString(base.scheme, type);
    if (type !== 'pattern' && before('protocol', 'hostname', 'port', 'username')) {
      result.username = processBaseURLString(base.username, type);
    }
    if (type !== 'pattern' && before('protocol', 'hostname', 'port', 'username', 'password')) {
      result.password = processBaseURLString(base.password, type);
    }
    if (before('protocol', 'hostname')) result.hostname = processBaseURLString(base.host ?? '', type);
    if (before('protocol', 'hostname', 'port')) result.port = base.port === null ? '' : String(base.port);
    if (before('protocol', 'hostname', 'port', 'pathname')) {
      result.pathname = processBaseURLString(serializePath(base), type);
    }
    if (before('protocol', 'hostname', 'port', 'pathname', 'search')) {
      result.search = processBaseURLString(base.query ?? '', type);
    }
    if (before('protocol', 'hostname', 'port', 'pathname', 'search', 'hash')) {
      result.hash = processBaseURLString(base.fragment ?? '', type);
    }
    result.baseRecord = base;
  }
  const pattern = type === 'pattern';
  if (has('protocol')) {
    const stripped = init.protocol.endsWith(':') ? init.protocol.slice(0, -1) : init.protocol;
    result.protocol = pattern ? stripped : canonicalizeProtocol(stripped);
  }
  if (has('username')) result.username = pattern ? init.username : canonicalizeUsername(init.username);
  if (has('password')) result.password = pattern ? init.password : canonicalizePassword(init.password);
  if (has('hostname')) result.hostname = pattern ? init.hostname : canonicalizeHostname(init.hostname);
  if (has('port')) result.port = pattern ? init.port : canonicalizePort(init.port, result.protocol);
  if (has('pathname')) {
    let pathname = init.pathname;
    const base = result.baseRecord;
    if (base !== undefined && typeof base.path !== 'string' && !isAbsolutePathname(pathname, type)) {
      const basePath = processBaseURLString(serializePath(base), type);
      const slash = basePath.lastIndexOf('/');
      if (slash !== -1) pathname = basePath.slice(0, slash + 1) + pathname;
    }
    if (!pattern) {
      const protocol = result.protocol ?? '';
      pathname = protocol === '' || isSpecialScheme(protocol)
        ? canonicalizePathname(pathname) : canonicalizeOpaquePathname(pathname);
    }
    result.pathname = pathname;
  }
  if (has('search')) {
    const stripped = init.search.startsWith('?') ? init.search.slice(1) : init.search;
    result.search = pattern ? stripped : canonicalizeSearch(stripped);
  }
  if (has('hash')) {
    const stripped = init.hash.startsWith('#') ? init.hash.slice(1) : init.hash;
    result.hash = pattern ? stripped : canonicalizeHash(stripped);
  }
  delete result.baseRecord;
  return result;
}

// -- the constructor-string parser ----------------------------------------------------------------

function parseConstructorString(input) {
  const chars = Array.from(input);
  const tokens = tokenize(input, false);
  const result = {};
  let componentStart = 0;
  let tokenIndex = 0;
  let tokenIncrement = 1;
  let groupDepth = 0;
  let ipv6Depth = 0;
  let specialScheme = false;
  let state = 'init';

  const safeToken = (index) => tokens[index < tokens.length ? index : tokens.length - 1];
  const isNonSpecialPatternChar = (index, value) => {
    const token = safeToken(index);
    return token.value === value &&
      (token.type === T.CHAR || token.type === T.ESCAPED_CHAR || token.type === T.INVALID_CHAR);
  };
  const isSearchPrefix = () => {
    if (isNonSpecialPatternChar(tokenIndex, '?')) return true;
    if (tokens[tokenIndex].value !== '?') return false;
    if (tokenIndex - 1 < 0) return true;
    const previous = safeToken(tokenIndex - 1);
    return !(previous.type === T.NAME || previous.type === T.REGEXP || previous.type === T.CLOSE ||
      previous.type === T.ASTERISK);
  };
  const isHashPrefix = () => isNonSpecialPatternChar(tokenIndex, '#');
  const isPathnameStart = () => isNonSpecialPatternChar(tokenIndex, '/');
  const isIdentityTerminator = () => isNonSpecialPatternChar(tokenIndex, '@');
  const isColon = () => isNonSpecialPatternChar(tokenIndex, ':');
  const componentString = () => {
    const end = tokens[tokenIndex].index;
    return chars.slice(safeToken(componentStart).index, end).join('');
  };
  const rewind = () => {
    tokenIndex = componentStart;
    tokenIncrement = 0;
  };
  const rewindAndSetState = (next) => {
    rewind();
    state = next;
  };
  const kBeforeHost = ['protocol', 'authority', 'username', 'password'];
  const changeState = (next, skip) => {
    if (state !== 'init' && state !== 'authority' && state !== 'done') result[state] = componentString();
    if (state !== 'init' && next !== 'done') {
      if (kBeforeHost.includes(state) && ['port', 'pathname', 'search', 'hash'].includes(next) &&
          result.hostname === undefined) {
        result.hostname = '';
      }
      if ([...kBeforeHost, 'hostname', 'port'].includes(state) && (next === 'search' || next === 'hash') &&
          result.pathname === undefined) {
        result.pathname = specialScheme ? '/' : '';
      }
      if ([...kBeforeHost, 'hostname', 'port', 'pathname'].includes(state) && next === 'hash' &&
          result.search === undefined) {
        result.search = '';
      }
    }
    state = next;
    tokenIndex += skip;
    componentStart = tokenIndex;
    tokenIncrement = 0;
  };

  while (tokenIndex < tokens.length) {
    tokenIncrement = 1;
    const token = tokens[tokenIndex];
    if (token.type === T.END) {
      if (state === 'init') {
        rewind();
        if (isHashPrefix()) changeState('hash', 1);
        else if (isSearchPrefix()) changeState('search', 1);
        else changeState('pathname', 0);
        tokenIndex += tokenIncrement;
        continue;
      }
      if (state === 'authority') {
        rewindAndSetState('hostname');
        tokenIndex += tokenIncrement;
        continue;
      }
      changeState('done', 0);
      break;
    }
    if (token.type === T.OPEN) {
      groupDepth++;
      tokenIndex += tokenIncrement;
      continue;
    }
    if (groupDepth > 0) {
      if (token.type === T.CLOSE) {
        groupDepth--;
      } else {
        tokenIndex += tokenIncrement;
        continue;
      }
    }
    switch (state) {
      case 'init':
        if (isColon()) rewindAndSetState('protocol');
        break;
      case 'protocol':
        if (isColon()) {
          const protocol = compileComponent(componentString(), canonicalizeProtocol, kDefaultOptions);
          specialScheme = matchesSpecialScheme(protocol);
          if (isNonSpecialPatternChar(tokenIndex + 1, '/') && isNonSpecialPatternChar(tokenIndex + 2, '/')) {
            changeState('authority', 3);
          } else {
            changeState(specialScheme ? 'authority' : 'pathname', 1);
          }
        }
        break;
      case 'authority':
        if (isIdentityTerminator()) rewindAndSetState('username');
        else if (isPathnameStart() || isSearchPrefix() || isHashPrefix()) rewindAndSetState('hostname');
        break;
      case 'username':
        if (isColon()) changeState('password', 1);
        else if (isIdentityTerminator()) changeState('hostname', 1);
        break;
      case 'password':
        if (isIdentityTerminator()) changeState('hostname', 1);
        break;
      case 'hostname':
        if (isNonSpecialPatternChar(tokenIndex, '[')) ipv6Depth++;
        else if (isNonSpecialPatternChar(tokenIndex, ']')) ipv6Depth--;
        else if (isColon() && ipv6Depth === 0) changeState('port', 1);
        else if (isPathnameStart()) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'port':
        if (isPathnameStart()) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'pathname':
        if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'search':
        if (isHashPrefix()) changeState('hash', 1);
        break;
      default:
        break;
    }
    tokenIndex += tokenIncrement;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = '';
  return result;
}

// -- the class ------------------------------------------------------------------------------------

const kInitKeys = [...kComponents, 'baseURL'];

// A URLPatternInit dictionary as node reads one: the members that are strings (others count as
// absent), all keys present in node's order.
function readInit(object) {
  const init = {};
  for (const key of kInitKeys) {
    const value = object[key];
    init[key] = typeof value === 'string' ? value.toWellFormed() : undefined;
  }
  return init;
}

const usv = (value) => (typeof value === 'string' ? value.toWellFormed() : value);

function isHostnameIPv6(input) {
  if (input.length < 2) return false;
  return input[0] === '[' || ((input[0] === '{' || input[0] === '\\') && input[1] === '[');
}

const isObject = (value) => value !== null && typeof value === 'object';
const componentsOf = new WeakMap();

// A function rather than a class: node's checks (made in C++) count the arguments given, and a
// call without `new` gets node's own message rather than the engine's.
function URLPattern(input = {}, baseURLOrOptions = undefined, maybeOptions = undefined) {
  if (new.target === undefined) {
    throw nativeError('TypeError', 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  if (arguments.length > 0 && !isObject(arguments[0]) && typeof arguments[0] !== 'string') {
    throw invalidArgument('Input must be an object or a string');
  }
  let baseURL;
  let options;
  const validateOptions = (value) => {
    if (typeof value.ignoreCase !== 'boolean') throw invalidArgument('options.ignoreCase must be a boolean');
    return value;
  };
  if (arguments.length > 1) {
    if (typeof baseURLOrOptions === 'string') baseURL = baseURLOrOptions;
    else if (isObject(baseURLOrOptions)) options = validateOptions(baseURLOrOptions);
    else throw invalidArgument('second argument must be a string or object');
  }
  if (arguments.length > 2) {
    if (!isObject(maybeOptions)) throw invalidArgument('options must be an object');
    options = validateOptions(maybeOptions);
  }
  try {
    componentsOf.set(this, compilePattern(usv(input), usv(baseURL), options?.ignoreCase === true));
  } catch (error) {
    if (error instanceof PatternError) throw invalidPattern();
    throw error;
  }
}

function components(self) {
  const found = componentsOf.get(self);
  if (found === undefined) throw new TypeError('Illegal invocation');   // V8's words for a wrong receiver
  return found;
}

function matchArguments(args) {
  if (args.length > 0 && !isObject(args[0]) && typeof args[0] !== 'string') {
    throw invalidArgument('URLPattern input needs to be a string or an object');
  }
  if (args.length > 1 && typeof args[1] !== 'string') throw invalidArgument('baseURL must be a string');
  const [input = {}, baseURL] = args.map(usv);
  return [input, baseURL];
}

// node's order: the component getters, hasRegExpGroups, exec, test, then constructor
delete URLPattern.prototype.constructor;
Object.defineProperties(URLPattern.prototype, {
  ...Object.fromEntries(kComponents.map((name) => [name, {
    get: { [name]() { return components(this)[name].pattern; } }[name],
    enumerable: false, configurable: true,
  }])),
  hasRegExpGroups: {
    get: function hasRegExpGroups() {
      const found = components(this);
      return kComponents.some((name) => found[name].hasRegExpGroups);
    },
    enumerable: false, configurable: true,
  },
  exec: {
    value: function exec(input = undefined, baseURL = undefined) {
      return match(components(this), ...matchArguments(Array.from(arguments)), 'exec');
    },
    writable: true, enumerable: false, configurable: true,
  },
  test: {
    value: function test(input = undefined, baseURL = undefined) {
      const [given, base] = matchArguments(Array.from(arguments));
      return match(components(this), given, base, 'test') !== null;
    },
    writable: true, enumerable: false, configurable: true,
  },
  constructor: { value: URLPattern, writable: true, enumerable: false, configurable: true },
});

function compilePattern(input, baseURL, ignoreCase) {
  let init;
  if (typeof input === 'string') {
    init = parseConstructorString(input);
    if (baseURL === undefined && init.protocol === undefined) throw new PatternError();
    if (baseURL !== undefined) init.baseURL = baseURL;
  } else {
    if (baseURL !== undefined) throw new PatternError();
    init = readInit(input);
  }
  const processed = processInit(init, 'pattern', {});
  for (const name of kComponents) processed[name] ??= '*';
  if (isSpecialScheme(processed.protocol) && processed.port === String(defaultPort(processed.protocol))) {
    processed.port = '';
  }
  const withCase = { ...kDefaultOptions, ignoreCase };
  const components = {
    protocol: compileComponent(processed.protocol, canonicalizeProtocol, kDefaultOptions),
    username: compileComponent(processed.username, canonicalizeUsername, kDefaultOptions),
    password: compileComponent(processed.password, canonicalizePassword, kDefaultOptions),
    hostname: isHostnameIPv6(processed.hostname)
      ? compileComponent(processed.hostname, canonicalizeIPv6Hostname, kHostnameOptions)
      : compileComponent(processed.hostname, canonicalizeHostname, kHostnameOptions),
    port: compileComponent(processed.port, canonicalizePort, kDefaultOptions),
  };
  components.pathname = matchesSpecialScheme(components.protocol)
    ? compileComponent(processed.pathname, canonicalizePathname, { ...kPathnameOptions, ignoreCase })
    : compileComponent(processed.pathname, canonicalizeOpaquePathname, withCase);
  components.search = compileComponent(processed.search, canonicalizeSearch, withCase);
  components.hash = compileComponent(processed.hash, canonicalizeHash, withCase);
  return components;
}

function match(components, input, baseURL, method = 'exec') {
  let values;
  let inputs;
  if (typeof input === 'string') {
    inputs = baseURL === undefined ? [input] : [input, baseURL];
    let base = null;
    if (baseURL !== undefined) {
      base = basicParse(baseURL, null);
      if (base === null) return null;
    }
    const url = basicParse(input, base);
    if (url === null) return null;
    values = {
      protocol: url.scheme, username: url.username, password: url.password, hostname: url.host ?? '',
      port: url.port === null ? '' : String(url.port), pathname: serializePath(url),
      search: url.query ?? '', hash: url.fragment ?? '',
    };
  } else {
    if (baseURL !== undefined) {
      throw nativeError('TypeError', 'ERR_OPERATION_FAILED', `Failed to ${method} URLPattern`);
    }
    const init = readInit(input);
    inputs = [init];
    const empty = Object.fromEntries(kComponents.map((name) => [name, '']));
    try {
      values = processInit(init, 'url', empty);
    } catch (error) {
      if (error instanceof PatternError) return null;
      throw error;
    }
  }
  const result = { __proto__: null, inputs };
  for (const name of kComponents) {
    const component = components[name];
    const found = component.regexp.exec(values[name]);
    if (found === null) return null;
    const groups = {};
    for (const i of hashMapOrder(component.names)) groups[component.names[i]] = found[i + 1];
    result[name] = { input: values[name], groups };
  }
  return result;
}


// -- the order of exec()'s groups ------------------------------------------------------------------
// node builds them from a C++ std::unordered_map (libstdc++, reserved for the number of groups),
// so a program that lists them sees that map's iteration order. It is reproduced here: the
// library's string hash (a 64-bit MurmurHash2 variant), its bucket counts, and its rule that a
// key goes first in its bucket, or first in the list when its bucket was empty.

const kMask64 = (1n << 64n) - 1n;
const kMul = 0xc6a4a7935bd1e995n;
const kSeed = 0xc70f6907n;
const shiftMix = (v) => v ^ (v >> 47n);
let utf8Encoder;

function stdStringHash(text) {
  utf8Encoder ??= new TextEncoder();
  const bytes = utf8Encoder.encode(text);
  const aligned = bytes.length & ~7;
  const word = (from, to) => {   // little-endian bytes [from, to) as one integer
    let value = 0n;
    for (let i = to - 1; i >= from; i--) value = (value << 8n) | BigInt(bytes[i]);
    return value;
  };
  let hash = kSeed ^ ((BigInt(bytes.length) * kMul) & kMask64);
  for (let i = 0; i < aligned; i += 8) {
    const data = (shiftMix((word(i, i + 8) * kMul) & kMask64) * kMul) & kMask64;
    hash = ((hash ^ data) * kMul) & kMask64;
  }
  if (bytes.length & 7) hash = ((hash ^ word(aligned, bytes.length)) * kMul) & kMask64;
  hash = (shiftMix(hash) * kMul) & kMask64;
  return shiftMix(hash);
}

// libstdc++'s bucket count for n elements (its table of primes, exact up to 97)
const kFastBuckets = [1, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
const kPrimes = [17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];

function bucketCount(n) {
  return n < kFastBuckets.length ? kFastBuckets[n] : kPrimes.find((prime) => prime >= n);
}

// The indexes of `names` in the map's iteration order (insertion order past 97 names).
function hashMapOrder(names) {
  const indexes = names.map((_, i) => i);
  const buckets = bucketCount(names.length);
  if (names.length < 2 || buckets === undefined) return indexes;
  const bucketOf = names.map((name) => Number(stdStringHash(name) % BigInt(buckets)));
  const list = [];
  for (const i of indexes) {
    const first = list.findIndex((j) => bucketOf[j] === bucketOf[i]);
    list.splice(first === -1 ? 0 : first, 0, i);
  }
  return list;
}

module.exports = { URLPattern };
