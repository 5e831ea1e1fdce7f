// buffer.isUtf8 / isAscii on buffers, views and ArrayBuffers; argument errors.
const { isUtf8, isAscii } = require('buffer');
const { t } = require('./helpers/check');
const cases = [[], [0x61], [0x7f], [0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbf, 0xbf], [0xff], [0x61, 0x00, 0x62]];
for (const c of cases) console.log(Buffer.from(c).toString('hex').padEnd(10), isUtf8(Buffer.from(c)), isAscii(Buffer.from(c)), isUtf8(new Uint8Array(c).buffer));
console.log(isUtf8(new Uint16Array([0x6161])), isAscii(new Uint16Array([0x8061])));
t('DataView', () => isAscii(new DataView(new ArrayBuffer(2))));
t('isUtf8 string', () => isUtf8('abc'));
t('isAscii array', () => isAscii([1]));
t('isUtf8 undefined', () => isUtf8());
const ab = new ArrayBuffer(4);
structuredClone(ab, { transfer: [ab] });
t('detached', () => isUtf8(ab));
