"""`noderun --help`: node 24's --help text for the options noderun takes, laid out as node lays it out
(node's lib/internal/main/print_help.js: a first column of option names, descriptions folded to a
second column, both sized from the terminal's width; 70 columns when stdout is not a terminal)."""

from __future__ import annotations

import os
import re

# (option as node's help shows it, node 24's description), in node's order. A helper that makes
# noderun accept another of node's options adds its line here.
OPTIONS = [
    ("-", "script read from stdin (default if no file name is provided, interactive mode if a tty)"),
    ("--", "indicate the end of node options"),
    ("--abort-on-uncaught-exception", "aborting instead of exiting causes a core file to be generated for analysis"),
    ("--enable-source-maps", "Source Map V3 support for stack traces"),
    ("--env-file=...", "set environment variables from supplied file"),
    ("--env-file-if-exists=...", "set environment variables from supplied file"),
    ("-e, --eval=...", "evaluate script"),
    ("--experimental-vm-modules", "experimental ES Module support in vm module"),
    ("--expose-gc", "expose gc extension"),
    ("-h, --help", "print node command line options"),
    ("--import=...", "ES module to preload (option can be repeated)"),
    ("--input-type=...", "set module type for string input"),
    ("--no-deprecation", "silence deprecation warnings"),
    ("--no-experimental-require-module", "Allow loading synchronous ES Modules in require()."),
    ("--experimental-strip-types, --no-strip-types", "Type-stripping for TypeScript files."),
    ("--no-warnings", "silence all process warnings"),
    ("--pending-deprecation", "emit pending deprecation warnings"),
    ("--preserve-symlinks", "preserve symbolic links when resolving"),
    ("-p, --print [...]", "evaluate script and print result"),
    ("-r, --require=...", "CommonJS module to preload (option can be repeated)"),
    ("--run=...", "Run a script specified in package.json"),
    ("--trace-deprecation", "show stack traces on deprecations"),
    ("--trace-uncaught", "show stack traces for the `throw` behind uncaught exceptions"),
    ("--trace-warnings", "show stack traces on process warnings"),
    ("-v, --version", "print Node.js version"),
    ("--watch", "run in watch mode"),
    ("--watch-kill-signal=...", "kill signal to send to the process on watch mode restarts(default: SIGTERM)"),
    ("--watch-path=...", "path to watch"),
    ("--watch-preserve-output", "preserve outputs on watch mode restart"),
]

# The environment variables noderun reads, with node's descriptions.
ENVIRONMENT = [
    ("FORCE_COLOR", "when set to 'true', 1, 2, 3, or an empty string causes NO_COLOR and NODE_DISABLE_COLORS "
                    "to be ignored."),
    ("NODE_DEBUG", "','-separated list of core modules that should print debug information"),
    ("NODE_PATH", "':'-separated list of directories prefixed to the module search path"),
    ("TZ", "specify the timezone configuration"),
]

# V8's options are not node's: node never marks them "(currently set)".
_V8_OPTIONS = frozenset({"--expose-gc"})


def _fold(text: str, width: int) -> str:
    return re.sub(rf"([^\n]{{0,{width}}})( |$)", lambda m: m[1] + ("\n" if m[2] == " " else ""), text)


def _indent(text: str, depth: int) -> str:
    return re.sub(r"(?m)^", " " * depth, text)


def _format(entries, first_column: int, second_column: int) -> str:
    text = ""
    widest = 0
    for name, description in entries:
        text += name
        widest = max(widest, len(name))
        text += "\n" + " " * first_column if len(name) >= first_column else " " * (first_column - len(name))
        text += _indent(_fold(description, second_column), first_column).lstrip() + "\n"
    if widest < first_column - 4:   # more than 4 blank columns: narrow the first column
        return _format(entries, widest + 2, second_column)
    return text


# Flags that node shows under another of their names.
_ALIASES = {"-h": "--help", "--no-experimental-strip-types": "--no-strip-types"}


def _set_flags(argv: list[str]) -> set[str]:
    """The boolean options of the command line (before the script), which node marks as set."""
    found = {"--help"}
    for arg in argv:
        if arg == "--" or not arg.startswith("-"):
            break
        found.add(_ALIASES.get(arg, arg))
    if "--no-strip-types" in found:
        from .loader.typescript import disabled_by
        if not disabled_by(argv):
            found.discard("--no-strip-types")   # a later --strip-types undid it
    return found


def text(argv: list[str], columns: int | None = None) -> str:
    if columns is None:
        columns = os.get_terminal_size(1).columns if os.isatty(1) else 0
    width = max(70, columns * 0.75)
    first_column, second_column = int(width * 0.4), int(width * 0.57)
    set_flags = _set_flags(argv)
    options = []
    for name, description in OPTIONS:
        flag = name.split(", ")[-1]
        if flag in set_flags and flag not in _V8_OPTIONS:
            description += " (currently set)"
        options.append((name, description))
    return ("Usage: noderun [options] [ script.js ] [arguments]\n\n"
            "Options:\n"
            + _indent(_format(options, first_column, second_column), 2)
            + "\nEnvironment variables:\n"
            + _format(ENVIRONMENT, first_column, second_column)
            + "\nDocumentation can be found at https://nodejs.org/\n")
