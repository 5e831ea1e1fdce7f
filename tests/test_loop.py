"""noderun.host.loop.EventLoop on its own, driven by a plain-Python LoopHooks.

Every loop runs on its own thread and is joined with a generous timeout, so a loop that never
ends fails the test instead of hanging the suite. Nothing here asserts on durations.
"""

from __future__ import annotations

import os
import threading

import pytest

from noderun.host.loop import READABLE, EventLoop, Handle

JOIN_TIMEOUT = 10


class Hooks:
    """Records every hook call in `log`; behaviour is plugged in through attributes."""

    def __init__(self, loop: EventLoop):
        self.loop = loop
        self.log: list = []
        self.uncaught: list[BaseException] = []
        self.threads: set[int] = set()
        self.timers_result = 0          # what process_timers returns (next expiry)
        self.on_timers = None           # extra work inside process_timers(now_ms)
        self.on_immediates = None
        self.on_before_exit = None

    def _note(self, entry):
        self.threads.add(threading.get_ident())
        self.log.append(entry)

    def process_timers(self, now_ms):
        self._note(("timers", now_ms))
        if self.on_timers is not None:
            self.on_timers(now_ms)
        return self.timers_result

    def process_immediates(self):
        self._note("immediates")
        if self.on_immediates is not None:
            self.on_immediates()
        else:
            self.loop.set_immediates(False, False)

    def drain(self):
        self._note("drain")

    def before_exit(self):
        self._note("before_exit")
        if self.on_before_exit is not None:
            self.on_before_exit()

    def on_uncaught(self, exc):
        self._note(("uncaught", type(exc).__name__))
        self.uncaught.append(exc)

    def at_exit(self):
        self._note("at_exit")

    def names(self):
        return [e[0] if isinstance(e, tuple) else e for e in self.log]


def run_in_thread(loop: EventLoop, hooks: Hooks) -> threading.Thread:
    errors = []

    def target():
        try:
            loop.run(hooks)
        except BaseException as exc:  # noqa: BLE001 - surfaced by finish()
            errors.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.errors = errors
    thread.start()
    return thread


def finish(thread: threading.Thread, loop: EventLoop) -> None:
    thread.join(JOIN_TIMEOUT)
    if thread.is_alive():
        loop.stop()
        thread.join(JOIN_TIMEOUT)
        pytest.fail("the loop did not end by itself")
    assert thread.errors == []


@pytest.fixture
def loop():
    loop = EventLoop()
    loop.set_timer_ref(True)   # the timers these tests schedule keep the loop alive, as a ref'd JS timer's do
    return loop


@pytest.fixture
def hooks(loop):
    return Hooks(loop)


# -- ending -----------------------------------------------------------------------------------------

def test_empty_loop_calls_before_exit_once_and_returns(loop, hooks):
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.log == ["before_exit"]   # at_exit belongs to the JSThread, not the loop


def test_timer_runs_when_due(loop, hooks):
    loop.update_time()
    expiry = loop.now_ms + 20
    loop.schedule_timer(expiry)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    timer_calls = [e for e in hooks.log if isinstance(e, tuple) and e[0] == "timers"]
    assert len(timer_calls) == 1
    assert timer_calls[0][1] >= expiry   # never before its deadline
    assert hooks.names() == ["timers", "before_exit"]


def test_process_timers_return_value_reschedules(loop, hooks):
    fired = []

    def on_timers(now_ms):
        fired.append(now_ms)
        hooks.timers_result = (now_ms + 5) if len(fired) < 3 else 0

    hooks.on_timers = on_timers
    loop.schedule_timer(0)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert len(fired) == 3
    assert fired == sorted(fired)


def test_unrefed_timer_does_not_keep_loop_alive(loop, hooks):
    loop.update_time()
    loop.schedule_timer(loop.now_ms + 60_000)
    loop.set_timer_ref(False)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["before_exit"]


def test_negative_next_expiry_means_unrefed_timer(loop, hooks):
    def on_timers(now_ms):
        hooks.timers_result = -(now_ms + 60_000)   # an unref'd timer far away

    hooks.on_timers = on_timers
    loop.schedule_timer(0)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["timers", "before_exit"]


def test_ref_keeps_loop_alive_until_unref(loop, hooks):
    loop.ref()
    thread = run_in_thread(loop, hooks)
    thread.join(0.2)
    assert thread.is_alive()          # a ref'd handle: the loop waits
    assert "before_exit" not in hooks.log
    loop.post(loop.unref)             # release it on the loop's own thread
    finish(thread, loop)
    assert hooks.names() == ["drain", "before_exit"]


def test_refs_are_counted(loop, hooks):
    loop.ref()
    loop.ref()
    released = []

    def release():
        released.append(1)
        loop.unref()
        if len(released) == 1:
            threading.Timer(0.05, loop.post, args=(release,)).start()

    thread = run_in_thread(loop, hooks)
    loop.post(release)
    finish(thread, loop)
    assert len(released) == 2          # one unref was not enough to end the loop


def test_before_exit_may_schedule_more_work(loop, hooks):
    calls = []

    def before_exit():
        calls.append(1)
        if len(calls) == 1:
            loop.update_time()
            loop.schedule_timer(loop.now_ms + 10)
            loop.set_timer_ref(True)

    hooks.on_before_exit = before_exit
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    # the loop went on, ran the new timer, emptied again and asked again
    assert hooks.names() == ["before_exit", "timers", "before_exit"]


def test_before_exit_posting_to_inbox_continues_loop(loop, hooks):
    ran = []

    def before_exit():
        if not ran:
            loop.post(lambda: ran.append("posted"))

    hooks.on_before_exit = before_exit
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert ran == ["posted"]
    assert hooks.names() == ["before_exit", "drain", "before_exit"]


# -- cross-thread -----------------------------------------------------------------------------------

def test_post_from_another_thread_wakes_loop_and_runs_on_loop_thread(loop, hooks):
    loop.ref()
    ran_on = []

    def callback():
        ran_on.append(threading.get_ident())
        loop.unref()

    thread = run_in_thread(loop, hooks)
    poster = threading.Timer(0.1, loop.post, args=(callback,))
    poster.start()
    finish(thread, loop)
    poster.join()
    assert ran_on == [thread.ident]
    assert ran_on[0] != poster.ident
    assert hooks.threads == {thread.ident}


def test_drain_after_every_inbox_callback(loop, hooks):
    for i in range(3):
        loop.post(lambda i=i: hooks.log.append(f"cb{i}"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.log == ["cb0", "drain", "cb1", "drain", "cb2", "drain", "before_exit"]


def test_ordered_callbacks_arriving_together_run_in_their_order(loop, hooks):
    # ports post with the order they were made in: a run of them that arrived by one wake-up runs
    # sorted (as libuv runs its async handles); none moves past another callback (a worker's
    # 'exit' comes after the messages it posted before it)
    loop.post(lambda: hooks.log.append("port 3"), order=3)
    loop.post(lambda: hooks.log.append("port 2"), order=2)
    loop.post(lambda: hooks.log.append("plain a"))
    loop.post(lambda: hooks.log.append("port 5"), order=5)
    loop.post(lambda: hooks.log.append("port 1"), order=1)
    loop.post(lambda: hooks.log.append("port 4"), order=4)
    loop.post(lambda: hooks.log.append("plain b"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert [e for e in hooks.log if e != "drain"] == [
        "port 2", "port 3", "plain a", "port 1", "port 4", "port 5", "plain b", "before_exit"]


def test_callbacks_posted_while_a_batch_runs_wait_for_the_next_poll(loop, hooks):
    def first():
        hooks.log.append("first")
        loop.post(lambda: hooks.log.append("posted by first"), order=0)
    loop.post(first, order=5)
    loop.post(lambda: hooks.log.append("second"), order=6)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert [e for e in hooks.log if e != "drain"] == ["first", "second", "posted by first", "before_exit"]


def test_stop_from_another_thread_ends_loop(loop, hooks):
    loop.ref()                                  # would keep it alive forever
    thread = run_in_thread(loop, hooks)
    thread.join(0.1)
    assert thread.is_alive()
    stopper = threading.Thread(target=loop.stop)
    stopper.start()
    stopper.join()
    finish(thread, loop)
    assert loop.stopped
    assert "before_exit" not in hooks.log


def test_stop_inside_callback_skips_the_rest(loop, hooks):
    loop.post(loop.stop)
    loop.post(lambda: hooks.log.append("after stop"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert "after stop" not in hooks.log


# -- phases -----------------------------------------------------------------------------------------

def test_phase_order_timers_then_inbox_then_immediates(loop, hooks):
    loop.schedule_timer(0)                       # already due
    loop.set_immediates(True, True)
    loop.post(lambda: hooks.log.append("message"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["timers", "message", "drain", "immediates", "before_exit"]


def test_immediates_do_not_wait_for_far_timer(loop, hooks):
    loop.update_time()
    loop.schedule_timer(loop.now_ms + 60_000)
    loop.set_immediates(True, True)

    def on_immediates():
        loop.set_immediates(False, False)
        loop.set_timer_ref(False)               # let the loop end
    hooks.on_immediates = on_immediates
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["immediates", "before_exit"]


def test_unrefed_immediates_still_run_while_loop_is_alive(loop, hooks):
    loop.set_immediates(True, False)
    loop.ref()

    def on_immediates():
        loop.set_immediates(False, False)
        loop.unref()
    hooks.on_immediates = on_immediates
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["immediates", "before_exit"]


def test_immediate_queued_by_a_timer_runs_in_the_same_iteration(loop, hooks):
    def on_timers(now_ms):
        loop.set_immediates(True, True)
    hooks.on_timers = on_timers
    loop.schedule_timer(0)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names() == ["timers", "immediates", "before_exit"]


# -- errors -----------------------------------------------------------------------------------------

def test_exception_in_callback_goes_to_on_uncaught_and_loop_continues(loop, hooks):
    def bad():
        raise ValueError("from a callback")

    loop.post(bad)
    loop.post(lambda: hooks.log.append("next"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert len(hooks.uncaught) == 1
    assert isinstance(hooks.uncaught[0], ValueError)
    assert str(hooks.uncaught[0]) == "from a callback"
    assert "next" in hooks.log
    assert hooks.log[-1] == "before_exit"


def test_exception_in_timers_goes_to_on_uncaught(loop, hooks):
    def on_timers(now_ms):
        raise RuntimeError("timer broke")
    hooks.on_timers = on_timers
    loop.schedule_timer(0)
    loop.post(lambda: hooks.log.append("message"))
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert [type(e) for e in hooks.uncaught] == [RuntimeError]
    assert "message" in hooks.log


# -- idle ---------------------------------------------------------------------------------------

class CountingLoop(EventLoop):
    def __init__(self):
        super().__init__()
        self.time_updates = 0

    def update_time(self):
        self.time_updates += 1
        return super().update_time()


def test_idle_loop_sleeps_instead_of_polling():
    loop = CountingLoop()
    hooks = Hooks(loop)
    loop.update_time()
    loop.schedule_timer(loop.now_ms + 60_000)   # far away and ref'd: the loop must wait
    loop.set_timer_ref(True)
    before = loop.time_updates
    thread = run_in_thread(loop, hooks)
    thread.join(0.3)
    assert thread.is_alive()
    iterations = loop.time_updates - before
    loop.stop()
    finish(thread, loop)
    assert iterations < 10, f"the loop woke {iterations} times while idle: it is polling"
    assert hooks.log == []


def test_idle_loop_with_only_refs_sleeps_until_posted():
    loop = CountingLoop()
    hooks = Hooks(loop)
    loop.ref()
    thread = run_in_thread(loop, hooks)
    thread.join(0.3)
    iterations = loop.time_updates
    assert thread.is_alive()
    loop.post(loop.unref)
    finish(thread, loop)
    assert iterations < 10, f"the loop woke {iterations} times while idle: it is polling"



# -- descriptors, handles, phases, thread pool --------------------------------------------------------

class PipeReader(Handle):
    """A minimal handle: watches the read end of a pipe while active."""

    def __init__(self, loop, on_data):
        super().__init__(loop)
        self.read_fd, self.write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        self.on_data = on_data

    def start(self):
        self.loop.watch(self.read_fd, READABLE, self._readable)
        self._set_active(True)

    def _readable(self, events):
        self.on_data(os.read(self.read_fd, 4096))

    def _close(self):
        self.loop.unwatch(self.read_fd)
        os.close(self.read_fd)
        os.close(self.write_fd)


def test_ready_descriptor_runs_its_callback_in_poll_then_drain(loop, hooks):
    got = []

    def on_data(data):
        got.append(data)
        hooks.log.append(("data", data))
        reader.close(lambda: hooks.log.append("closed"))

    reader = PipeReader(loop, on_data)
    reader.start()
    threading.Timer(0.05, lambda: os.write(reader.write_fd, b"hi")).start()
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert got == [b"hi"]
    assert hooks.names() == ["data", "drain", "closed", "drain", "before_exit"]


def test_immediate_queued_by_io_callback_runs_before_due_timer(loop, hooks):
    def on_data(data):
        hooks.log.append("io")
        loop.update_time()
        loop.schedule_timer(loop.now_ms)      # a 0 ms timer...
        loop.set_immediates(True, True)       # ...and an immediate, both from the I/O callback
        reader.close()

    reader = PipeReader(loop, on_data)
    reader.start()
    os.write(reader.write_fd, b"x")
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names()[:4] == ["io", "drain", "immediates", "timers"]


def test_active_handle_keeps_loop_alive_unless_unrefed(loop, hooks):
    reader = PipeReader(loop, lambda data: reader.close())
    reader.start()
    assert reader.has_ref()
    reader.unref()
    assert not reader.has_ref()
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)                       # nothing ref'd: ends at once, data never came
    assert hooks.names() == ["before_exit"]
    reader.ref()
    reader.close()


def test_deferred_callbacks_run_in_the_pending_phase_before_poll(loop, hooks):
    loop.defer(lambda: hooks.log.append("pending"))
    loop.post(lambda: hooks.log.append("posted"))
    loop.schedule_timer(0)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    assert hooks.names()[:5] == ["timers", "pending", "drain", "posted", "drain"]


def test_posts_after_close_are_dropped(loop):
    loop.close()
    loop.post(lambda: None)
    loop.stop()
    assert loop.stopped


def test_thread_pool_runs_work_off_the_loop_and_answers_on_it(loop, hooks):
    from noderun.host import threadpool

    answers = []
    loop_thread = []

    def work(n):
        answers.append(("work", n, threading.get_ident() == loop_thread[0]))
        if n == 3:
            raise OSError(2, "nope")
        return n * 10

    def done(result, error):
        answers.append(("done", result, type(error).__name__, threading.get_ident() == loop_thread[0]))

    def start():
        loop_thread.append(threading.get_ident())
        for n in range(5):
            threadpool.submit(loop, lambda n=n: work(n), done)

    loop.post(start)
    thread = run_in_thread(loop, hooks)
    finish(thread, loop)
    works = sorted(a for a in answers if a[0] == "work")
    dones = sorted((a for a in answers if a[0] == "done"), key=lambda a: (a[1] is None, a[1]))
    assert works == [("work", n, False) for n in range(5)]
    assert dones == [("done", 0, "NoneType", True), ("done", 10, "NoneType", True), ("done", 20, "NoneType", True),
                     ("done", 40, "NoneType", True), ("done", None, "FileNotFoundError", True)]


def test_thread_pool_size_follows_uv_threadpool_size(monkeypatch):
    from noderun.host import threadpool

    monkeypatch.setenv("UV_THREADPOOL_SIZE", "2")
    assert threadpool.pool_size() == 2
    monkeypatch.setenv("UV_THREADPOOL_SIZE", "0")
    assert threadpool.pool_size() == 1
    monkeypatch.setenv("UV_THREADPOOL_SIZE", "x")
    assert threadpool.pool_size() == 4
    monkeypatch.delenv("UV_THREADPOOL_SIZE")
    assert threadpool.pool_size() == 4


def test_a_host_fault_in_the_bootstrap_does_not_end_the_thread_with_success():
    """A Python error of the host itself (not a JS exception) must not give exit code 0."""
    from noderun.host.jsthread import JSThread

    def faulty_bootstrap(thread):
        raise ImportError("a host module failed to import")

    thread = JSThread(faulty_bootstrap, name="faulty")
    with pytest.raises(ImportError):
        thread.run()
    assert thread.exit_code == 1
