"""The host functions behind node:sqlite (the JS half is noderun/node/js/sqlite.js; host_sqlite.py
registers them and imports this module on the first call).

A database is a connection of Python's sqlite3 module, owned by the JS thread that opened it
(sqlite3's same-thread check stays on) and known to JS by a number. A statement is its SQL text:
sqlite3 keeps the compiled statement in its per-connection cache and finds it again by that text,
so a JS StatementSync costs Python nothing until it runs. Each run / get / all / iteration step is
one host call; rows cross as one JSON text where they can (see _crossing), else as arrays, and JS
dresses them as node's objects or arrays.

The JS side validates arguments and binds parameters by index (sqlite_sql.py tells it each
index's name); _parameters makes the values what node binds (a JS number is a double, a BigInt an
integer, a Uint8Array a blob).
"""

from __future__ import annotations

import itertools
import re
import weakref

from ..engine import values as V
from ..engine.runtime import BigInt, Context, JSObject
from ..errors import JSError, NodeError
from ..loader.lazy_re import LazyPattern
from . import sqlite_sql
from .host_process import uint8_bytes

_MAX_SAFE = 2**53 - 1
# node checks |value| > 2^53 - 1 in int64 arithmetic, where |INT64_MIN| overflows and passes
_INT64_MIN = -(2**63)

# sqlite3_errstr(): the text of a primary result code
_ERRSTR = (
    "not an error", "SQL logic error", "unknown error", "access permission denied", "query aborted",
    "database is locked", "database table is locked", "out of memory",
    "attempt to write a readonly database", "interrupted", "disk I/O error",
    "database disk image is malformed", "unknown operation", "database or disk is full",
    "unable to open database file", "locking protocol", "unknown error",
    "database schema has changed", "string or blob too big", "constraint failed",
    "datatype mismatch", "bad parameter or other API misuse", "unknown error",
    "authorization denied", "unknown error", "column index out of range", "file is not a database",
    "notification message", "warning message",
)
_ERRSTR_SPECIAL = {516: "abort due to ROLLBACK", 100: "another row available", 101: "no more rows available"}


def errstr(code: int) -> str:
    special = _ERRSTR_SPECIAL.get(code)
    if special is not None:
        return special
    primary = code & 0xFF
    return _ERRSTR[primary] if primary < len(_ERRSTR) else "unknown error"


def sqlite_error(message: str, code: int) -> NodeError:
    """node's ERR_SQLITE_ERROR: a plain Error with the SQLite result code and its text."""
    return NodeError("ERR_SQLITE_ERROR", js_class="Error", message=message, native=True, errcode=code,
                     errstr=errstr(code))


class _Database:
    """One open connection and what hangs off it on its thread."""

    __slots__ = ("connection", "pending", "cursors", "next_cursor", "handles", "changes", "authorizer",
                 "recording", "replays", "replaying", "sessions")

    def __init__(self, connection):
        self.connection = connection
        self.changes = 0     # sqlite3_changes(): rows changed by the last INSERT / UPDATE / DELETE
        # The authorizer runs when SQLite compiles a statement: node compiles once, in prepare();
        # here prepare() compiles it (as EXPLAIN) and its first run compiles it again. The answers
        # of the first compile are recorded and given again in the second, without calling JS.
        self.authorizer = None
        self.recording: list | None = None
        self.replays: dict[str, list] = {}     # statement text -> answers of its prepare()
        self.replaying: list | None = None
        self.pending: BaseException | None = None   # what a JS callback threw inside SQLite
        self.cursors: dict[int, object] = {}         # open iterations by id
        self.sessions: dict[int, int] = {}           # open sessions: id -> sqlite3_session pointer
        self.next_cursor = 1
        self.handles: list[JSObject] = []            # JS callbacks SQLite may call

    def count_changes(self, cursor, total_before: int) -> None:
        """After a statement ran to its end: what sqlite3_changes() now says. sqlite3 counts the
        rows of an INSERT / UPDATE / DELETE (rowcount); other statements leave the count as it
        was, unless they changed rows themselves (WITH ... INSERT, which sqlite3 does not count)."""
        if cursor.rowcount >= 0:
            self.changes = cursor.rowcount
        else:
            changed = self.connection.total_changes - total_before
            if changed:
                self.changes = changed

    def fail(self, exc: Exception, sql: str = "") -> BaseException:
        """The error to raise for a failed sqlite3 call: what a JS callback threw, else node's.
        A failed change rolls its rows back, and SQLite's change count is 0 after it."""
        if _CHANGE.match(sql):
            self.changes = 0
        pending, self.pending = self.pending, None
        if pending is not None:
            return pending
        import sqlite3

        if isinstance(exc, sqlite3.Error):
            code = getattr(exc, "sqlite_errorcode", None)
            return sqlite_error(str(exc), code if code is not None else 1)
        return exc

    def close(self) -> None:
        for cursor in self.cursors.values():
            cursor.close()
        self.cursors.clear()
        if self.sessions:   # a session must be deleted before its connection is closed
            from . import sqlite_handle

            for session in self.sessions.values():
                sqlite_handle.session_delete(session)
            self.sessions.clear()
        self.connection.close()
        for handle in self.handles:
            handle.free()
        self.handles.clear()


_CHANGE = LazyPattern(r"\s*(?:insert|update|delete|replace)\b", re.IGNORECASE)

_threads: "weakref.WeakKeyDictionary[Context, dict[int, _Database]]" = weakref.WeakKeyDictionary()
_ids = itertools.count(1)   # next() on a count is atomic: databases of every thread share it


def _databases(ctx: Context) -> dict[int, _Database]:
    table = _threads.get(ctx)
    if table is None:
        table = _threads[ctx] = {}
    return table


def _db(ctx: Context, db_id: int) -> _Database:
    return _databases(ctx)[db_id]


# -- open, close, exec -------------------------------------------------------------------------

def _open(ctx: Context, path: str, read_only: bool, foreign_keys: bool, timeout: int,
          double_quoted_strings: bool = False, defensive: bool = False) -> int:
    """Open as node does (SQLITE_OPEN_URI: a name beginning with "file:" is a URI, others are
    file names); read-only through the URI's mode, since sqlite3 takes no open flags. Double-quoted
    string literals are off and defensive mode as asked, through the C handle (sqlite_handle)."""
    import sqlite3

    target = path
    if read_only:
        if path.startswith("file:"):
            target = path + ("&" if "?" in path else "?") + "mode=ro"
        else:
            from urllib.parse import quote

            target = f"file:{quote(path)}?mode=ro"
    try:
        connection = sqlite3.connect(target, timeout=timeout / 1000, isolation_level=None,
                                     uri=True, cached_statements=256)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None) or 14
        raise sqlite_error(str(exc), code) from None
    if foreign_keys:
        connection.execute("PRAGMA foreign_keys = ON")
    _configure(connection, double_quoted_strings, defensive)
    db_id = next(_ids)
    _databases(ctx)[db_id] = _Database(connection)
    return db_id


def _configure(connection, double_quoted_strings: bool, defensive: bool) -> None:
    from . import sqlite_handle

    try:
        sqlite_handle.set_flag(connection, sqlite_handle.SQLITE_DBCONFIG_DQS_DML, double_quoted_strings)
        sqlite_handle.set_flag(connection, sqlite_handle.SQLITE_DBCONFIG_DQS_DDL, double_quoted_strings)
        sqlite_handle.set_flag(connection, sqlite_handle.SQLITE_DBCONFIG_DEFENSIVE, defensive)
    except sqlite_handle.HandleUnavailable:
        pass   # an unusual build of Python's sqlite3: SQLite's own defaults stay (README)


def _set_defensive(ctx: Context, db_id: int, active: bool) -> None:
    from . import sqlite_handle

    try:
        sqlite_handle.set_flag(_db(ctx, db_id).connection, sqlite_handle.SQLITE_DBCONFIG_DEFENSIVE, active)
    except sqlite_handle.HandleUnavailable as exc:
        raise sqlite_error(f"defensive mode is not available: {exc}", 1) from None


def _columns(ctx: Context, db_id: int, sql: str) -> list:
    from . import sqlite_handle

    try:
        return sqlite_handle.columns(_db(ctx, db_id).connection, sql)
    except sqlite_handle.HandleUnavailable as exc:
        raise sqlite_error(f"columns are not available: {exc}", 1) from None


def _session_create(ctx: Context, db_id: int, database: str, table: str | None) -> int:
    from . import sqlite_handle

    db = _db(ctx, db_id)
    try:
        session = sqlite_handle.session_create(db.connection, database, table)
    except sqlite_handle.SessionError as exc:
        raise sqlite_error(errstr(exc.args[0]), exc.args[0]) from None
    except sqlite_handle.HandleUnavailable as exc:
        raise sqlite_error(f"sessions are not available: {exc}", 1) from None
    session_id = next(_ids)
    db.sessions[session_id] = session
    return session_id


def _session_changes(ctx: Context, db_id: int, session_id: int, patchset: bool) -> bytes:
    from . import sqlite_handle

    try:
        return sqlite_handle.session_changes(_db(ctx, db_id).sessions[session_id], patchset)
    except sqlite_handle.SessionError as exc:
        raise sqlite_error(errstr(exc.args[0]), exc.args[0]) from None


def _session_close(ctx: Context, db_id: int, session_id: int) -> None:
    from . import sqlite_handle

    sqlite_handle.session_delete(_db(ctx, db_id).sessions.pop(session_id))


SQLITE_ABORT = 4
SQLITE_CHANGESET_ABORT = 2


def _apply_changeset(ctx: Context, db_id: int, changeset: JSObject, keep_table, on_conflict) -> bool:
    """Apply a changeset as node does: every table unless `keep_table` (JS) says no, every conflict
    aborting unless `on_conflict` (JS) answers otherwise. True when applied, false when aborted.
    What a callback throws is rethrown once SQLite has unwound (the apply is aborted then)."""
    from . import sqlite_handle

    db = _db(ctx, db_id)
    thrown = []

    def ask(callback, argument, otherwise):
        if thrown:
            return otherwise
        try:
            return callback.call(argument)
        except BaseException as exc:   # never through C: SQLite would not unwind
            thrown.append(exc)
            return otherwise

    def keep(table: str) -> bool:
        return True if keep_table is None else bool(ask(keep_table, table, False))

    def conflict(kind: int) -> int:
        if on_conflict is None:
            return SQLITE_CHANGESET_ABORT
        answer = ask(on_conflict, kind, SQLITE_CHANGESET_ABORT)
        return answer if type(answer) is int else SQLITE_CHANGESET_ABORT

    try:
        status = sqlite_handle.changeset_apply(db.connection, uint8_bytes(ctx, changeset), keep, conflict)
    except sqlite_handle.HandleUnavailable as exc:
        raise sqlite_error(f"sessions are not available: {exc}", 1) from None
    if thrown:
        raise thrown[0]
    if status == SQLITE_ABORT:
        return False
    if status != 0:
        raise sqlite_error(errstr(status), status)
    return True


def _close(ctx: Context, db_id: int) -> None:
    _databases(ctx).pop(db_id).close()


def close_thread(ctx: Context) -> None:
    for db in _threads.pop(ctx, {}).values():
        db.close()


def _exec(ctx: Context, db_id: int, sql: str) -> None:
    db = _db(ctx, db_id)
    for statement in sqlite_sql.split(sql):
        before = db.connection.total_changes
        try:
            cursor = db.connection.execute(statement.text, (None,) * len(statement.names))
            for _row in cursor:   # run to the end, as sqlite3_exec does
                pass
        except Exception as exc:
            raise db.fail(exc, statement.text) from None
        db.count_changes(cursor, before)


def _is_transaction(ctx: Context, db_id: int) -> bool:
    return _db(ctx, db_id).connection.in_transaction


def _location(ctx: Context, db_id: int, name: str):
    db = _db(ctx, db_id)
    for _seq, db_name, file in db.connection.execute("PRAGMA database_list"):
        if db_name == name:
            return file or V.JSNull
    return V.JSNull


# -- statements ----------------------------------------------------------------------------------

def _prepare(ctx: Context, db_id: int, sql: str) -> list:
    """Compile the first statement of `sql` (without running it: EXPLAIN only compiles it), so
    that its errors surface now; returns [its text, the names of its parameters by index]."""
    db = _db(ctx, db_id)
    statement = sqlite_sql.first_statement(sql)
    if not statement.blank:
        if db.authorizer is not None:
            db.recording = []
        try:
            db.connection.execute("EXPLAIN " + statement.text, (None,) * len(statement.names)).close()
        except Exception as exc:
            raise db.fail(exc) from None
        finally:
            if db.recording is not None:
                db.replays[statement.text] = db.recording
                db.recording = None
    return [statement.text, [V.JSNull if name is None else name for name in statement.names]]


def _parameters(ctx: Context, values) -> list:
    """Bound values from JS as sqlite3 binds them: a JS number is a double even when it is whole,
    a BigInt an integer, a Uint8Array a blob."""
    return [float(v) if type(v) is int else int(v) if type(v) is BigInt
            else uint8_bytes(ctx, v) if type(v) is JSObject else v for v in values]


def _execute(db: _Database, sql: str, values):
    if db.replays:
        db.replaying = db.replays.pop(sql, None)
    try:
        return db.connection.execute(sql, values)
    except Exception as exc:
        raise db.fail(exc, sql) from None
    finally:
        db.replaying = None


def _out_of_range(value: int) -> NodeError:
    return NodeError("ERR_OUT_OF_RANGE", js_class="RangeError", native=True,
                     message=f"Value is too large to be represented as a JavaScript number: {value}")


def _row(row: tuple, big_ints: bool) -> tuple:
    """A row as JS gets it: integers as BigInts, or as numbers when they are safe ones."""
    if big_ints:
        return tuple(BigInt(v) if type(v) is int else v for v in row)
    for v in row:
        if type(v) is int and not -_MAX_SAFE <= v <= _MAX_SAFE and v != _INT64_MIN:
            raise _out_of_range(v)
    return row


_encode = None


def _crossing(result, big_ints: bool):
    """A result on its way to JS. Built there item by item, a row costs an engine call per value;
    as one JSON text it costs one JSON.parse (sqlite.js decodes a string result). Results with
    what JSON cannot carry (blobs, infinities, BigInts) go as they are."""
    global _encode
    if big_ints:
        return result
    if _encode is None:
        import json

        _encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False,
                                   separators=(",", ":")).encode
    try:
        return _encode(result)
    except (TypeError, ValueError):
        return result


def _names(cursor) -> list:
    return [column[0] for column in cursor.description] if cursor.description else []


def _run(ctx: Context, db_id: int, sql: str, big_ints: bool, *values) -> list:
    db = _db(ctx, db_id)
    connection = db.connection
    before = connection.total_changes
    cursor = _execute(db, sql, _parameters(ctx, values))
    try:
        for _row_ in cursor:
            pass
    except Exception as exc:
        raise db.fail(exc, sql) from None
    db.count_changes(cursor, before)
    changes = db.changes
    rowid = cursor.lastrowid or 0
    cursor.close()
    if big_ints:
        return [BigInt(rowid), BigInt(changes)]
    return f"[{rowid},{changes}]"   # JSON (see _crossing); node makes numbers of them, exact or not


def _fetch(ctx: Context, db_id: int, sql: str, values, fetch):
    """(cursor, what `fetch(cursor)` read); the statement is reset after."""
    db = _db(ctx, db_id)
    cursor = _execute(db, sql, _parameters(ctx, values))
    try:
        return cursor, fetch(cursor)
    except Exception as exc:
        raise db.fail(exc) from None
    finally:
        cursor.close()


def _get(ctx: Context, db_id: int, sql: str, big_ints: bool, *values):
    """[column names, first row] (see _crossing) or None when there is no row."""
    cursor, row = _fetch(ctx, db_id, sql, values, lambda cursor: cursor.fetchone())
    if row is None:
        return None
    return _crossing([_names(cursor), _row(row, big_ints)], big_ints)


def _all(ctx: Context, db_id: int, sql: str, big_ints: bool, *values) -> list:
    """[column names, rows]."""
    cursor, rows = _fetch(ctx, db_id, sql, values, lambda cursor: cursor.fetchall())
    return _crossing([_names(cursor), [_row(row, big_ints) for row in rows]], big_ints)


def _iterate(ctx: Context, db_id: int, sql: str, big_ints: bool, *values) -> list:
    """Start an execution that JS steps through: [its id, the column names, the first row]; at
    its end (no first row) the id is 0, as nothing is left open."""
    db = _db(ctx, db_id)
    cursor = _execute(db, sql, _parameters(ctx, values))
    names = _names(cursor)
    try:
        row = cursor.fetchone()
    except Exception as exc:
        cursor.close()
        raise db.fail(exc) from None
    if row is None:
        cursor.close()
        return [0, names, None]
    cursor_id = db.next_cursor
    db.next_cursor += 1
    db.cursors[cursor_id] = cursor
    return _crossing([cursor_id, names, _row(row, big_ints)], big_ints)


def _step(ctx: Context, db_id: int, cursor_id: int, big_ints: bool):
    """The next row of an iteration, or None at its end (which also closes it)."""
    db = _databases(ctx).get(db_id)
    cursor = db.cursors.get(cursor_id) if db is not None else None
    if cursor is None:
        return None
    try:
        row = cursor.fetchone()
    except Exception as exc:
        _end_iteration(ctx, db_id, cursor_id)
        raise db.fail(exc) from None
    if row is None:
        _end_iteration(ctx, db_id, cursor_id)
        return None
    return _crossing(_row(row, big_ints), big_ints)


def _end_iteration(ctx: Context, db_id: int, cursor_id: int) -> None:
    db = _databases(ctx).get(db_id)
    if db is not None:
        cursor = db.cursors.pop(cursor_id, None)
        if cursor is not None:
            cursor.close()


def _expand(ctx: Context, sql: str, *values) -> str:
    return sqlite_sql.expand(sqlite_sql.first_statement(sql), _parameters(ctx, values))


# -- user functions --------------------------------------------------------------------------------

def _js_argument(value, big_ints: bool):
    if value is None:
        return V.JSNull
    if type(value) is int:
        if big_ints:
            return BigInt(value)
        if not -_MAX_SAFE <= value <= _MAX_SAFE and value != _INT64_MIN:
            raise _out_of_range(value)
    return value


def _sql_result(ctx: Context, value):
    """What a JS callback returned (already checked by sqlite.js), as sqlite3 takes it."""
    if type(value) is int:
        return float(value)    # a JS number: node returns it as a double
    if isinstance(value, BigInt):
        return int(value)
    if isinstance(value, JSObject):
        return uint8_bytes(ctx, value)
    return value


def _guard(db: _Database, ctx: Context, call):
    """Run a JS callback for SQLite: what it throws is kept to be rethrown once SQLite has
    unwound (sqlite3 only reports that "a user-defined function raised an exception")."""
    try:
        return call()
    except BaseException as exc:
        if db.pending is None:
            db.pending = exc
        raise


def _function(ctx: Context, db_id: int, name: str, fn: JSObject, arity: int, deterministic: bool,
              big_ints: bool) -> None:
    db = _db(ctx, db_id)
    handle = fn.dup()
    db.handles.append(handle)

    def call_js(*args):
        return _guard(db, ctx, lambda: _sql_result(
            ctx, handle.call(*[_js_argument(a, big_ints) for a in args])))

    try:
        db.connection.create_function(name, arity, call_js, deterministic=deterministic)
    except Exception as exc:
        raise db.fail(exc) from None


def _aggregate(ctx: Context, db_id: int, name: str, arity: int, start: JSObject, step: JSObject,
               result: JSObject, inverse, deterministic: bool, big_ints: bool) -> None:
    """An aggregate (a window function when it has `inverse`). `start` is a JS function making
    the initial accumulator and `result` one turning it into the value (sqlite.js makes both
    from node's options and checks what they return)."""
    db = _db(ctx, db_id)
    start, step, result = start.dup(), step.dup(), result.dup()
    inverse = inverse.dup() if isinstance(inverse, JSObject) else None
    db.handles.extend(h for h in (start, step, result, inverse) if h is not None)

    class Aggregate:
        accumulator = None

        def __init__(self):
            self._set(_guard(db, ctx, start.call))

        def _set(self, value) -> None:
            old, self.accumulator = self.accumulator, value
            if isinstance(old, JSObject) and old.alive:
                old.free()

        def _fold(self, fn: JSObject, args) -> None:
            self._set(_guard(db, ctx, lambda: fn.call(
                self.accumulator, *[_js_argument(a, big_ints) for a in args])))

        def step(self, *args):
            self._fold(step, args)

        def inverse(self, *args):
            self._fold(inverse, args)

        def value(self):
            return _sql_result(ctx, _guard(db, ctx, lambda: result.call(self.accumulator)))

        def finalize(self):
            try:
                return self.value()
            finally:
                self._set(None)

    try:
        if inverse is not None:
            db.connection.create_window_function(name, arity, Aggregate)
        else:
            db.connection.create_aggregate(name, arity, Aggregate)
    except Exception as exc:
        raise db.fail(exc) from None


def _set_authorizer(ctx: Context, db_id: int, callback) -> None:
    """Install (or with None remove) the JS authorizer; sqlite.js checks what it returns."""
    db = _db(ctx, db_id)
    db.replays.clear()
    if callback is None:
        db.authorizer = None
        db.connection.set_authorizer(None)
        return
    handle = db.authorizer = callback.dup()
    db.handles.append(handle)

    def authorize(*args):
        replaying = db.replaying
        if replaying:
            asked, answer = replaying.pop(0)
            if asked == args:
                return answer
            replaying.clear()   # the statement compiles differently now: ask JS again
        answer = _guard(db, ctx, lambda: handle.call(*[V.JSNull if a is None else a for a in args]))
        if db.recording is not None:
            db.recording.append((args, answer))
        return answer

    db.connection.set_authorizer(authorize)


# -- backup ------------------------------------------------------------------------------------------

def _backup(ctx: Context, db_id: int, path: str, source: str, target: str, rate: int, progress) -> int:
    """Copy database `source` of the connection into database `target` of the file at `path`,
    `rate` pages a step, calling progress({totalPages, remainingPages}) between steps. Returns
    the number of pages copied."""
    import sqlite3

    db = _db(ctx, db_id)
    total = [0]

    def on_step(_status, remaining, count):
        total[0] = count
        if remaining and progress is not None:
            info = ctx.new_object({"totalPages": count, "remainingPages": remaining})
            try:
                progress.call(info)   # what it throws, sqlite3's backup() raises as it is
            finally:
                info.free()

    try:
        destination = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise sqlite_error(str(exc), getattr(exc, "sqlite_errorcode", None) or 14) from None
    try:
        if target != "main":
            raise sqlite_error("unknown database " + target, 1)
        db.connection.backup(destination, pages=rate, progress=on_step, name=source, sleep=0)
    except (JSError, NodeError):
        raise
    except Exception as exc:
        raise db.fail(exc) from None
    finally:
        destination.close()
    return total[0]


FUNCTIONS = {
    "sqliteOpen": _open,
    "sqliteSetDefensive": _set_defensive,
    "sqliteColumns": _columns,
    "sqliteSessionCreate": _session_create,
    "sqliteSessionChanges": _session_changes,
    "sqliteSessionClose": _session_close,
    "sqliteApplyChangeset": _apply_changeset,
    "sqliteClose": _close,
    "sqliteExec": _exec,
    "sqliteIsTransaction": _is_transaction,
    "sqliteLocation": _location,
    "sqlitePrepare": _prepare,
    "sqliteRun": _run,
    "sqliteGet": _get,
    "sqliteAll": _all,
    "sqliteIterate": _iterate,
    "sqliteStep": _step,
    "sqliteEndIteration": _end_iteration,
    "sqliteExpand": _expand,
    "sqliteFunction": _function,
    "sqliteAggregate": _aggregate,
    "sqliteSetAuthorizer": _set_authorizer,
    "sqliteBackup": _backup,
}
