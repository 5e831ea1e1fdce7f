// Structured-clone fuzzing: `clone_fuzz.js SEED COUNT` makes COUNT values from SEED (the same
// values under any engine: its own PRNG, no Math.random), clones each with structuredClone and
// through a worker (there and back), and prints one line per value describing both results (or
// the error thrown, or 'messageerror'). Run under node 24 and noderun, the lines must be equal.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.on('message', (value) => {
    try {
      parentPort.postMessage({ value });
    } catch (error) {
      parentPort.postMessage({ thrown: `${error.name}: ${error.message}` });
    }
  });
  parentPort.on('messageerror', () => parentPort.postMessage({ thrown: 'messageerror in worker' }));
  return;
}

const SEED = Number(process.argv[2] || 1);
const COUNT = Number(process.argv[3] || 100);

let state = SEED >>> 0;
function random() {   // mulberry32
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (items) => items[int(items.length)];
const chance = (p) => random() < p;

const kTypedArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const kErrors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];

function string() {
  const pieces = ['', 'a', 'héllo', '\u0000', '\ud800', '\udc00x', '😀', '__proto__', 'constructor', '0', 'length', ' '];
  let s = '';
  for (let i = int(3); i >= 0; i--) s += pick(pieces);
  return s;
}

// (a key as data: assigning "__proto__" would set the prototype)
function setOwn(object, key, item) {
  Object.defineProperty(object, key, { value: item, enumerable: true, writable: true, configurable: true });
}

function primitive() {
  switch (int(12)) {
    case 0: return int(1000) - 500;
    case 1: return pick([-0, NaN, Infinity, -Infinity, 2 ** 53, 1e-7, 0.1]);
    case 2: return string();
    case 3: return BigInt(int(1e6)) * (chance(0.5) ? -1n : 1n) ** 1n * 12345678901234567n;
    case 4: return chance(0.5);
    case 5: return null;
    case 6: return undefined;
    default: return random() * 1000;
  }
}

function uncloneable() {
  switch (int(8)) {
    case 0: return function f(a) { return a; };
    case 1: return Symbol('s');
    case 2: return new WeakMap();
    case 3: return new Proxy({}, {});
    case 4: return Promise.resolve(1);
    case 5: return Object(Symbol('boxed'));
    case 6: return class K {};
    default: return () => 1;
  }
}

function value(depth, pool) {
  if (pool.length > 0 && chance(0.12)) return pick(pool);   // shared reference, or a cycle
  if (chance(0.015)) return uncloneable();
  if (depth > 3 || chance(0.3)) return primitive();
  switch (int(15)) {
    case 0: case 1: {
      const object = {};
      pool.push(object);
      for (let i = int(4); i > 0; i--) setOwn(object, string() || 'k', value(depth + 1, pool));
      if (chance(0.1)) setOwn(object, '__proto__', value(depth + 1, pool));
      return object;
    }
    case 2: case 3: {
      const array = [];
      pool.push(array);
      const length = int(5);
      for (let i = 0; i < length; i++) if (!chance(0.2)) array[i] = value(depth + 1, pool);
      if (chance(0.15)) array.extra = value(depth + 1, pool);
      if (chance(0.05)) array.length += 2;
      return array;
    }
    case 4: {
      const map = new Map();
      pool.push(map);
      for (let i = int(3); i > 0; i--) map.set(value(depth + 1, pool), value(depth + 1, pool));
      return map;
    }
    case 5: {
      const set = new Set();
      pool.push(set);
      for (let i = int(3); i > 0; i--) set.add(value(depth + 1, pool));
      return set;
    }
    case 6: return new Date(chance(0.1) ? NaN : int(2e12));
    case 7: {
      const regexp = new RegExp(pick(['a+', '[x-z]', '^\\d$', '.', '\\u{1F600}']), pick(['', 'g', 'gi', 'muy', 'su', 'd', 'v']));
      pool.push(regexp);
      return regexp;
    }
    case 8: {
      const Type = pick(kTypedArrays);
      const buffer = new ArrayBuffer(Type.BYTES_PER_ELEMENT * (2 + int(4)));
      const bytes = new Uint8Array(buffer);
      for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
      const view = new Type(buffer, chance(0.5) ? Type.BYTES_PER_ELEMENT : 0);
      pool.push(view, buffer);
      return chance(0.3) ? [view, buffer] : view;
    }
    case 9: {
      const buffer = new ArrayBuffer(int(8));
      const view = new DataView(buffer, int(buffer.byteLength + 1));
      pool.push(buffer, view);
      return chance(0.5) ? view : buffer;
    }
    case 10: return pick([Object(int(9)), Object(string()), Object(chance(0.5)), Object(BigInt(int(99)))]);
    case 11: case 12: {
      const Ctor = pick(kErrors);
      const error = new Ctor(string());
      pool.push(error);
      // (not a Date: QuickJS's Date.prototype.toString has no time zone name)
      if (chance(0.3)) error.message = pick([primitive(), {}, [1, [2]], { toString: () => 'custom' }]);
      if (chance(0.4)) error.cause = value(depth + 1, pool);
      if (chance(0.1)) error.name = pick(['TypeError', 'Custom', 'RangeError']);
      if (chance(0.1)) error.extra = 1;
      return error;
    }
    case 13: {
      class Point { constructor() { this.x = int(9); } }
      const point = new Point();
      pool.push(point);
      return point;
    }
    default: {
      const nullProto = Object.create(null);
      pool.push(nullProto);
      nullProto.a = value(depth + 1, pool);
      return nullProto;
    }
  }
}

// -- a description that shows what structured clone keeps: structure, sharing, cycles ------------

function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c ? `\\u${c.toString(16).padStart(4, '0')}` : s[i];
  }
  return `${out}"`;
}

function protoName(object) {
  const proto = Object.getPrototypeOf(object);
  if (proto === null) return 'null';
  if (proto === Object.prototype) return 'Object';
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return typeof ctor === 'function' ? ctor.name : '?';
}

function describe(v, seen = new Map()) {
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'string': return quote(v);
    case 'bigint': return `${v}n`;
    case 'undefined': case 'boolean': return String(v);
    case 'symbol': case 'function': return `<${typeof v}>`;
    default: break;
  }
  if (v === null) return 'null';
  if (seen.has(v)) return `#${seen.get(v)}`;
  seen.set(v, seen.size);
  const tag = Object.prototype.toString.call(v);
  const head = `${tag.slice(8, -1)}:${protoName(v)}`;
  const props = () => Reflect.ownKeys(v).filter((k) => typeof k === 'string' && k !== 'stack').map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const flags = `${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`;
    return `${quote(k)}${flags}=${'value' in d ? describe(d.value, seen) : 'accessor'}`;
  }).join(',');
  if (ArrayBuffer.isView(v)) {
    const data = v instanceof DataView ? '' : `[${Array.from(v, (x) => describe(x)).join(',')}]`;
    return `${head}(${v.byteOffset},${v.byteLength}${data},${describe(v.buffer, seen)})`;
  }
  if (v instanceof ArrayBuffer) return `${head}(${Array.from(new Uint8Array(v)).join(',')})`;
  if (v instanceof Map) return `${head}{${[...v].map(([k, x]) => `${describe(k, seen)}=>${describe(x, seen)}`).join(',')}}`;
  if (v instanceof Set) return `${head}{${[...v].map((x) => describe(x, seen)).join(',')}}`;
  if (v instanceof Date) return `${head}(${v.getTime()})`;
  if (v instanceof RegExp) return `${head}(${quote(v.source)},${v.flags},${v.lastIndex})`;
  if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' || tag === '[object BigInt]') {
    return `${head}(${describe(v.valueOf())})`;
  }
  return `${head}{${props()}}`;
}

function outcome(fn) {
  try {
    return describe(fn());
  } catch (error) {
    return `throws ${error.name}: ${error.message}`;
  }
}

const worker = new Worker(__filename);
function throughWorker(v) {
  return new Promise((resolve) => {
    const onError = () => done('messageerror');
    const onMessage = (m) => done('thrown' in m ? `worker ${m.thrown}` : describe(m.value));
    function done(text) {
      worker.off('message', onMessage);
      worker.off('messageerror', onError);
      resolve(text);
    }
    worker.on('message', onMessage);
    worker.on('messageerror', onError);
    try {
      worker.postMessage(v);
    } catch (error) {
      done(`throws ${error.name}: ${error.message}`);
    }
  });
}

(async () => {
  for (let i = 0; i < COUNT; i++) {
    const v = value(0, []);
    const original = describe(v);
    const cloned = outcome(() => structuredClone(v));
    const echoed = await throughWorker(v);
    console.log(`${i} ${original}\n  clone ${cloned}\n  echo  ${echoed}`);
  }
  await worker.terminate();
})();
