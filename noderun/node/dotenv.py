"""node's .env format: the one parser behind `--env-file` / `--env-file-if-exists`,
`process.loadEnvFile()` and `util.parseEnv()` (node's src/node_dotenv.cc, redone in Python).

The format, line by line: `KEY=value`, an optional `export ` before the key, `#` comments (whole
lines, and after an unquoted value), values in '...', "..." or `...` quotes that may span lines
(inside double quotes `\\n` becomes a newline), a quote left unclosed is kept with the rest of its
line. Keys come out sorted (node keeps them in a std::map), and a later duplicate wins.
"""

from __future__ import annotations

import os
import sys

from ..engine.runtime import Context
from ..errors import NodeError

_BLANK = " \t\n"
_QUOTES = "'\"`"


def parse(text: str) -> dict[str, str]:
    """KEY -> value for the .env text, keys in node's (byte) order."""
    store: dict[str, str] = {}
    rest = text.replace("\r", "").strip(_BLANK)
    while rest:
        if rest[0] in "\n#":   # a blank line or a comment
            rest = _after_line(rest, 0)
            continue
        equals = _find_first(rest, "=\n")
        if equals < 0:
            break
        if rest[equals] == "\n":   # a line without '='
            rest = rest[equals + 1:].strip(_BLANK)
            continue
        key = rest[:equals].strip(_BLANK)
        rest = rest[equals + 1:]
        if not rest or rest[0] == "\n":   # `KEY=` is an empty value
            store[key] = ""
            continue
        rest = rest.strip(_BLANK)
        if not key:
            continue
        if key.startswith("export "):
            key = key[7:].strip(_BLANK)
        if not rest:
            store[key] = ""
            break
        value, rest = _value(rest)
        store[key] = value
        rest = rest.strip(_BLANK)
    return dict(sorted(store.items()))


def _find_first(text: str, chars: str) -> int:
    found = [i for i in (text.find(c) for c in chars) if i >= 0]
    return min(found) if found else -1


def _after_line(text: str, start: int) -> str:
    newline = text.find("\n", start)
    return "" if newline < 0 else text[newline + 1:]


def _value(rest: str) -> tuple[str, str]:
    """The value at the start of `rest` (which starts with no blank) and what follows its line."""
    quote = rest[0]
    if quote in _QUOTES:
        closing = rest.find(quote, 1)
        if closing >= 0:
            value = rest[1:closing]
            if quote == '"':
                value = value.replace("\\n", "\n")
            return value, _after_line(rest, closing + 1)
        newline = rest.find("\n")   # unclosed: the rest of the line, quote included
        return (rest, "") if newline < 0 else (rest[:newline], rest[newline + 1:])
    newline = rest.find("\n")
    line = rest if newline < 0 else rest[:newline]
    hash_at = line.find("#")
    if hash_at >= 0:
        line = line[:hash_at]
    return line.strip(_BLANK), ("" if newline < 0 else rest[newline + 1:])


def read(path: str) -> dict[str, str]:
    """The parsed file; OSError from opening it, IsADirectoryError & co. from reading it."""
    with open(path, "rb") as file:
        data = file.read()
    return parse(data.decode("utf-8", errors="replace"))


# -- the command line: --env-file / --env-file-if-exists ---------------------------------------------

def files_from_args(argv: list[str]) -> list[tuple[str, bool]]:
    """(path, optional) of every env-file flag, as node finds them: anywhere in argv up to `--`
    (after the script name too), `--flag=path` or `--flag path`."""
    found = []
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        for flag, optional in (("--env-file", False), ("--env-file-if-exists", True)):
            if arg == flag:
                if i + 1 < len(argv):
                    found.append((argv[i + 1], optional))
            elif arg.startswith(flag + "="):
                found.append((arg[len(flag) + 1:], optional))
    return found


def load_files(files: list[tuple[str, bool]], environ=os.environ) -> bool:
    """Set the variables of the files that the environment does not already have (a later file
    wins over an earlier one). Reports a missing or unreadable file on stderr as node does;
    False when one of them was required (node then exits with 9)."""
    merged: dict[str, str] = {}
    ok = True
    for path, optional in files:
        try:
            merged.update(read(path))
        except FileNotFoundError:
            if optional:
                sys.stderr.write(f"{path} not found. Continuing without it.\n")
            else:
                sys.stderr.write(f"noderun: {path}: not found\n")
                ok = False
        except OSError as exc:
            if isinstance(exc, IsADirectoryError) or exc.filename is None:
                sys.stderr.write(f"noderun: {path}: invalid format\n")
            else:
                sys.stderr.write(f"noderun: {path}: not found\n")
            ok = False
    if ok:
        for key, value in merged.items():
            environ.setdefault(key, value)
    return ok


# -- host functions: util.parseEnv, process.loadEnvFile ----------------------------------------------

def _parse_env(ctx: Context, text: str) -> list:
    return [list(item) for item in parse(text).items()]


def _read_env_file(ctx: Context, path: str) -> list:
    from .host_fs import uv_error

    try:
        return [list(item) for item in read(path).items()]
    except OSError as exc:
        # node opens a directory fine and fails to read it: invalid content
        if exc.filename is not None and not isinstance(exc, IsADirectoryError):
            raise uv_error(exc, "open", path) from None
        raise NodeError("ERR_INVALID_ARG_TYPE", f"Contents of '{path}' should be a valid string.") from None


FUNCTIONS = {
    "parseEnv": _parse_env,
    "readEnvFile": _read_env_file,
}
