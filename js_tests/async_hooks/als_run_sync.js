// AsyncLocalStorage: run() sets the store for the callback only; nesting; exit(); return values.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('outside', als.getStore());
const result = als.run({ id: 1 }, (a, b) => {
  console.log('inside', als.getStore(), a, b);
  als.run('nested', () => console.log('nested', als.getStore()));
  console.log('back', als.getStore());
  als.exit(() => console.log('exit', als.getStore()));
  return 'returned';
}, 'x', 'y');
console.log(result, als.getStore());
try {
  als.run(1, () => { throw new Error('thrown inside'); });
} catch (e) {
  console.log(e.message, als.getStore());
}
