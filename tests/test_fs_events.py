"""noderun.host.fs_events.FSEventHandle on its own: inotify events through a loop's selector.

Each loop runs on its own thread, joined with a generous timeout, so a watcher that never sees its
event fails the test instead of hanging the suite. The file changes are made before the loop runs:
inotify queues their events until the loop reads them. Nothing here asserts on durations.
"""

from __future__ import annotations

import os
import threading

import pytest

from noderun.host.fs_events import CHANGE, RENAME, FSEventHandle
from noderun.host.loop import EventLoop, LoopHooks

JOIN_TIMEOUT = 10


class Hooks(LoopHooks):
    def __init__(self) -> None:
        self.uncaught: list[BaseException] = []

    def process_timers(self, now_ms):
        return 0

    def process_immediates(self):
        pass

    def drain(self):
        pass

    def before_exit(self):
        pass

    def on_uncaught(self, exc):
        self.uncaught.append(exc)

    def at_exit(self):
        pass


def run(loop: EventLoop, hooks: Hooks) -> None:
    thread = threading.Thread(target=loop.run, args=(hooks,))
    thread.start()
    thread.join(JOIN_TIMEOUT)
    assert not thread.is_alive(), "the loop did not end"
    assert hooks.uncaught == []


def watch_until(loop, path, recursive, expected, changes):
    """Watch `path`, make `changes`, and run the loop until every (name, kind) of `expected` came."""
    seen = []
    handle = FSEventHandle(loop)

    def on_event(name, kind):
        seen.append((name, kind))
        if expected <= set(seen):
            handle.close()

    handle.start(str(path), recursive, on_event)
    changes()
    run(loop, Hooks())
    return seen, handle


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_directory_events_name_the_entry(tmp_path):
    loop = EventLoop()

    def changes():
        (tmp_path / "new.txt").write_text("x")
        (tmp_path / "new.txt").rename(tmp_path / "moved.txt")

    seen, handle = watch_until(loop, tmp_path, False, {(b"new.txt", RENAME), (b"new.txt", CHANGE),
                                                       (b"moved.txt", RENAME)}, changes)
    assert seen[0] == (b"new.txt", RENAME)   # created before it was written
    assert handle.closed
    loop.close()


def test_a_watched_file_reports_its_own_name(tmp_path):
    target = tmp_path / "file"
    target.write_text("a")
    loop = EventLoop()
    seen, _ = watch_until(loop, target, False, {(b"file", CHANGE)}, lambda: target.write_text("b"))
    assert set(seen) == {(b"file", CHANGE)}
    loop.close()


def test_recursive_watches_directories_made_later(tmp_path):
    loop = EventLoop()

    def changes():
        (tmp_path / "sub").mkdir()
        (tmp_path / "sub" / "deep.txt").write_text("deep")   # maybe before the sub watch exists

    seen, _ = watch_until(loop, tmp_path, True, {(b"sub", RENAME), (b"sub/deep.txt", RENAME)}, changes)
    assert seen[0] == (b"sub", RENAME)
    loop.close()


def test_recursive_does_not_follow_symbolic_links(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "watched").mkdir()
    (tmp_path / "watched" / "link").symlink_to(tmp_path / "real")
    loop = EventLoop()

    def changes():
        (tmp_path / "real" / "outside.txt").write_text("not seen")
        (tmp_path / "watched" / "inside.txt").write_text("seen")

    seen, _ = watch_until(loop, tmp_path / "watched", True, {(b"inside.txt", RENAME)}, changes)
    assert all(not name.startswith(b"link/") for name, _ in seen)
    loop.close()


def test_missing_path_raises_and_leaves_nothing_open(tmp_path):
    loop = EventLoop()
    before = open_descriptors()
    with pytest.raises(FileNotFoundError):
        FSEventHandle(loop).start(str(tmp_path / "missing"), False, lambda name, kind: None)
    assert open_descriptors() == before
    run(loop, Hooks())   # nothing keeps it alive
    loop.close()


def test_an_unrefd_watcher_does_not_keep_the_loop_alive(tmp_path):
    loop = EventLoop()
    handle = FSEventHandle(loop)
    handle.start(str(tmp_path), False, lambda name, kind: None)
    handle.unref()
    assert not handle.has_ref()
    run(loop, Hooks())
    handle.close()
    loop.close()


def test_many_watchers_share_one_descriptor_and_release_it(tmp_path):
    loop = EventLoop()
    before = open_descriptors()
    handles = []
    for index in range(200):
        directory = tmp_path / f"d{index % 20}"   # twenty directories, ten watchers each
        directory.mkdir(exist_ok=True)
        handle = FSEventHandle(loop)
        handle.start(str(directory), index % 3 == 0, lambda name, kind: None)
        handles.append(handle)
    assert open_descriptors() == before + 1
    for handle in handles:
        handle.close()
    assert open_descriptors() == before
    loop.close()


def test_closing_one_of_two_watchers_of_a_directory_keeps_the_other(tmp_path):
    loop = EventLoop()
    first = FSEventHandle(loop)
    first_seen = []
    first.start(str(tmp_path), False, lambda name, kind: first_seen.append(name))

    def changes():
        first.close()   # the directory's inotify watch is shared: it must stay for the second
        (tmp_path / "after").write_text("")

    seen, _ = watch_until(loop, tmp_path, False, {(b"after", RENAME)}, changes)
    assert (b"after", RENAME) in seen
    assert first_seen == []
    loop.close()
