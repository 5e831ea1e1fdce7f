"""`noderun --run <script>`: node's task runner (node's src/node_task_runner.cc, redone in Python).

Finds the nearest package.json from the working directory up, runs its `scripts[name]` with
`/bin/sh -c` in that file's directory, with every existing `node_modules/.bin` from the working
directory up to (not including) the root put before PATH, and NODE_RUN_SCRIPT_NAME /
NODE_RUN_PACKAGE_JSON_PATH set. Arguments after `--` are appended, shell-escaped as node escapes
them. Exit code: 1 when the script exits non-zero (or cannot be found), else 0, as in node.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

EXIT_FAILURE = 1
SHELL = "/bin/sh"

# an argument with none of these characters is passed as it is
_SHELL_SPECIAL = re.compile(r"[\t\n\r \"#$&'()*;<>?\\`|~\[\]]")


def escape_shell(arg: str) -> str:
    """node's EscapeShell: wrap in single quotes, a quote inside becoming \\' (which, as in node,
    a POSIX shell does not read back as a quote inside single quotes)."""
    if not arg:
        return "''"
    if not _SHELL_SPECIAL.search(arg):
        return arg
    escaped = "'" + arg.replace("'", "\\'") + "'"
    escaped = re.sub(r"^(?:'')+(?!$)", "", escaped)
    return escaped.replace("\\'''", "\\'")


def find_package_json(cwd: str) -> tuple[str, bytes, str] | None:
    """(package.json path, its bytes, the PATH prefix of node_modules/.bin folders), or None."""
    path_prefix = ""
    found: tuple[str, bytes] | None = None
    directory = cwd
    while directory != os.path.dirname(directory):   # up to, not including, the root
        bin_dir = os.path.join(directory, "node_modules", ".bin")
        if os.path.isdir(bin_dir):
            path_prefix += bin_dir + os.pathsep
        if found is None:
            candidate = os.path.join(directory, "package.json")
            try:
                with open(candidate, "rb") as file:
                    content = file.read()
            except OSError:
                content = b""
            if content:
                found = (candidate, content)
        directory = os.path.dirname(directory)
    if found is None:
        return None
    return found[0], found[1], path_prefix


def _positional_args(argv: list[str]) -> list[str]:
    return argv[argv.index("--") + 1:] if "--" in argv else []


def run(name: str, argv: list[str]) -> int:
    """Run package.json script `name`; `argv` is noderun's whole command line (for what follows `--`)."""
    cwd = os.getcwd()
    found = find_package_json(cwd)
    if found is None:
        return _error(f"Can't find package.json for directory {cwd}\n")
    path, content, path_prefix = found
    try:
        package = json.loads(content)
    except ValueError:
        return _error(f"Can't parse {path}\n")
    if not isinstance(package, dict):
        return _error(f"Root value unexpected not an object for {path}\n\n")
    scripts = package.get("scripts")
    if not isinstance(scripts, dict):
        return _error(f'Can\'t find "scripts" field in {path}\n')
    command = scripts.get(name)
    if command is None:
        listing = "".join(f"  {key}: {value}\n" for key, value in scripts.items() if isinstance(value, str))
        return _error(f'Missing script: "{name}" for {path}\n\nAvailable scripts are:\n{listing}')
    if not isinstance(command, str):
        return _error(f'Script "{name}" is unexpectedly not a string for {path}\n\n')
    for arg in _positional_args(argv):
        command += " " + escape_shell(arg)
    env = dict(os.environ)
    if "PATH" in env:
        env["PATH"] = path_prefix + env["PATH"]
    env["NODE_RUN_SCRIPT_NAME"] = name
    env["NODE_RUN_PACKAGE_JSON_PATH"] = path
    try:
        status = subprocess.run([SHELL, "-c", command], cwd=os.path.dirname(path), env=env).returncode
    except OSError as exc:
        return _error(f"Error: {exc.strerror}\n")
    return EXIT_FAILURE if status > 0 else 0


def _error(message: str) -> int:
    sys.stderr.write(message)
    return EXIT_FAILURE
