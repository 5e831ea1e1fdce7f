"""engine/fastmsg.c follows fastio.c's rule, never silently slower: where it cannot be built, the
first post of a message throws the build's FastIOError (naming the reason) instead of taking a
slower path, and a program that sends no message still runs. No machine here lacks a compiler, so
the runner makes the process believe the build failed (fastmsg remembers a failed build)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

RUNNER = textwrap.dedent("""
    import sys
    from noderun.engine import fastio, fastmsg
    fastmsg._failure = fastio.FastIOError("cannot build fastmsg.c with 'cc': (the test's failure)")
    import noderun
    sys.exit(noderun.run_file(sys.argv[1]))
""")


def run(tmp_path, source: str) -> subprocess.CompletedProcess:
    script = tmp_path / "program.js"
    script.write_text(textwrap.dedent(source))
    # (a cache of its own: entries made without fastmsg.c are of another kind, rewritten by the next run)
    env = dict(os.environ, NODERUN_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-c", RUNNER, str(script)], capture_output=True, text=True, timeout=60,
                          env=env)


def test_a_post_says_why_the_fast_path_is_missing(tmp_path):
    done = run(tmp_path, """
        const { MessageChannel } = require('worker_threads');
        const { port1, port2 } = new MessageChannel();
        port2.on('message', (m) => console.log('received', m));
        try {
          port1.postMessage({ n: 1 });
          console.log('posted');
        } catch (error) {
          console.log('threw:', error.message);
        }
        port1.close();
    """)
    assert done.returncode == 0, done.stderr
    assert "threw: [noderun host] FastIOError: cannot build fastmsg.c with 'cc': (the test's failure)" in done.stdout
    assert "posted" not in done.stdout and "received" not in done.stdout


def test_a_transfer_says_so_too(tmp_path):
    done = run(tmp_path, """
        const { MessageChannel } = require('worker_threads');
        const { port1 } = new MessageChannel();
        const buffer = new ArrayBuffer(4096);
        try {
          port1.postMessage(buffer, [buffer]);
        } catch (error) {
          console.log('threw:', error.message, buffer.byteLength);
        }
        port1.close();
    """)
    assert done.returncode == 0, done.stderr
    assert "threw: [noderun host] FastIOError: cannot build fastmsg.c" in done.stdout
    assert done.stdout.strip().endswith(" 4096")   # nothing was detached


def test_a_program_without_messages_runs(tmp_path):
    done = run(tmp_path, """
        const { MessageChannel } = require('worker_threads');
        console.log(typeof MessageChannel, [1, 2, 3].map((x) => x * 2).join());
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "function 2,4,6\n"


LANES_RUNNER = textwrap.dedent("""
    import sys
    from noderun.node import messaging
    flushes = 0
    flush = messaging.Ports.flush
    def counted(self, port_id, outbox=False):
        global flushes
        flushes += 1
        return flush(self, port_id, outbox)
    messaging.Ports.flush = counted
    import noderun
    code = noderun.run_file(sys.argv[1])
    print("host flushes", flushes)
    sys.exit(code)
""")


def test_a_ping_pong_goes_by_lanes_in_c(tmp_path):
    # Each side's answer is the lone message of its turn: engine/fastmsg.c writes it into the
    # other thread's lane and that loop's poll hands it to JS, so the host's flush (its Python
    # way) is not called per message, and every message still arrives, in order. Only the first
    # few go the host's way (sent before the worker's port started, or while the loop still holds
    # the worker's start-up callbacks): a lane declines only while its loop has callbacks it has
    # not taken, and opens again as soon as the port's queue is taken, whatever the machine's load.
    script = tmp_path / "ping_pong.js"
    script.write_text(textwrap.dedent("""
        const { Worker } = require('worker_threads');
        const worker = new Worker(`
          const { parentPort } = require('worker_threads');
          parentPort.on('message', (m) => parentPort.postMessage({ i: m.i + 1 }));
        `, { eval: true });
        let expected = 1;
        worker.on('message', (m) => {
          if (m.i !== expected) console.log('out of order', m.i);
          expected = m.i + 2;
          if (m.i >= 999) {
            console.log('round trips', (m.i + 1) / 2);
            worker.terminate();
            return;
          }
          worker.postMessage({ i: m.i + 1 });
        });
        worker.postMessage({ i: 0 });
    """))
    done = subprocess.run([sys.executable, "-c", LANES_RUNNER, str(script)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "round trips 500"
    assert int(lines[1].split()[-1]) < 10, lines


def _fixture_under(runner: str, fixture: str) -> str:
    """Run js_tests/`fixture` in a process started by `runner` (which prints one line of counts
    after it): checks the fixture's output against its .out and gives the counts."""
    path = Path(__file__).resolve().parent.parent / "js_tests" / fixture
    done = subprocess.run([sys.executable, "-c", runner, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:-1] == path.with_suffix(".out").read_text().splitlines()
    return lines[-1]


TRANSFER_RUNNER = textwrap.dedent("""
    import gc, sys
    from noderun.engine import fastmsg, serialize
    from noderun.node import messaging
    host_posts = 0
    copies_read = 0
    read_other = serialize._read_other
    def counted_read(context, message):
        global copies_read
        if not context.host.realm.options.is_main_thread:   # (the main thread's depend on its timing)
            copies_read += type(message) is serialize.PlainCopy
        return read_other(context, message)
    serialize._read_other = counted_read
    post_buffer = messaging.Ports.post_buffer
    def counted(self, *args):
        global host_posts
        host_posts += 1
        return post_buffer(self, *args)
    messaging.Ports.post_buffer = counted
    import noderun
    code = noderun.run_file(sys.argv[1])
    gc.collect()   # (dropped messages still referenced by a cycle)
    print("host posts", host_posts, "live blocks", fastmsg.live_blocks(), "copies read by the worker's host", copies_read)
    sys.exit(code)
""")


def test_a_lone_transfer_goes_by_lanes_and_its_block_is_freed_once():
    # postMessage(buffer, [buffer]) to a busy worker: engine/fastmsg.c moves the buffer's block
    # into the worker's lane (no host call); mail the worker never reads (terminated) is freed
    # with its lane, and mail the host takes back (the port's batch went the host's way, which
    # closes the lane) is delivered from the host's queue in order, the lone plain message among it
    # (written in fastmsg.c's own format) read by the host. Buffers posted after that batch, while
    # the lane is closed, are the only ones that go the host's way. (The worker's answers to the
    # main thread go by its lanes or the host's way depending on when the main loop took its
    # start-up callbacks: only the worker's reads are counted.)
    counts = _fixture_under(TRANSFER_RUNNER, "messaging/transfer_buffers_in_flight.js")
    assert counts == "host posts 3 live blocks 0 copies read by the worker's host 1"


POLLS_RUNNER = textwrap.dedent("""
    import sys
    from noderun.host import loop
    polls = 0
    poll = loop.EventLoop._poll
    def counted(self, hooks):
        global polls
        polls += 1
        return poll(self, hooks)
    loop.EventLoop._poll = counted
    import noderun
    code = noderun.run_file(sys.argv[1], sys.argv[2:])
    print("loop polls", polls)
    sys.exit(code)
""")


def test_a_ping_pong_turns_in_the_c_poll_without_the_host_loop():
    # Each side's poll (fastmsg_poll) delivers the message that woke it and, as the listener's
    # answer left the host's loop nothing to do (no host call, no drain, nothing posted), waits
    # for the next one itself: the host's loop turns at the start and the end, not per message
    # (fixture worker_threads/ping_pong_loop_phases checks that its phases still run when due).
    bench = Path(__file__).resolve().parent.parent / "bin" / "bench" / "ping_pong.js"
    done = subprocess.run([sys.executable, "-c", POLLS_RUNNER, str(bench), "500"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert float(lines[0]) > 0   # (ms per round trip: it ran)
    assert int(lines[1].split()[-1]) < 50, lines   # (600 round trips; 777 polls before)


def test_a_thread_with_sockets_receives_lane_mail_in_the_same_c_poll():
    # The worker serves TCP (engine/fastio.c reads its sockets) and answers messages: its loop
    # waits in one C poll (fastmsg_poll, reading the sockets through fastio_take_ready), so the
    # messages still turn without the host's loop (1961 loop polls when fastio's poll alone
    # waited and the lanes' mail was delivered from Python after it).
    counts = _fixture_under(POLLS_RUNNER, "worker_threads/messages_beside_sockets.js")
    assert int(counts.split()[-1]) < 100, counts


def test_the_disk_caches_crc32c_is_castagnolis_on_every_length_and_alignment():
    """fastmsg_crc32c (SSE4.2's instruction where the CPU has it) against the CRC-32C check
    values and against the table's way alone, for every length up to a few of its 32-byte steps
    and every alignment of the start."""
    import random

    from noderun.engine import fastmsg
    lib = fastmsg.load().lib
    assert lib.fastmsg_crc32c(b"123456789", 9) == lib.fastmsg_crc32c_portable(b"123456789", 9) == 0xE3069283
    assert lib.fastmsg_crc32c(b"", 0) == 0
    assert lib.fastmsg_crc32c(b"\x00" * 32, 32) == 0x8A9136AA   # RFC 3720's check values
    assert lib.fastmsg_crc32c(b"\xff" * 32, 32) == 0x62A8AB43
    data = random.Random(17).randbytes(1 << 16)
    for start in range(8):
        for length in [*range(0, 100), 1000, len(data) - 8]:
            piece = data[start:start + length]
            assert lib.fastmsg_crc32c(piece, len(piece)) == lib.fastmsg_crc32c_portable(piece, len(piece)), \
                (start, length)
