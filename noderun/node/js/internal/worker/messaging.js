'use strict';
// MessageChannel, MessagePort, MessageEvent and receiveMessageOnPort (node:worker_threads).
//
// A MessagePort is an EventTarget with node's EventEmitter-style methods: listeners added with
// on()/once() receive the message itself, listeners added with addEventListener() or onmessage a
// MessageEvent. Its messages travel through the host (node/messaging.py): each port carries the
// id of its host end. A port is started by a 'message' listener, onmessage or start(); it keeps
// its thread alive while it has 'message' listeners, is started and is ref'd.

const { EventTarget, Event } = require('internal/event_target');
const { prepare, revive } = require('internal/worker/serdes');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT, ERR_INVALID_THIS, ERR_CONSTRUCT_CALL_INVALID, ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const kId = Symbol('kId');
const kStarted = Symbol('kStarted');
const kRefed = Symbol('kRefed');
const kClosed = Symbol('kClosed');
const kNodeListeners = Symbol('kNodeListeners');
const kHandlers = Symbol('kHandlers');
const kNodeValue = Symbol('kNodeValue');
const kCreating = Symbol('kCreating');

const portsById = new Map();

class MessageEvent extends Event {
  #data;
  #ports;
  constructor(type, options = {}) {
    super(type, options);
    this.#data = options?.data;
    this.#ports = options?.ports ?? [];
  }
  get data() { return this.#data; }
  get ports() { return this.#ports; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
}

class MessagePort extends EventTarget {
  constructor(token) {
    if (token !== kCreating) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    this[kId] = -1;
    this[kStarted] = false;
    this[kRefed] = true;
    this[kClosed] = false;
    this[kNodeListeners] = new Map();   // type -> [[listener, wrapper, once]]
    this[kHandlers] = { __proto__: null };
  }

  postMessage(value, transferList) {
    if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
    postMessageFrom(this[kClosed] ? -1 : this[kId], value, transferList);
  }

  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    host.portStart(this[kId]);
    updateRef(this);
  }

  close() {
    if (this[kClosed]) return;
    const id = this[kId];
    markClosed(this);
    host.portClose(id);
    process.nextTick(() => this.dispatchEvent(new Event('close')));
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

  hasRef() {
    return this[kRefed] && this[kStarted] && !this[kClosed] && hasMessageListeners(this);
  }

  get onmessage() { return this[kHandlers].message ?? null; }
  set onmessage(fn) { setHandler(this, 'message', fn); }
  get onmessageerror() { return this[kHandlers].messageerror ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', fn); }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (type === 'message') {
      this.start();
      updateRef(this);
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (type === 'message') updateRef(this);
  }

  // -- EventEmitter-style methods (node's NodeEventTarget) --------------------------------------

  on(type, listener) { return addNodeListener(this, type, listener, false); }
  addListener(type, listener) { return addNodeListener(this, type, listener, false); }
  once(type, listener) { return addNodeListener(this, type, listener, true); }

  off(type, listener) {
    const entries = this[kNodeListeners].get(type);
    const index = entries?.findIndex((entry) => entry[0] === listener) ?? -1;
    if (index !== -1) {
      const [, wrapper] = entries[index];
      entries.splice(index, 1);
      this.removeEventListener(type, wrapper);
    }
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    for (const [eventType, entries] of this[kNodeListeners]) {
      if (type !== undefined && eventType !== type) continue;
      for (const [listener] of [...entries]) this.off(eventType, listener);
    }
    return this;
  }

  emit(type, value) {
    const event = type === 'message' ? new MessageEvent(type, { data: value }) : new Event(type);
    event[kNodeValue] = value;
    const had = this.listenerCount(type) > 0;
    this.dispatchEvent(event);
    return had;
  }

  listenerCount(type) {
    return this[kNodeListeners].get(type)?.length ?? 0;
  }

  eventNames() {
    return [...this[kNodeListeners]].filter(([, entries]) => entries.length > 0).map(([type]) => type);
  }

  setMaxListeners() { return this; }
  getMaxListeners() { return 10; }
}

function addNodeListener(port, type, listener, once) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  const wrapper = function(event) {
    if (once) port.off(type, listener);
    return listener.call(port, kNodeValue in event ? event[kNodeValue] : event);
  };
  let entries = port[kNodeListeners].get(type);
  if (entries === undefined) port[kNodeListeners].set(type, entries = []);
  entries.push([listener, wrapper, once]);
  port.addEventListener(type, wrapper);
  return port;
}

function setHandler(port, type, fn) {
  const previous = port[kHandlers][type];
  if (previous) port.removeEventListener(type, previous.wrapper);
  if (typeof fn !== 'function') {
    port[kHandlers][type] = undefined;
    return;
  }
  const wrapper = (event) => fn.call(port, event);
  fn.wrapper = wrapper;
  port[kHandlers][type] = fn;
  port.addEventListener(type, wrapper);
}

function hasMessageListeners(port) {
  return port[kNodeListeners].get('message')?.length > 0 || port[kHandlers].message !== undefined ||
    eventTargetHasListeners(port, 'message');
}

// Listeners added with addEventListener directly (not through on()): EventTarget keeps them
// privately, so count them as the dispatch would see them.
function eventTargetHasListeners(port, type) {
  const probe = require('events').getEventListeners;
  try {
    return probe(port, type).length > 0;
  } catch {
    return false;
  }
}

function updateRef(port) {
  if (port[kId] < 0) return;
  host.portRef(port[kId], port.hasRef());
}

function markClosed(port) {
  port[kClosed] = true;
  portsById.delete(port[kId]);
  port[kId] = -1;
}

// Other targets of host deliveries (BroadcastChannel) register under their host end's id.
function registerTarget(id, target) {
  portsById.set(id, target);
}

function unregisterTarget(id) {
  portsById.delete(id);
}

function createPort(id) {
  const port = new MessagePort(kCreating);
  port[kId] = id;
  portsById.set(id, port);
  return port;
}

function validateTransferList(transferList) {
  if (transferList === undefined || transferList === null) return [];
  if (typeof transferList === 'object' && !Array.isArray(transferList) && !(Symbol.iterator in transferList)) {
    return validateTransferList(transferList.transfer);   // the options-object form
  }
  if (typeof transferList !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
  }
  const list = [...transferList];
  const seenBuffers = new Set();
  for (const item of list) {
    if (item instanceof MessagePort) {
      if (item[kClosed]) throw new ERR_INVALID_TRANSFER_OBJECT();
      continue;
    }
    if (!(item instanceof ArrayBuffer)) throw new ERR_INVALID_TRANSFER_OBJECT();
    if (seenBuffers.has(item)) {
      throw require('internal/worker/serdes').dataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    seenBuffers.add(item);
  }
  return list;
}

const isPort = (value) => value instanceof MessagePort;

// Serialize `value` on the sending side and hand it to port end `id` (-1: a closed port, where
// node still checks the value and then drops it). Transferred ArrayBuffers are detached only
// once the value has been written, so a DataCloneError leaves them usable.
function postMessageFrom(id, value, transferList) {
  const transfer = validateTransferList(transferList);
  const [prepared, marked] = prepare(value, transfer, isPort);
  const ports = transfer.filter(isPort);
  const portIds = ports.map((port) => port[kId]);
  if (id < 0) return;
  host.portPost(id, [prepared], marked, portIds);
  for (const port of ports) markClosed(port);
  for (const item of transfer) {
    if (item instanceof ArrayBuffer && item.byteLength > 0 && !item.detached) item.transfer();
  }
}

// The receiving side: `boxed` is [value] as written, `portIds` the transferred ports' new ids.
function unpack(boxed, marked, portIds) {
  const ports = portIds.map(createPort);
  const data = marked ? revive(boxed, ports)[0] : boxed[0];
  return { data, ports };
}

// Called by the host for each message that reaches a started port.
function deliverMessage(id, boxed, marked, portIds) {
  const port = portsById.get(id);
  if (port === undefined) return;
  const { data, ports } = unpack(boxed, marked, portIds);
  const event = new MessageEvent('message', { data, ports });
  event[kNodeValue] = data;
  port.dispatchEvent(event);
}

// Called by the host when the peer of port `id` closed (after the messages sent before it).
function portClosed(id) {
  const port = portsById.get(id);
  if (port === undefined) return;
  markClosed(port);
  port.dispatchEvent(new Event('close'));
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port[kClosed]) return undefined;
  const received = host.portReceive(port[kId]);
  if (received === undefined) return undefined;
  const [boxed, marked, portIds] = received;
  return { message: unpack(boxed, marked, portIds).data };
}

class MessageChannel {
  constructor() {
    const [a, b] = host.channelCreate();
    this.port1 = createPort(a);
    this.port2 = createPort(b);
  }
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  receiveMessageOnPort,
  createPort,
  registerTarget,
  unregisterTarget,
  deliverMessage,
  portClosed,
  postMessageFrom,
  kId,
  get BroadcastChannel() {
    return require('internal/worker/broadcast_channel').BroadcastChannel;
  },
};
