// Circular structures compare without recursing forever.
const assert = require('assert');

function attempt(fn) {
  try {
    fn();
    return true;
  } catch (err) {
    return err.message;
  }
}

const a = { name: 'a' };
a.self = a;
const b = { name: 'a' };
b.self = b;
console.log('self cycles:', attempt(() => assert.deepStrictEqual(a, b)));
const c = { name: 'a', self: { name: 'a', self: null } };
c.self.self = c;
console.log('cycle of two vs one:', attempt(() => assert.deepStrictEqual(a, c)));
const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
console.log('array cycles:', attempt(() => assert.deepEqual(arr1, arr2)));
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
console.log('map cycles:', attempt(() => assert.deepStrictEqual(m1, m2)));
const d = { name: 'b' };
d.self = d;
console.log('different cycles:', attempt(() => assert.deepStrictEqual(a, d)));
