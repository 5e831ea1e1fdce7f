"""noderun: run Node.js programs, multi-threaded ones above all, on QuickJS-ng embedded in Python."""

__version__ = "0.1.0"
NODE_VERSION = "v24.12.0"   # the node release whose behaviour noderun follows


def run_file(path: str, args: list[str] | None = None) -> int:
    """Run a script as `noderun path args...` would, in this process; returns its exit code."""
    from .node.bootstrap.main import RunOptions, run_main
    return run_main(RunOptions(script=path, args=list(args or [])))


__all__ = ["__version__", "NODE_VERSION", "run_file"]
