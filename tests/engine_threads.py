"""For engine-layer tests: run a function the way a worker runs JS, on a thread of its own with
its own runtime and context."""

from __future__ import annotations

import threading

from noderun.engine.runtime import Context, Runtime


def on_own_thread(fn):
    """fn(context) on a new thread with a runtime and context of its own, both freed after it
    returns; what it returned (what it raised is raised here)."""
    outcome = {}

    def body():
        runtime = Runtime()
        context = Context(runtime)
        try:
            outcome["value"] = fn(context)
        except BaseException as error:   # (re-raised on the caller's thread)
            outcome["error"] = error
        finally:
            context.free()
            runtime.free()

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
