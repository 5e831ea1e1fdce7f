'use strict';
// node:url: the WHATWG URL classes (internal/url), file URL <-> path conversion with node 24's
// rules, url.format for both URL kinds, and the legacy API: url.parse() into Url objects,
// url.resolve() / resolveObject() and Url.prototype.format, with node's behaviour for the
// cases programs meet (it is lenient by design and differs from the WHATWG parser).

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_INVALID_URI,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, idnaToASCII,
} = require('internal/url');
const { URLPattern } = require('internal/url_pattern');

// What node takes for a WHATWG URL here: anything with href and protocol that is not a legacy
// Url object (those have `auth` and `path`), so URL-like objects work too.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

let querystring;
function qs() {
  querystring ??= require('querystring');
  return querystring;
}

// -- file URLs ------------------------------------------------------------------------------------

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

// An encoded separator would turn into a real one on decoding: node refuses it.
function rejectEncodedSeparators(pathname, backslashToo) {
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] !== '%') continue;
    const third = pathname.codePointAt(n + 2) | 0x20;
    if ((pathname[n + 1] === '2' && third === 102) || (backslashToo && pathname[n + 1] === '5' && third === 99)) {
      throw new ERR_INVALID_FILE_URL_PATH(
        backslashToo ? 'must not include encoded \\ or / characters' : 'must not include encoded / characters');
    }
  }
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const { pathname } = url;
  rejectEncodedSeparators(pathname, false);
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const { hostname } = url;
  let pathname = url.pathname;
  rejectEncodedSeparators(pathname, true);
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`; // a UNC path
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  return pathname.slice(1);
}

// fileURLToPath's bytes (node 24): %XX escapes become raw bytes, so a path that is not UTF-8
// survives. Unlike fileURLToPath, node does not refuse encoded separators here.
function fileURLToPathBuffer(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const { hostname, pathname } = path;
  if (!windows) {
    if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    return percentDecodeToBuffer(pathname);
  }
  const bytes = percentDecodeToBuffer(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(hostname)}`), bytes]);
  const letter = bytes[1] | 0x20;
  if (letter < 97 || letter > 122 || bytes[2] !== 0x3A) throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  return bytes.subarray(1);
}

function percentDecodeToBuffer(text) {
  const utf8 = Buffer.from(text);
  const out = Buffer.allocUnsafe(utf8.length);
  let length = 0;
  for (let n = 0; n < utf8.length; n++) {
    const hex = utf8[n] === 0x25 && n + 2 < utf8.length ? utf8.toString('latin1', n + 1, n + 3) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out[length++] = parseInt(hex, 16);
      n += 2;
    } else {
      out[length++] = utf8[n];
    }
  }
  return out.subarray(0, length);
}

// Characters that the URL parser would otherwise take as syntax or drop, encoded first.
function encodePathChars(filepath, windows) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (!windows && filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  // node 24 also escapes the characters RFC 1738 calls unsafe that the URL parser keeps
  return filepath.replace(/[[\]|~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const windows = options?.windows ?? false;
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // A UNC path \\server\share\resource (or node 24's extended \\?\UNC\server\share\resource):
    // the server becomes the URL's host.
    const outURL = new URL('file://');
    const serverStart = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostnameEnd = filepath.indexOf('\\', serverStart);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEnd === serverStart) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(serverStart, hostnameEnd);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), true);
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator; a directory URL keeps it.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  resolved = encodePathChars(resolved, windows);
  if (windows) resolved = `/${resolved.replace(/\\/g, '/')}`;
  // '?' and '#' belong to the path here.
  resolved = resolved.replace(/\?/g, '%3F').replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // keeps properties a caller added to the URL object
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// -- the legacy Url object ------------------------------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kHostnameMaxLength = 255;
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// A host name that IDNA turned into one of these would be spoofable: url.parse() throws instead.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIPv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// Characters RFC 2396 never allows in a host: the host ends at the first of them.
const nonHostChars = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Delimiters and unwise characters escaped in the rest of the URL (and ' against XSS).
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };

function isWhitespaceForTrim(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

function isIPv6Hostname(hostname) {
  return hostname.startsWith('[') && hostname.endsWith(']');
}

// Trims the URL and turns backslashes before the first '?' or '#' into slashes, as browsers do;
// reports whether a '#' or an '@' (before '?' / '#') was seen.
function prepareLegacyInput(url) {
  let start = 0;
  while (start < url.length && isWhitespaceForTrim(url.charCodeAt(start))) start++;
  let end = url.length;
  while (end > start && isWhitespaceForTrim(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const ch = url[i];
    if (!split) {
      if (ch === '@') hasAt = true;
      else if (ch === '#' || ch === '?') {
        hasHash ||= ch === '#';
        split = true;
      } else if (ch === '\\') {
        rest += '/';
        continue;
      }
    } else if (ch === '#') {
      hasHash = true;
    }
    rest += ch;
  }
  return { rest, hasHash, hasAt };
}

function setQuery(self, query, parseQueryString) {
  self.query = parseQueryString ? qs().parse(query) : query;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepareLegacyInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // The common path-only case: "/a/b?c".
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        setQuery(this, this.search.slice(1), parseQueryString);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto;
  const protoMatch = protocolPattern.exec(rest);
  if (protoMatch) {
    lowerProto = protoMatch[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(protoMatch[0].length);
  }

  // "user@server" always names a host; "//foo/bar" does when asked to or after a protocol.
  let slashes = false;
  if (slashesDenoteHost || protoMatch || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(protoMatch && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProto) &&
      (slashes || (protoMatch && !slashedProtocols.has(protoMatch[0])))) {
    rest = parseLegacyAuthority(this, rest, url);
  }

  if (!hostlessProtocols.has(lowerProto)) {
    rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (ch) => autoEscape[ch]);
  }

  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  const beforeHash = hashIdx === -1 ? rest : rest.slice(0, hashIdx);
  const questionIdx = beforeHash.indexOf('?');
  if (questionIdx !== -1) {
    this.search = beforeHash.slice(questionIdx);
    setQuery(this, beforeHash.slice(questionIdx + 1), parseQueryString);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

// Splits "auth@host:port" off the front of `rest` into the Url and returns what follows.
// The host ends at the first '/', '?' or '#'; an '@' before that makes everything up to the last
// such '@' the auth part.
function parseLegacyAuthority(self, rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const ch = rest[i];
    if (nonHostChars.has(ch)) {
      if (nonHost === -1) nonHost = i;
    } else if (ch === '#' || ch === '/' || ch === '?') {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  // Tabs and newlines inside the host are dropped, as the WHATWG parser drops them.
  self.host = self.host.replace(/[\t\n\r]/g, '');

  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const ipv6 = isIPv6Hostname(self.hostname);

  if (!ipv6) {
    // A character that cannot be in a host name ends it: the remainder joins the path.
    const cut = self.hostname.search(/[/\\#?:]/);
    if (cut !== -1 && self.hostname[cut] === ':') warnInvalidPort(url);
    if (cut !== -1) {
      rest = `/${self.hostname.slice(cut)}${rest}`;
      self.hostname = self.hostname.slice(0, cut);
    }
  }

  self.hostname = self.hostname.length > kHostnameMaxLength ? '' : self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIPv6.test(self.hostname)) throw legacyInvalidURL(url);
    } else {
      self.hostname = idnaToASCII(self.hostname) ?? '';
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw legacyInvalidURL(url);
    }
  }

  self.host = `${self.hostname || ''}${self.port ? `:${self.port}` : ''}`;
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// A ':' left in the host name is a port that is not a number: node 20 still accepts the URL and
// warns once per process.
let invalidPortWarned = false;
function warnInvalidPort(url) {
  if (invalidPortWarned) return;
  invalidPortWarned = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

function legacyInvalidURL(url) {
  const err = new ERR_INVALID_URL();
  err.input = url;
  return err;
}

Url.prototype.parseHost = function parseHost() {
  let { host } = this;
  const portMatch = portPattern.exec(host);
  if (portMatch) {
    if (portMatch[0] !== ':') this.port = portMatch[0].slice(1);
    host = host.slice(0, host.length - portMatch[0].length);
  }
  if (host) this.hostname = host;
};

// Percent-encodes `str` except for the characters `keep` matches (UTF-8, node's errors).
function encodeExcept(str, keep) {
  let out = '';
  for (const ch of str) {
    if (keep.test(ch)) {
      out += ch;
      continue;
    }
    try {
      out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      throw new ERR_INVALID_URI();
    }
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeExcept(auth, /^[A-Za-z0-9!\-._~'()*:]$/)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracketed = this.hostname.includes(':') && !isIPv6Hostname(this.hostname);
    host = auth + (bracketed ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));

  // Only the slashed protocols get '//' (others only when they had it to begin with).
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = `${result.pathname ? result.pathname : ''}${result.search ? result.search : ''}`;
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// "user@host" that ended up in the host of a non-slashed URL (mailto:) goes back to auth.
function splitAuthFromHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// Resolves '.' and '..' in path segments, in place; returns how many '..' went above the start.
function removeDotSegments(segments) {
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.') {
      segments.splice(i, 1);
    } else if (segment === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  Object.assign(result, this);

  // The fragment always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path" keeps only the protocol of the base.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return finish(resolveOtherProtocol(result, relative));
  }

  const isSourceAbs = Boolean(result.pathname && result.pathname[0] === '/');
  const isRelAbs = Boolean(relative.host || (relative.pathname && relative.pathname[0] === '/'));
  let mustEndAbs = Boolean(isRelAbs || isSourceAbs || (result.host && relative.pathname));
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);

  // In a non-slashed URL the host is the first path segment, so that '..' can climb into it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the base's.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: "?foo".
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '/' keeps a trailing slash.
  const last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = removeDotSegments(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || Boolean(srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

// The relative URL has another protocol: a non-slashed one replaces everything; a slashed one
// must have a host (taken from its path when missing) and an absolute path.
function resolveOtherProtocol(result, relative) {
  if (!slashedProtocols.has(relative.protocol)) {
    Object.assign(result, relative);
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = `${result.pathname || ''}${result.search || ''}`;
  result.slashes = result.slashes || relative.slashes;
  return result;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// url.format(): a string is parsed and formatted again; a WHATWG URL is written with the
// options { auth, fragment, search, unicode }; anything else is a legacy url object.
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    const copy = new URL(urlObject.href);
    if (!fragment) copy.hash = '';
    if (!search) copy.search = '';
    if (!auth) {
      copy.username = '';
      copy.password = '';
    }
    if (unicode && copy.hostname !== '') {
      const { href } = copy;
      const unicodeHost = domainToUnicode(copy.hostname);
      const hostStart = href.indexOf(copy.hostname, copy.protocol.length);
      return `${href.slice(0, hostStart)}${unicodeHost}${href.slice(hostStart + copy.hostname.length)}`;
    }
    return copy.href;
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
