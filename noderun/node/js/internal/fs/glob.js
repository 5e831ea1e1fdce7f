'use strict';
// fs.glob / fs.globSync / fs.promises.glob. The walk is node's (lib/internal/fs/glob.js), so the
// results come in node's order: a stack of (directory, pattern states) where each state is the set
// of pattern indexes still possible there; a directory's children are read in libuv's (sorted)
// order, matches are recorded as they are found, and the directories to visit next are pushed in
// the order they were found and visited last first. Patterns come from internal/fs/glob_pattern.

const { join, resolve, basename, dirname, isAbsolute } = require('path');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { GLOBSTAR, GlobMatcher, testPart } = require('internal/fs/glob_pattern');
const { DirentFromStats } = require('internal/fs/stats');

let fsSync;   // internal/fs/sync, loaded on first use (it loads this module's users)

function* lstatDirent(path) {
  fsSync ??= require('internal/fs/sync');
  const stats = yield* fsSync.ops.lstatSync(path, { throwIfNoEntry: false });
  return stats === undefined ? null : new DirentFromStats(basename(path), stats, dirname(path));
}

function validateExclude(value, name) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
    }
  } else if (typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string[]', 'function'], value);
  }
}

// What the walk has read (lstat results, directory listings) and which pattern states it has
// visited at each path.
class WalkCache {
  #stats = new Map();
  #listings = new Map();
  #visited = new Map();

  * stat(path) {
    if (!this.#stats.has(path)) this.#stats.set(path, yield* lstatDirent(path));
    return this.#stats.get(path);
  }

  remember(path, dirent) {
    this.#stats.set(path, dirent);
  }

  * list(path) {
    let listing = this.#listings.get(path);
    if (listing === undefined) {
      fsSync ??= require('internal/fs/sync');
      try {
        listing = yield* fsSync.ops.readdirSync(path, { withFileTypes: true });
      } catch {
        listing = [];
      }
      this.#listings.set(path, listing);
    }
    return listing;
  }

  // record the states of `state` at `path`; false when all of them were already seen there
  visit(path, state) {
    let keys = this.#visited.get(path);
    if (keys === undefined) this.#visited.set(path, keys = new Set());
    const before = keys.size;
    for (const index of state.indexes) keys.add(state.key(index));
    return keys.size !== before + state.indexes.size;
  }

  seen(path, state, index) {
    return this.#visited.get(path)?.has(state.key(index)) ?? false;
  }
}

// One alternative of a pattern (its parts and their source strings) with the indexes of the parts
// that may match at the current path, and those of them that came through a symlink.
class PatternState {
  constructor(parts, sources, indexes, symlinks) {
    this.parts = parts;
    this.sources = sources;
    this.indexes = indexes;
    this.symlinks = symlinks;
    this.last = parts.length - 1;
  }

  at(index) {
    return this.parts.at(index);
  }

  test(index, name) {
    return index < this.parts.length && testPart(this.parts[index], name);
  }

  isLast(isDirectory) {
    return this.indexes.has(this.last) ||
      (this.at(-1) === '' && isDirectory && this.indexes.has(this.last - 1) && this.at(-2) === GLOBSTAR);
  }

  get reachedOutsideSymlinks() {
    for (const index of this.indexes) if (!this.symlinks.has(index)) return true;
    return false;
  }

  child(indexes, symlinks = new Set()) {
    return new PatternState(this.parts, this.sources, indexes, symlinks);
  }

  key(index) {
    return this.sources.slice(index).join('/');
  }
}

class Glob {
  #root;
  #excludeFn = null;
  #isExcluded = () => false;
  #withFileTypes;
  #cache = new WalkCache();
  #results = new Set();
  #states;
  #next = new Map();   // path -> pattern states to try there, in the order found

  constructor(pattern, options) {
    validateObject(options, 'options');
    const { exclude, cwd, withFileTypes } = options;
    this.#root = cwd === undefined || cwd === null ? '.' : toPath(cwd);
    this.#withFileTypes = Boolean(withFileTypes);
    if (exclude !== undefined && exclude !== null) {
      validateExclude(exclude, 'options.exclude');
      if (Array.isArray(exclude)) {
        const matchers = exclude.map((one) => new GlobMatcher(resolve(this.#root, one)));
        this.#isExcluded = (path) => matchers.some((matcher) => matcher.match(path));
      } else {
        this.#excludeFn = exclude;
      }
    }
    let patterns;
    if (typeof pattern === 'object' && pattern !== null) {
      if (!Array.isArray(pattern)) throw new ERR_INVALID_ARG_TYPE('patterns', 'Array', pattern);
      pattern.forEach((one, i) => validateString(one, `patterns[${i}]`));
      patterns = pattern;
    } else {
      validateString(pattern, 'patterns');
      patterns = [pattern];
    }
    this.#states = patterns.flatMap((one) => {
      const matcher = new GlobMatcher(one);
      return matcher.set.map((parts, i) => new PatternState(parts, matcher.globParts[i], new Set([0]), new Set()));
    });
  }

  // A new result (not excluded); the walk yields what withFileTypes asks for.
  #add(path, dirent) {
    if (this.#results.has(path) || this.#isExcluded(resolve(this.#root, path))) return null;
    this.#results.add(path);
    return { path, dirent };
  }

  // The matches, in node's order, each {path, dirent} (dirent as node's async glob gives it),
  // between the fs host calls the walk needs (internal/fs/sync.js's requests: arrays), which the
  // caller runs at once (globSync) or on the thread pool (glob), handing back their results.
  *walk() {
    const stack = [{ path: '.', states: this.#states }];
    while (stack.length > 0) {
      const { path, states } = stack.pop();
      for (const state of states) yield* this.#visit(path, state);
      for (const [nextPath, nextStates] of this.#next) stack.push({ path: nextPath, states: nextStates });
      this.#next.clear();
    }
  }

  // node's globSync: every result, then a Dirent for each from an lstat when withFileTypes (an fs
  // operation: host calls yielded, the array returned)
  *results() {
    const paths = [];
    const walk = this.walk();
    for (let step = walk.next(); !step.done;) {
      if (Array.isArray(step.value)) {
        step = yield* forward(walk, step.value);
      } else {
        paths.push(step.value.path);
        step = walk.next();
      }
    }
    if (!this.#withFileTypes) return paths;
    const dirents = [];
    for (const path of paths) dirents.push(yield* this.#cache.stat(isAbsolute(path) ? path : join(this.#root, path)));
    return dirents;
  }

  *#queue(path, state) {
    if (this.#isExcluded(path)) return;
    const fullpath = resolve(this.#root, path);
    if (this.#isExcluded(`${fullpath}/`) && (yield* this.#cache.stat(fullpath)).isDirectory()) return;
    if (this.#excludeFn !== null) {
      if (this.#withFileTypes) {
        const dirent = (yield* this.#cache.stat(path));   // as node: relative to the process's cwd
        if (dirent !== null && this.#excludeFn(dirent)) return;
      } else if (this.#excludeFn(path)) {
        return;
      }
    }
    const queued = this.#next.get(path);
    if (queued === undefined) this.#next.set(path, [state]);
    else queued.push(state);
  }

  *#visit(path, state) {
    if (this.#cache.visit(path, state)) return;
    const fullpath = resolve(this.#root, path);
    const stat = (yield* this.#cache.stat(fullpath));
    const last = state.last;
    const isDirectory = Boolean(stat?.isDirectory() || (stat?.isSymbolicLink() && state.reachedOutsideSymlinks));
    const isLast = state.isLast(isDirectory);
    const isFirst = state.indexes.has(0);
    if (this.#isExcluded(fullpath)) return;

    if (isFirst) {   // a leading '' (absolute), '..' or '.' moves the walk before anything is read
      const first = state.at(0);
      const start = first === '' ? '/' : first === '..' ? '../' : first === '.' ? '.' : null;
      if (start !== null) {
        yield* this.#queue(start, state.child(new Set([1])));
        return;
      }
    }

    if (isLast && typeof state.at(-1) === 'string') {
      const name = state.at(-1);
      const target = (yield* this.#cache.stat(join(fullpath, name)));
      if (target && (name || isDirectory)) {
        const added = this.#add(join(path, name), target);
        if (added) yield added;
      }
      if (state.indexes.size === 1 && state.indexes.has(last)) return;
    } else if (isLast && state.at(-1) === GLOBSTAR && (path !== '.' || state.at(0) === '.' || (last === 0 && stat))) {
      const added = this.#add(path, stat);
      if (added) yield added;
    }
    if (!isDirectory) return;

    let children;
    const only = state.indexes.size === 1 && state.at(state.indexes.values().next().value);
    if (typeof only === 'string') {   // one plain name: no need to read the directory
      const child = (yield* this.#cache.stat(join(fullpath, only)));
      if (!child) return;
      child.name = only;
      children = [child];
    } else {
      children = yield* this.#cache.list(fullpath);
    }

    for (const entry of children) {
      const entryPath = join(path, entry.name);
      this.#cache.remember(join(fullpath, entry.name), entry);
      const indexes = new Set();
      const symlinks = new Set();
      for (const index of state.indexes) {
        if (this.#cache.seen(entryPath, state, index) || this.#cache.seen(entryPath, state, index + 1)) return;
        const current = state.at(index);
        const nextIndex = index + 1;
        const fromSymlink = state.symlinks.has(index);

        if (current === GLOBSTAR) {
          if (entry.name[0] === '.' ||
              (this.#excludeFn !== null && this.#excludeFn(this.#withFileTypes ? entry : entry.name))) {
            continue;
          }
          if (!fromSymlink && entry.isDirectory()) {
            indexes.add(index);   // ** goes on inside
          } else if (!fromSymlink && index === last) {
            const added = this.#add(entryPath, entry);
            if (added) yield added;
          }
          const nextMatches = state.test(nextIndex, entry.name);   // ** matching nothing here
          if (nextMatches && nextIndex === last && !isLast) {
            const added = this.#add(entryPath, entry);
            if (added) yield added;
          } else if (nextMatches && entry.isDirectory()) {
            indexes.add(index + 2);
          }
          if ((nextMatches || state.at(0) === '.') && (entry.isDirectory() || entry.isSymbolicLink()) && !fromSymlink) {
            indexes.add(nextIndex);
          }
          if (entry.isSymbolicLink()) symlinks.add(index);
          if (state.at(nextIndex) === '..' && entry.isDirectory()) yield* this.#globstarParent(path, fullpath, state, nextIndex);
        }
        if (typeof current === 'string') {
          if (state.test(index, entry.name) && index !== last) {
            indexes.add(nextIndex);
          } else if (current === '.' && state.test(nextIndex, entry.name)) {
            if (nextIndex === last) {
              const added = this.#add(entryPath, entry);
              if (added) yield added;
            } else {
              indexes.add(nextIndex + 1);
            }
          }
        }
        if (current instanceof RegExp && current.test(entry.name)) {
          if (index === last) {
            const added = this.#add(entryPath, entry);
            if (added) yield added;
          } else if (entry.isDirectory()) {
            indexes.add(nextIndex);
          }
        }
      }
      if (indexes.size > 0) yield* this.#queue(entryPath, state.child(indexes, symlinks));
    }
  }

  // `**/..`: both this directory and its parent go on (or are results when `..` is last)
  *#globstarParent(path, fullpath, state, dotsIndex) {
    const parent = join(path, '..');
    if (dotsIndex < state.last) {
      for (const where of [path, parent]) {
        if (!this.#next.has(where) && !this.#cache.seen(where, state, dotsIndex + 1)) {
          this.#next.set(where, [state.child(new Set([dotsIndex + 1]))]);
        }
      }
      return;
    }
    if (!this.#cache.seen(path, state, dotsIndex)) {
      this.#cache.visit(path, state.child(new Set([dotsIndex])));
      const added = this.#add(path, (yield* this.#cache.stat(fullpath)));
      if (added) yield added;
    }
    if (!this.#cache.seen(path, state, dotsIndex) || !this.#cache.seen(parent, state, dotsIndex)) {
      this.#cache.visit(parent, state.child(new Set([dotsIndex])));
      const added = this.#add(parent, (yield* this.#cache.stat(join(this.#root, parent))));
      if (added) yield added;
    }
  }
}

function toPath(cwd) {
  if (cwd !== null && typeof cwd === 'object' && cwd.href && cwd.protocol) return require('url').fileURLToPath(cwd);
  return cwd;
}

// Hand the host call `request` of `steps` on (to whoever runs this generator) and give `steps`
// its answer or error; the next step of `steps`.
function* forward(steps, request) {
  let answer;
  try {
    answer = yield request;
  } catch (error) {
    return steps.throw(error);
  }
  return steps.next(answer);
}

function globSync(pattern, options = { __proto__: null }) {
  fsSync ??= require('internal/fs/sync');
  return fsSync.runSync(new Glob(pattern, options).results());
}

// One host call on the thread pool, as a promise.
function onPool([name, ...args]) {
  return new Promise((resolve, reject) => {
    require('internal/threadpool').queue(name, args, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// node's async glob: the same walk, its directory reads and stats on the thread pool, one result
// per step of an async generator
async function* walkAsync(walker, withFileTypes) {
  const walk = walker.walk();
  for (let step = walk.next(); !step.done;) {
    if (Array.isArray(step.value)) {
      let answer;
      try {
        answer = await onPool(step.value);
      } catch (error) {
        step = walk.throw(error);
        continue;
      }
      step = walk.next(answer);
    } else {
      const { path, dirent } = step.value;
      yield withFileTypes ? dirent : path;
      step = walk.next();
    }
  }
}

// fs.promises.glob (its arguments are checked at the first next())
async function* glob(pattern, options = { __proto__: null }) {
  yield* walkAsync(new Glob(pattern, options), Boolean(options?.withFileTypes));
}

// fs.glob: arguments checked now, the results collected as node's Array.fromAsync does
function globCallback(pattern, options = { __proto__: null }, callback) {
  const results = walkAsync(new Glob(pattern, options), Boolean(options?.withFileTypes));
  (async () => {
    const out = [];
    for await (const result of results) out.push(result);
    return out;
  })().then((out) => callback(null, out), callback);
}

module.exports = { Glob, globSync, glob, globCallback };
