'use strict';
// Parameters as node binds them: anonymous ?, numbered ?NNN, named $a :a @a (by full or bare
// name), an object first for the named ones and the other arguments for the rest.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const named = db.prepare('SELECT $a AS a, :b AS b, @c AS c');
show('prefixed', () => named.get({ $a: 1, ':b': 2, '@c': 3 }));
show('bare', () => named.get({ a: 1, b: 2, c: 3 }));
show('missing are NULL', () => named.get({ a: 1 }));
show('later key wins', () => named.get({ a: 1, $a: 2 }));
show('unknown', () => named.get({ a: 1, zz: 2 }));
show('no object', () => named.get());
show('extra positional', () => named.get({ a: 1 }, 5));
named.setAllowUnknownNamedParameters(true);
show('unknown allowed', () => named.get({ a: 1, zz: 2 }));
named.setAllowBareNamedParameters(false);
show('bare disallowed', () => named.get({ a: 1 }));
show('prefixed still', () => named.get({ $a: 1 }));

const mixed = db.prepare('SELECT $a AS a, ? AS b, :c AS c, ? AS d');
show('mixed', () => mixed.get({ a: 1, c: 3 }, 2, 4));
show('positional skip names', () => mixed.get(2, 4));
show('expanded', () => mixed.expandedSQL);

const numbered = db.prepare('SELECT ?2 AS second, ?1 AS first, ?2 AS again');
show('numbered', () => numbered.get('x', 'y'));
show('too many', () => numbered.get(1, 2, 3));
show('objects are named params', () => db.prepare('SELECT ? AS v').get({}, 7));
show('arrays too', () => db.prepare('SELECT ? AS v').get([1]));
show('functions too', () => db.prepare('SELECT ? AS v').get(() => 1, 8));
show('bad value in object', () => named.get({ $a: true }));

const ambiguous = db.prepare('SELECT $k AS x, @k AS y');
show('ambiguous bare', () => ambiguous.get({ k: 1 }));
show('ambiguous prefixed', () => ambiguous.get({ $k: 1, '@k': 2 }));
show('same name twice', () => db.prepare('SELECT :v AS x, :v AS y').get({ v: 'same' }));

const disallowed = new DatabaseSync(':memory:', { allowBareNamedParameters: false, allowUnknownNamedParameters: true });
show('db options', () => disallowed.prepare('SELECT :x AS x').get({ x: 1, ':x': 2, y: 3 }));

for (const setter of ['setAllowBareNamedParameters', 'setAllowUnknownNamedParameters', 'setReadBigInts', 'setReturnArrays']) {
  show(setter, () => named[setter]('yes'));
  show(setter, () => named[setter]());
}
show("'?' in a string", () => db.prepare("SELECT '?' AS q, ? AS p, 1 AS \"?x\", 2 AS [?], -- ?\n ? AS r").get(1, 2));
