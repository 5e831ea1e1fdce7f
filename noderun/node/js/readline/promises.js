'use strict';
// node:readline/promises: the readline Interface with question() returning a promise.

const readline = require('readline');
const { notImplementedClass } = require('internal/not_implemented');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve) => super.question(query, options, resolve));
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline: notImplementedClass('Readline'),
  createInterface,
};
