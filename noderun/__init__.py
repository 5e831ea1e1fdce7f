"""noderun: run Node.js programs, multi-threaded ones above all, on QuickJS-ng embedded in Python."""

import sys as _sys

# `_signal`, the C module under `signal`: `signal` itself turns its constants into enums at import,
# which imports enum, functools and collections (3 ms of every start); ints serve as well here.
import _signal


def _die_of_signal(signum, frame) -> None:
    """SIGINT's handler until JS listeners may take it (host_process.install_signal_forwarding):
    the signal's default action, as node's. A Python handler rather than SIG_DFL itself, so that a
    SIGINT that came while Python's own handler was in place dies here too, instead of being
    "ignored due to race condition" (or raised as a KeyboardInterrupt that CPython may ignore)."""
    import os
    _signal.signal(signum, _signal.SIG_DFL)
    os.kill(os.getpid(), signum)


if _sys.argv and (_sys.argv[0] == "-m" or _sys.argv[0].endswith("/noderun")):
    # Started as the noderun command (`python -m noderun`, or the `noderun` script): SIGINT ends the
    # process from here on, before anything else is imported. A library user's handler is left alone.
    _signal.signal(_signal.SIGINT, _die_of_signal)

from . import _finder  # noqa: E402 - after SIGINT's handler: the interpreter's window stays short

_finder.install()   # noderun's own modules load by a shorter way (see _finder.py)

__version__ = "0.1.0"
NODE_VERSION = "v24.12.0"   # the node release whose behaviour noderun follows


def run_file(path: str, args: list[str] | None = None) -> int:
    """Run a script as `noderun path args...` would, in this process; returns its exit code."""
    from .node.bootstrap.main import RunOptions, run_main
    return run_main(RunOptions(script=path, args=list(args or [])))


__all__ = ["__version__", "NODE_VERSION", "run_file"]
