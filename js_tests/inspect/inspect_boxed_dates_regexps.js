// Boxed primitives, Date, RegExp, Promise, Symbol and BigInt wrappers.
const { inspect } = require('util');
console.log(new Number(3), new Number(-0), new String('x'), new String("it's"), new Boolean(false));
console.log(Object(10n), Object(Symbol('s')), [new Number(1)], { s: new String('in obj') });
const boxedWithProp = new String('ab');
boxedWithProp.extra = 1;
console.log(boxedWithProp);
class MyNumber extends Number {}
console.log(new MyNumber(5));
console.log(new Date(0), new Date(1e12), new Date(NaN), [new Date(86400000)]);
const dateWithProp = new Date(0);
dateWithProp.note = 'x';
console.log(dateWithProp);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/re/g, /a\/b/imsuy, new RegExp('x', 'd'), [/in array/], { r: /in obj/ });
const reWithProp = /p/;
reWithProp.extra = true;
console.log(reWithProp);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('sub'));
console.log(Promise.resolve(1), Promise.resolve({ a: [1] }), new Promise(() => {}));
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
const rejected2 = Promise.reject(42);
rejected2.catch(() => {});
console.log(rejected2, [Promise.resolve('s')]);
const promiseWithProp = Promise.resolve(2);
promiseWithProp.tag = 'p';
console.log(promiseWithProp);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(3));
console.log(inspect(Promise.resolve(Promise.resolve(1))));
(async () => {
  const p = (async () => 5)();
  await p;
  console.log(p);
})();
console.log(new Number(1234567.5), inspect(new Number(1234567.5), { numericSeparator: true }));
