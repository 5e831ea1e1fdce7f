// buf.copy(target, targetStart, sourceStart, sourceEnd): counts, clamping, overlap and errors.
const { t } = require('./helpers/check');
const src = Buffer.from('abcdefgh');
function run(label, targetSize, ...args) {
  t(label, () => {
    const target = Buffer.alloc(targetSize, 0x2e);
    const n = src.copy(target, ...args);
    return `${n} ${target.toString()}`;
  });
}
run('all', 10);
run('into smaller', 4);
run('targetStart', 10, 5);
run('targetStart at end', 4, 4);
run('targetStart past end', 4, 9);
run('source range', 10, 0, 2, 5);
run('source range clamped', 10, 0, 6, 100);
run('sourceStart = end', 10, 0, 3, 3);
run('sourceStart > end', 10, 0, 5, 3);
run('strings', 10, '1', '2', '4');
run('floats', 10, 1.9, 2.9, 5.1);
run('NaN', 10, NaN, NaN, NaN);
run('undefined args', 10, undefined, undefined, undefined);
run('targetStart negative', 10, -1);
run('sourceStart negative', 10, 0, -1);
run('sourceStart past length', 10, 0, 9);
run('sourceEnd negative', 10, 0, 0, -1);
run('huge targetStart', 10, 2 ** 60);
run('Infinity', 10, Infinity);
t('target not buffer', () => src.copy([1, 2]));
t('target Uint8Array', () => { const u = new Uint8Array(3); return [src.copy(u, 1), Array.from(u)].join(' '); });
t('copy from Uint8Array via call', () => { const u = Buffer.alloc(3); return [Buffer.prototype.copy.call(new Uint8Array([7, 8]), u), u.toString('hex')].join(' '); });
const overlap = Buffer.from('0123456789');
overlap.copy(overlap, 2, 0, 6);
console.log('overlap forward', overlap.toString());
const overlap2 = Buffer.from('0123456789');
overlap2.copy(overlap2, 0, 3);
console.log('overlap back', overlap2.toString());
