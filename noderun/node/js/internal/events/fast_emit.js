'use strict';
// Once a program uses sockets (internal/net/tcp_wrap.js's useFastPaths), EventEmitter.prototype.emit
// becomes a C function (engine/fastio.c's fastio_emit) that calls an event's one listener itself:
// in this engine the JS emit's argument array and frame cost most of an emit, a dozen of which
// every HTTP request makes. events.js gives its JS emit and the helpers the C one hands its other
// cases to (see fastio_emit); the JS emit stays what node:events' code is, and serves until then.

let jsEmit = null;
let helpers = null;
let proto = null;

function register(prototype, emit, emitFromEvents, emitList, emitResult) {
  proto = prototype;
  jsEmit = emit;
  helpers = [emit, emitFromEvents, emitList, emitResult];
}

// (a program that replaced emit keeps its own)
function useFastEmit() {
  if (proto !== null && proto.emit === jsEmit) proto.emit = host.fastEmitFunction(...helpers);
}

module.exports = { register, useFastEmit };
