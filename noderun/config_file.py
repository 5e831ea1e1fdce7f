"""node 24's configuration file (`--experimental-config-file=<path>`, or `node.config.json` in the
current directory with `--experimental-default-config-file`): a JSON object whose `nodeOptions`
and `testRunner` objects hold options by name without their dashes ("test-reporter": "tap"). They
become command-line words put before NODE_OPTIONS' and the command line's, so that those win for an
option taking one value and add to the list for one taking several, as in node. A leaf imported
only when such a flag is given.

What noderun takes: the test runner's options (node 24.12.0's `testRunner` namespace, also allowed
in `nodeOptions`) and, in `nodeOptions`, `require` / `import`. Another option node allows there is
refused with a message saying noderun does not take it from a configuration file yet; a name node
does not know gets node's error."""

from __future__ import annotations

import json
import os

DEFAULT_NAME = "node.config.json"
CONFIG_FLAG = "--experimental-config-file"
DEFAULT_FLAG = "--experimental-default-config-file"

# the test runner's options by the JSON type node 24.12.0 takes for each ("strings": a string or
# an array of strings, the option given once for each)
_BOOLEAN, _STRING, _NUMBER, _STRINGS = "boolean", "string", "number", "strings"
TEST_RUNNER_OPTIONS = {
    "test-concurrency": _NUMBER, "test-timeout": _NUMBER,
    "test-name-pattern": _STRINGS, "test-skip-pattern": _STRINGS,
    "test-reporter": _STRINGS, "test-reporter-destination": _STRINGS,
    "test-force-exit": _BOOLEAN, "test-only": _BOOLEAN, "test-update-snapshots": _BOOLEAN,
    "experimental-test-module-mocks": _BOOLEAN,
    "test-isolation": _STRING, "test-rerun-failures": _STRING, "test-shard": _STRING,
}
NODE_OPTIONS = {**TEST_RUNNER_OPTIONS, "require": _STRINGS, "import": _STRINGS}
_NAMESPACES = {"nodeOptions": NODE_OPTIONS, "testRunner": TEST_RUNNER_OPTIONS}
# options node 24.12.0 takes in a configuration file that noderun does not (yet)
_NOT_TAKEN = frozenset({
    "test-coverage-branches", "test-coverage-functions", "test-coverage-lines", "test-coverage-exclude",
    "test-coverage-include", "experimental-test-coverage", "test-global-setup",
})
_NOT_TAKEN_IN_NODE_OPTIONS = frozenset({
    "inspect", "inspect-port", "inspect-brk", "max-http-header-size", "warnings", "experimental-transform-types",
    "network-family-autoselection-attempt-timeout", "tls-cipher-list", "tls-keylog", "enable-source-maps",
    "deprecation", "trace-warnings", "trace-uncaught", "trace-deprecation", "pending-deprecation",
    "experimental-strip-types", "strip-types", "input-type", "max-old-space-size", "stack-size",
    "experimental-vm-modules", "expose-gc", "experimental-require-module", "experimental-detect-module",
    "preserve-symlinks", "experimental-sqlite", "experimental-websocket", "watch-path", "watch-preserve-output",
})
# flags node takes and ignores: it refuses them in a configuration file
_NO_OP = frozenset({"experimental-test-snapshots", "http-parser"})


class ConfigError(Exception):
    """What node prints (its lines, without the program's name) for a file it cannot use."""

    def __init__(self, *lines: str):
        super().__init__("\n".join(lines))
        self.lines = lines


class _MiscountedWords(ConfigError):
    """(node says this one without naming the file)"""


class _Pairs(list):
    """A JSON object's (name, value) pairs, in order."""


def requested(exec_argv: list[str]) -> str | None:
    """The configuration file the options name (the last one given), or None."""
    path = None
    words = iter(exec_argv)
    for word in words:
        if word == DEFAULT_FLAG:
            path = path or DEFAULT_NAME   # (an --experimental-config-file overrides it)
        elif word == CONFIG_FLAG:
            path = next(words, DEFAULT_NAME)
        elif word.startswith(CONFIG_FLAG + "="):
            path = word[len(CONFIG_FLAG) + 1:]
    return path


def options_from(path: str) -> list[str]:
    """The command-line words the file at `path` holds; raises ConfigError."""
    try:
        with open(path, "rb") as file:
            text = file.read()
    except FileNotFoundError:
        raise ConfigError(f"Cannot read configuration from {path}: no such file or directory",
                          f"{path}: not found") from None
    except PermissionError:
        raise ConfigError(f"Cannot read configuration from {path}: permission denied",
                          f"{path}: not found") from None
    try:
        root = json.loads(text, object_pairs_hook=_Pairs)   # (pairs: a name given twice is seen)
    except ValueError:
        raise ConfigError(f"Can't parse {path}", f"{path}: invalid content") from None
    if not isinstance(root, _Pairs):
        raise ConfigError(f"Root value unexpected not an object for {path}\n", f"{path}: invalid content")
    words: list[str] = []
    seen: set[str] = set()
    for namespace, entries in root:
        allowed = _NAMESPACES.get(namespace)
        if allowed is None:   # (node skips what it does not know, "$schema" included)
            continue
        if not isinstance(entries, _Pairs):
            raise ConfigError(f'"{namespace}" value unexpected for {path} (should be an object)',
                              f"{path}: invalid content")
        for name, value in entries:
            try:
                words += _words(namespace, allowed, name, value, seen)
            except _MiscountedWords:
                raise
            except ConfigError as error:
                raise ConfigError(*error.lines, f"{path}: invalid content") from None
    return words


def _words(namespace: str, allowed: dict, name: str, value, seen: set) -> list[str]:
    flag = f"--{name}"
    if name in _NO_OP:
        raise ConfigError(f"No-op flag {flag} is currently not supported")
    kind = allowed.get(name)
    if kind is None:
        if name in _NOT_TAKEN or (namespace == "nodeOptions" and name in _NOT_TAKEN_IN_NODE_OPTIONS):
            raise ConfigError(f"noderun does not take {flag} from a configuration file yet")
        raise ConfigError(f"Unknown or not allowed option {name} for namespace {namespace}")
    if flag in seen:
        raise ConfigError(f"Option {flag} is already defined")
    seen.add(flag)
    invalid = ConfigError(f"Invalid value for {flag}")
    if kind == _BOOLEAN:
        if not isinstance(value, bool):
            raise invalid
        return [flag] if value else []
    if kind == _NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) or value < 0:
            raise invalid
        return [f"{flag}={int(value)}"]
    values = value if kind == _STRINGS and isinstance(value, list) else [value]
    if not all(isinstance(item, str) for item in values):
        raise invalid
    if namespace == "nodeOptions" and any(" " in item for item in values):
        # (node puts nodeOptions through NODE_OPTIONS' parser: a space would add a word)
        raise _MiscountedWords("The number of NODE_OPTIONS doesn't match the number of flags in the config file")
    return [f"{flag}={item}" for item in values]


def load(exec_argv: list[str]) -> list[str]:
    """The words of the configuration file the options name ([] when none is named)."""
    path = requested(exec_argv)
    return [] if path is None else options_from(os.fspath(path))
