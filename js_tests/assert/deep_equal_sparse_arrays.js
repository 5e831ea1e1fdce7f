// Holes in arrays differ from undefined entries; extra keys on arrays count.
const assert = require('assert');

function check(label, a, b) {
  let loose = true;
  let strict = true;
  try { assert.deepEqual(a, b); } catch { loose = false; }
  try { assert.deepStrictEqual(a, b); } catch { strict = false; }
  console.log(`${label}: loose ${loose} strict ${strict}`);
}

check('same holes', [1, , 3], [1, , 3]);
check('hole vs undefined', [1, , 3], [1, undefined, 3]);
check('holes in different places', [, 1], [1, ,]);
check('length differs', new Array(3), new Array(4));
const withKey = [1, 2];
withKey.extra = true;
check('extra non-index key', withKey, [1, 2]);
const withKey2 = [1, 2];
withKey2.extra = true;
check('same extra keys', withKey, withKey2);
check('nested sparse', [[, 1]], [[undefined, 1]]);
