// lastIndexOf with strings, numbers and buffers, and every byteOffset rule.
const b = Buffer.from('abcdef abcdef');
const needles = ['a', 'abc', 'def', 'f a', 'z', '', 0x61, 0x20, Buffer.from('cd'), Buffer.alloc(0), 'abcdef abcdefg'];
const offsets = [undefined, 0, 1, 7, 12, 13, 20, -1, -6, -13, -14, -20, NaN, 'ucs2', null, 2.5, Infinity, -Infinity];
for (const n of needles) {
  const label = typeof n === 'object' ? `<${Array.from(n).join(',')}>` : JSON.stringify(n);
  console.log(label.padEnd(18), offsets.map((o) => b.lastIndexOf(n, o)).join(' '));
}
const e = Buffer.alloc(0);
console.log('empty', e.lastIndexOf('a'), e.lastIndexOf(''), e.lastIndexOf(0), e.lastIndexOf('', 3), e.lastIndexOf(Buffer.alloc(0)));
const r = Buffer.from('aaaa');
console.log(r.lastIndexOf('aa'), r.lastIndexOf('aa', 1), r.lastIndexOf('aa', 3), r.lastIndexOf('aaa', -1), r.lastIndexOf(Buffer.from('aa'), -3));
