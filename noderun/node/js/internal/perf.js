'use strict';
// User Timing and the rest of node:perf_hooks: the global `performance` (now, timeOrigin, mark,
// measure, the entry buffer, toJSON, eventLoopUtilization, timerify), PerformanceObserver,
// and the histograms (createHistogram, monitorEventLoopDelay). Times are milliseconds since
// timeOrigin, read from the host's monotonic clock.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateInteger, validateNumber } = require('internal/validators');

const kConstruct = Symbol('kConstruct');
const kOffer = Symbol('kOffer');
const kDispatch = Symbol('kDispatch');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

// The host's clock (seconds since the process began) in ms, and the wall time it started at.
function now() {
  return host.uptime() * 1000;
}
const timeOrigin = Date.now() - now();

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return typeof structuredClone === 'function' ? structuredClone(detail) : detail;
}

// ---- entries ------------------------------------------------------------------------------------

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(key = undefined, name = '', type = '', start = 0, duration = 0) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }

  [customInspectSymbol](depth, options) {
    // beyond the depth node prints the class name in brackets (its entries carry hidden own keys)
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${require('internal/util/inspect').inspect(this.toJSON(), opts)}`;
  }
}

function validateTimestamp(value, name) {
  validateNumber(value, name);
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateTimestamp(startTime, 'startTime');
    super(kConstruct, `${name}`, 'mark', startTime, 0);
    this.#detail = cloneDetail(options?.detail);
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(key = undefined, name = '', start = 0, duration = 0, detail = null) {
    super(key, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// As node's: the subclasses carry a toStringTag, PerformanceEntry itself does not; the members are
// enumerable (WebIDL), toJSON of the subclasses too.
for (const Entry of [PerformanceMark, PerformanceMeasure, PerformanceResourceTiming]) {
  Object.defineProperty(Entry.prototype, Symbol.toStringTag, { value: Entry.name, configurable: true });
}
function makeMembersEnumerable(constructor, names) {
  for (const name of names) Object.defineProperty(constructor.prototype, name, { enumerable: true });
}
makeMembersEnumerable(PerformanceEntry, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
makeMembersEnumerable(PerformanceMark, ['detail']);
makeMembersEnumerable(PerformanceMeasure, ['detail']);

// ---- the timeline buffer ------------------------------------------------------------------------

let marks = [];
let measures = [];

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type));
}

function bufferedEntries(name, type) {
  let list;
  if (type === undefined) list = [...marks, ...measures];
  else if (type === 'mark') list = marks;
  else if (type === 'measure') list = measures;
  else list = [];
  return filterEntries(list, name, undefined).sort(byStartTime);
}

function markTime(name) {
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  const { DOMException } = require('internal/dom_exception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function timeOf(value, name) {
  if (typeof value === 'string') return markTime(value);
  validateTimestamp(value, name);
  return value;
}

function measureTimes(startOrOptions, endMark) {
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start, end, duration, detail } = startOrOptions;
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    const endTime = end !== undefined ? timeOf(end, 'end')
      : (start !== undefined && duration !== undefined ? timeOf(start, 'start') + duration : now());
    const startTime = start !== undefined ? timeOf(start, 'start')
      : (duration !== undefined && end !== undefined ? endTime - duration : 0);
    return [startTime, endTime, cloneDetail(detail)];
  }
  const startTime = startOrOptions === undefined ? 0 : timeOf(startOrOptions, 'startMark');
  const endTime = endMark === undefined ? now() : timeOf(endMark, 'endMark');
  return [startTime, endTime, null];
}

// ---- observers ----------------------------------------------------------------------------------

const observers = new Set();
let dispatchScheduled = false;

function enqueue(entry) {
  for (const observer of observers) observer[kOffer](entry);
}

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    for (const observer of observers) observer[kDispatch]();
  });
}

class PerformanceObserverEntryList {
  #entries;

  constructor(key = undefined, entries = []) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort(byStartTime);
  }

  getEntries() { return this.#entries.slice(); }
  getEntriesByType(type) { return filterEntries(this.#entries, undefined, `${type}`); }
  getEntriesByName(name, type) {
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    const wanted = (entryTypes !== undefined ? [...entryTypes] : [type]).filter((t) => kSupportedEntryTypes.includes(t));
    this.#types = new Set(wanted);
    if (this.#types.size === 0) return;
    observers.add(this);
    if (buffered && type !== undefined) {
      for (const entry of bufferedEntries(undefined, type)) this[kOffer](entry);
    }
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
    this.#types = new Set();
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  [kOffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    scheduleDispatch();
  }

  [kDispatch]() {
    if (this.#buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(kConstruct, this.takeRecords());
    this.#callback(list, this);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${require('internal/util/inspect').inspect({
      connected: observers.has(this),
      pending: this.#buffer.length > 0,
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, opts)}`;
  }
}

makeMembersEnumerable(PerformanceObserverEntryList, ['getEntries', 'getEntriesByType', 'getEntriesByName']);
makeMembersEnumerable(PerformanceObserver, ['observe', 'disconnect', 'takeRecords']);
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', configurable: true,
});
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', configurable: true,
});

// ---- histograms ---------------------------------------------------------------------------------

// Exact values kept as value -> count (node's is an HDR histogram: the same answers here, without
// its bucket rounding).
class Histogram {
  #counts = new Map();
  #count = 0;
  #min = 9223372036854776000;
  #max = 0;
  #sum = 0;
  #sumSquares = 0;
  #exceeds = 0;

  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }
  get min() { return this.#min; }
  get minBigInt() { return BigInt(this.#min); }
  get max() { return this.#max; }
  get maxBigInt() { return BigInt(this.#max); }
  get mean() { return this.#count === 0 ? NaN : this.#sum / this.#count; }
  get stddev() {
    if (this.#count === 0) return NaN;
    const mean = this.#sum / this.#count;
    return Math.sqrt(Math.max(0, this.#sumSquares / this.#count - mean * mean));
  }
  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('percentile', '> 0 && <= 100', percentile);
    }
    if (this.#count === 0) return 0;
    const rank = Math.max(1, Math.ceil((percentile / 100) * this.#count));
    let seen = 0;
    for (const value of [...this.#counts.keys()].sort((a, b) => a - b)) {
      seen += this.#counts.get(value);
      if (seen >= rank) return value;
    }
    return this.#max;
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const result = new Map();
    if (this.#count === 0) {
      result.set(100, 0);
      return result;
    }
    for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
      result.set(p, p === 0 ? this.#min : this.percentile(p));
    }
    return result;
  }

  get percentilesBigInt() {
    return new Map([...this.percentiles].map(([p, v]) => [p, BigInt(v)]));
  }

  reset() {
    this.#counts = new Map();
    this.#count = 0;
    this.#min = 9223372036854776000;
    this.#max = 0;
    this.#sum = 0;
    this.#sumSquares = 0;
    this.#exceeds = 0;
  }

  _record(value) {
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
    this.#count++;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    this.#sum += value;
    this.#sumSquares += value * value;
  }

  _merge(other) {
    for (const [value, count] of other.#counts) {
      for (let i = 0; i < count; i++) this._record(value);
    }
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

class RecordableHistogram extends Histogram {
  #lastDelta;

  record(value) {
    if (typeof value === 'bigint') value = Number(value);
    validateInteger(value, 'val', 1);
    this._record(value);
  }

  recordDelta() {
    const t = host.hrtimeNs();
    if (this.#lastDelta !== undefined) this._record(Math.max(1, t - this.#lastDelta));
    this.#lastDelta = t;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this._merge(other);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new RecordableHistogram(kConstruct);
}

// The event loop's lateness, sampled by an unref'd interval timer every `resolution` ms.
class IntervalHistogram extends Histogram {
  #timer = null;
  #resolution;

  constructor(key, resolution) {
    super(key);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    let expected = host.hrtimeNs() + this.#resolution * 1e6;
    this.#timer = setInterval(() => {
      const t = host.hrtimeNs();
      this._record(Math.max(1, Math.round(t - expected)));
      expected = t + this.#resolution * 1e6;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, resolution);
}

// ---- performance ----------------------------------------------------------------------------------

const loopStart = now();

class PerformanceNodeTiming extends PerformanceEntry {
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return loopStart; }
  get loopStart() { return loopStart; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }

  toJSON() {
    return {
      ...super.toJSON(), nodeStart: this.nodeStart, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit, idleTime: this.idleTime,
    };
  }
}

class Performance {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  now() {
    return now();
  }

  get timeOrigin() {
    return timeOrigin;
  }

  get nodeTiming() {
    return new PerformanceNodeTiming(kConstruct, 'node', 'node', 0, now());
  }

  mark(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    marks.push(mark);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const [start, end, detail] = measureTimes(startOrOptions, endMark);
    const measure = new PerformanceMeasure(kConstruct, `${name}`, start, end - start, detail);
    measures.push(measure);
    enqueue(measure);
    return measure;
  }

  clearMarks(name) {
    marks = name === undefined ? [] : marks.filter((m) => m.name !== `${name}`);
  }

  clearMeasures(name) {
    measures = name === undefined ? [] : measures.filter((m) => m.name !== `${name}`);
  }

  clearResourceTimings() {}

  getEntries() {
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  // noderun does not measure the loop's idle time: all zeros, in node's shape
  eventLoopUtilization(util1, util2) {
    return { idle: 0, active: 0, utilization: 0 };
  }

  timerify(fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const entry = new PerformanceEntry(kConstruct, fn.name, 'function', start, now() - start);
      enqueue(entry);
      return result;
    }
    Object.defineProperties(timerified, {
      name: { value: `timerified ${fn.name}`, configurable: true },
      length: { value: fn.length, configurable: true },
    });
    return timerified;
  }

  markResourceTiming() {
    throw require('internal/not_implemented').notImplementedError('performance.markResourceTiming');
  }

  setResourceTimingBufferSize() {}

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

const performance = new Performance(kConstruct);

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  Histogram,
  RecordableHistogram,
  createHistogram,
  monitorEventLoopDelay,
  constants,
};
