// buffer.INSPECT_MAX_BYTES controls how many bytes inspect shows; its setter validates.
const buffer = require('buffer');
const { t } = require('./helpers/check');
console.log(buffer.INSPECT_MAX_BYTES);
const b = Buffer.from('abcdefghij');
buffer.INSPECT_MAX_BYTES = 4;
console.log(b, buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 9;
console.log(b);
buffer.INSPECT_MAX_BYTES = 0;
console.log(b, Buffer.alloc(0));
buffer.INSPECT_MAX_BYTES = 2.5;
console.log(b);
t('set string', () => { buffer.INSPECT_MAX_BYTES = '5'; });
t('set negative', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('set NaN', () => { buffer.INSPECT_MAX_BYTES = NaN; });
buffer.INSPECT_MAX_BYTES = Infinity;
console.log(Buffer.alloc(60, 0xab));
