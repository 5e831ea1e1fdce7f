// DOMException: message and name defaults, options bag with cause, instanceof Error, own
// properties, toString, stack header and accessor errors.
const e = new DOMException('boom', 'DataCloneError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, String(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e), e.stack.split('\n')[0]);
const d = new DOMException();
console.log(JSON.stringify(d.message), d.name, d.code);
const c = new DOMException('with cause', { name: 'AbortError', cause: 42 });
console.log(c.name, c.code, c.cause, Object.getOwnPropertyNames(c));
console.log(new DOMException('x', {}).name, new DOMException('x', null).name, new DOMException(undefined, undefined).name);
console.log(Object.prototype.toString.call(e), Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
try {
  Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  structuredClone(() => {});
} catch (err) {
  console.log(err instanceof DOMException, err.name, err.code);
}
