'use strict';
// --no-experimental-sqlite leaves node:sqlite out, as in node 24 (where it is on by default).
try {
  require('node:sqlite');
  console.log('loaded');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(process.execArgv);
