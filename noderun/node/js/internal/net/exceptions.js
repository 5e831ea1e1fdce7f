'use strict';
// The errors node's socket layers (net, dgram) build from a failed system call: error info
// [errno, code, description] as the host reports it, plus the call and the address it concerned.

// node's exceptionWithHostPort: `connect ECONNREFUSED 127.0.0.1:1` (errno, code, syscall,
// address, port); `withDescription` gives uvExceptionWithHostPort's `listen EADDRINUSE: address
// already in use 127.0.0.1:80` (code first).
function hostPortError([errno, code, description], syscall, address, port, withDescription = false) {
  const where = port > 0 ? ` ${address}:${port}` : address ? ` ${address}` : '';
  const message = withDescription ? `${syscall} ${code}: ${description}${where}` : `${syscall} ${code}${where}`;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Error(message);
  Error.stackTraceLimit = limit;
  if (withDescription) {
    error.code = code;
    error.errno = errno;
  } else {
    error.errno = errno;
    error.code = code;
  }
  error.syscall = syscall;
  if (address) error.address = address;
  if (port) error.port = port;
  return error;
}

// The host's error info for a libuv errno (a negative number): [errno, code, description]
function errnoInfo(errno) {
  const util = require('util');
  return [errno, util.getSystemErrorName(errno), util.getSystemErrorMessage(errno)];
}

function errnoError([errno, code], syscall) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Error(`${syscall} ${code}`);
  Error.stackTraceLimit = limit;
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

module.exports = { hostPortError, errnoError, errnoInfo };
