// structuredClone decides what a value is from what it was made as, not from its prototype: an
// array or Date whose prototype was set to Object.prototype or null still clones as an array or
// a Date.
const util = require('util');
const show = (v) => `${Array.isArray(v)} ${util.types.isDate(v)} ${util.inspect(v)}`;
console.log(show(structuredClone(Object.setPrototypeOf([1, 2], Object.prototype))));
console.log(show(structuredClone(Object.setPrototypeOf(new Date(5), null))));
console.log(show(structuredClone({ inner: Object.setPrototypeOf(['x'], null) }).inner));
console.log(show(structuredClone(Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype))));
