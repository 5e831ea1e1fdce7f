// Buffer.from(arrayBuffer, byteOffset, length) shares memory; bounds errors.
const { t } = require('./helpers/check');
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([1, 2, 3, 4, 5, 6, 7, 8]);
const whole = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
console.log(whole, part, part.byteOffset, part.buffer === ab);
view[3] = 99;
console.log('shared:', part[1], whole[3]);
part[0] = 42;
console.log('write-through:', view[2]);
for (const [off, len] of [[undefined, undefined], [0, 0], [8, undefined], ['2', '3'], [NaN, 2], [2.5, 2], [1, -1], [1, NaN], [3, undefined], [0, 8]]) {
  t(`from(ab, ${String(off)}, ${String(len)})`, () => Buffer.from(ab, off, len));
}
t('offset too big', () => Buffer.from(ab, 9));
t('length too big', () => Buffer.from(ab, 4, 5));
const sab = new SharedArrayBuffer(4);
const sb = Buffer.from(sab, 1);
new Uint8Array(sab)[2] = 7;
console.log('sab', sb, sb.buffer === sab);
const u16 = new Uint16Array([0x0102, 0x0304]);
console.log('typed array .buffer', Buffer.from(u16.buffer), 'copy of typed array', Buffer.from(u16));
const fromView = Buffer.from(new Uint8Array(ab, 4, 2));
view[4] = 0;
console.log('from a view copies', fromView);
