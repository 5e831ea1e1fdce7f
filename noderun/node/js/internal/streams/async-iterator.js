'use strict';
// for await (const chunk of readable): an async generator that reads whatever is buffered, waits
// for 'readable' or the end of the stream, and destroys the stream when the loop ends early.

const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { aggregateTwoErrors, nop } = require('internal/streams/utils');

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = require('internal/streams/readable').wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  // Used both as the 'readable' listener and as a Promise executor.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);

  // undefined: still running; null: ended cleanly; an Error: failed.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

module.exports = { streamToAsyncIterator };
