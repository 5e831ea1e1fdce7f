'use strict';
// A fresh directory for one fixture, and printing that hides where it is (node and noderun make
// different random names): paths under it print as <tmp>/...
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-'));

function rel(value) {
  return typeof value === 'string' ? value.split(dir).join('<tmp>') : value;
}

function at(...parts) {
  return path.join(dir, ...parts);
}

// One line per error: class, code, message and the uvException fields, paths made relative.
function describe(err) {
  const fields = ['errno', 'syscall', 'path', 'dest'].filter((key) => key in err)
    .map((key) => `${key}=${rel(err[key])}`);
  return `${err.name} ${err.code} ${rel(err.message)}${fields.length ? ` [${fields.join(' ')}]` : ''}`;
}

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', typeof value === 'string' ? rel(value) : value);
  } catch (err) {
    console.log(label, describe(err));
  }
}

function cleanup() {
  fs.rmSync(dir, { recursive: true, force: true });
}
// also when a fixture fails half way
process.on('exit', cleanup);

module.exports = { dir, rel, at, describe, attempt, cleanup };
