// Sessions: createSession records changes as a changeset / patchset, applyChangeset replays them with
// filter and onConflict, and node's errors for bad arguments and closed sessions or databases
const { DatabaseSync, constants } = require('node:sqlite');
const a = new DatabaseSync(':memory:');
const b = new DatabaseSync(':memory:');
for (const db of [a, b]) db.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u(id INTEGER PRIMARY KEY, w)');
const s = a.createSession();
console.log(Object.prototype.toString.call(s), s.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(s)));
a.exec("INSERT INTO t VALUES (1, 'one'), (2, 'two'); INSERT INTO u VALUES (9, 'x'); UPDATE t SET v = 'uno' WHERE id = 1");
const changes = s.changeset();
console.log(changes.constructor.name, changes.length > 0, s.patchset().constructor.name);
console.log(b.applyChangeset(changes));
console.log(b.prepare('SELECT * FROM t').all(), b.prepare('SELECT * FROM u').all());
const c = new DatabaseSync(':memory:');
c.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u(id INTEGER PRIMARY KEY, w)');
c.exec("INSERT INTO t VALUES (1, 'conflict')");
const seen = [];
console.log(c.applyChangeset(changes, { filter: (table) => { seen.push(table); return table === 't'; }, onConflict: (type) => { seen.push(`conflict ${type}`); return constants.SQLITE_CHANGESET_REPLACE; } }));
console.log(seen, c.prepare('SELECT * FROM t').all(), c.prepare('SELECT * FROM u').all());
const d = new DatabaseSync(':memory:');
d.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u(id INTEGER PRIMARY KEY, w)');
d.exec("INSERT INTO t VALUES (1, 'conflict')");
console.log(d.applyChangeset(changes, { onConflict: () => constants.SQLITE_CHANGESET_ABORT }), d.prepare('SELECT * FROM t').all());
const only = a.createSession({ table: 'u' });
a.exec("INSERT INTO t VALUES (3, 'three'); INSERT INTO u VALUES (10, 'y')");
const e = new DatabaseSync(':memory:');
e.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u(id INTEGER PRIMARY KEY, w)');
e.applyChangeset(only.changeset());
console.log(e.prepare('SELECT * FROM t').all(), e.prepare('SELECT * FROM u').all());
only.close();
try { only.changeset(); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.createSession({ table: 5 }); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.createSession(5); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.applyChangeset('x'); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.applyChangeset(changes, { onConflict: 1 }); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.applyChangeset(changes, { filter: 1 }); } catch (err) { console.log(err.name, err.code, err.message); }
try { a.applyChangeset(new Uint8Array([1, 2, 3])); } catch (err) { console.log(err.name, err.code, err.message, err.errcode); }
console.log(Object.keys(constants).filter((k) => k.includes('CHANGESET')));
a.close();
try { s.changeset(); } catch (err) { console.log(err.name, err.code, err.message); }
