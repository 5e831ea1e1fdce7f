'use strict';
// Placeholders for what noderun does not implement: each throws node's ERR_METHOD_NOT_IMPLEMENTED
// naming itself ("The createCipheriv() method is not implemented"), so a program fails at the
// call, with a message that says what is missing, rather than later on a half-working fake.
// Every gap is listed in noderun/node/NOT_IMPLEMENTED.md.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplementedError(name) {
  return new ERR_METHOD_NOT_IMPLEMENTED(`${name}()`);
}

// A function named `name` that throws when called (or constructed: classes use it too).
function notImplemented(name) {
  const holder = {
    [name]() {
      throw notImplementedError(name);
    },
  };
  return holder[name];
}

// A class named `name` whose constructor throws; `static` members may be added by the caller.
function notImplementedClass(name) {
  const holder = {
    [name]: class {
      constructor() {
        throw notImplementedError(name);
      }
    },
  };
  return holder[name];
}

// { name: placeholder } for each name; names starting with an upper-case letter become classes.
function notImplementedExports(names) {
  const exports = {};
  for (const name of names) {
    exports[name] = /^[A-Z]/.test(name) && !/^[A-Z0-9_]+$/.test(name)
      ? notImplementedClass(name)
      : notImplemented(name);
  }
  return exports;
}

module.exports = { notImplemented, notImplementedClass, notImplementedExports, notImplementedError };
