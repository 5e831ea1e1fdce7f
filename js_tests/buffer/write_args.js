// buf.write(string[, offset[, length]][, encoding]) argument forms and errors.
const { t } = require('./helpers/check');
function run(label, ...args) {
  t(label, () => {
    const b = Buffer.alloc(6, 0x2e);
    const n = b.write(...args);
    return `${n} ${b.toString('latin1')}`;
  });
}
run('str', 'hello world');
run('str, offset', 'hey', 2);
run('str, enc', '6869', 'hex');
run('str, offset, enc', '6869', 1, 'hex');
run('str, offset, len', 'hello', 1, 2);
run('str, offset, len, enc', 'aGVsbG8=', 1, 3, 'base64');
run('str, offset, undefined, enc', 'abc', 1, undefined, 'latin1');
run('len > remaining', 'abcdefgh', 4, 10);
run('offset = length', 'abc', 6);
run('len 0', 'abc', 0, 0);
run('offset too big', 'abc', 7);
run('offset negative', 'abc', -1);
run('offset float', 'abc', 1.5);
run('offset string', 'abc', '1', 2);
run('offset NaN', 'abc', NaN);
run('length negative', 'abc', 0, -1);
run('length too big', 'abc', 0, 7);
run('length float', 'abc', 0, 2.5);
run('unknown encoding', 'abc', 'nope');
run('unknown encoding 4 args', 'abc', 0, 2, 'nope');
run('null encoding', 'abc', 0, 2, null);
run('UTF-8 encoding', 'é', 0, 6, 'UTF-8');
run('not a string', 5);
run('not a string, hex', 5, 'hex');
run('object', {});
run('empty', '');
run('ucs2', 'abc', 'ucs2');
run('ucs2 odd length', 'abc', 0, 5, 'utf16le');
