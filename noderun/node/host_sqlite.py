"""The door of node:sqlite's host functions: their names, and each a function that imports the
implementation (sqlite_db.py, and Python's sqlite3 with it) on first use, so that a program that
never loads node:sqlite pays nothing for it at start-up."""

from __future__ import annotations

import sys

from ..engine.runtime import Context


def _lazy(name: str):
    def call(ctx: Context, *args):
        from . import sqlite_db

        return sqlite_db.FUNCTIONS[name](ctx, *args)

    call.__name__ = name
    return call


_NAMES = (
    "sqliteOpen",
    "sqliteSetDefensive",
    "sqliteColumns",
    "sqliteSessionCreate",
    "sqliteSessionChanges",
    "sqliteSessionClose",
    "sqliteApplyChangeset",
    "sqliteClose",
    "sqliteExec",
    "sqliteIsTransaction",
    "sqliteLocation",
    "sqlitePrepare",
    "sqliteRun",
    "sqliteGet",
    "sqliteAll",
    "sqliteIterate",
    "sqliteStep",
    "sqliteEndIteration",
    "sqliteExpand",
    "sqliteFunction",
    "sqliteAggregate",
    "sqliteSetAuthorizer",
    "sqliteBackup",
)

FUNCTIONS = {name: _lazy(name) for name in _NAMES}


def close_thread(ctx: Context) -> None:
    """At the end of a thread: its databases close, and what they left uncommitted rolls back (as
    node closes a worker's), so that their files are not locked until Python collects them."""
    sqlite_db = sys.modules.get(__package__ + ".sqlite_db")
    if sqlite_db is not None:   # (never loaded: this thread opened none)
        sqlite_db.close_thread(ctx)
