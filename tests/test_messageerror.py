"""A message the receiver cannot read is a 'messageerror' event with the reader's error, as in
node, and never kills the receiver: the messages after it are delivered. No program can make the
engine's reader fail on purpose (that is a bug when it happens, as RegExps once did), so the
writer is wrapped here (both ways in: serialize.write_plain and engine/fastmsg.c's batches) to send
bytes the reader refuses for every string message holding CORRUPT."""

from __future__ import annotations

import subprocess
import sys
import textwrap

RUNNER = textwrap.dedent("""
    import sys
    from noderun.engine import fastmsg, serialize
    def corrupted(out):
        return b"\\xff\\x00" if type(out) is bytes and b"CORRUPT" in out else out
    write_plain = serialize.write_plain
    serialize.write_plain = lambda context, borrowed: corrupted(write_plain(context, borrowed))
    take = fastmsg.Sender.take   # (the C path's messages, written when their batch is sent)
    fastmsg.Sender.take = lambda self, port_id: corrupted(take(self, port_id))
    fastmsg.lanes = lambda: None   # (no lanes: a lone message to another thread is written in C)
    import noderun
    sys.exit(noderun.run_file(sys.argv[1]))
""")

SCRIPT = textwrap.dedent("""
    const { Worker, MessageChannel } = require('worker_threads');
    const { port1, port2 } = new MessageChannel();
    port2.on('messageerror', (e) => console.log('port messageerror', e.name));
    port2.on('message', (m) => {
      console.log('port message', m);
      if (m === 'after') port2.close();
    });
    port1.postMessage('CORRUPT');
    setImmediate(() => port1.postMessage('after'));

    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.on('messageerror', (e) => parentPort.postMessage('worker messageerror ' + e.name));
      parentPort.on('message', (m) => {
        parentPort.postMessage('worker got ' + m);
        if (m === 'go') setTimeout(() => parentPort.postMessage('CORRUPT from worker'), 20);
      });
    `, { eval: true });
    worker.on('messageerror', (e) => {
      console.log('worker-object messageerror', e.name);
      worker.terminate();
    });
    worker.on('message', (m) => console.log(m));
    worker.on('exit', (code) => console.log('exit', code));
    worker.postMessage('CORRUPT to worker');
    setTimeout(() => worker.postMessage('go'), 50);
""")


def test_unreadable_message_is_messageerror(tmp_path):
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER)
    script = tmp_path / "messageerror.js"
    script.write_text(SCRIPT)
    done = subprocess.run([sys.executable, str(runner), str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "port messageerror SyntaxError",
        "port message after",
        "worker messageerror SyntaxError",
        "worker got go",
        "worker-object messageerror SyntaxError",
        "exit 1",
    ]
