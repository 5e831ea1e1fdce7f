// Bad inputs to Buffer.from / alloc / concat / byteLength: node's error names, codes and messages.
const { t } = require('./helpers/check');
for (const v of [undefined, null, 5, 1.5, true, Symbol('s'), 10n, function named() {}, {}, { a: 1 }, new Map(), Object.create(null)]) {
  t(`from(${typeof v})`, () => Buffer.from(v));
}
t('unknown encoding', () => Buffer.from('x', 'utf9'));
t('unknown encoding empty string', () => Buffer.from('', 'utf9'));
t('non-string encoding', () => Buffer.from('abc', 42));
t('Buffer(number, string)', () => Buffer(5, 'utf8'));
for (const v of ['5', -1, NaN, 2 ** 53, 1.5, undefined, null, {}]) {
  t(`alloc(${String(v)})`, () => Buffer.alloc(v));
  t(`allocUnsafe(${String(v)})`, () => Buffer.allocUnsafe(v));
  t(`allocUnsafeSlow(${String(v)})`, () => Buffer.allocUnsafeSlow(v));
}
t('concat non-array', () => Buffer.concat('abc'));
t('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad item 2', () => Buffer.concat([Buffer.from('a'), Buffer.from('b'), [1]]));
t('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
t('concat length type', () => Buffer.concat([Buffer.from('a')], '1'));
t('byteLength number', () => Buffer.byteLength(5));
t('byteLength object', () => Buffer.byteLength({}));
t('byteLength undefined', () => Buffer.byteLength());
t('compare bad', () => Buffer.compare('a', Buffer.from('a')));
t('compare bad 2', () => Buffer.compare(Buffer.from('a'), [1]));
t('equals bad', () => Buffer.from('a').equals('a'));
t('compare method bad', () => Buffer.from('a').compare({}));
