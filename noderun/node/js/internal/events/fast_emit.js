'use strict';
// Once a program uses sockets (internal/net/tcp_wrap.js's useFastPaths), EventEmitter.prototype's
// emit, addListener (on), removeListener (off) and listenerCount become C functions (engine/fastio.c's
// fastio_emit and fastio_listeners) that do the common cases themselves: in this engine the JS
// versions' frames and argument arrays cost most of an emit, a dozen of which every HTTP request
// makes, with a few listeners added and removed. events.js gives its JS functions and the pieces
// the C ones hand their other cases to; until the swap, and for a program that replaced one of
// them, the JS ones serve.

let proto = null;
let pieces = null;
let jsEmit = null;
let fastEmit = null;

function register(prototype, events) {
  proto = prototype;
  pieces = events;
  jsEmit = events.emit[0];
}

function useFastEmit() {
  if (proto === null || pieces === null) return;
  const { emit, addListener, removeListener, kShapeMode, listenerCount } = pieces;
  pieces = null;
  const [cEmit, cAdd, cRemove, cCount] =
    host.fastEventFunctions(...emit, ...addListener, ...removeListener, kShapeMode, listenerCount);
  if (proto.emit === emit[0]) proto.emit = fastEmit = cEmit;
  if (proto.listenerCount === listenerCount) proto.listenerCount = cCount;
  if (proto.addListener === addListener[0] && proto.on === addListener[0]) proto.addListener = proto.on = cAdd;
  if (proto.removeListener === removeListener[0] && proto.off === removeListener[0]) {
    proto.removeListener = proto.off = cRemove;
  }
}

// Whether `emit` is node:events' own (its JS function or, once made, the C one): code that skips
// an emit nobody listens to may skip it only then (a replaced emit hears every event).
function isStockEmit(emit) {
  return emit === jsEmit || (emit === fastEmit && emit !== null);
}

module.exports = { register, useFastEmit, isStockEmit };
