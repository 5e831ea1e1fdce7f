// an uncaught error is printed ignoring its custom inspect method, its own properties 5 levels deep
const e = new Error('boom');
e.deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };
e[Symbol.for('nodejs.util.inspect.custom')] = () => 'CUSTOM';
throw e;
