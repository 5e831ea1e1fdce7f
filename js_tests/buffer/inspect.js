// console.log / util.inspect of Buffers: hex bytes, the 50-byte cap, extra own properties.
const util = require('util');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(100));
const p = Buffer.from('props');
p.name = 'x';
p.n = 1;
p[Symbol('tag')] = true;
Object.defineProperty(p, 'hidden', { value: 'h', enumerable: false });
console.log(p);
console.log(util.inspect(p, { showHidden: true }));
const e = Buffer.alloc(0);
e.only = 'prop';
console.log(e);
console.log([Buffer.from('a'), { b: Buffer.from('bc') }]);
console.log(util.inspect(Buffer.from('abc')), util.inspect(Buffer.from('a')).length);
console.log(Buffer.from('x').inspect(), Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom]);
console.log(`${util.format('%o', Buffer.from('z'))}`);
class MyBuffer extends Buffer {}
console.log(Buffer.from('hi').subarray(1), new MyBuffer(2));
const deep = Buffer.from('d');
deep.obj = { a: { b: { c: { d: 1 } } } };
console.log(deep);
