"""LoopHooks for host-layer tests that run an EventLoop with no JS: no timers, nothing to drain,
and an exception that escapes a callback fails the test."""

from __future__ import annotations

from noderun.host.loop import LoopHooks


class NoJSHooks(LoopHooks):
    def process_timers(self, now_ms):
        return 0

    def drain(self):
        pass

    def before_exit(self):
        pass

    def on_uncaught(self, exc):
        raise exc
