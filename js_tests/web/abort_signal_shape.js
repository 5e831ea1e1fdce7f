// AbortSignal and AbortController: constructors, prototype members and inspect output.
try {
  new AbortSignal();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const ac = new AbortController();
console.log(ac);
console.log(ac.signal, AbortSignal.abort());
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal));
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.keys(AbortSignal.prototype));
console.log(ac.signal instanceof EventTarget, Object.prototype.toString.call(ac.signal), Object.prototype.toString.call(ac));
console.log(new EventTarget(), require('util').inspect(new Event('e')).split('\n')[0]);
