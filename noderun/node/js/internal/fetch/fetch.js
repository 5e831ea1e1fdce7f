'use strict';
// fetch() for the schemes that need no network: data: URLs (the fetch standard's processor) and
// blob: URLs of this thread's registry, with undici 7's (node 24's) responses and failures, and
// http: / https: over the network (internal/fetch/http_fetch.js).

const { Request, requestState } = require('internal/fetch/request');
const { makeFetchResponse } = require('internal/fetch/response');
const { processDataURL } = require('internal/fetch/data_url');
const { resolveObjectURL, blobBytes } = require('internal/buffer/blob');

// undici's "network error": fetch rejects with TypeError('fetch failed') whose cause says why
function networkError(message) {
  return new TypeError('fetch failed', { cause: new Error(message) });
}

function schemeFetch(request) {
  const url = request.urlList[0];
  switch (url.protocol) {
    case 'about:':
      throw networkError('about scheme is not supported');
    case 'blob:': {
      const blob = resolveObjectURL(url.href);
      if (request.method !== 'GET' || blob === undefined) throw networkError('invalid method');
      const range = request.headers.get('range');
      if (range !== null) return blobRangeResponse(url, blob, range);
      const bytes = blobBytes(blob);
      return makeFetchResponse(url, [['content-length', `${bytes.length}`], ['content-type', blob.type]], bytes);
    }
    case 'data:': {
      const result = processDataURL(url);
      if (result === null) throw networkError('failed to fetch the data URL');
      return makeFetchResponse(url, [['Content-Type', result.mimeType]], result.body);
    }
    case 'file:':
      throw networkError('not implemented... yet...');
    default:
      throw networkError('unknown scheme');
  }
}

// A Range request on a blob: URL, as undici 7 answers it: 206 with the bytes from the start up to
// (not including) the end, a suffix range counted from the end, and a network error for
// anything else (open-ended ranges included).
function blobRangeResponse(url, blob, range) {
  const match = /^bytes[\t ]*=[\t ]*(\d*)[\t ]*-[\t ]*(\d*)[\t ]*$/.exec(range);
  const failure = () => networkError('failed to fetch the data URL');
  if (match === null || match[2] === '') throw failure();
  let start = match[1] === '' ? null : Number(match[1]);
  let end = Number(match[2]);
  if (start !== null && start > end) throw failure();
  const size = blob.size;
  if (start === null) {
    start = size - end;
    end = start + end - 1;
  } else {
    if (start >= size) throw networkError("Range start is greater than the blob's size.");
    if (end >= size) end = size - 1;
  }
  const bytes = blobBytes(blob.slice(start, end));
  return makeFetchResponse(url, [['content-length', `${bytes.length}`], ['content-type', blob.type],
    ['content-range', `bytes ${start}-${end}/${size}`]], bytes, 206, 'Partial Content');
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  if (request.signal.aborted) throw request.signal.reason;
  // a response is delivered in a later task, as undici's is
  await new Promise((resolve) => setImmediate(resolve));
  if (request.signal.aborted) throw request.signal.reason;
  const state = requestState(request);
  const { protocol } = state.urlList[0];
  if (protocol === 'http:' || protocol === 'https:') {
    // the http client is loaded on the first network fetch
    return require('internal/fetch/http_fetch').httpFetch(state, request.signal);
  }
  const response = schemeFetch(state);
  // an abort after the response cancels its body, as undici's abortFetch does (a body already
  // locked by a reader keeps what it has)
  request.signal.addEventListener('abort', () => {
    const { body } = response;
    if (body !== null && !body.locked) body.cancel(request.signal.reason).catch(() => {});
  }, { once: true });
  return response;
}

module.exports = { fetch };
