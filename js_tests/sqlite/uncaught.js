'use strict';
// An uncaught ERR_SQLITE_ERROR prints as node prints it: message, stack, own properties.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
console.log('before');
db.exec('CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1)');
db.prepare('INSERT INTO t VALUES (?)').run(1);
