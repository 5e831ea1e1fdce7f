'use strict';
// node:fs/promises (also fs.promises). Each function runs its fs operation's system calls on the
// host's thread pool and settles its promise when the pool answers, in the loop's poll phase, as
// node's do: an fs error rejects there, a validation error rejects at once (node's are async
// functions).

const { ops } = require('internal/fs/sync');
const { constants } = require('internal/fs/utils');
const { FileHandle, settle, abortable, isChunkIterable, writeChunksToPath } = require('internal/fs/file_handle');

function promiseForm(op, name) {
  const fn = (...args) => settle(() => Reflect.apply(op, undefined, args));
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// node 24: mkdtemp whose result removes the directory again (remove(), or `await using`), by
// the full path it had when made.
async function mkdtempDisposable(prefix, options) {
  const cwd = process.cwd();
  const path = await module.exports.mkdtemp(prefix, options);
  const fullPath = require('path').resolve(cwd, path);
  const remove = async () => { await module.exports.rm(fullPath, { recursive: true, force: true }); };
  return { __proto__: null, path, remove, async [Symbol.asyncDispose]() { await remove(); } };
}

function open(path, flags, mode) {
  return settle(function* () {
    return new FileHandle(yield* ops.openSync(path, flags, mode));
  });
}

// A FileHandle given as the file of readFile / writeFile / appendFile works on its fd.
function fileArgument(file) {
  return file instanceof FileHandle ? file.fd : file;
}

function chunksTo(file, chunks, options, flag) {
  return file instanceof FileHandle
    ? (flag === 'a' ? file.appendFile(chunks, options) : file.writeFile(chunks, options))
    : writeChunksToPath(file, chunks, options, flag);
}

function readFile(path, options) {
  return abortable(options, () => settle(() => ops.readFileSync(fileArgument(path), options)));
}

function writeFile(path, data, options) {
  if (isChunkIterable(data)) return chunksTo(path, data, options, 'w');
  return abortable(options, () => settle(() => ops.writeFileSync(fileArgument(path), data, options)));
}

function opendir(...args) {   // (the path in its errors, as node's promise form)
  return settle(() => require('internal/fs/dir').opendirOp(args[0], args[1], true));
}

function appendFile(path, data, options) {
  if (isChunkIterable(data)) return chunksTo(path, data, options, 'a');
  return abortable(options, () => settle(() => ops.appendFileSync(fileArgument(path), data, options)));
}

module.exports = {
  access: promiseForm(ops.accessSync, 'access'),
  copyFile: promiseForm(ops.copyFileSync, 'copyFile'),
  open,
  opendir,
  rename: promiseForm(ops.renameSync, 'rename'),
  truncate: promiseForm(ops.truncateSync, 'truncate'),
  rm: promiseForm(ops.rmPath, 'rm'),
  rmdir: promiseForm(ops.rmdirSync, 'rmdir'),
  mkdir: promiseForm(ops.mkdirSync, 'mkdir'),
  readdir: promiseForm(ops.readdirSync, 'readdir'),
  readlink: promiseForm(ops.readlinkSync, 'readlink'),
  symlink: promiseForm(ops.symlinkSync, 'symlink'),
  lstat: promiseForm(ops.lstatSync, 'lstat'),
  stat: promiseForm(ops.statSync, 'stat'),
  statfs: promiseForm(ops.statfsSync, 'statfs'),
  link: promiseForm(ops.linkSync, 'link'),
  unlink: promiseForm(ops.unlinkSync, 'unlink'),
  chmod: promiseForm(ops.chmodSync, 'chmod'),
  lchown: promiseForm(ops.lchownSync, 'lchown'),
  chown: promiseForm(ops.chownSync, 'chown'),
  utimes: promiseForm(ops.utimesSync, 'utimes'),
  lutimes: promiseForm(ops.lutimesSync, 'lutimes'),
  realpath: promiseForm(ops.realpathSync, 'realpath'),
  mkdtemp: promiseForm(ops.mkdtempSync, 'mkdtemp'),
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  glob: async function* glob(pattern, options) {   // arguments checked at the first next(), as in node
    yield* require('internal/fs/glob').glob(pattern, options);
  },
  constants,
  watch: function watch(filename, options) {
    return require('internal/fs/watchers').watchPromise(filename, options);
  },
};
