"""SQL text as SQLite reads it, for what Python's sqlite3 module does not tell: where the first
statement ends, the name and index of each parameter, and the statement with its bound values
written in (sqlite3_expanded_sql).

The scanner follows SQLite's tokenizer (tokenize.c) only as far as these answers need: strings,
quoted identifiers and comments are skipped whole, so a `?` or `:x` inside them is no parameter.
Numbering is sqlite3ExprAssignVarNumber's: `?` takes the next index, `?NNN` index NNN, and a
named parameter (`:a`, `@a`, `$a`) the index of its first use or else the next one.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..loader.lazy_re import LazyPattern

_ID = r"[\w$\u0080-\U0010ffff]"
_TOKENS = LazyPattern(rf"""
    (?P<space>\s+)
  | (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<quoted>'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?)
  | (?P<numbered>\?[0-9]*)
  | (?P<named>[:@]{_ID}+|\$(?:{_ID}|::)+(?:\([^)]*\))?)
  | (?P<word>[\w\u0080-\U0010ffff]{_ID}*)
  | (?P<semicolon>;)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


class Statement:
    """The first statement of a piece of SQL: its text, its parameters (names[i] is the name of
    index i + 1, None for an anonymous `?`), and where in the text each parameter stands."""

    __slots__ = ("text", "names", "spans", "blank")

    def __init__(self, text: str, names: list, spans: list, blank: bool):
        self.text = text
        self.names = names
        self.spans = spans      # (start, end, index) of every parameter token
        self.blank = blank      # only spaces and comments: SQLite prepares no statement


@lru_cache(maxsize=256)
def first_statement(sql: str) -> Statement:
    import sqlite3   # complete_statement knows where CREATE TRIGGER ... END ends

    names: list = []
    spans = []
    by_name: dict[str, int] = {}
    blank = True
    end = len(sql)
    for match in _TOKENS.finditer(sql):
        kind = match.lastgroup
        if kind == "semicolon":
            if sqlite3.complete_statement(sql[:match.end()]):
                end = match.end()
                break
            continue
        if kind == "space" or kind == "comment":
            continue
        blank = False
        token = match.group()
        if kind == "numbered":
            if len(token) == 1:
                names.append(None)
                index = len(names)
            else:
                index = int(token[1:])
                if index > len(names):
                    names.extend([None] * (index - len(names)))
                if names[index - 1] is None:
                    names[index - 1] = token
                    by_name.setdefault(token, index)
        elif kind == "named":
            index = by_name.get(token)
            if index is None:
                names.append(token)
                index = by_name[token] = len(names)
        else:
            continue
        spans.append((match.start(), match.end(), index))
    return Statement(sql[:end], names, spans, blank)


def split(sql: str) -> list[Statement]:
    """Every statement of a script, in order (what sqlite3_exec runs one by one)."""
    statements = []
    while sql:
        statement = first_statement(sql)
        if not statement.blank:
            statements.append(statement)
        sql = sql[len(statement.text):]
    return statements


def expand(statement: Statement, values) -> str:
    """The statement's text with each parameter replaced by its bound value as an SQL literal."""
    out = []
    position = 0
    text = statement.text
    for start, end, index in statement.spans:
        out.append(text[position:start])
        out.append(literal(values[index - 1] if index <= len(values) else None))
        position = end
    out.append(text[position:])
    return "".join(out)


def literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return "x'" + value.hex() + "'"
    if isinstance(value, float):
        return _real(value)
    return str(value)


def _real(value: float) -> str:
    """printf's %!.15g as SQLite writes it: always with a decimal point."""
    if value == 0:
        return "0.0"   # -0.0 too
    if value != value:
        return "NULL"  # SQLite binds NaN as NULL
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    text = "%.15g" % value
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        return f"{mantissa}e{exponent}"
    return text if "." in text else text + ".0"
