'use strict';
// mock.timers (node's doc/api/test.md, "Timers"): while enabled, setTimeout / setInterval /
// setImmediate (the globals, node:timers' and node:timers/promises') and Date run on a clock that
// moves only when the test says: tick(ms) moves it, then runs every timer now due, earliest first;
// runAll() moves it to the last timer; setTime() sets it without running anything.

const {
  codes: { ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateObject, validateAbortSignal } = require('internal/validators');

const kApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];
const RealDate = globalThis.Date;

function validateTime(value, name = 'time') {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0 || Number.isNaN(value)) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', value);
}

// What setTimeout & co. return while mocked: node's Timeout methods over the mock's queue.
class MockTimeout {
  #timers;
  constructor(timers, id) {
    this.#timers = timers;
    this.id = id;
    this.refed = true;
  }
  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }
  refresh() { return this; }   // node's mocked timers keep their time when refreshed
  [Symbol.toPrimitive]() { return this.id; }
  [Symbol.dispose]() { this.#timers.clear(this); }
}

class MockTimers {
  #enabled = null;     // the set of mocked API names while enabled
  #now = 0;
  #nextId = 1;
  #queue = [];         // { id, runAt, interval, callback, args, handle }, kept sorted
  #restore = [];

  #assertEnabled() {
    if (this.#enabled === null) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled !== null) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    const { apis = kApis, now = 0 } = options ?? {};
    if (!Array.isArray(apis)) throw new ERR_INVALID_ARG_TYPE('options.apis', 'Array', apis);
    apis.forEach((api, i) => {
      if (typeof api !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.apis[${i}]`, 'string', api);
    });
    for (const api of apis) {
      if (!kApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    if (apis.includes('Date') && globalThis.Date?.isMock === true) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }
    const initial = now instanceof RealDate ? now.getTime() : now;
    validateTime(initial, 'initialTime');
    this.#now = initial;
    this.#enabled = new Set(apis);
    this.#install();
  }

  tick(time = 1) {
    this.#assertEnabled();
    validateTime(time);
    this.#now += time;
    this.#runDue();
  }

  // Moves the clock to the latest timer now queued and runs what is due (an interval runs as
  // often as it falls due until then, so this ends).
  runAll() {
    this.#assertEnabled();
    const last = this.#queue.reduce((max, timer) => Math.max(max, timer.runAt), this.#now);
    this.tick(last - this.#now);
  }

  setTime(time) {
    this.#assertEnabled();
    validateTime(time);
    this.#now = time;
  }

  reset() {
    for (const undo of this.#restore.reverse()) undo();
    this.#restore = [];
    this.#enabled = null;
    this.#queue = [];
    this.#now = 0;
  }

  [Symbol.dispose]() { this.reset(); }

  #runDue() {
    while (this.#queue.length > 0 && this.#queue[0].runAt <= this.#now) {
      const timer = this.#queue.shift();
      if (timer.interval !== null) {
        timer.runAt += timer.interval;
        this.#insert(timer);
      }
      timer.callback(...timer.args);
    }
  }

  #insert(timer) {
    let i = this.#queue.length;
    while (i > 0 && (this.#queue[i - 1].runAt > timer.runAt ||
      (this.#queue[i - 1].runAt === timer.runAt && this.#queue[i - 1].id > timer.id))) i--;
    this.#queue.splice(i, 0, timer);
  }

  // (the callback is not checked: node's mocked timers take any value)
  #schedule(callback, delay, args, interval) {
    // as real timers: a delay outside 1 .. 2 ** 31 - 1 ms is 1 ms
    const ms = Number(delay) >= 1 && Number(delay) <= 2147483647 ? Math.trunc(Number(delay)) : 1;
    const id = this.#nextId++;
    const handle = new MockTimeout(this, id);
    this.#insert({ id, runAt: this.#now + ms, interval: interval ? ms : null, callback, args, handle });
    return handle;
  }

  clear(handle) {
    if (handle === undefined || handle === null) return;
    const id = typeof handle === 'object' ? handle.id : Number(handle);
    const index = this.#queue.findIndex((t) => t.id === id);
    if (index !== -1) this.#queue.splice(index, 1);
  }

  // Replaces `name` on each of `targets`, remembering what to put back.
  #replace(targets, name, value) {
    for (const target of targets) {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? true });
      this.#restore.push(() => {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete target[name];
      });
    }
  }

  #install() {
    const timers = require('timers');
    const promises = require('timers/promises');
    const both = [globalThis, timers];
    const apis = this.#enabled;
    const clear = (handle) => this.clear(handle);
    if (apis.has('setTimeout')) {
      const self = this;
      this.#replace(both, 'setTimeout', function setTimeout(callback, delay, ...args) {
        return self.#schedule(callback, delay, args, false);
      });
      this.#replace(both, 'clearTimeout', function clearTimeout(handle) { clear(handle); });
      this.#replace([promises], 'setTimeout', function setTimeout(delay, value, options) {
        return self.#promise(delay, value, options);
      });
    }
    if (apis.has('setInterval')) {
      const self = this;
      this.#replace(both, 'setInterval', function setInterval(callback, delay, ...args) {
        return self.#schedule(callback, delay, args, true);
      });
      this.#replace(both, 'clearInterval', function clearInterval(handle) { clear(handle); });
      this.#replace([promises], 'setInterval', function setInterval(delay, value, options) {
        return self.#intervalIterator(delay, value, options);
      });
    }
    if (apis.has('setImmediate')) {
      const self = this;
      this.#replace(both, 'setImmediate', function setImmediate(callback, ...args) {
        const id = self.#nextId++;
        const handle = new MockTimeout(self, id);
        self.#insert({ id, runAt: self.#now, interval: null, callback, args, handle });
        return handle;
      });
      this.#replace(both, 'clearImmediate', function clearImmediate(handle) { clear(handle); });
      this.#replace([promises], 'setImmediate', function setImmediate(value, options) {
        return self.#promise(0, value, options);
      });
    }
    if (apis.has('scheduler.wait') && promises.scheduler) {
      const self = this;
      this.#replace([promises.scheduler], 'wait', function wait(delay, options) {
        return self.#promise(delay, undefined, options);
      });
    }
    if (apis.has('Date')) this.#replace([globalThis], 'Date', this.#mockDate());
  }

  #promise(delay, value, options) {
    return new Promise((resolve, reject) => {
      try {
        if (options !== undefined) validateObject(options, 'options');
        if (options?.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
      } catch (err) {
        reject(err);
        return;
      }
      const signal = options?.signal;
      if (signal?.aborted) {
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
        return;
      }
      const onAbort = () => {
        this.clear(handle);
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      };
      const handle = this.#schedule(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  // timers/promises' setInterval: an async iterator that yields `value` each time the interval
  // falls due (values due before a next() wait for it).
  #intervalIterator(delay, value, options) {
    if (options !== undefined) validateObject(options, 'options');
    const signal = options?.signal;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    const abortError = () => new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
    const due = [];
    const waiting = [];
    let finished = false;
    const handle = this.#schedule(() => {
      if (waiting.length > 0) waiting.shift().resolve({ done: false, value });
      else due.push(value);
    }, delay, [], true);
    const stop = () => {
      finished = true;
      this.clear(handle);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      for (const waiter of waiting.splice(0)) waiter.reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    return {
      [Symbol.asyncIterator]() { return this; },
      next() {
        if (due.length > 0) return Promise.resolve({ done: false, value: due.shift() });
        if (finished) return signal?.aborted ? Promise.reject(abortError()) : Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        stop();
        for (const waiter of waiting.splice(0)) waiter.resolve({ done: true, value: undefined });
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  // A Date whose "now" is the mock clock's.
  #mockDate() {
    const timers = this;
    const now = () => timers.#now;
    function Date(...args) {
      if (new.target === undefined) return new RealDate(now()).toString();
      const date = args.length === 0 ? new RealDate(now()) : new RealDate(...args);
      Object.setPrototypeOf(date, new.target.prototype);
      return date;
    }
    Object.setPrototypeOf(Date, RealDate);
    Date.prototype = RealDate.prototype;
    Date.now = function now_() { return now(); };
    Object.defineProperty(Date.now, 'name', { value: 'now' });
    Date.isMock = true;
    Date.toString = function toString() { return 'function Date() { [native code] }'; };   // as V8 prints the real one
    return Date;
  }
}

module.exports = { MockTimers };
