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

  get name() { return this[kName]; }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kId] < 0) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    serializeWith(message, [], () => false, (prepared, marked) => host.broadcastPost(this[kId], [prepared], marked));
  }

  close() {
    if (this[kId] < 0) return;
    messaging.unregisterTarget(this[kId]);
    host.portClose(this[kId]);
    this[kId] = -1;
  }

  ref() {
    this[kRefed] = true;
    updateRef(this);
    return this;
  }

  unref() {
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

module.exports = { BroadcastChannel };
