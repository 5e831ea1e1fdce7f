// Errors: stack text, own properties in braces, cause, AggregateError, class names, nesting.
// Stacks are replaced with fixed text so the output does not depend on the engine's frames.
const { inspect } = require('util');
function fixed(err, frames = ['    at fn (/app/file.js:1:1)', '    at main (/app/file.js:2:2)']) {
  const header = Error.prototype.toString.call(err);
  err.stack = [header, ...frames].join('\n');
  return err;
}
const plain = fixed(new Error('boom'));
console.log(plain);
console.log([plain]);
console.log({ err: plain });
console.log({ a: { b: plain } });
const withCode = fixed(new Error('with code'));
withCode.code = 'E_CODE';
withCode.errno = -2;
console.log(withCode);
console.log({ nested: withCode });
console.log(fixed(new TypeError('type')), fixed(new RangeError('range')));
class MyError extends Error {}
console.log(fixed(new MyError('mine')));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(fixed(new NamedError('named')));
class Weird extends TypeError {}
console.log(fixed(new Weird('weird')));
const renamed = fixed(new Error('renamed'));
renamed.name = 'Custom';
console.log(renamed);
const noStack = new Error('no stack');
Object.defineProperty(noStack, 'stack', { value: undefined });
console.log(noStack, [noStack]);
const onlyHeader = new Error('header only');
onlyHeader.stack = 'Error: header only';
console.log(onlyHeader, { e: onlyHeader });
const headerWithProps = new Error('hp');
headerWithProps.stack = 'Error: hp';
headerWithProps.extra = [1, 2];
console.log(headerWithProps);
const cause = fixed(new Error('the cause'));
const withCause = fixed(new Error('outer', { cause }));
console.log(withCause);
console.log(fixed(new Error('primitive cause', { cause: 'just a string' })));
const agg = fixed(new AggregateError([fixed(new Error('one')), fixed(new Error('two'))], 'many'));
console.log(agg);
const msgInStack = new Error('multi\nline message');
msgInStack.stack = 'Error: multi\nline message\n    at x (/a.js:1:1)';
console.log(msgInStack);
const emptyMsg = fixed(new Error(''));
console.log(emptyMsg);
const nullProto = fixed(new Error('np'));
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
const dup = fixed(new Error('dup'));
dup.name = 'Error';
dup.message = 'dup';
console.log(Object.keys(dup).filter((k) => k !== 'stack'), dup);
const shared = ['    at a (/x.js:1:1)', '    at b (/x.js:2:1)', '    at c (/x.js:3:1)', '    at d (/x.js:4:1)', '    at e (/x.js:5:1)'];
const inner = fixed(new Error('inner'), shared);
const outer = fixed(new Error('outer', { cause: inner }), ['    at z (/x.js:9:1)', ...shared]);
console.log(outer);
console.log(inspect(withCode, { compact: false }));
console.log(inspect({ depth: { here: withCode } }, { depth: 0 }));
console.log(String(plain), plain.message, plain.name);
const notError = { name: 'Error', message: 'fake', stack: 'Error: fake\n    at x' };
console.log(notError);
// Objects that only inherit from Error.prototype (no stack of their own).
const copied = Object.create(Error.prototype);
Object.defineProperty(copied, 'message', { value: 'copied' });
copied.code = 1;
console.log(copied, [copied]);
class E2 extends Error {}
console.log(Object.create(E2.prototype));
