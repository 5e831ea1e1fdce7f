// keys/values/entries and forEach walk the live list; iterators have their own toStringTag and
// inspect shape.
const p = new URLSearchParams('a=1&b=2&c=3');
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
const it = p.entries();
console.log(Object.prototype.toString.call(it), it.next());
console.log(it);
p.forEach(function (value, name, params) {
  console.log('forEach', name, value, params === p, this.tag);
  if (name === 'a') params.append('d', '4');
}, { tag: 'T' });
const keys = p.keys();
keys.next();
p.delete('b');
console.log([...keys]);
try {
  p.forEach(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(p[Symbol.iterator] === p.entries, typeof it[Symbol.iterator]);
