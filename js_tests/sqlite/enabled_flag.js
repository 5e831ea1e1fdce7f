'use strict';
// --experimental-sqlite is accepted and changes nothing: node:sqlite is on by default in node 24.
const { DatabaseSync } = require('node:sqlite');
console.log(new DatabaseSync(':memory:').prepare('SELECT 40 + 2 AS answer').get(), process.execArgv);
