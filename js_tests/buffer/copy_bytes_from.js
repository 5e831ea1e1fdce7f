// Buffer.copyBytesFrom(view, offset, length): copies the bytes of typed-array elements.
const { t } = require('./helpers/check');
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('all', () => Buffer.copyBytesFrom(u16));
t('offset', () => Buffer.copyBytesFrom(u16, 1));
t('offset+length', () => Buffer.copyBytesFrom(u16, 1, 1));
t('length past end', () => Buffer.copyBytesFrom(u16, 2, 10));
t('offset past end', () => Buffer.copyBytesFrom(u16, 5));
t('empty', () => Buffer.copyBytesFrom(new Float32Array(0)));
t('float64', () => Buffer.copyBytesFrom(new Float64Array([1])));
t('is a copy', () => { const u = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b; });
t('not a typed array', () => Buffer.copyBytesFrom([1, 2]));
t('DataView', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('float offset', () => Buffer.copyBytesFrom(u16, 1.5));
t('string length', () => Buffer.copyBytesFrom(u16, 0, '1'));
