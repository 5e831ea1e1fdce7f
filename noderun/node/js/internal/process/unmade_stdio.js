'use strict';
// process.stdout and process.stderr are made on first use (internal/process/object.js). Until then,
// the global console writes its plain-text lines for one that is a file straight to the fd, as the
// SyncWriteStream it would get writes them (synchronously, in order, its errors ignored by the
// console): a program that only logs to a file never loads the stream modules (Writable and its
// helpers, a tenth of its start-up). Anything that reads process.stdout makes the stream, and from
// then on every line goes through it.

const made = { __proto__: null };      // name -> whether process[name] has been made
const getters = { __proto__: null };   // name -> the getter object.js defined
let fileFds;                           // fd -> whether it is a file (asked once)

function register(name, getter) {
  getters[name] = getter;
}

function markMade(name) {
  made[name] = true;
}

// Whether process[name] is still the process's own (object.js's getter, not replaced).
function isOwn(name) {
  return Object.getOwnPropertyDescriptor(process, name)?.get === getters[name];
}

// The process's own stream `name`, made now if it is not yet, even if process[name] was replaced.
function ownStream(name) {
  return getters[name].call(process);
}

// Write `text` to the fd of the process's own stream `name` directly, if that stream is not made
// yet and the fd is a file on the main thread; returns whether it did.
function writeUnmade(name, fd, text) {
  if (made[name]) return false;
  fileFds ??= { __proto__: null };
  fileFds[fd] ??= host.stdioType(fd) === 'FILE' && require('internal/worker/state').isMainThread;
  if (!fileFds[fd]) return false;
  host.writeFd(fd, text);
  return true;
}

module.exports = { register, markMade, isOwn, ownStream, writeUnmade };
