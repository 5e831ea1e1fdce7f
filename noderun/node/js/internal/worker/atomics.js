'use strict';
// Atomics.wait and Atomics.notify through the host's wait table (host/waits.py) instead of the
// engine's, so that terminate() can wake a worker blocked in wait and Atomics.waitAsync can be
// built on the same table. Argument checks and messages are V8's.

const { wait: engineWait, notify: engineNotify } = Atomics;
const addresses = new WeakMap();   // SharedArrayBuffer -> address of its memory

// The address of element `index`, or -1 when the array is not over a SharedArrayBuffer.
function elementAddress(typedArray, index) {
  if (!(typedArray instanceof Int32Array) && !(typedArray instanceof BigInt64Array)) {
    throw new TypeError(`${Object.prototype.toString.call(typedArray)} is not an int32 or BigInt64 typed array.`);
  }
  const buffer = typedArray.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) return -1;
  const i = toIndex(index, typedArray.length);
  let base = addresses.get(buffer);
  if (base === undefined) {
    base = host.sabAddress(buffer);
    addresses.set(buffer, base);
  }
  return base + typedArray.byteOffset + i * typedArray.BYTES_PER_ELEMENT;
}

function toIndex(index, length) {
  const n = index === undefined ? 0 : Math.trunc(Number(index)) || 0;
  if (n < 0 || n >= length || Number.isNaN(Number(index)) && index !== undefined) {
    throw new RangeError('Invalid atomic access index');
  }
  return n;
}

function wait(typedArray, index, value, timeout) {
  const address = elementAddress(typedArray, index);
  if (address === -1) {
    throw new TypeError(`${Object.prototype.toString.call(typedArray)} is not a shared typed array.`);
  }
  const isBig = typedArray instanceof BigInt64Array;
  const expected = isBig ? BigInt.asIntN(64, BigInt(value)) : Number(value) | 0;
  let ms = timeout === undefined ? Infinity : Number(timeout);
  if (Number.isNaN(ms)) ms = Infinity;
  return host.atomicsWait(address, isBig ? 8 : 4, isBig ? `${expected}` : expected, Math.max(ms, 0));
}

function notify(typedArray, index, count) {
  const address = elementAddress(typedArray, index);
  const n = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
  if (address === -1) return 0;   // not shared: nobody can be waiting
  return host.atomicsNotify(address, n);
}

function install() {
  Object.defineProperty(wait, 'name', { value: 'wait' });
  Object.defineProperty(notify, 'name', { value: 'notify' });
  Atomics.wait = wait;
  Atomics.notify = notify;
}

module.exports = { install, engineWait, engineNotify };
