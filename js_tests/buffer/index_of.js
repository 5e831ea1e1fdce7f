// indexOf / includes with strings, numbers and buffers, and every byteOffset rule.
const { t } = require('./helpers/check');
const b = Buffer.from('abcdef abcdef');
const needles = ['a', 'abc', 'def', 'f a', 'z', '', 'abcdef abcdefg', 0x61, 97 + 256, -159, 0x7a, Buffer.from('cd'), new Uint8Array([0x20]), Buffer.alloc(0)];
const offsets = [undefined, 0, 1, 7, 12, 13, 20, -1, -6, -13, -20, NaN, 'latin1', 1.7, null, 2 ** 40, -(2 ** 40)];
for (const n of needles) {
  const label = typeof n === 'object' ? `<${Array.from(n).join(',')}>` : JSON.stringify(n);
  const row = offsets.map((o) => b.indexOf(n, o));
  console.log(label.padEnd(18), row.join(' '), b.includes(n));
}
const empty = Buffer.alloc(0);
console.log('empty', empty.indexOf('a'), empty.indexOf(''), empty.indexOf('', 5), empty.indexOf(0), empty.includes(Buffer.alloc(0)));
t('bad value', () => b.indexOf({}));
t('bad value null', () => b.indexOf(null));
t('bad value bool', () => b.indexOf(true));
t('unknown enc', () => b.indexOf('a', 0, 'nope'));
t('unknown enc via offset', () => b.indexOf('a', 'nope'));
t('buffer with unknown enc', () => b.indexOf(Buffer.from('b'), 0, 'nope'));
t('number with unknown enc', () => b.indexOf(98, 0, 'nope'));
t('multibyte', () => Buffer.from('x€y€').indexOf('€', 2));
t('string offset is an encoding', () => b.indexOf('a', '3'));
t('includes offset', () => b.includes('abc', 8));
