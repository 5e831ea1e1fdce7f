'use strict';
// addAbortSignal(signal, stream): aborting the signal destroys the stream with an AbortError.

const { codes: { ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { isNodeStream } = require('internal/streams/utils');
const { kControllerErrorFunction } = require('internal/webstreams/util');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && stream?.[kControllerErrorFunction] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  // a web stream is errored through its controller, a node stream destroyed
  const onAbort = isNodeStream(stream)
    ? () => stream.destroy(new AbortError(undefined, { cause: signal.reason }))
    : () => stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end-of-stream')(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
