// buf.fill with numbers, strings in each encoding, buffers and ranges.
const { t } = require('./helpers/check');
function run(label, ...args) {
  t(label, () => {
    const b = Buffer.alloc(10, 0x2e);
    const ret = b.fill(...args);
    return `${ret === b} ${b.toString('hex')}`;
  });
}
run('number', 7);
run('number 256+1', 257);
run('number negative', -2);
run('number float', 3.9);
run('number range', 1, 2, 5);
run('number from offset', 1, 8);
run('string', 'ab');
run('string range', 'ab', 1, 6);
run('string offset enc', 'ab', 3, 'latin1');
run('string enc', '€', 'utf8');
run('string enc as offset', 'ab', 'ucs2');
run('string ucs2 range', 'ab', 1, 8, 'ucs2');
run('string ucs2 odd', 'ab', 0, 9, 'ucs2');
run('string hex', 'a1b2', 'hex');
run('string hex odd', 'a1b', 'hex');
run('string hex invalid tail', 'a1zz', 'hex');
run('string base64', 'YWJj', 'base64');
run('string latin1 single', 'é', 'latin1');
run('string utf8 single non-ascii', 'é');
run('string empty', '');
run('string empty range', '', 2, 4);
run('buffer', Buffer.from([1, 2, 3]));
run('buffer range', Buffer.from([1, 2, 3]), 4, 9);
run('Uint16Array', new Uint16Array([0x0102]));
run('boolean', true);
run('null', null);
run('object', {});
run('bigint-ish string', '12');
run('offset = end', 1, 5, 5);
run('offset > end', 1, 6, 3);
run('end undefined with offset', 9, 7, undefined);
run('utf8 long string', 'hello wörld €', 0, 10);
run('ascii', 'é', 'ascii');
run('encoding in upper case', 'ab', 'LATIN1');
