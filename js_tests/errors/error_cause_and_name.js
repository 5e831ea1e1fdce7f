// standard Error features: cause option, name, instanceof, message of built-in TypeErrors
const e = new Error('outer', { cause: new TypeError('inner') });
console.log(e.name, e.message, e.cause.name, e.cause.message);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
const m = new MyError('custom');
console.log(m instanceof MyError, m instanceof Error, String(m));
console.log(typeof e.stack, e.stack.split('\n')[0]);
try { JSON.parse('{bad'); } catch (err) { console.log(err.name); }
