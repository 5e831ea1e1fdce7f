"""--experimental-test-coverage in the loaders: which files are instrumented
(coverage_instrument.py) as the CommonJS and ES module loaders read them, and what is kept of each
(its plan, and where its counters moved the columns of stack frames).

Only the main thread of a process that runs tests counts: not worker threads, and not the runner
of `--test` (its files' processes count for it) unless it runs them itself (--test-isolation=none)."""

from __future__ import annotations

import os

_files: list = []          # by file id: (path, plan)
_by_path: dict = {}        # path -> file id
_shifts: dict = {}         # the engine's name of a file -> {line: [[column, length], ...]}
_missing_parser = False    # tree-sitter's JavaScript grammar is not installed


def enabled(realm) -> bool:
    options = realm.options
    if not options.is_main_thread:
        return False
    words = options.config_argv + options.exec_argv
    if "--experimental-test-coverage" not in words:
        return False
    if "--test" in options.exec_argv:
        pairs = zip(words, words[1:])
        return "--test-isolation=none" in words or ("--test-isolation", "none") in pairs
    return True


def instrument(realm, name: str, path: str, source: str) -> str:
    """`source` with counters, when coverage is on for this process and the file is counted
    (node_modules' files are not)."""
    if not enabled(realm) or f"{os.sep}node_modules{os.sep}" in path:
        return source
    global _missing_parser
    if _missing_parser:
        return source
    from .coverage_instrument import instrument as rewrite
    file_id = _by_path.get(path, len(_files))
    try:
        done = rewrite(source, file_id)
    except ImportError as missing:   # (a dependency of noderun's; said once, and nothing counted)
        _missing_parser = True
        import sys
        sys.stderr.write(f"noderun: coverage could not be collected: {missing}\n")
        return source
    if done is None:
        return source
    text, plan, shifts = done
    if file_id == len(_files):
        _files.append((path, plan))
        _by_path[path] = file_id
    _shifts[name] = shifts
    return text


def original_column(name: str, line: int, column: int) -> int:
    """A stack frame's column (1-based) in the file as written."""
    shifts = _shifts.get(name, {}).get(line)
    if not shifts:
        return column
    at = column - 1
    moved = 0
    for start, length in shifts:
        if start + length <= at:
            moved += length
        elif start <= at:
            moved += at - start
    return column - moved


def path_of(file_id: int) -> str | None:
    return _files[file_id][0] if 0 <= file_id < len(_files) else None


def plan_of(path: str):
    """(source, plan) of a file: this process's, or (the runner of `--test`, which gets its files'
    counts) the file read and analysed again, as its process did."""
    file_id = _by_path.get(path)
    if file_id is not None:
        plan = _files[file_id][1]
        return plan.source, plan
    from . import typescript
    from .coverage_instrument import analyze
    try:
        with open(path, encoding="utf-8") as file:
            source = file.read()
    except OSError:
        return None
    if typescript.is_typescript(path):
        source = typescript.strip(source, path)
    if source.startswith("#!"):
        source = "//" + source[2:]
    found = analyze(source)
    return None if found is None else (source, found[0])
