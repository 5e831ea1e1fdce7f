'use strict';
// Response of the fetch standard with undici 7's (node 24's) checks, messages and inspect output.

const { Headers, fillHeaders, appendHeader, setGuard, getGuard } = require('internal/fetch/headers');
const {
  extractBody, makeBody, bodyStream, isUsed, isLocked, cloneBody, bodyMixin,
} = require('internal/fetch/body');
const {
  exposeInterface, validateInit, illegalInvocation, byteString, unsignedShort, inspect,
} = require('internal/fetch/webidl');

const { markAsUncloneable } = require('internal/worker/marks');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');
const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];
const reasonPhrase = /^[\t\u0020-\u007E\u0080-\u00FF]*$/;

let responseState;

class Response {
  #state;

  constructor(body = null, init = undefined) {
    markAsUncloneable(this);   // as undici: structured clone refuses it
    init = validateInit(init);
    this.#state = {
      type: 'default', status: 200, statusText: '', urlList: [], body: null, headers: new Headers(),
    };
    if (body === kConstruct) return;
    initializeResponse(this, init, body === null ? null : extractBody(body));
  }

  // the internal state of a Response, or undefined for anything else (the brand check)
  static #stateOf(object) {
    return object !== null && typeof object === 'object' && #state in object ? object.#state : undefined;
  }

  static {
    responseState = Response.#stateOf;
  }

  static #own(self) {
    const state = Response.#stateOf(self);
    if (state === undefined) throw illegalInvocation();
    return state;
  }

  static error() {
    const response = new Response(kConstruct);
    Object.assign(response.#state, { type: 'error', status: 0 });
    setGuard(response.#state.headers, 'immutable');
    return response;
  }

  static json(data, init = undefined) {
    init = validateInit(init);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = new Response(kConstruct);
    initializeResponse(response, init, { body: makeBody(new TextEncoder().encode(text)), type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (error) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: error });
    }
    status = unsignedShort(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(kConstruct);
    response.#state.status = status;
    appendHeader(response.#state.headers, 'location', parsed.href);
    setGuard(response.#state.headers, 'immutable');
    return response;
  }

  get type() { return Response.#own(this).type; }

  get url() {
    const { urlList } = Response.#own(this);
    if (urlList.length === 0) return '';
    const url = urlList[urlList.length - 1];
    const hash = url.href.indexOf('#');
    return hash === -1 ? url.href : url.href.slice(0, hash);
  }

  get redirected() { return Response.#own(this).urlList.length > 1; }

  get status() { return Response.#own(this).status; }

  get ok() {
    const { status } = Response.#own(this);
    return status >= 200 && status <= 299;
  }

  get statusText() { return Response.#own(this).statusText; }

  get headers() { return Response.#own(this).headers; }

  get body() {
    const { body } = Response.#own(this);
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() { return isUsed(Response.#own(this).body); }

  clone() {
    const state = Response.#own(this);
    if (isUsed(state.body) || isLocked(state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const response = new Response(kConstruct);
    Object.assign(response.#state, { ...state, urlList: state.urlList.slice(), body: cloneBody(state.body) });
    const headers = new Headers(state.headers);
    setGuard(headers, getGuard(state.headers));
    response.#state.headers = headers;
    return response;
  }

  [customInspectSymbol](depth, options) {
    const opts = { ...options, depth: options.depth === null ? 2 : options.depth };
    return `Response ${inspect().formatWithOptions(opts, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    })}`;
  }
}

// The standard's "initialize a response": status, statusText, headers, then the body.
function initializeResponse(response, init, extracted) {
  const state = responseState(response);
  if ('status' in init && init.status !== undefined) {
    const status = unsignedShort(init.status);
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    state.status = status;
  }
  if ('statusText' in init && init.statusText !== undefined) {
    const statusText = byteString(init.statusText);
    if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
    state.statusText = statusText;
  }
  if ('headers' in init && init.headers !== undefined) fillHeaders(state.headers, init.headers);
  if (extracted !== null) {
    if (nullBodyStatus.includes(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = extracted.body;
    if (extracted.type !== null && !state.headers.has('content-type')) {
      appendHeader(state.headers, 'content-type', extracted.type);
    }
  }
}

// A response fetch() makes: type basic, its URL, headers immutable.
function makeFetchResponse(url, headerList, body, status = 200, statusText = 'OK') {
  const response = new Response(kConstruct);
  const state = responseState(response);
  Object.assign(state, { type: 'basic', status, statusText, urlList: [url], body: makeBody(body) });
  for (const [name, value] of headerList) appendHeader(state.headers, name, value);
  setGuard(state.headers, 'immutable');
  return response;
}

Object.assign(Response.prototype, bodyMixin(responseState));
exposeInterface(Response, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed',
  'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
for (const name of ['error', 'json', 'redirect']) Object.defineProperty(Response, name, { enumerable: true });

// A response fetch() got from the network: its body streams (or is null), its headers come in
// the order the server sent them.
function makeNetworkResponse({ type, status, statusText, urlList, rawHeaders, stream }) {
  const response = new Response(kConstruct);
  const state = responseState(response);
  Object.assign(state, {
    type, status, statusText, urlList: urlList.slice(),
    body: stream === null ? null : { stream, source: null, length: null },
  });
  for (let i = 0; i < rawHeaders.length; i += 2) appendHeader(state.headers, rawHeaders[i], rawHeaders[i + 1]);
  setGuard(state.headers, 'immutable');
  return response;
}

module.exports = { Response, makeFetchResponse, makeNetworkResponse };
