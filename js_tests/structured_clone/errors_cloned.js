// Error objects: standard names kept, others become Error; message, stack and cause are kept
for (const e of [new Error('plain'), new TypeError('type'), new RangeError('range', { cause: 'why' }), new SyntaxError('syn'), new EvalError('ev'), new URIError('uri'), new ReferenceError('ref')]) {
  const c = structuredClone(e);
  console.log(c.constructor.name, c.name, c.message, c.cause, c.stack === e.stack, c instanceof Error, Object.keys(c));
}
class MyError extends RangeError { constructor(m) { super(m); this.name = 'MyError'; this.extra = 1; } }
const mine = structuredClone(new MyError('custom'));
console.log(mine.constructor.name, mine.name, mine.message, mine.extra);
const renamed = new Error('m');
renamed.name = 'Custom';
console.log(structuredClone(renamed).name);
console.log(structuredClone({ inner: new TypeError('in object') }).inner instanceof TypeError);
