// StatementSync.columns(): each result column's origin column, database, name, table and declared type
const {DatabaseSync}=require('node:sqlite');
const db=new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, data BLOB, n)');
const st = db.prepare('SELECT id, name AS label, n, 1 + 1 AS two, data FROM t');
console.log(st.columns());
console.log(db.prepare('INSERT INTO t(name) VALUES (?)').columns());
console.log(db.prepare('SELECT * FROM t JOIN t AS u USING (id)').columns().map((c) => `${c.table}.${c.column} as ${c.name}: ${c.type}`));
console.log(db.prepare("SELECT name FROM (SELECT name FROM t)").columns());
db.close();
try { st.columns(); } catch (e) { console.log(e.name, e.code, e.message); }
