'use strict';
// Transactions are the program's: BEGIN / COMMIT / ROLLBACK / SAVEPOINT in SQL, isTransaction
// tells whether one is open, and nothing commits behind the program's back.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE acct(name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))');
db.exec("INSERT INTO acct VALUES ('a', 100), ('b', 0)");
const move = db.prepare('UPDATE acct SET balance = balance + ? WHERE name = ?');
const balances = () => db.prepare('SELECT name, balance FROM acct ORDER BY name').all().map((r) => `${r.name}=${r.balance}`).join(' ');

function transfer(amount) {
  db.exec('BEGIN');
  try {
    move.run(amount, 'b');
    move.run(-amount, 'a');
    db.exec('COMMIT');
    return 'committed';
  } catch (err) {
    console.log('  failed:', err.code, err.errcode, err.errstr, err.message, 'in transaction:', db.isTransaction);
    db.exec('ROLLBACK');
    return 'rolled back';
  }
}
console.log(db.isTransaction, transfer(30), balances(), db.isTransaction);
console.log(transfer(500), balances(), db.isTransaction);

db.exec('BEGIN');
console.log('open:', db.isTransaction);
db.prepare("INSERT INTO acct VALUES ('c', 5)").run();
db.exec('SAVEPOINT sp');
db.prepare("INSERT INTO acct VALUES ('d', 6)").run();
db.exec('ROLLBACK TO sp');
db.exec('RELEASE sp');
console.log('inside:', balances());
db.exec('ROLLBACK');
console.log('after rollback:', balances(), db.isTransaction);

// one exec() with a transaction inside, across several statements
db.exec(`BEGIN; INSERT INTO acct VALUES ('e', 1); INSERT INTO acct VALUES ('f', 2); COMMIT;`);
console.log(balances());
// a failing statement in exec(): the ones before it ran, the transaction stays open
try {
  db.exec("BEGIN; INSERT INTO acct VALUES ('g', 3); INSERT INTO acct VALUES ('a', 1); INSERT INTO acct VALUES ('h', 4)");
} catch (err) {
  console.log(err.code, err.errcode, err.errstr, err.message, db.isTransaction);
}
console.log(balances());
db.exec('ROLLBACK');
console.log(balances());
try {
  db.exec('COMMIT');
} catch (err) {
  console.log(err.code, err.errcode, err.message);
}
// the changes count of a failed INSERT is 0, and a SELECT reports the last one
console.log(db.prepare('SELECT 1').run());
db.prepare('DELETE FROM acct WHERE balance < 10').run();
console.log(db.prepare('SELECT 1').run());
