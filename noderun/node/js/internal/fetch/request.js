'use strict';
// Request of the fetch standard with undici 7's (node 24's) checks, messages and inspect output.

const { Headers, fillHeaders, appendHeader, rawEntries } = require('internal/fetch/headers');
const {
  extractBody, bodyStream, isUsed, isLocked, cloneBody, takeOverBody, bodyMixin,
} = require('internal/fetch/body');
const {
  exposeInterface, validateInit, requireArgs, illegalInvocation, byteString, usvString, enumValue, stringify, inspect,
} = require('internal/fetch/webidl');
const { isToken } = require('internal/fetch/mime');

const { markAsUncloneable } = require('internal/worker/marks');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
const enums = {
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  duplex: ['half'],
};

let patchWarned = false;

function parseURL(input) {
  try {
    return new URL(input);
  } catch (error) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: error });
  }
}

function normalizeMethod(method) {
  method = byteString(method);
  if (!isToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (normalizedMethods.includes(upper)) return upper;
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much ' +
      'more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

// a signal that aborts when `parent` does (the standard's "follow")
function followSignal(parent) {
  const controller = new AbortController();
  if (parent != null) {
    if (parent.aborted) controller.abort(parent.reason);
    else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  }
  return controller.signal;
}

let requestState;

class Request {
  #state;
  #signal;

  constructor(input, init = undefined) {
    requireArgs(arguments.length, 1, 'Request constructor');
    markAsUncloneable(this);   // as undici: structured clone refuses it
    init = validateInit(init);
    let state;
    let inputBody = null;
    let parentSignal = null;
    if (input !== null && typeof input === 'object' && #state in input) {
      state = { ...input.#state, headers: null, urlList: input.#state.urlList.slice() };
      inputBody = input.#state.body;
      parentSignal = input.#signal;
    } else {
      input = usvString(input);
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', urlList: [url], referrer: 'about:client', referrerPolicy: '', mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '', keepalive: false,
        duplex: 'half', body: null, headers: null,
      };
    }
    const has = (name) => name in init && init[name] !== undefined;
    if (has('window') && init.window !== null) throw new TypeError("'window' option 'client' must be null");
    for (const name of ['referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'duplex']) {
      if (has(name)) state[name] = enumValue(init[name], enums[name]);
    }
    if (state.mode === 'navigate') {
      if (has('mode')) throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = 'same-origin';
    }
    if (has('referrer')) {
      const referrer = usvString(init.referrer);
      if (referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new URL(referrer);
        } catch (error) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: error });
        }
        state.referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'about:client' : parsed.href;
      }
    }
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (has('integrity')) state.integrity = `${init.integrity}`;
    if (has('keepalive')) state.keepalive = Boolean(init.keepalive);
    if (has('method')) state.method = normalizeMethod(init.method);
    if (state.mode === 'no-cors' && !['GET', 'HEAD', 'POST'].includes(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);   // (undici's quotes)
    }
    if (has('signal')) {
      const { signal } = init;
      if (signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError(`RequestInit: Expected signal ("${stringify(signal)}") to be an instance of AbortSignal.`);
      }
      parentSignal = signal;
    }
    const headers = new Headers();
    const source = has('headers') ? init.headers : (input instanceof Request ? rawEntries(input.#state.headers) : undefined);
    if (source !== undefined) fillHeaders(headers, source);
    state.headers = headers;
    const initBody = has('body') ? init.body : null;
    if ((initBody !== null || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = inputBody;
    if (initBody !== null) {
      const extracted = extractBody(initBody);
      body = extracted.body;
      if (extracted.type !== null && !headers.has('content-type')) appendHeader(headers, 'content-type', extracted.type);
      if (body.source === null && state.keepalive) throw new TypeError('keepalive');
      if (body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    }
    if (initBody === null && inputBody !== null) {
      if (isUsed(inputBody) || isLocked(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      body = takeOverBody(inputBody);
    }
    state.body = body;
    this.#state = state;
    this.#signal = followSignal(parentSignal);
  }

  // the internal state of a Request, or undefined for anything else (the brand check)
  static #stateOf(object) {
    return object !== null && typeof object === 'object' && #state in object ? object.#state : undefined;
  }

  static {
    requestState = Request.#stateOf;
  }

  static #own(self) {
    const state = Request.#stateOf(self);
    if (state === undefined) throw illegalInvocation();
    return state;
  }

  get method() { return Request.#own(this).method; }

  get url() { return Request.#own(this).urlList[0].href; }

  get headers() { return Request.#own(this).headers; }

  get destination() { Request.#own(this); return ''; }

  get referrer() {
    const { referrer } = Request.#own(this);
    return referrer === 'no-referrer' ? '' : referrer;
  }

  get referrerPolicy() { return Request.#own(this).referrerPolicy; }

  get mode() { return Request.#own(this).mode; }

  get credentials() { return Request.#own(this).credentials; }

  get cache() { return Request.#own(this).cache; }

  get redirect() { return Request.#own(this).redirect; }

  get integrity() { return Request.#own(this).integrity; }

  get keepalive() { return Request.#own(this).keepalive; }

  get isReloadNavigation() { Request.#own(this); return false; }

  get isHistoryNavigation() { Request.#own(this); return false; }

  get signal() { Request.#own(this); return this.#signal; }

  get body() {
    const { body } = Request.#own(this);
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() { return isUsed(Request.#own(this).body); }

  get duplex() { Request.#own(this); return 'half'; }

  clone() {
    const state = Request.#own(this);
    if (isUsed(state.body) || isLocked(state.body)) throw new TypeError('unusable');
    const request = new Request(state.urlList[0].href);
    request.#state = {
      ...state, urlList: state.urlList.slice(), headers: new Headers(rawEntries(state.headers)), body: cloneBody(state.body),
    };
    request.#signal = followSignal(this.#signal);
    return request;
  }

  [customInspectSymbol](depth, options) {
    const opts = { ...options, depth: options.depth === null ? 2 : options.depth };
    return `Request ${inspect().formatWithOptions(opts, {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    })}`;
  }
}

Object.assign(Request.prototype, bodyMixin(requestState));
exposeInterface(Request, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal',
  'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
// undici 7 leaves an enumerable, read-only `attribute` (undefined) on Request.prototype; programs
// that list its keys see it in node
Object.defineProperty(Request.prototype, 'attribute', { value: undefined, enumerable: true });

module.exports = { Request, requestState };
