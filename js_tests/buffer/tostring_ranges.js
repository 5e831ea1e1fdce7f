// toString(encoding, start, end): coercion and clamping of the range.
const { t } = require('./helpers/check');
const b = Buffer.from('abcdefgh');
const values = [undefined, null, 0, 2, -1, 3.7, '2', 'x', NaN, Infinity, -Infinity, 100, 8, true];
for (const start of values) {
  for (const end of [undefined, 5, 2.5, -3, 100, '6', NaN]) {
    t(`start=${String(start)} end=${String(end)}`, () => JSON.stringify(b.toString('utf8', start, end)));
  }
}
t('unknown', () => b.toString('nope'));
t('null enc', () => b.toString(null));
t('empty enc', () => b.toString(''));
t('number enc', () => b.toString(5));
t('hex range', () => b.toString('hex', 1, 3));
t('base64 range', () => b.toString('base64', 2));
t('toLocaleString', () => b.toLocaleString('hex'));
