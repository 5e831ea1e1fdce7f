// markAsUncloneable(obj): structured clone (postMessage, structuredClone, workerData) of a marked
// plain object, class instance or error throws node 24's DataCloneError; marked arrays, maps,
// dates and buffers still clone; primitives are ignored; the mark is invisible on the object
const { markAsUncloneable, isMarkedAsUntransferable, MessageChannel, Worker } = require('worker_threads');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result instanceof ArrayBuffer ? `ArrayBuffer(${result.byteLength})` : result);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}

const plain = { a: 1 };
console.log(markAsUncloneable(plain));
attempt('structuredClone', () => structuredClone(plain));
attempt('nested', () => structuredClone({ deep: [plain] }));
attempt('null prototype', () => { const o = Object.create(null); markAsUncloneable(o); return structuredClone(o); });
class Point { constructor() { this.x = 1; } }
attempt('class instance', () => { const p = new Point(); markAsUncloneable(p); return structuredClone(p); });
attempt('marked prototype only', () => { markAsUncloneable(Point.prototype); return structuredClone(new Point()); });
attempt('error', () => { const e = new RangeError('x'); markAsUncloneable(e); return structuredClone(e); });
attempt('blob', () => { const b = new Blob(['x']); markAsUncloneable(b); return structuredClone(b); });
attempt('unmarked blob', () => structuredClone(new Blob(['x'])).size);
attempt('frozen', () => { const f = Object.freeze({ b: 2 }); markAsUncloneable(f); return structuredClone(f); });
for (const [label, value] of [['array', [1, 2]], ['map', new Map([[1, 2]])], ['set', new Set([3])],
  ['date', new Date(0)], ['regexp', /x/g], ['boxed', new Number(4)], ['buffer', new Uint8Array([5])],
  ['arraybuffer', new ArrayBuffer(2)]]) {
  markAsUncloneable(value);
  attempt(label, () => structuredClone(value));
}
for (const value of [1, 'x', null, undefined, true, Symbol('s'), 10n]) console.log(markAsUncloneable(value));
console.log(Object.keys(plain), Reflect.ownKeys(plain), JSON.stringify(plain), isMarkedAsUntransferable(plain));

const { port1, port2 } = new MessageChannel();
attempt('postMessage', () => port1.postMessage({ plain }));
attempt('in transfer list', () => port1.postMessage(1, [plain]));
const ab = new ArrayBuffer(4);
markAsUncloneable(ab);
attempt('transfer a marked buffer', () => { port1.postMessage(ab, [ab]); return ab.byteLength; });
markAsUncloneable(port2);
attempt('transfer a marked port', () => { const c = new MessageChannel(); markAsUncloneable(c.port1); port1.postMessage(c.port1, [c.port1]); c.port2.close(); });
attempt('workerData', () => new Worker('', { eval: true, workerData: plain }));
port1.close();
console.log(markAsUncloneable.length, markAsUncloneable.name);
