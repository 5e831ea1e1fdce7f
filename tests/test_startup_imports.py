"""What a start imports (DESIGN.md, "Start-up"): the three programs of bin/bench.py's start-up
suite, with stdout a file and a pipe, import none of the standard modules that cost milliseconds
in what they pull in (re, json, enum, threading, functools, collections, ...), nor the noderun
modules that only some programs need; and the modules the command preloads (cli.START_MODULES) are
imported by all three. Read from sys.modules as the process ends, never from timing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from noderun.cli import START_MODULES

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = {
    "-e ''": ["-e", ""],
    "CommonJS hello world": [str(ROOT / "bin" / "bench" / "hello.cjs")],
    "ES module hello world": [str(ROOT / "bin" / "bench" / "hello.mjs")],
}
# each imports some of enum, functools, collections, re (or all): 1-7 ms of a ~30 ms start
HEAVY_STANDARD_MODULES = {"re", "json", "enum", "signal", "threading", "functools", "collections", "typing",
                          "dataclasses", "subprocess", "socket", "hashlib", "tempfile", "importlib.util",
                          "contextlib", "weakref", "traceback"}
# extension modules a start has no use for: loading one (dlopen, relocations) costs ~0.7M instructions
# (zlib: the disk cache's checksum is fastmsg.c's CRC-32C; _blake2: its keys are kept whole)
UNNEEDED_EXTENSIONS = {"zlib", "_blake2", "_hashlib"}
# noderun modules a program that starts no worker, opens no port and parses no bad JSON never needs
LATER_MODULES = {"noderun.node.worker", "noderun.node.messaging", "noderun.host.channel", "noderun.loader.v8_json",
                 "noderun.engine.serialize", "noderun.node.host_compile_cache", "noderun.host.waits",
                 "noderun.loader.esm_resolve", "click"}
# and those only an ES module needs (the file: URL parser: its own URL and import.meta's)
NOT_FOR_COMMONJS = {"noderun.loader.file_url", "noderun.loader.esm"}
# what `noderun` (launcher/noderun) runs, without runpy's own imports (python -m), and as it ends
# (cli.main ends the process with os._exit) the names of the modules it imported
LAUNCH = ("import os, sys; sys.argv[0] = 'noderun'; end = os._exit\n"
          "def report(code):\n"
          "    sys.stderr.write('modules: ' + ' '.join(sys.modules) + '\\n'); sys.stderr.flush(); end(code)\n"
          "os._exit = report\n"
          "from noderun.cli import main; main()")


def imported_modules(args: list[str], stdout) -> set[str]:
    result = subprocess.run([sys.executable, "-c", LAUNCH, *args], stdout=stdout, stderr=subprocess.PIPE,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    reports = [line.split()[1:] for line in result.stderr.splitlines() if line.startswith("modules: ")]
    assert len(reports) == 1, result.stderr
    return set(reports[0])


@pytest.mark.parametrize("stdout", ["file", "pipe"])
@pytest.mark.parametrize("program", PROGRAMS)
def test_a_start_imports_only_what_it_needs(program: str, stdout: str, tmp_path: Path):
    args = PROGRAMS[program]
    subprocess.run([sys.executable, "-m", "noderun", *args], capture_output=True, timeout=120)   # caches warm
    if stdout == "file":
        with open(tmp_path / "out", "w") as out:
            modules = imported_modules(args, out)
    else:
        modules = imported_modules(args, subprocess.PIPE)
    assert "noderun.node.bootstrap.main" in modules   # (the reading works)
    unneeded = (HEAVY_STANDARD_MODULES | UNNEEDED_EXTENSIONS | LATER_MODULES
                | (NOT_FOR_COMMONJS if program != "ES module hello world" else set()))
    assert sorted(modules & unneeded) == []
    # preloading a module some start does not need would cost that start its load
    assert sorted(set(START_MODULES) - modules) == []
