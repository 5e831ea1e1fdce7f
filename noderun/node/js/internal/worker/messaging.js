'use strict';
// MessageChannel, MessagePort, MessageEvent and receiveMessageOnPort (node:worker_threads).
//
// A MessagePort is an EventTarget with node's EventEmitter-style methods: listeners added with
// on()/once() receive the message itself, listeners added with addEventListener() or onmessage a
// MessageEvent. Its messages travel through the host (node/messaging.py): each port carries the
// id of its host end. As in node, a new port is unref'd; its first 'message' listener (on(),
// addEventListener() or onmessage) starts and refs it, removing the last one unrefs it, and
// ref() / unref() set it directly. A ref'd open port keeps its thread alive.

const { EventTarget, Event, getListeners } = require('internal/event_target');
const { prepare, serializeWith, writesAsIs, snapshot, snapshotWasWhole, revive } = require('internal/worker/serdes');
const { loopTurn } = require('internal/process/task_queues');
const { isMarkedAsUntransferable, anyMarkedUncloneable } = require('internal/worker/marks');
const { kType: kWebStreamType } = require('internal/webstreams/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_CONSTRUCT_CALL_INVALID,
  },
} = require('internal/errors');

const kId = Symbol('kId');
const kStarted = Symbol('kStarted');
const kRefed = Symbol('kRefed');
const kClosed = Symbol('kClosed');
const kNodeListeners = Symbol('kNodeListeners');
const kHandlers = Symbol('kHandlers');
const kDomListeners = Symbol('kDomListeners');
const kCreating = Symbol('kCreating');
const kClosedByClose = Symbol('kClosedByClose');
const kBacklog = Symbol('kBacklog');   // messages taken from the host, not delivered yet
const kDelivery = Symbol('kDelivery');   // the delivery under way (deliverMessages)

const portsById = new Map();

class MessageEvent extends Event {
  #data;
  #ports;
  #origin;
  #lastEventId;
  #source;
  // The init dictionary as WebIDL converts it: data defaults to null, origin and lastEventId
  // become strings, source is a MessagePort or null, ports an iterable of MessagePorts; node 24's
  // WebIDL messages when it is not.
  constructor(type, options = {}) {
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new TypeError(`MessageEvent constructor: Expected ${options} to be one of: Null, Undefined, Object.`);
    }
    super(type, options);
    const init = options ?? {};
    const source = init.source ?? null;
    if (source !== null && !(source instanceof MessagePort)) throw notAPort('eventInitDict.source', source);
    let ports = [];
    if (init.ports !== undefined) {
      const list = init.ports;
      if (list === null || (typeof list !== 'object' && typeof list !== 'function')) {
        const shown = typeof list === 'string' ? `"${list}"` : `${list}`;
        throw new TypeError(`MessageEvent constructor: eventInitDict.ports (${shown}) is not iterable.`);
      }
      if (typeof list[Symbol.iterator] !== 'function') throw new TypeError('V?.[Symbol.iterator] is not a function');
      ports = [...list];
      ports.forEach((port, i) => {
        if (!(port instanceof MessagePort)) throw notAPort(`eventInitDict.ports[${i}]`, port);
      });
    }
    this.#data = init.data ?? null;
    this.#origin = `${init.origin ?? ''}`;
    this.#lastEventId = `${init.lastEventId ?? ''}`;
    this.#source = source;
    this.#ports = ports;
  }
  get data() { return this.#data; }
  get ports() { return this.#ports; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
}

function notAPort(name, value) {
  const shown = typeof value === 'string' ? JSON.stringify(value) : require('util').inspect(value);
  return new TypeError(`MessageEvent constructor: Expected ${name} ("${shown}") to be an instance of MessagePort.`);
}

// node's NodeEventTarget: the EventEmitter-style methods a MessagePort has besides EventTarget's
// (its prototype, as in node, so that MessagePort.prototype holds only the port's own methods).
class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    this[kNodeListeners] = new Map();     // type -> [{ listener, once }], called with the data
    this[kDomListeners] = new Map();      // type -> how many addEventListener() listeners
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (countDomListeners(this, type)) listenerAdded(this, type);
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (countDomListeners(this, type)) listenerRemoved(this, type);
  }

  // -- EventEmitter-style methods (node's NodeEventTarget) --------------------------------------

  on(type, listener) { return addNodeListener(this, type, listener, false); }
  addListener(type, listener) { return addNodeListener(this, type, listener, false); }
  once(type, listener) { return addNodeListener(this, type, listener, true); }

  off(type, listener) {
    const entries = this[kNodeListeners].get(type);
    const index = entries?.findIndex((entry) => entry.listener === listener) ?? -1;
    if (index !== -1) {
      const [entry] = entries.splice(index, 1);
      EventTarget.prototype.removeEventListener.call(this, type, entry.wrapper);
      listenerRemoved(this, type);
    }
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    for (const [eventType, entries] of this[kNodeListeners]) {
      if (type !== undefined && eventType !== type) continue;
      for (const { listener } of [...entries]) this.off(eventType, listener);
    }
    return this;
  }

  // As node's: node-style listeners get `value`, addEventListener() ones a CustomEvent carrying
  // it as `detail`.
  emit(type, value) {
    const had = this.listenerCount(type) > 0;
    if (getEventListeners(this, type) === 0) {
      dispatch(this, type, value, undefined);
    } else {
      const { CustomEvent } = require('internal/event_target');
      this.dispatchEvent(new CustomEvent(type, { detail: value }));
    }
    return had;
  }

  listenerCount(type) {
    return (this[kNodeListeners].get(type)?.length ?? 0) + getEventListeners(this, type);
  }

  eventNames() {
    const names = new Set();
    for (const [type, entries] of this[kNodeListeners]) if (entries.length > 0) names.add(type);
    for (const [type, count] of this[kDomListeners]) if (count > 0) names.add(type);
    return [...names];
  }

  setMaxListeners() { return this; }
  getMaxListeners() { return 10; }
}

class MessagePortImpl extends NodeEventTarget {
  constructor(token) {
    if (token !== kCreating) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    this[kId] = -1;
    this[kStarted] = false;
    this[kRefed] = false;
    this[kClosed] = false;
    this[kHandlers] = { __proto__: null };
  }

  postMessage(value, transferList) {
    if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort');
    try {
      if (arguments.length === 0) throw nodeError('TypeError', 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
      postMessageFrom(this[kClosed] ? -1 : this[kId], value, transferList, this);
    } catch (error) {
      require('internal/errors').hideEntryFrames(error, MessagePort.prototype.postMessage);
      throw error;
    }
  }

  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    host.portStart(this[kId]);
    if (this[kBacklog] !== undefined) host.portKick(this[kId]);   // delivered first (deliverMessages)
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);   // node's close(cb)
    if (this[kClosed]) return;
    const id = this[kId];
    this[kClosedByClose] = true;
    markClosed(this);
    host.portClose(id);
    // node emits 'close' from the handle's close callback: after this turn's timers and immediates
    require('internal/timers').setImmediate(() => emitClose(this));
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
    return this[kRefed] && !this[kClosed];
  }

  get onmessage() { return this[kHandlers].message ?? null; }
  set onmessage(fn) { setHandler(this, 'message', fn); }
  get onmessageerror() { return this[kHandlers].messageerror ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', fn); }

  // util.inspect shows node's state fields (not node's internal symbol-keyed properties)
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return '[MessagePort [EventTarget]]';
    const state = this[kClosed] ? { active: false } : { active: true, refed: this[kRefed] };
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `MessagePort [EventTarget] ${require('internal/util/inspect').inspect(state, opts)}`;
  }
}

// As in node, MessagePort is a plain function that cannot be called or constructed from JS
// (ports come from MessageChannel and transfers); its prototype is the implementation's.
function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePort.prototype, 'constructor', { value: MessagePort, writable: true, configurable: true });

// Listeners added with addEventListener(), onmessage included: counted again from the
// EventTarget after each change (it ignores duplicates); true when the count changed.
function countDomListeners(port, type) {
  const count = getListeners(port, type).length - (port[kNodeListeners].get(type)?.length ?? 0);
  if (count === getEventListeners(port, type)) return false;
  port[kDomListeners].set(type, count);
  return true;
}

function getEventListeners(port, type) {
  return port[kDomListeners].get(type) ?? 0;
}

// The errors node's C++ MessagePort throws (see nativeError): fixed text, not a code's template.
function nodeError(className, code, message) {
  return require('internal/errors').nativeError(className, code, message, nodeError);
}

function addNodeListener(port, type, listener, once) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  let entries = port[kNodeListeners].get(type);
  if (entries === undefined) port[kNodeListeners].set(type, entries = []);
  // Also registered with the EventTarget, for the order of dispatch when both kinds are present.
  const wrapper = (event) => {
    if (once) port.off(type, listener);
    listener.call(port, event instanceof MessageEvent ? event.data : event.detail);
  };
  entries.push({ listener, once, wrapper });
  EventTarget.prototype.addEventListener.call(port, type, wrapper);
  listenerAdded(port, type);
  return port;
}

// The first 'message' listener of any kind starts and refs the port; removing the last unrefs it.
function listenerAdded(port, type) {
  if (type === 'message' && port.listenerCount('message') === 1) {
    port.ref();
    port.start();
  }
}

function listenerRemoved(port, type) {
  if (type === 'message' && port.listenerCount('message') === 0) {
    port.unref();
    stop(port);
  }
}

// With no 'message' listener left a port stops receiving, as in node: what arrives meanwhile
// waits in its queue for the next listener (or receiveMessageOnPort).
function stop(port) {
  if (!port[kStarted] || port[kClosed]) return;
  port[kStarted] = false;
  host.portStop(port[kId]);
}

// Node-style listeners get the value itself. With no addEventListener() listener they are
// called directly, without an Event being made (the common case, and the fast one); otherwise an
// Event (a MessageEvent for messages) goes through the EventTarget to every listener in order.
function dispatch(port, type, value, ports) {
  if (!(port instanceof MessagePort)) {   // a BroadcastChannel: an EventTarget only
    port.dispatchEvent(new MessageEvent(type, { data: value, ports: ports ?? [] }));
    return;
  }
  if (getEventListeners(port, type) === 0) {
    const entries = port[kNodeListeners].get(type);
    if (entries === undefined || entries.length === 0) return;
    // the listeners there when the event began: one a listener adds waits for the next event
    if (entries.length === 1) {
      callNodeListener(port, type, entries[0], value);
      return;
    }
    for (const entry of entries.slice()) callNodeListener(port, type, entry, value);
  } else {
    port.dispatchEvent(type === 'message' || type === 'messageerror' ?
      new MessageEvent(type, { data: value, ports: ports ?? [] }) : new Event(type));
  }
}

function callNodeListener(port, type, entry, value) {
  if (entry.once) port.off(type, entry.listener);
  entry.listener.call(port, value);
}

function emitClose(port) {
  dispatch(port, 'close', undefined, undefined);
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

function updateRef(port) {
  if (port[kId] >= 0) host.portRef(port[kId], port[kRefed]);
}

function markClosed(port) {
  lastTurns[port[kId]] = undefined;   // (the host sent it when the port closed or moved)
  port[kClosed] = true;
  portsById.delete(port[kId]);
  port[kId] = -1;
}

// A Worker's transferList: before its ends leave (the worker may start receiving at once), each
// port gives back what it had not delivered; once they have left, the handles are closed.
function handOverPorts(ports) {
  for (const port of ports) handOver(port);
}

function markTransferred(ports) {
  for (const port of ports) markClosed(port);
}

// Other targets of host deliveries (BroadcastChannel) register under their host end's id.
function registerTarget(id, target) {
  portsById.set(id, target);
}

function unregisterTarget(id) {
  portsById.delete(id);
}

function createPort(id) {
  const port = new MessagePortImpl(kCreating);
  port[kId] = id;
  portsById.set(id, port);
  return port;
}

const kNoTransfer = Object.freeze([]);

// postMessage's second argument as WebIDL reads it: an iterable transfer list, or an options
// object whose `transfer` (if present) is one.
function transferListOf(transferList) {
  if (transferList === undefined || transferList === null) return kNoTransfer;
  if (typeof transferList !== 'object' && typeof transferList !== 'function') throw notIterable('transferList');
  if (typeof transferList[Symbol.iterator] === 'function') return iterableToList(transferList, 'transferList');
  const { transfer } = transferList;
  if (transfer === undefined) return kNoTransfer;
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw notIterable('options.transfer');
  }
  return iterableToList(transfer, 'options.transfer');
}

function notIterable(name) {
  return nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `Optional ${name} argument must be an iterable`);
}

function iterableToList(iterable, name) {
  if (Array.isArray(iterable)) return [...iterable];
  const iterator = iterable[Symbol.iterator]();
  if (iterator === null || typeof iterator !== 'object' || typeof iterator.next !== 'function') throw notIterable(name);
  const list = [];
  for (;;) {
    const step = iterator.next();
    if (step === null || typeof step !== 'object') throw notIterable(name);
    if (step.done) return list;
    list.push(step.value);
  }
}

function validateTransferList(transferList, source) {
  const list = transferListOf(transferList);
  return list === kNoTransfer ? list : validateTransferItems(list, source, true);
}

// The checks of a transfer list already made an array (a Worker's transferList too), item by
// item in node 24's order: the first bad item decides the DataCloneError.
function validateTransferItems(list, source, allowStreams = false) {
  const { dataCloneError } = require('internal/worker/serdes');
  const seen = new Set();
  for (const item of list) {
    if (isMarkedAsUntransferable(item) || (item instanceof ArrayBuffer && item.detached)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    if (item instanceof MessagePort) {
      if (item === source) throw dataCloneError('Transfer list contains source port');
      if (item[kClosed]) throw dataCloneError('MessagePort in transfer list is already detached');
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
    } else if (item instanceof ArrayBuffer) {
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    } else if (allowStreams && isWebStreamObject(item)) {
      // a web stream (postMessage and structuredClone transfer them; a Worker's list does not)
      const error = require('internal/webstreams/transfer').checkTransferable(item);
      if (error !== undefined) throw error;
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
    seen.add(item);
  }
  return list;
}

const isPort = (value) => value instanceof MessagePort;
const kTransferableStreams = new Set(['ReadableStream', 'WritableStream', 'TransformStream']);
const isWebStreamObject = (value) => kTransferableStreams.has(value?.[kWebStreamType]);

// The web streams of a transfer list leave through new ports (webstreams/transfer): the list the
// message is written with holds those ports instead, and `streams` maps each stream to its ports.
function transferStreams(transfer) {
  const { transferOut } = require('internal/webstreams/transfer');
  const streams = new Map();
  const list = [];
  for (const item of transfer) {
    if (!isWebStreamObject(item)) {
      list.push(item);
      continue;
    }
    const moved = transferOut(item);
    streams.set(item, moved);
    list.push(...moved.ports);
  }
  return { transfer: list, streams };
}

// Serialize `value` on the sending side and hand it to port end `id` (-1: a closed port, where
// node still checks the value and then drops it). A message of plain data is copied into the
// port's outbox in C (see postFast); the common larger message, which the engine's writer takes as
// it is, goes straight to the host; the host declines (returns false) when the writer refuses it after
// all (an accessor, a proxy), and the full check then decides. Transferred ArrayBuffers are
// detached only once the value has been written, so a DataCloneError leaves them usable.
function postMessageFrom(id, value, transferList, source) {
  let triedFast = false;
  if (id >= 0 && transferList === undefined) {   // the commonest post, first
    if (fastPost === undefined) loadFastPath();
    if (!anyMarkedUncloneable() && postFast(id, value)) return;
    triedFast = true;
  } else if (id >= 0 && isLoneMove(value, transferList)) {
    if (fastPost === undefined) loadFastPath();
    // its memory moves with the message, and it is detached: into the peer's lane in C (another
    // thread's, receiving), else the host's way
    if (!fastSendBuffer(id, value)) host.portPostBuffer(id, value);
    return;
  }
  let transfer = validateTransferList(transferList, source);
  let streams;
  if (id >= 0 && transfer.length !== 0 && transfer.some(isWebStreamObject)) ({ transfer, streams } = transferStreams(transfer));
  if (id < 0) {
    prepare(value, transfer, isPort);   // node still refuses what it cannot clone
    return;
  }
  if (transfer.length === 0) {
    if (fastPost === undefined) loadFastPath();
    if (!triedFast && !anyMarkedUncloneable() && postFast(id, value)) return;
    value = snapshot(value);
    if (snapshotWasWhole() && postFast(id, value)) return;   // (the snapshot read the getters the value had)
    if (writesAsIs(value) && host.portPostPlain(id, value)) return;
  }
  const ports = transfer.length === 0 ? transfer : transfer.filter(isPort);
  const portIds = ports.length === 0 ? undefined : ports.map((port) => port[kId]);
  for (const port of ports) handOver(port);
  if (transfer.length !== 0 && fastPost === undefined) loadFastPath();
  const moved = transfer.length !== 0 ? transfer.filter(isMovable) : kNoTransfer;
  const lost = serializeWith(value, transfer, isPort,
    (prepared, marked) => host.portPost(id, [prepared], marked, portIds, moved.length === 0 ? undefined : moved),
    streams, moved);
  if (transfer.length === 0) return;
  if (lost === true) {   // the receiving port itself was in the transfer list
    process.emitWarning('The target port was posted to itself, and the communication channel was lost');
    source.close();
  } else {
    for (const port of ports) markClosed(port);
  }
  detachTransferred(transfer);
}

// Once the value is written: the ArrayBuffers of a transfer list are moved (their copy travels
// with the message), so the sender's are detached.
function detachTransferred(transfer) {
  for (const item of transfer) {
    if (item instanceof ArrayBuffer && item.byteLength > 0 && !item.detached) item.transfer();
  }
}

// The common message, plain data, is written by engine/fastmsg.c (fastPost: no Python call) into
// its port's outbox there. The first message a port sends in a turn of the event loop goes at once
// (a lone message, as in a ping-pong, pays nothing more); from the second on, the outbox holds
// them, and the host sends it whole (written in one call) when JS returns to the event loop, before
// any other host call (Atomics.wait, process.exit, receiveMessageOnPort, a direct post on the same
// port), at JS's next interrupt check when JS runs on, or here once it holds kBatchMax messages.
// So a message is never held for long, and a thread that posts and then waits (on Atomics, another
// port, or a long computation) has sent it. A value fastPost does not take (0: nothing written)
// goes the full way. Where fastmsg.c cannot be built, the first post says so (the host's
// FastIOError), as a socket's first read does for fastio.c: never a slower path in silence.
const kBatchMax = 512;
const lastTurns = [];   // port id -> the loop turn of its last message sent at once
let fastPost;      // post(id, value) -> messages in the outbox with this one (undefined: not loaded yet)
let drainPending;  // () -> whether nextTicks or promise jobs wait (for the drain between deliveries)
let fastSend;      // send(id) -> whether port id's lone message went to its peer's lane (engine/fastmsg.c)
let fastSendBuffer;   // sendBuffer(id, buffer) -> whether a lone movable ArrayBuffer went there, moved

// A transferred ArrayBuffer whose memory block the host moves to the receiving thread (a marker
// stands for it in the message): not a small one (the engine keeps those in shared arenas) nor a
// resizable one (kept on the writer's path, which copies it).
const kMoveAtLeast = 1024;
const isMovable = (item) => item instanceof ArrayBuffer && !item.resizable && item.byteLength >= kMoveAtLeast;

// postMessage(buffer, [buffer]), the commonest transfer: an ArrayBuffer whose memory moves, sent as
// itself (no serdes, no markers) by engine/fastmsg.c's sendBuffer or the host's raw portPostBuffer. What the full checks would
// refuse (a detached or untransferable buffer, a list an iterator of its own reads) goes the full way.
const kArrayValues = Array.prototype[Symbol.iterator];
function isLoneMove(value, transferList) {
  return Array.isArray(transferList) && transferList.length === 1 && transferList[0] === value &&
    isMovable(value) && !value.detached && transferList[Symbol.iterator] === kArrayValues &&
    !isMarkedAsUntransferable(value) && !anyMarkedUncloneable();
}

function loadFastPath() {
  const { forEach: mapForEach } = Map.prototype;
  const { forEach: setForEach } = Set.prototype;
  // a Map's (isMap) or Set's items as the engine's writer writes them, for fastPost's check
  const itemsOf = (collection, isMap) => {
    const items = [];
    if (isMap) mapForEach.call(collection, (v, k) => items.push(k, v));
    else setForEach.call(collection, (v) => items.push(v));
    return items;
  };
  [fastPost, drainPending, fastSend, fastSendBuffer] = host.fastMessaging(itemsOf, Object.prototype, Array.prototype, {}, []);
}

function postFast(id, value) {
  const count = fastPost(id, value);
  if (count > 1 && count < kBatchMax) return true;   // the next message of a burst: held in the outbox
  if (count <= 0) return count === -1 && host.portPostPlain(id, value);   // -1: written as it is, now
  if (count === 1) {
    const turn = loopTurn();
    if (lastTurns[id] !== turn) {
      lastTurns[id] = turn;
      if (!fastSend(id)) host.portFlush(id);   // a lone message goes at once (another thread's: C alone)
    } else {
      host.portOutbox(id);   // the first of a burst: sent when the turn ends (or before)
    }
  } else if (count >= kBatchMax) {
    host.portFlush(id);
  }
  return true;
}

// The receiving side: `value` as read (the host unboxes what was sent boxed), `portIds` the
// transferred ports' new ids.
function unpack(value, marked, portIds, buffers) {
  const ports = portIds.map(createPort);
  // (the moved ArrayBuffers' markers index the list after the ports)
  const data = marked ? revive(value, buffers === undefined || buffers.length === 0 ? ports : [...ports, ...buffers]) : value;
  return { data, ports };
}

// Called by the host with the messages that reached a started port: their values, `extras`,
// [index, marked, port ids] for those that carry markers or ports, and `batches`, the indices of
// values that are arrays of messages sent together. The port's backlog (messages taken from the
// host before their turn) comes first. Between two messages the nextTick and microtask queues
// drain, as after any callback; a listener that throws is an uncaught exception and the next
// message is still delivered. `unreadable`: the indices of values the host could not read (each
// is the reader's error in place of the message); such a message, or one whose markers cannot be
// revived, is a 'messageerror' event with the error, as in node: it never kills the receiver.
function deliverMessages(id, values, extras, batches, unreadable) {
  const port = portsById.get(id);
  if (port === undefined) return;
  if (fastPost === undefined) loadFastPath();   // (drainPending, on a thread that never posted yet)
  const backlog = port[kBacklog];
  if (backlog === undefined && values.length === 1 && extras === undefined && batches === undefined &&
      unreadable === undefined) {
    deliverOne(port, id, values[0], undefined, false);   // the commonest delivery: one message
    return;
  }
  port[kBacklog] = undefined;
  let drain = false;
  if (backlog !== undefined) {
    for (let i = 0; i < backlog.length; i++) {
      const { data, ports, type } = backlog[i];
      if (!deliverOne(port, id, data, ports, drain, type)) return;
      drain = true;
    }
  }
  const delivery = new Delivery(values, extras, batches, unreadable);
  const outer = port[kDelivery];
  port[kDelivery] = delivery;   // (receiveMessageOnPort in a listener takes the next one from it)
  try {
    while (delivery.next()) {
      let delivered;
      if (delivery.extra === undefined && !delivery.unreadable) {
        delivered = deliverOne(port, id, delivery.value, undefined, drain);
      } else {
        let unpacked;
        try {
          unpacked = delivery.unpacked();
        } catch (error) {
          unpacked = undefined;
          delivered = deliverOne(port, id, error, undefined, drain, 'messageerror');
        }
        if (unpacked !== undefined) delivered = deliverOne(port, id, unpacked.data, unpacked.ports, drain);
      }
      if (!delivered) return;
      drain = true;
    }
  } finally {
    port[kDelivery] = outer;
  }
}

// The messages of one delivery from the host, in order, one at a time (`value` and `extra` after
// each next()).
class Delivery {
  constructor(values, extras, batches, unreadable) {
    this.values = values;
    this.extras = extras;
    this.batches = batches;
    this.unreadableIndices = unreadable;
    this.nextUnreadable = 0;
    this.unreadable = false;   // the current value is the reader's error, not a message
    this.index = 0;
    this.nextExtra = 0;
    this.nextBatch = 0;
    this.items = undefined;   // the batch being delivered
    this.itemIndex = 0;
    this.value = undefined;
    this.extra = undefined;
  }

  next() {
    this.extra = undefined;
    this.unreadable = false;
    if (this.items !== undefined) {
      if (this.itemIndex < this.items.length) {
        this.value = this.items[this.itemIndex++];
        return true;
      }
      this.items = undefined;
    }
    while (this.index < this.values.length) {
      const i = this.index++;
      if (this.batches !== undefined && this.batches[this.nextBatch] === i) {
        this.nextBatch++;
        this.items = this.values[i];
        this.itemIndex = 0;
        return this.next();
      }
      this.value = this.values[i];
      if (this.unreadableIndices?.[this.nextUnreadable] === i) {
        this.nextUnreadable++;
        this.unreadable = true;
        return true;
      }
      const extra = this.extras?.[this.nextExtra];
      if (extra !== undefined && extra[0] === i) {
        this.extra = extra;
        this.nextExtra++;
      }
      return true;
    }
    return false;
  }

  // The message's data and ports; throws the error that keeps it from being read or revived.
  unpacked() {
    if (this.unreadable) throw this.value;
    return this.extra === undefined ? { data: this.value, ports: undefined } : unpack(this.value, this.extra[1], this.extra[2], this.extra[3]);
  }
}

// One message to a port; false when the port is gone and the rest must not be delivered.
function deliverOne(port, id, data, ports, drain, type = 'message') {
  // A listener that closes the port still gets the rest of this batch, as in node (whose close
  // takes effect after the handle's queue is processed); one that transfers it does not (the
  // rest went with it: handOver).
  if (portsById.get(id) !== port && !port[kClosedByClose]) return false;
  // runNextTicks(): one raw host call, made only when ticks or promise jobs wait (one C call says)
  if (drain && drainPending()) host.portDrain();
  if (port instanceof MessagePort && !port[kStarted] && !port[kClosed]) {   // stopped by a listener
    (port[kBacklog] ??= []).push({ data, ports, type });
    return true;
  }
  try {
    dispatch(port, type, data, ports);
  } catch (error) {
    process.nextTick(rethrow, error);   // as node's EventTarget reports a listener's error
  }
  return true;
}

function rethrow(error) {
  throw error;
}

// What a port took from the host but has not delivered goes back to the host before the port
// moves to another thread, so that the new owner receives it first. (Not a message that carried
// markers or ports: its ports already belong to this thread.)
function handOver(port) {
  const values = [];
  for (const { data, ports, type } of port[kBacklog] ?? []) if (ports === undefined && type === 'message') values.push(data);
  const delivery = port[kDelivery];
  if (delivery !== undefined) {
    while (delivery.next()) if (delivery.extra === undefined && !delivery.unreadable) values.push(delivery.value);
  }
  port[kBacklog] = undefined;
  if (values.length > 0) host.portUnread(port[kId], values);
}

// Called by the host when the peer of port `id` closed (after the messages sent before it);
// `byNeighbour`: the peer was closed on this thread, and node emits its 'close' first.
function portClosed(id, byNeighbour) {
  const port = portsById.get(id);
  if (port === undefined) return;
  if (port instanceof MessagePort && !port[kStarted]) {
    // node's port that is not receiving (an unref'd handle) learns of the close only when the
    // loop goes on for another reason: an unref'd timer does the same here
    require('internal/timers').setTimeout(() => {
      if (port[kClosed]) return;
      markClosed(port);
      emitClose(port);
    }, 0).unref();
    return;
  }
  markClosed(port);
  if (byNeighbour) require('internal/timers').setImmediate(() => emitClose(port));   // after the peer's
  else emitClose(port);
}

function receiveMessageOnPort(port) {
  let id;
  if (port instanceof MessagePort) {
    id = port[kClosed] ? -1 : port[kId];
  } else {
    id = require('internal/worker/broadcast_channel').channelId(port);   // a BroadcastChannel too
    if (id === undefined) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
    }
  }
  if (id < 0) return undefined;
  if (port[kBacklog]?.length > 0) {
    const { data, type } = port[kBacklog].shift();
    if (port[kBacklog].length === 0) port[kBacklog] = undefined;
    if (type === 'messageerror') throw data;
    return { message: data };
  }
  const delivery = port[kDelivery];   // a listener of this port, called from a delivery under way
  if (delivery !== undefined && delivery.next()) return { message: delivery.unpacked().data };
  const received = host.portReceive(id);
  if (received === undefined) return undefined;
  const [value, marked, portIds, batched, buffers] = received;
  if (batched) {   // messages sent together: the first now, the rest before anything newer
    if (value.length > 1) {
      port[kBacklog] = value.slice(1).map((data) => ({ data, ports: undefined }));
      if (port[kStarted]) host.portKick(id);
    }
    return { message: value[0] };
  }
  return { message: unpack(value, marked, portIds, buffers).data };
}

// A plain function too, as node's: calling it without `new` is ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) {
    const { codes: { ERR_CONSTRUCT_CALL_REQUIRED } } = require('internal/errors');
    throw new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  }
  const [a, b] = host.channelCreate();
  this.port1 = createPort(a);
  this.port2 = createPort(b);
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  receiveMessageOnPort,
  createPort,
  registerTarget,
  handOverPorts,
  markTransferred,
  unregisterTarget,
  deliverMessages,
  portClosed,
  postMessageFrom,
  validateTransferItems,
  detachTransferred,
  kId,
  get BroadcastChannel() {
    return require('internal/worker/broadcast_channel').BroadcastChannel;
  },
};
