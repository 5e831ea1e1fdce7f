// URLSearchParams from a string (leading '?' dropped), an iterable of pairs, another
// URLSearchParams, a record, and the errors for malformed pairs.
console.log(new URLSearchParams('?a=1&&b=%20c+d&=e&f&%zz=%E9').toString());
console.log([...new URLSearchParams('?a=1&&b=%20c+d&=e&f&%zz=%E9')]);
console.log([...new URLSearchParams([['a', 1], ['b', 'two'], new Set(['c', 'd'])])]);
console.log([...new URLSearchParams(new Map([['m', 'v']]))]);
const original = new URLSearchParams('x=1');
const copy = new URLSearchParams(original);
copy.append('y', 2);
console.log(original.toString(), copy.toString());
console.log([...new URLSearchParams({ b: 2, a: 1 })]);
try {
  new URLSearchParams({ [Symbol('s')]: 3 });
} catch (err) {
  console.log('symbol key:', err.name);
}
console.log([...new URLSearchParams(Object.defineProperty({}, Symbol('hidden'), { value: 1 }))]);
console.log([...new URLSearchParams(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } }))]);
console.log([...new URLSearchParams('a=\ud800')], [...new URLSearchParams({ '\ud800': 'x' })]);
for (const bad of [[['a']], [['a', 'b', 'c']], [5], { [Symbol.iterator]: 5 }]) {
  try {
    new URLSearchParams(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(new URLSearchParams(null).size, new URLSearchParams(undefined).size, new URLSearchParams(12).toString());
