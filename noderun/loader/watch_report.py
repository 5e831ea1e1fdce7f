"""--watch: a run under the watch supervisor (noderun/watch.py) or the test runner's watch mode
(internal/test_runner/watch.js) reports each file the loader reads (the modules it requires and
imports) on the descriptor NODERUN_WATCH_FD names, one path a line, as node's child reports its
modules to the parent over IPC. The variable is taken out of the environment at once, so the
program's own child processes do not write their files to a descriptor of theirs that happens to
have that number. Without that variable this is a no-op."""

from __future__ import annotations

import os

_fd: int | None = None
_reported: set[str] = set()
_enabled = "NODERUN_WATCH_FD" in os.environ
if _enabled:
    _fd = int(os.environ.pop("NODERUN_WATCH_FD"))


def loaded(path: str) -> None:
    global _enabled
    if not _enabled or path in _reported:
        return
    _reported.add(path)
    try:
        os.write(_fd, os.fsencode(os.path.abspath(path)) + b"\n")   # one write under PIPE_BUF: atomic
    except OSError:   # the supervisor is gone: stop reporting
        _enabled = False
