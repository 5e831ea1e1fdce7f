'use strict';
// `--test --watch` (and run({ watch: true })): node's watch mode of the test runner. The files run
// once; then each test file and every file it loaded (its process reports them: runner.js) is
// watched, and when some change, the test files that loaded them run again, with the report and
// summary of that run ('test:watch:restarted' before it, 'test:watch:drained' after each run).
// Without files named, a new file matching the patterns runs as it appears and a deleted one is
// dropped. It ends on SIGINT / SIGTERM (or run()'s signal) with an empty summary, as node's does;
// the exit code is 1 if a run failed. Changes are seen by polling modification times (as
// noderun's --watch does, watch.py): no watcher library, any file system.

const fs = require('fs');
const path = require('path');

const kPollMs = 100;
const kDebounceMs = 200;   // changes this close together make one run

function signature(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return null;
  }
}

// Files (or directories) and how they looked when last seen.
class Snapshot {
  #seen = new Map();

  add(file) {
    if (!this.#seen.has(file)) this.#seen.set(file, signature(file));
  }

  // The ones that changed since the last call.
  changed() {
    const changed = [];
    for (const [file, before] of this.#seen) {
      const now = signature(file);
      if (now !== before) {
        this.#seen.set(file, now);
        changed.push(file);
      }
    }
    return changed;
  }
}

// options: files (the first run's), listFiles (the files the patterns match now, or null when
// files were named), cwd (where they are looked for), runList(files) -> { totals, topLevel, dependencies: Map(file -> paths) },
// summarize(totals, topLevel, start) -> success, emit, signal (an AbortSignal, or undefined),
// onEnd(). Resolves when watching has ended.
function watchFiles({ files, listFiles, cwd, runList, summarize, emit, signal, stopRunning, onEnd }) {
  const testFiles = new Set(files);
  const owners = new Map();      // a watched file -> the test files that loaded it
  const watched = new Snapshot();
  const directories = new Snapshot();   // (no files named) where test files come and go
  let pending = new Set();
  let debounce = null;
  let queue = Promise.resolve();
  let stopped = false;

  const watch = (file, owner) => {
    watched.add(file);
    if (!owners.has(file)) owners.set(file, new Set());
    owners.get(file).add(owner);
    if (listFiles !== null && file === owner) directories.add(path.dirname(file));
  };

  const runSome = async (list) => {
    const start = process.hrtime.bigint();
    const { totals, topLevel, dependencies } = await runList(list);
    for (const file of list) watch(file, file);
    for (const [file, loaded] of dependencies) for (const dependency of loaded) watch(dependency, file);
    if (stopped) return;
    if (!summarize(totals, topLevel, start)) process.exitCode = 1;
    emit('test:watch:drained', undefined);
  };

  const runPending = () => {
    debounce = null;
    queue = queue.then(() => {
      const list = [...pending].filter((file) => testFiles.has(file) && signature(file) !== null).sort();
      pending = new Set();
      if (list.length === 0 || stopped) return undefined;
      emit('test:watch:restarted', undefined);
      return runSome(list);
    });
  };

  const poll = () => {
    const before = pending.size;
    let changed = false;
    if (listFiles !== null && directories.changed().length > 0) {
      const now = new Set(listFiles());
      for (const file of now) {
        if (!testFiles.has(file)) {
          testFiles.add(file);
          pending.add(file);
        }
      }
      for (const file of testFiles) if (!now.has(file)) testFiles.delete(file);
    }
    for (const file of watched.changed()) {
      changed = true;
      for (const owner of owners.get(file) ?? []) pending.add(owner);
    }
    if (changed || pending.size > before) {
      clearTimeout(debounce);   // (a burst of changes waits for its end)
      debounce = setTimeout(runPending, kDebounceMs);
    }
  };

  return new Promise((resolve) => {
    let timer = null;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      clearTimeout(debounce);
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      stopRunning();
      queue.then(() => {
        summarize(null, 0, process.hrtime.bigint());
        onEnd();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop);
    if (listFiles !== null) directories.add(cwd);
    queue = runSome([...testFiles].sort()).then(() => {
      if (!stopped) timer = setInterval(poll, kPollMs);
    });
  });
}

module.exports = { watchFiles };
