// Buffer.compare, buf.compare with ranges, buf.equals.
const { t } = require('./helpers/check');
const pairs = [['abc', 'abc'], ['abc', 'abd'], ['abd', 'abc'], ['ab', 'abc'], ['abc', 'ab'], ['', ''], ['', 'a'], ['\xff', '\x00']];
for (const [x, y] of pairs) {
  const a = Buffer.from(x, 'latin1');
  const b = Buffer.from(y, 'latin1');
  console.log(JSON.stringify(x), JSON.stringify(y), Buffer.compare(a, b), a.compare(b), a.equals(b));
}
const list = ['b', 'a', 'ab', 'ba', '', 'aa'].map((s) => Buffer.from(s));
console.log(list.sort(Buffer.compare).map(String));
const src = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const target = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3]);
const ranges = [[0], [5], [0, 3], [5, 8, 0, 3], [5, 6, 0, 1], [0, 4, 4], [0, 4, 4, 8], [8, 8], [0, 0, 0, 0], [0, 1, 9, 9], [3, 2], [0, 8, 1, 1]];
for (const r of ranges) t(`compare(target, ${r.join(', ')})`, () => src.compare(target, ...r));
t('targetStart neg', () => src.compare(target, -1));
t('targetEnd too big', () => src.compare(target, 0, 9));
t('sourceStart neg', () => src.compare(target, 0, 1, -1));
t('sourceEnd too big', () => src.compare(target, 0, 1, 0, 10));
t('targetStart string', () => src.compare(target, '1'));
t('targetStart float', () => src.compare(target, 1.5));
t('sourceStart huge', () => src.compare(target, 0, 1, 100));
t('equals Uint8Array', () => Buffer.from('ab').equals(new Uint8Array([97, 98])));
t('equals self', () => src.equals(src));
t('compare Uint8Array', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
