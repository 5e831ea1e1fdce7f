'use strict';
// node:tty: isatty works (the host asks the OS); ReadStream / WriteStream are not implemented
// (process.stdout on a terminal carries isTTY, columns and rows instead).

const { notImplementedClass } = require('internal/not_implemented');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && host.isatty(fd);
}

module.exports = {
  isatty,
  ReadStream: notImplementedClass('ReadStream'),
  WriteStream: notImplementedClass('WriteStream'),
};
