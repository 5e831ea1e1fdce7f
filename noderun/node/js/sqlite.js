'use strict';
// node:sqlite: DatabaseSync, StatementSync, backup() and constants, as node 24 has them, over
// Python's sqlite3 module (the host half is noderun/node/host_sqlite.py). This side validates
// arguments, binds parameters by index as node does (named, bare named, anonymous), and dresses
// rows as node returns them; the host opens connections, runs statements and calls back into JS
// for user functions. Errors are node's C++ errors: the plain class with an own `code`.

const { nativeError, hideEntryFrames } = require('internal/errors');
// node's databases, statements and stores are host objects, which structured clone refuses
const { markAsUncloneable } = require('internal/worker/marks');

// node 24 leaves the module out under --no-experimental-sqlite
if (process.execArgv.includes('--no-experimental-sqlite')) {
  throw new (require('internal/errors').codes.ERR_UNKNOWN_BUILTIN_MODULE)('node:sqlite');
}
process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');

const kCreate = Symbol('kCreate');     // the key that lets this module make statements and iterators
const kSqliteType = Symbol.for('sqlite-type');
const { parse: parseJSON } = JSON;
const kInt64Max = 2n ** 63n - 1n;
const kInt64Min = -(2n ** 63n);

// -- errors ------------------------------------------------------------------------------------

function argTypeError(name, expected) {
  return nativeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}.`);
}

function invalidState(message) {
  return nativeError('Error', 'ERR_INVALID_STATE', message);
}

// an error as SQLite reports it (node's ERR_SQLITE_ERROR), for the cases this side detects
function sqliteError(message, errcode, errstr) {
  const error = nativeError('Error', 'ERR_SQLITE_ERROR', message);
  error.errcode = errcode;
  error.errstr = errstr;
  return error;
}

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw argTypeError(name, 'a boolean');
}

function checkOptionalBoolean(options, key, prefix = 'options.') {
  const value = options[key];
  if (value !== undefined) checkBoolean(value, prefix + key);
  return value;
}

function checkString(value, name) {
  if (typeof value !== 'string') throw argTypeError(name, 'a string');
}

function checkFunction(value, name) {
  if (typeof value !== 'function') throw argTypeError(name, 'a function');
}

function checkOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw argTypeError('options', 'an object');
  return options;
}

// A database path as node takes it: a string, a Uint8Array or a file: URL, without NUL bytes.
function databasePath(path, name = 'path') {
  const pathError = () =>
    argTypeError(name, 'a string, Uint8Array, or URL without null bytes');
  if (typeof path === 'string') {
    if (path.includes('\0')) throw pathError();
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) throw pathError();
    return new TextDecoder().decode(path);
  }
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
      typeof path.protocol === 'string') {
    if (path.protocol !== 'file:') {
      throw nativeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file:');
    }
    if (path.href.includes('\0')) throw pathError();
    return path.href;
  }
  throw pathError();
}

// Prototype methods look like node's C++ template functions: enumerable, length 0, and an error
// they throw has the stack it has in node, beginning at their caller.
function nodeMethods(prototype) {
  for (const key of Reflect.ownKeys(prototype)) {
    if (key === 'constructor') {
      // node's prototypes list their constructor last, not enumerable
      const ctor = prototype.constructor;
      delete prototype.constructor;
      Object.defineProperty(prototype, 'constructor', { value: ctor, writable: true, configurable: true });
      continue;
    }
    const impl = Object.getOwnPropertyDescriptor(prototype, key).value;
    if (typeof impl !== 'function') continue;
    const method = {
      [key](...args) {
        try {
          return Reflect.apply(impl, this, args);
        } catch (error) {
          hideEntryFrames(error, method);
          throw error;
        }
      },
    }[key];
    if (typeof key === 'symbol') Object.defineProperty(method, 'name', { value: '' });
    Object.defineProperty(prototype, key, {
      value: method, writable: true, configurable: true, enumerable: typeof key === 'string',
    });
  }
}

// -- values --------------------------------------------------------------------------------------

// A JS value as a parameter of SQLite: node binds numbers as doubles, BigInts as 64-bit integers,
// strings, null, and any ArrayBufferView as a blob; anything else is refused.
function bindable(value, index) {
  switch (typeof value) {
    case 'number':
    case 'string':
      return value;
    case 'bigint':
      if (value > kInt64Max || value < kInt64Min) {
        throw nativeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'BigInt value is too large to bind.');
      }
      return value;
    case 'object':
      if (value === null) return null;
      if (ArrayBuffer.isView(value)) return asUint8Array(value);
  }
  throw nativeError('TypeError', 'ERR_INVALID_ARG_TYPE',
                    `Provided value cannot be bound to SQLite parameter ${index}.`);
}

function asUint8Array(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// What a user function returned, as SQLite can take it (host_sqlite turns numbers into doubles).
function resultValue(value) {
  switch (typeof value) {
    case 'number':
    case 'string':
      return value;
    case 'undefined':
      return null;
    case 'bigint':
      if (value > kInt64Max || value < kInt64Min) {
        throw sqliteError('BigInt value is too large for SQLite', 1, 'SQL logic error');
      }
      return value;
    case 'object':
      if (value === null) return null;
      if (ArrayBuffer.isView(value)) return asUint8Array(value);
      if (value instanceof Promise) {
        throw sqliteError('Asynchronous user-defined functions are not supported', 1, 'SQL logic error');
      }
  }
  throw sqliteError('Returned JavaScript value cannot be converted to a SQLite value', 1, 'SQL logic error');
}

// what the host returns: rows and counts usually come as one JSON text (see sqlite_db._crossing)
function received(result) {
  return typeof result === 'string' ? parseJSON(result) : result;
}

function rowObject(names, row) {
  const object = { __proto__: null };
  for (let i = 0; i < names.length; i++) object[names[i]] = row[i] ?? null;
  return object;
}

function rowArray(row) {
  for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  return row;
}

// -- DatabaseSync ------------------------------------------------------------------------------------

const databases = new WeakMap();   // DatabaseSync -> its state (node keeps it in the C++ object)
const isOpenGetter = function() { return state(this).id !== 0; };
const isTransactionGetter = function() { return host.sqliteIsTransaction(openState(this).id); };

class DatabaseState {
  constructor(path, options) {
    this.path = path;
    this.id = 0;              // the host's number of the open connection; 0 when closed
    this.generation = 0;      // bumped by close(): the statements of an earlier opening are finalized
    this.readOnly = options.readOnly ?? false;
    this.foreignKeys = options.enableForeignKeyConstraints ?? true;
    this.timeout = options.timeout ?? 0;
    this.doubleQuotedStrings = options.enableDoubleQuotedStringLiterals ?? false;
    this.defensive = options.defensive ?? false;
    this.readBigInts = options.readBigInts ?? false;
    this.returnArrays = options.returnArrays ?? false;
    this.allowBare = options.allowBareNamedParameters ?? true;
    this.allowUnknown = options.allowUnknownNamedParameters ?? false;
    this.token = null;        // unregisters it from `unreachable` when it is closed
  }
}

function state(db) {
  const found = databases.get(db);
  if (found === undefined) throw nativeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type DatabaseSync');
  return found;
}

function openState(db) {
  const found = state(db);
  if (found.id === 0) throw invalidState('database is not open');
  return found;
}

function DatabaseSync(path, options) {
  if (new.target === undefined) {
    throw nativeError('TypeError', 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const file = databasePath(path);
  const opts = checkOptions(options);
  const open = checkOptionalBoolean(opts, 'open');
  checkOptionalBoolean(opts, 'readOnly');
  checkOptionalBoolean(opts, 'enableForeignKeyConstraints');
  checkOptionalBoolean(opts, 'enableDoubleQuotedStringLiterals');
  checkOptionalBoolean(opts, 'readBigInts');
  checkOptionalBoolean(opts, 'returnArrays');
  checkOptionalBoolean(opts, 'allowBareNamedParameters');
  checkOptionalBoolean(opts, 'allowUnknownNamedParameters');
  checkOptionalBoolean(opts, 'allowExtension');
  checkOptionalBoolean(opts, 'defensive');
  if (opts.timeout !== undefined && !Number.isInteger(opts.timeout)) {
    throw argTypeError('options.timeout', 'an integer');
  }
  const dbState = new DatabaseState(file, opts);
  databases.set(this, dbState);
  markAsUncloneable(this);
  Object.defineProperty(this, 'isOpen', { get: isOpenGetter, enumerable: true, configurable: false });
  Object.defineProperty(this, 'isTransaction', { get: isTransactionGetter, enumerable: true, configurable: false });
  this[kSqliteType] = 'node:sqlite';
  if (open !== false) openDatabase(dbState);
}

// A database nothing can reach any more (neither its DatabaseSync nor a statement of it) is closed,
// as node closes a collected one: its file and locks are not held until the thread ends.
const unreachable = new FinalizationRegistry((id) => {
  try {
    host.sqliteClose(id);
  } catch {
    // the thread's connections are already gone
  }
});

function openDatabase(dbState) {
  dbState.id = host.sqliteOpen(dbState.path, dbState.readOnly, dbState.foreignKeys, dbState.timeout,
    dbState.doubleQuotedStrings, dbState.defensive);
  // (the token is an object of its own: QuickJS never collects a target that is its own token)
  dbState.token = {};
  unreachable.register(dbState, dbState.id, dbState.token);
}

DatabaseSync.prototype = {
  constructor: DatabaseSync,

  open() {
    const dbState = state(this);
    if (dbState.id !== 0) throw invalidState('database is already open');
    openDatabase(dbState);
  },

  close() {
    const dbState = openState(this);
    const id = dbState.id;
    dbState.id = 0;
    dbState.generation++;
    unreachable.unregister(dbState.token);
    host.sqliteClose(id);
  },

  prepare(sql) {
    const dbState = openState(this);
    checkString(sql, 'sql');
    const [text, names] = host.sqlitePrepare(dbState.id, sql);
    return new StatementSync(kCreate, dbState, text, names);
  },

  exec(sql) {
    const dbState = openState(this);
    checkString(sql, 'sql');
    host.sqliteExec(dbState.id, sql);
  },

  enableDefensive(active) {
    const dbState = openState(this);
    checkBoolean(active, 'active');
    host.sqliteSetDefensive(dbState.id, active);
  },

  location(dbName = 'main') {
    const dbState = openState(this);
    checkString(dbName, 'dbName');
    return host.sqliteLocation(dbState.id, dbName);
  },

  function(...args) {
    const dbState = openState(this);
    const name = args[0];
    checkString(name, 'name');
    // (name, fn) or (name, options, fn)
    let options, fn;
    if (args.length < 3) {
      fn = args[1];
    } else {
      options = args[1];
      fn = args[2];
      if (options === null || typeof options !== 'object') throw argTypeError('options', 'an object');
    }
    checkFunction(fn, 'function');
    const opts = options ?? {};
    const deterministic = checkOptionalBoolean(opts, 'deterministic') ?? false;
    checkOptionalBoolean(opts, 'directOnly');
    const bigInts = checkOptionalBoolean(opts, 'useBigIntArguments') ?? false;
    const varargs = checkOptionalBoolean(opts, 'varargs') ?? false;
    const call = (...args) => resultValue(fn(...args));
    host.sqliteFunction(dbState.id, name, call, varargs ? -1 : fn.length, deterministic, bigInts);
  },

  aggregate(name, options) {
    const dbState = openState(this);
    const start = options.start;   // node reads the options as properties, of a number too
    const step = options.step;
    const result = options.result;
    const inverse = options.inverse;
    if (start === undefined) throw argTypeError('options.start', 'a function or a primitive value');
    checkFunction(step, 'options.step');
    if (inverse !== undefined) checkFunction(inverse, 'options.inverse');
    const deterministic = checkOptionalBoolean(options, 'deterministic') ?? false;
    checkOptionalBoolean(options, 'directOnly');
    const bigInts = checkOptionalBoolean(options, 'useBigIntArguments') ?? false;
    const varargs = checkOptionalBoolean(options, 'varargs') ?? false;
    const makeStart = typeof start === 'function' ? () => start() : () => start;
    const finish = typeof result === 'function' ? (acc) => resultValue(result(acc)) : resultValue;
    const arity = varargs ? -1 : Math.max(step.length - 1, 0);
    host.sqliteAggregate(dbState.id, String(name), arity, makeStart, step, finish, inverse, deterministic, bigInts);
  },

  setAuthorizer(callback) {
    const dbState = openState(this);
    if (callback === null) {
      host.sqliteSetAuthorizer(dbState.id, null);
      return;
    }
    if (typeof callback !== 'function') throw argTypeError('callback', 'a function or null');
    host.sqliteSetAuthorizer(dbState.id, (...args) => {
      const code = callback(...args);
      if (!Number.isInteger(code)) throw new TypeError('Authorizer callback must return an integer authorization code');
      if (code < 0 || code > 2) throw new RangeError('Authorizer callback returned a invalid authorization code');
      return code;
    });
  },

  createSession(options) {
    const dbState = openState(this);
    const opts = checkOptions(options);
    if (opts.table !== undefined) checkString(opts.table, 'options.table');
    if (opts.db !== undefined) checkString(opts.db, 'options.db');
    const id = host.sqliteSessionCreate(dbState.id, opts.db ?? 'main', opts.table ?? null);
    return new Session(kCreate, dbState, id);
  },

  applyChangeset(changeset, options) {
    const dbState = openState(this);
    if (!(changeset instanceof Uint8Array)) throw argTypeError('changeset', 'a Uint8Array');
    const opts = checkOptions(options);
    if (opts.filter !== undefined) checkFunction(opts.filter, 'options.filter');
    if (opts.onConflict !== undefined) checkFunction(opts.onConflict, 'options.onConflict');
    return host.sqliteApplyChangeset(dbState.id, changeset, opts.filter ?? null, opts.onConflict ?? null);
  },

  createTagStore(capacity = 1000) {
    openState(this);
    return new SQLTagStore(kCreate, this, capacity);
  },

  [Symbol.dispose]() {
    const dbState = state(this);
    if (dbState.id !== 0) this.close();
  },
};
nodeMethods(DatabaseSync.prototype);

// -- Session: the changes made to a database since it was created, as a changeset ------------------

const sessions = new WeakMap();   // Session -> { db, generation, id }; id 0 once closed

function Session(key, dbState, id) {
  if (key !== kCreate) throw nativeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  sessions.set(this, { db: dbState, generation: dbState.generation, id });
  markAsUncloneable(this);
}

function openSession(session) {
  const found = sessions.get(session);
  if (found === undefined) throw nativeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Session');
  // the database's close() deleted its sessions
  if (found.db.id === 0 || found.db.generation !== found.generation) throw invalidState('database is not open');
  if (found.id === 0) throw invalidState('session is not open');
  return found;
}

Session.prototype = {
  changeset() {
    const session = openSession(this);
    return host.sqliteSessionChanges(session.db.id, session.id, false);
  },

  patchset() {
    const session = openSession(this);
    return host.sqliteSessionChanges(session.db.id, session.id, true);
  },

  close() {
    const session = openSession(this);
    host.sqliteSessionClose(session.db.id, session.id);
    session.id = 0;
  },

  constructor: Session,
};
nodeMethods(Session.prototype);

// -- StatementSync -------------------------------------------------------------------------------------

const sourceSQLGetter = function() { return live(this).sql; };
const expandedSQLGetter = function() {
  const stmt = live(this);
  return host.sqliteExpand(stmt.sql, ...stmt.values);
};

const statements = new WeakMap();   // StatementSync -> its state

class StatementState {
  constructor(dbState, sql, names) {
    this.db = dbState;
    this.generation = dbState.generation;
    this.sql = sql;                   // the first statement of the SQL given to prepare()
    this.names = names;               // the parameter names by index - 1 (null for `?`)
    this.values = names.map(() => null);   // the bound values (expandedSQL shows them)
    this.readBigInts = dbState.readBigInts;
    this.returnArrays = dbState.returnArrays;
    this.allowBare = dbState.allowBare;
    this.allowUnknown = dbState.allowUnknown;
    this.bare = null;                 // bare name -> full name, made on first use
    this.cursor = 0;                  // the host's number of the execution iterators step through
  }

  // node's BindParams: an object first binds named parameters (by full or bare name), then the
  // other arguments take the anonymous and numbered (?NNN) parameters in order.
  bind(args) {
    const names = this.names;
    const values = names.map(() => null);
    let next = 0;
    const first = args[0];
    if (first !== null && (typeof first === 'object' || typeof first === 'function') &&
        !ArrayBuffer.isView(first)) {
      next = 1;
      for (const key of Object.keys(first)) {
        let index = names.indexOf(key) + 1;
        if (index === 0 && this.allowBare) {
          const full = this.bareNames().get(key);
          if (full !== undefined) index = names.indexOf(full) + 1;
        }
        if (index === 0) {
          if (this.allowUnknown) continue;
          throw invalidState(`Unknown named parameter '${key}'`);
        }
        values[index - 1] = bindable(first[key], index);
      }
    }
    let index = 1;
    for (let i = next; i < args.length; i++) {
      while (index <= names.length && names[index - 1] !== null && names[index - 1][0] !== '?') index++;
      if (index > names.length) throw sqliteError('column index out of range', 25, 'column index out of range');
      values[index - 1] = bindable(args[i], index);
      index++;
    }
    this.values = values;
    return values;
  }

  bareNames() {
    if (this.bare === null) {
      const bare = new Map();
      for (const name of this.names) {
        if (name === null || name[0] === '?') continue;
        const short = name.slice(1);
        const seen = bare.get(short);
        if (seen !== undefined && seen !== name) {
          throw invalidState(`Cannot create bare named parameter '${short}' because of conflicting ` +
                             `names '${seen}' and '${name}'.`);
        }
        bare.set(short, name);
      }
      this.bare = bare;
    }
    return this.bare;
  }

  // a new execution resets the statement: an iteration in progress ends
  reset() {
    if (this.cursor !== 0) {
      host.sqliteEndIteration(this.db.id, this.cursor);
      this.cursor = 0;
    }
  }

  rows(names, rows) {
    if (this.returnArrays) {
      for (const row of rows) rowArray(row);
      return rows;
    }
    return rows.map((row) => rowObject(names, row));
  }
}

function live(stmt) {
  const found = statements.get(stmt);
  if (found === undefined) throw nativeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type StatementSync');
  if (found.generation !== found.db.generation || found.db.id === 0) {
    throw invalidState('statement has been finalized');
  }
  return found;
}

function StatementSync(key, dbState, sql, names) {
  if (key !== kCreate) throw nativeError('Error', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  statements.set(this, new StatementState(dbState, sql, names));
  markAsUncloneable(this);
  Object.defineProperty(this, 'sourceSQL', { get: sourceSQLGetter, enumerable: true, configurable: false });
  Object.defineProperty(this, 'expandedSQL', { get: expandedSQLGetter, enumerable: true, configurable: false });
}

function flagSetter(field, name) {
  return function(enabled) {
    const stmt = live(this);
    checkBoolean(enabled, name);
    stmt[field] = enabled;
  };
}

StatementSync.prototype = {
  constructor: StatementSync,

  columns() {
    const stmt = live(this);
    // (the host's None arrives as undefined; node gives null where SQLite has nothing)
    return host.sqliteColumns(stmt.db.id, stmt.sql).map(([column, database, name, table, type]) =>
      ({ __proto__: null, column: column ?? null, database: database ?? null, name, table: table ?? null,
        type: type ?? null }));
  },

  iterate(...args) {
    const stmt = live(this);
    stmt.reset();
    stmt.bind(args);
    return new StatementSyncIterator(kCreate, stmt);
  },

  all(...args) {
    const stmt = live(this);
    stmt.reset();
    const [names, rows] = received(host.sqliteAll(stmt.db.id, stmt.sql, stmt.readBigInts, ...stmt.bind(args)));
    return stmt.rows(names, rows);
  },

  get(...args) {
    const stmt = live(this);
    stmt.reset();
    const found = received(host.sqliteGet(stmt.db.id, stmt.sql, stmt.readBigInts, ...stmt.bind(args)));
    if (found === undefined) return undefined;
    return stmt.returnArrays ? rowArray(found[1]) : rowObject(found[0], found[1]);
  },

  run(...args) {
    const stmt = live(this);
    stmt.reset();
    const [lastInsertRowid, changes] = received(host.sqliteRun(stmt.db.id, stmt.sql, stmt.readBigInts, ...stmt.bind(args)));
    return { lastInsertRowid, changes };
  },

  setAllowBareNamedParameters: flagSetter('allowBare', 'allowBareNamedParameters'),
  setAllowUnknownNamedParameters: flagSetter('allowUnknown', 'enabled'),
  setReadBigInts: flagSetter('readBigInts', 'readBigInts'),
  setReturnArrays: flagSetter('returnArrays', 'returnArrays'),
};
nodeMethods(StatementSync.prototype);

// An iterator shares its statement's execution, as node's does: a new execution of the statement
// (get, all, run, iterate) restarts it, and after its last row the next call starts over.
class StatementSyncIterator extends Iterator {
  #stmt;
  #names = null;
  #done = false;

  constructor(key, stmt) {
    if (key !== kCreate) throw nativeError('Error', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this.#stmt = stmt;
    markAsUncloneable(this);
  }

  next() {
    const stmt = this.#stmt;
    if (this.#done) return { __proto__: null, done: true, value: null };
    if (stmt.generation !== stmt.db.generation || stmt.db.id === 0) {
      throw invalidState('statement has been finalized');
    }
    let row;
    if (stmt.cursor === 0) {
      const [cursor, names, first] = received(host.sqliteIterate(stmt.db.id, stmt.sql, stmt.readBigInts, ...stmt.values));
      stmt.cursor = cursor;
      this.#names = names;
      row = first;
    } else {
      row = received(host.sqliteStep(stmt.db.id, stmt.cursor, stmt.readBigInts));
    }
    if (row == null) {   // undefined, or null from a JSON result
      stmt.cursor = 0;
      return { __proto__: null, done: true, value: null };
    }
    const value = stmt.returnArrays ? rowArray(row) : rowObject(this.#names, row);
    return { __proto__: null, done: false, value };
  }

  return() {
    this.#done = true;
    this.#stmt.reset();
    return { __proto__: null, done: true, value: null };
  }
}
nodeMethods(StatementSyncIterator.prototype);

// -- SQLTagStore -----------------------------------------------------------------------------------------
// Tagged templates over a database: sql.get`SELECT * FROM t WHERE id = ${id}` prepares the template
// once (the values become parameters) and keeps up to `capacity` statements, least recently used
// first out.

const capacityGetter = function() { return tagStore(this).capacity; };
const dbGetter = function() { return tagStore(this).db; };
const tagStores = new WeakMap();

function tagStore(store) {
  const found = tagStores.get(store);
  if (found === undefined) throw nativeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type SQLTagStore');
  return found;
}

function SQLTagStore(key, db, capacity) {
  if (key !== kCreate) throw nativeError('Error', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  tagStores.set(this, { db, capacity, cache: new Map() });
  markAsUncloneable(this);
  Object.defineProperty(this, 'capacity', { get: capacityGetter, enumerable: true, configurable: false });
  Object.defineProperty(this, 'db', { get: dbGetter, enumerable: true, configurable: false });
}

function tagged(method) {
  return function(strings, ...values) {
    const store = tagStore(this);
    if (!Array.isArray(strings)) {
      throw nativeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'First argument must be an array of strings (template literal).');
    }
    const sql = strings.join('?');
    let stmt = store.cache.get(sql);
    if (stmt === undefined) {
      try {
        stmt = store.db.prepare(sql);
      } catch (error) {
        if (error?.code !== 'ERR_SQLITE_ERROR') throw error;
        throw nativeError('Error', 'ERR_SQLITE_ERROR', 'Failed to prepare statement');
      }
      if (store.cache.size >= store.capacity) store.cache.delete(store.cache.keys().next().value);
    } else {
      store.cache.delete(sql);   // most recently used goes last
    }
    store.cache.set(sql, stmt);
    return stmt[method](...values);
  };
}

SQLTagStore.prototype = {
  constructor: SQLTagStore,
  get: tagged('get'),
  all: tagged('all'),
  iterate: tagged('iterate'),
  run: tagged('run'),
  clear() {
    tagStore(this).cache.clear();
  },
  size() {
    return tagStore(this).cache.size;
  },
};
nodeMethods(SQLTagStore.prototype);

// -- backup ------------------------------------------------------------------------------------------------

function backup(sourceDb, path, options) {
  if (sourceDb === null || typeof sourceDb !== 'object') throw argTypeError('sourceDb', 'an object');
  const dbState = openState(sourceDb);
  const file = databasePath(path);
  const opts = checkOptions(options);
  const source = opts.source ?? 'main';
  const target = opts.target ?? 'main';
  const rate = opts.rate ?? 100;
  const progress = opts.progress;
  checkString(source, 'options.source');
  checkString(target, 'options.target');
  if (!Number.isInteger(rate)) throw argTypeError('options.rate', 'an integer');
  if (progress !== undefined) checkFunction(progress, 'options.progress');
  // node copies on its thread pool and settles the promise from the loop; here the copy runs on
  // this thread (the connection is this thread's) from the loop, a turn later
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        if (dbState.id === 0) throw invalidState('database is not open');
        resolve(host.sqliteBackup(dbState.id, file, source, target, rate, progress));
      } catch (error) {
        reject(error);
      }
    });
  });
}

const constants = {
  SQLITE_CHANGESET_OMIT: 0,
  SQLITE_CHANGESET_REPLACE: 1,
  SQLITE_CHANGESET_ABORT: 2,
  SQLITE_CHANGESET_DATA: 1,
  SQLITE_CHANGESET_NOTFOUND: 2,
  SQLITE_CHANGESET_CONFLICT: 3,
  SQLITE_CHANGESET_CONSTRAINT: 4,
  SQLITE_CHANGESET_FOREIGN_KEY: 5,
  SQLITE_OK: 0,
  SQLITE_DENY: 1,
  SQLITE_IGNORE: 2,
  SQLITE_CREATE_INDEX: 1,
  SQLITE_CREATE_TABLE: 2,
  SQLITE_CREATE_TEMP_INDEX: 3,
  SQLITE_CREATE_TEMP_TABLE: 4,
  SQLITE_CREATE_TEMP_TRIGGER: 5,
  SQLITE_CREATE_TEMP_VIEW: 6,
  SQLITE_CREATE_TRIGGER: 7,
  SQLITE_CREATE_VIEW: 8,
  SQLITE_DELETE: 9,
  SQLITE_DROP_INDEX: 10,
  SQLITE_DROP_TABLE: 11,
  SQLITE_DROP_TEMP_INDEX: 12,
  SQLITE_DROP_TEMP_TABLE: 13,
  SQLITE_DROP_TEMP_TRIGGER: 14,
  SQLITE_DROP_TEMP_VIEW: 15,
  SQLITE_DROP_TRIGGER: 16,
  SQLITE_DROP_VIEW: 17,
  SQLITE_INSERT: 18,
  SQLITE_PRAGMA: 19,
  SQLITE_READ: 20,
  SQLITE_SELECT: 21,
  SQLITE_TRANSACTION: 22,
  SQLITE_UPDATE: 23,
  SQLITE_ATTACH: 24,
  SQLITE_DETACH: 25,
  SQLITE_ALTER_TABLE: 26,
  SQLITE_REINDEX: 27,
  SQLITE_ANALYZE: 28,
  SQLITE_CREATE_VTABLE: 29,
  SQLITE_DROP_VTABLE: 30,
  SQLITE_FUNCTION: 31,
  SQLITE_SAVEPOINT: 32,
  SQLITE_COPY: 0,
  SQLITE_RECURSIVE: 33,
};

module.exports = {
  DatabaseSync,
  StatementSync,
  Session,
  constants,
  backup,
};
