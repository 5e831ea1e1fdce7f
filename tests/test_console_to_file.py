"""The global console writing to stdout / stderr that are files (as bin/bench.py's start-up runs
have them), where a fixture cannot reach (fixtures read a pipe): lines written before
process.stdout is made go straight to the fd (internal/process/unmade_stdio.js), the rest through
the stream, and the files must read as node 24's do, in the same order.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from oracle import NODE as N24
from stress_runner import NODERUN

PROGRAM = r"""
console.log('plain');
console.info('two', 'words');
console.group('group');
console.log('in a\ngroup');
console.groupEnd();
console.error('to stderr');
console.log('%s and %d', 'format', 42);
console.log({ an: 'object' });
console.warn('warned');
process.stdout.write('the stream is made\n');
console.log('through the stream');
console.error('stderr again');
"""

# (replaced before the console first writes: node's global console keeps the stream it first read)
REPLACED = r"""
Object.defineProperty(process, 'stdout', { value: { write(s) { require('fs').writeSync(1, `[${s.trim()}]\n`); return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {} } });
console.log('replaced');
console.error('stderr still a file');
"""

# (replaced after the console's first line, written before the stream was made: the console keeps
# the process's own stream, made when it is next needed)
REPLACED_AFTER = r"""
console.log('first, before process.stdout is made');
Object.defineProperty(process, 'stdout', { value: { write(s) { require('fs').writeSync(1, `[${s.trim()}]\n`); return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {} } });
console.log('second, to the file still');
process.stdout.write('third, through the replacement\n');
console.log('fourth', console._stdout === process.stdout, typeof console._stdout.write);
"""


def _run(command: list[str], program: str, tmp_path: Path, name: str) -> tuple[str, str, int]:
    out, err = tmp_path / f"{name}.out", tmp_path / f"{name}.err"
    with open(out, "w") as stdout, open(err, "w") as stderr:
        code = subprocess.run([*command, "-e", program], stdout=stdout, stderr=stderr, timeout=120).returncode
    return out.read_text(), err.read_text(), code


@pytest.mark.parametrize("program", [PROGRAM, REPLACED, REPLACED_AFTER],
                         ids=["console and stream", "stdout replaced", "stdout replaced after a line"])
def test_console_lines_to_files_read_as_node_writes_them(program: str, tmp_path: Path):
    ours = _run(NODERUN, program, tmp_path, "noderun")
    if N24 is None:
        pytest.skip("node 24 is not installed")
    assert ours == _run([N24], program, tmp_path, "node")
