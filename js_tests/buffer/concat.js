// Buffer.concat with and without totalLength.
const { t } = require('./helpers/check');
const a = Buffer.from('abc');
const b = Buffer.from('de');
const c = new Uint8Array([0x66, 0x67]);
t('plain', () => Buffer.concat([a, b, c]));
t('empty list', () => Buffer.concat([]));
t('single', () => Buffer.concat([a]));
t('single is a copy', () => Buffer.concat([a]) !== a);
t('total shorter', () => Buffer.concat([a, b, c], 4));
t('total longer', () => Buffer.concat([a, b], 8));
t('total zero', () => Buffer.concat([a, b], 0));
t('with empty buffers', () => Buffer.concat([Buffer.alloc(0), a, Buffer.alloc(0)]));
t('result is Buffer', () => Buffer.concat([c, c]) instanceof Buffer);
t('length float', () => Buffer.concat([a], 1.5));
const big = Buffer.concat(Array.from({ length: 100 }, (_, i) => Buffer.from([i])));
console.log(big.length, big[0], big[99], big.toString('hex').slice(0, 20));
const large = Buffer.concat([Buffer.alloc(5000, 1), Buffer.alloc(5000, 2)]);
console.log(large.length, large[4999], large[5000], large.buffer.byteLength >= 10000);
