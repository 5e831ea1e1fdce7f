'use strict';
// Once a program uses sockets (internal/net/tcp_wrap.js's useFastPaths), EventEmitter.prototype's
// emit, addListener (on) and removeListener (off) become C functions (engine/fastio.c's
// fastio_emit and fastio_listeners) that do the common cases themselves: in this engine the JS
// versions' frames and argument arrays cost most of an emit, a dozen of which every HTTP request
// makes, with a few listeners added and removed. events.js gives its JS functions and the pieces
// the C ones hand their other cases to; until the swap, and for a program that replaced one of
// them, the JS ones serve.

let proto = null;
let pieces = null;

function register(prototype, events) {
  proto = prototype;
  pieces = events;
}

function useFastEmit() {
  if (proto === null || pieces === null) return;
  const { emit, addListener, removeListener, kShapeMode } = pieces;
  pieces = null;
  const [cEmit, cAdd, cRemove] = host.fastEventFunctions(...emit, ...addListener, ...removeListener, kShapeMode);
  if (proto.emit === emit[0]) proto.emit = cEmit;
  if (proto.addListener === addListener[0] && proto.on === addListener[0]) proto.addListener = proto.on = cAdd;
  if (proto.removeListener === removeListener[0] && proto.off === removeListener[0]) {
    proto.removeListener = proto.off = cRemove;
  }
}

module.exports = { register, useFastEmit };
