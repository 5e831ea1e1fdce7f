// db.enableDefensive(active) turns the defensive flag on and off on an open database, with node's checks
const {DatabaseSync}=require('node:sqlite');
const db=new DatabaseSync(':memory:');
console.log(typeof db.enableDefensive, db.enableDefensive.length);
try { db.enableDefensive('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { db.enableDefensive(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(db.enableDefensive(true));
db.exec('CREATE TABLE t(a)');
try { db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = sql WHERE name = 't'"); console.log('written'); } catch (e) { console.log(e.code, e.errstr); }
db.enableDefensive(false);
try { db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = sql WHERE name = 't'"); console.log('written'); } catch (e) { console.log(e.code, e.errstr); }
db.close();
try { db.enableDefensive(true); } catch (e) { console.log(e.name, e.code, e.message); }
