'use strict';
// Databases, statements, tag stores and iterators are host objects in node: structured clone and
// postMessage refuse them. A subclass of DatabaseSync works as the class does.
const { DatabaseSync } = require('node:sqlite');
const { MessageChannel } = require('worker_threads');

const db = new DatabaseSync(':memory:');
const stmt = db.prepare('SELECT 1 AS one');
for (const [label, value] of [['database', db], ['statement', stmt], ['tag store', db.createTagStore()],
  ['iterator', stmt.iterate()], ['in an object', { db }]]) {
  try {
    structuredClone(value);
    console.log(label, 'cloned');
  } catch (err) {
    console.log(label, err.name, err.message);
  }
}
const { port1, port2 } = new MessageChannel();
try {
  port1.postMessage({ stmt });
} catch (err) {
  console.log('postMessage', err.name, err.message);
}
port1.close();
port2.close();

class Logged extends DatabaseSync {
  prepare(sql) {
    console.log('prepare:', sql);
    return super.prepare(sql);
  }
}
const logged = new Logged(':memory:');
console.log(logged instanceof DatabaseSync, logged.constructor.name, logged.prepare('SELECT 2 AS two').get());
logged.close();
console.log(logged.isOpen);
