// URLSearchParams methods: append, delete (with value), get, getAll, has (with value), set,
// sort (stable by code units), size and toString.
const p = new URLSearchParams('b=2&a=1&b=3&c=&a=0');
console.log(p.toString(), p.size);
p.append('d', 4);
p.append('b', 'x y');
console.log(p.get('b'), p.get('zz'), p.getAll('b'), p.getAll('zz'), p.has('c'), p.has('b', '3'), p.has('b', '9'));
p.delete('b', '3');
console.log(p.toString());
p.set('b', 'only');
console.log(p.toString());
p.set('new', 'v');
p.delete('a');
console.log(p.toString(), p.size);
const s = new URLSearchParams('z=1&a=2&é=3&A=4&a=1&🐱=5&ﬀ=6');
s.sort();
console.log(s.toString());
console.log(String(new URLSearchParams()), new URLSearchParams('').size);
console.log(new URLSearchParams({ k: null, u: undefined, n: 1.5, o: {} }).toString());
