'use strict';
// BroadcastChannel: every open channel of the same name, in every thread, receives what one of
// them posts (host/broadcast.py). Like a MessagePort, it keeps its thread alive while it has
// 'message' listeners and is ref'd.

const { EventTarget } = require('internal/event_target');
const { serializeWith } = require('internal/worker/serdes');
const messaging = require('internal/worker/messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kId = Symbol('kId');
const kName = Symbol('kName');
const kRefed = Symbol('kRefed');
const kHandlers = Symbol('kHandlers');
const kListeners = Symbol('kListeners');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kId] = host.broadcastJoin(this[kName]);
    this[kRefed] = true;
    this[kHandlers] = { __proto__: null };
    this[kListeners] = 0;
    messaging.registerTarget(this[kId], this);
  }

  get name() {
    checkThis(this);
    return this[kName];
  }

  postMessage(message) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kId] < 0) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    // a MessagePort in the message needs a transfer list, which a BroadcastChannel cannot take
    const isPort = (value) => value instanceof messaging.MessagePort;
    serializeWith(message, [], isPort, (prepared, marked) => host.broadcastPost(this[kId], [prepared], marked));
  }

  close() {
    checkThis(this);
    if (this[kId] < 0) return;
    messaging.unregisterTarget(this[kId]);
    host.portClose(this[kId]);
    this[kId] = -1;
  }

  ref() {
    checkThis(this);
    this[kRefed] = true;
    updateRef(this);
    return this;
  }

  unref() {
    checkThis(this);
    this[kRefed] = false;
    updateRef(this);
    return this;
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (type === 'message' && this[kId] >= 0) {
      this[kListeners]++;
      host.portStart(this[kId]);
      updateRef(this);
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (type === 'message' && this[kListeners] > 0) {
      this[kListeners]--;
      updateRef(this);
    }
  }

  get onmessage() { return this[kHandlers].message?.handler ?? null; }
  set onmessage(fn) { setHandler(this, 'message', fn); }
  get onmessageerror() { return this[kHandlers].messageerror?.handler ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', fn); }

  // util.inspect: `BroadcastChannel { name: 'x', active: true }`, as node shows it
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    checkThis(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kId] >= 0 }, opts)}`;
  }
}

function checkThis(value) {
  if (!(value instanceof BroadcastChannel)) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS('BroadcastChannel');
  }
}

function setHandler(channel, type, fn) {
  const previous = channel[kHandlers][type];
  if (previous) channel.removeEventListener(type, previous.wrapper);
  channel[kHandlers][type] = undefined;
  if (typeof fn !== 'function') return;
  const wrapper = (event) => fn.call(channel, event);
  channel[kHandlers][type] = { handler: fn, wrapper };
  channel.addEventListener(type, wrapper);
}

function updateRef(channel) {
  if (channel[kId] >= 0) host.portRef(channel[kId], channel[kRefed] && channel[kListeners] > 0);
}

// The host end's id of a BroadcastChannel (-1 once closed), for receiveMessageOnPort; undefined
// for anything else.
function channelId(value) {
  return value instanceof BroadcastChannel ? value[kId] : undefined;
}

module.exports = { BroadcastChannel, channelId };
