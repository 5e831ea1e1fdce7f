'use strict';
// Transferring web streams with postMessage / structuredClone (the Streams standard's transfer
// steps): the sender's stream is piped to, or fed from, one end of a new MessageChannel, and the
// receiver gets a stream over the other end. Chunks, pulls, closes and errors travel as
// { type, value } messages. The ports start unref'd, so a transferred stream nobody uses does
// not keep a thread alive; the receiver's port is ref'd from its first pull or write on (node's
// rule).

const { DOMException } = require('internal/dom_exception');
const { kType, createDeferred, setPromiseHandled } = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

function isTransferableStream(value) {
  const type = value?.[kType];
  return type === 'ReadableStream' || type === 'WritableStream' || type === 'TransformStream';
}

function lockedError(kind) {
  return new DOMException(`Cannot transfer a locked ${kind}`, 'DataCloneError');
}

// the DataCloneError a transfer list gets for a stream that cannot go
function checkTransferable(stream) {
  const type = stream[kType];
  if (type === 'TransformStream') {
    if (stream.readable.locked) return lockedError('ReadableStream');
    if (stream.writable.locked) return lockedError('WritableStream');
    return undefined;
  }
  return stream.locked ? lockedError(type) : undefined;
}

function newChannel() {
  const { MessageChannel } = require('internal/worker/messaging');
  const { port1, port2 } = new MessageChannel();
  return [port1, port2];
}

// An error as it crosses: a DataCloneError when it cannot (the standard's "pack and post")
function postError(port, error) {
  try {
    port.postMessage({ type: 'error', value: error });
  } catch {
    port.postMessage({ type: 'error', value: new DOMException('The error could not be cloned', 'DataCloneError') });
  }
}

// The standard's SetUpCrossRealmTransformReadable: a stream fed by the messages of `port`.
function crossRealmReadable(port, refOnUse) {
  let controller;
  const stream = readable.createReadableStream((c) => {
    controller = c;
  }, () => {
    if (refOnUse) {
      refOnUse = false;
      port.ref();
    }
    port.postMessage({ type: 'pull', value: undefined });
    return Promise.resolve();
  }, (reason) => {
    postError(port, reason);
    port.close();
    return Promise.resolve();
  }, 0);
  port.on('message', ({ type, value }) => {
    if (type === 'chunk') {
      readable.readableStreamDefaultControllerEnqueue(controller, value);
    } else if (type === 'close') {
      readable.readableStreamDefaultControllerClose(controller);
      port.close();
    } else if (type === 'error') {
      readable.readableStreamDefaultControllerError(controller, value);
      port.close();
    }
  });
  port.on('messageerror', (error) => {
    postError(port, error);
    readable.readableStreamDefaultControllerError(controller, error);
    port.close();
  });
  port.unref();   // (after the listeners, which ref a port)
  return stream;
}

// The standard's SetUpCrossRealmTransformWritable: a stream whose writes go out through `port`,
// one at a time as the other side pulls.
function crossRealmWritable(port, refOnUse) {
  let controller;
  let backpressure = createDeferred();
  const stream = writable.createWritableStream((c) => {
    controller = c;
  }, (chunk) => {
    if (refOnUse) {
      refOnUse = false;
      port.ref();
    }
    if (backpressure === undefined) {
      backpressure = createDeferred();
      backpressure.resolve();
    }
    return backpressure.promise.then(() => {
      backpressure = createDeferred();
      try {
        port.postMessage({ type: 'chunk', value: chunk });
      } catch (error) {
        postError(port, error);
        port.close();
        throw error;
      }
    });
  }, () => {
    port.postMessage({ type: 'close', value: undefined });
    port.close();
    return Promise.resolve();
  }, (reason) => {
    postError(port, reason);
    port.close();
    return Promise.resolve();
  }, 1, () => 1);
  port.on('message', ({ type, value }) => {
    if (type === 'pull') {
      backpressure?.resolve();
      backpressure = undefined;
    } else if (type === 'error') {
      writable.writableStreamDefaultControllerErrorIfNeeded(controller, value);
      backpressure?.resolve();
      backpressure = undefined;
    }
  });
  port.on('messageerror', (error) => {
    postError(port, error);
    writable.writableStreamDefaultControllerErrorIfNeeded(controller, error);
    port.close();
  });
  port.unref();   // (after the listeners, which ref a port)
  return stream;
}

// The sender's half: ties `stream` to new ports and gives { kind, ports } for the receiver.
function transferOut(stream) {
  const kind = stream[kType];
  if (kind === 'ReadableStream') {
    const [local, remote] = newChannel();
    setPromiseHandled(stream.pipeTo(crossRealmWritable(local, false)));
    return { kind, ports: [remote] };
  }
  if (kind === 'WritableStream') {
    const [local, remote] = newChannel();
    setPromiseHandled(crossRealmReadable(local, false).pipeTo(stream));
    return { kind, ports: [remote] };
  }
  const readableSide = transferOut(stream.readable);
  const writableSide = transferOut(stream.writable);
  return { kind, ports: [readableSide.ports[0], writableSide.ports[0]] };
}

// The receiver's half: the stream over the ports that came with the message.
function transferIn(kind, ports) {
  if (kind === 'ReadableStream') return crossRealmReadable(ports[0], true);
  if (kind === 'WritableStream') return crossRealmWritable(ports[0], true);
  const { transformStreamFromSides } = require('internal/webstreams/transformstream');
  return transformStreamFromSides(crossRealmReadable(ports[0], true), crossRealmWritable(ports[1], true));
}

module.exports = { isTransferableStream, checkTransferable, transferOut, transferIn };
