"""process.stdin / stdout / stderr on pipes and terminals, where a fixture cannot reach: a pipe
that nobody reads for a while (writes queue, 'drain' follows), a terminal (a pseudo-terminal the
test opens: size, 'resize' on SIGWINCH, raw mode, input), and the descriptors' flags after exit.
Node 24 runs the same scripts where the behaviour is node's, and both must agree. Never timed:
timeouts only guard against hangs.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time

import pytest

from oracle import NODE as N24
from stress_runner import NODERUN

MiB = 1024 * 1024

WRITE_MIB = r"""
const out = process.stdout;
const ret = out.write(Buffer.alloc(%d, 'x'), (err) => console.error('callback', err));
console.error('returned', ret, 'writableLength', out.writableLength);
out.on('drain', () => console.error('drain', out.writableLength));
""" % MiB


def _runners():
    runners = [("noderun", NODERUN)]
    if N24 is not None:
        runners.append(("node", [N24]))
    return runners


@pytest.mark.parametrize("name,command", _runners())
def test_a_write_to_a_full_pipe_queues_then_drains(tmp_path, name, command):
    script = tmp_path / "write.js"
    script.write_text(WRITE_MIB)
    child = subprocess.Popen(command + [str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # nothing has read stdout yet: the pipe (64 KiB) cannot take 1 MiB, so the write is queued
    assert child.stderr.readline() == b"returned false writableLength 1048576\n"
    data = child.stdout.read()
    rest = child.stderr.read()
    assert child.wait(timeout=60) == 0
    assert data == b"x" * MiB
    assert rest == b"drain 0\ncallback null\n"


def test_process_exit_writes_out_what_stdout_still_queues(tmp_path):
    """node drops what it could not write yet; noderun writes it all (no output lost at exit)."""
    script = tmp_path / "exit.js"
    script.write_text(WRITE_MIB + "process.exit(3);\n")
    child = subprocess.Popen(NODERUN + [str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stderr.readline() == b"returned false writableLength 1048576\n"
    assert child.stdout.read() == b"x" * MiB
    assert child.wait(timeout=60) == 3


def test_shared_stdio_pipes_stay_blocking_for_children_that_inherit_them(tmp_path):
    """noderun's own stdin and stdout pipes are shared (with the shell, a parent, the children it
    spawns with 'inherit'): their flags stay as they were, so a child writing a lot to the same
    stdout while the reader is slow gets no EAGAIN, and neither does the shell's next command."""
    script = tmp_path / "inherit.js"
    script.write_text(
        "process.stdin.on('data', () => {});\n"
        "process.stdout.write('parent\\n');\n"
        "require('child_process').spawn('sh', ['-c', 'head -c 1000000 /dev/zero'], { stdio: ['ignore', 'inherit', 'inherit'] })\n"
        "  .on('exit', (code) => { console.error('child exit', code); process.stdin.pause(); });\n")
    read_end, write_end = os.pipe()
    child = subprocess.Popen(NODERUN + [str(script)], stdin=read_end, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout.read(7) == b"parent\n"   # stdin is being read: the handles are open
    assert not fcntl.fcntl(read_end, fcntl.F_GETFL) & os.O_NONBLOCK
    time.sleep(0.5)   # a slow reader: the child finds the pipe full (not a timing assertion)
    assert child.stdout.read() == b"\0" * 1000000
    assert child.wait(timeout=60) == 0
    assert child.stderr.read() == b"child exit 0\n"
    os.close(write_end)
    os.close(read_end)


TERMINAL = r"""
const tty = require('tty');
const { stdin, stdout } = process;
console.log(stdout.constructor.name, stdout._type, stdout.isTTY, stdout.columns, stdout.rows,
            stdout instanceof tty.WriteStream, stdin.constructor.name, stdin.isTTY, stdin.isRaw,
            tty.isatty(0), stdout.getWindowSize());
stdin.setRawMode(true);
console.log('raw', stdin.isRaw);
stdin.once('data', (d) => {   // reading keeps the process alive until the key comes
  console.log('raw input', JSON.stringify(String(d)));
  stdin.setRawMode(false);
  stdin.pause();
});
stdout.on('resize', () => console.log('resize', stdout.columns, stdout.rows, 'SEND'));
console.log('READY');
"""


def _run_on_terminal(command: list[str], script: str) -> bytes:
    """Run `command script` with a pseudo-terminal as stdin, stdout and stderr: once it says READY
    the terminal is resized (SIGWINCH), once it says SEND it gets a key; returns all it printed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    child = subprocess.Popen(command + [script], stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
    os.close(slave)
    output = b""
    resized = sent = False
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:   # EIO: every writer of the terminal has gone
                break
            if not chunk:
                break
            output += chunk
            if b"READY" in output and not resized:
                resized = True
                fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
                os.killpg(child.pid, signal.SIGWINCH)
            if b"SEND" in output and not sent:
                sent = True
                os.write(master, b"q")
    finally:
        os.close(master)
    assert child.wait(timeout=60) == 0, output
    return output


def test_terminal_streams_size_resize_and_raw_input(tmp_path):
    script = tmp_path / "terminal.js"
    script.write_text(TERMINAL)
    env_term = os.environ.get("TERM")
    os.environ["TERM"] = "xterm-256color"
    try:
        ours = _run_on_terminal(NODERUN, str(script))
        theirs = _run_on_terminal([N24], str(script)) if N24 is not None else None
    finally:
        if env_term is None:
            del os.environ["TERM"]
        else:
            os.environ["TERM"] = env_term
    assert b"WriteStream tty true 100 30 true ReadStream true false true [ 100, 30 ]" in ours.replace(b"\x1b[33m", b"").replace(b"\x1b[39m", b"").replace(b"\x1b[32m", b"")
    assert b"resize" in ours and b'raw input "q"' in ours
    if theirs is not None:
        assert ours == theirs


STDIN_FILE = r"""
const fs = require('fs');
const { stdin } = process;
console.log(stdin.constructor.name, stdin instanceof fs.ReadStream, stdin.fd, stdin.autoClose, stdin.isTTY);
let text = '';
stdin.setEncoding('utf8');
stdin.on('data', (chunk) => { text += chunk; });
stdin.on('end', () => console.log('end', JSON.stringify(text)));
stdin.on('close', () => console.log('close'));
"""


@pytest.mark.parametrize("name,command", _runners())
def test_stdin_from_a_file_is_an_fs_read_stream(tmp_path, name, command):
    script = tmp_path / "file.js"
    script.write_text(STDIN_FILE)
    data = tmp_path / "input.txt"
    data.write_text("línea uno\nline two\n")
    with open(data, "rb") as stdin:
        done = subprocess.run(command + [str(script)], stdin=stdin, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == ('ReadStream true 0 false undefined\n'
                                    'end "línea uno\\nline two\\n"\n')


def test_a_raw_terminal_gets_its_mode_back_when_a_signal_ends_the_process(tmp_path):
    """node resets its stdio when SIGTERM / SIGINT end it: a terminal left raw would be unusable."""
    script = tmp_path / "raw.js"
    script.write_text("process.stdin.setRawMode(true);\n"
                      "process.stdin.on('data', () => {});\n"
                      "console.log('READY', process.stdin.isRaw);\n")
    master, slave = pty.openpty()
    cooked = termios.tcgetattr(slave)
    child = subprocess.Popen(NODERUN + [str(script)], stdin=slave, stdout=slave, stderr=slave,
                             start_new_session=True)
    output = b""
    try:
        while b"READY" not in output:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, output
            output += os.read(master, 4096)
        assert b"true" in output
        assert not termios.tcgetattr(slave)[3] & termios.ICANON   # raw while it runs
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == -signal.SIGTERM
        assert termios.tcgetattr(slave) == cooked
    finally:
        os.close(master)
        os.close(slave)
