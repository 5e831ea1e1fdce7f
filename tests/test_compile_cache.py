"""The on-disk compile cache (noderun/loader/compile_cache.py) seen from outside: a program run twice
with NODE_COMPILE_CACHE reads its modules' bytecode the second time instead of compiling them;
a changed source is compiled again; a damaged entry is never trusted.

What happened is read from the debug output (NODE_DEBUG_NATIVE=COMPILE_CACHE), never from timing:
'compiling <kind> <file>' is printed exactly when a module is parsed and compiled.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = "const dep = require('./dep.js');\nimport('./esm.mjs').then((m) => console.log(dep.value, m.value, m.twice(4)));\n"
DEP = "exports.value = 'cjs-1';\n"
ESM = "export const value = 'esm-1';\nexport function twice(x) { return 2 * x; }\n"


@pytest.fixture()
def program(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "main.js").write_text(MAIN)
    (tmp_path / "app" / "dep.js").write_text(DEP)
    (tmp_path / "app" / "esm.mjs").write_text(ESM)
    return tmp_path


def run(program: Path, *, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NODE_")}
    environment.update(NODE_COMPILE_CACHE=str(program / "cache"), NODE_DEBUG_NATIVE="COMPILE_CACHE")
    environment.update(env or {})
    result = subprocess.run([sys.executable, "-m", "noderun", "main.js"], cwd=program / "app", env=environment,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def compiled(result: subprocess.CompletedProcess) -> set[str]:
    """The modules the run parsed and compiled (the others came from the cache)."""
    return {line.rsplit("/", 1)[1] for line in result.stderr.splitlines() if line.startswith("[compile cache] compiling ")}


def entries(program: Path) -> list[Path]:
    (subdirectory,) = (program / "cache").iterdir()
    return sorted(subdirectory.iterdir())


def entries_by_module(program: Path) -> dict[str, Path]:
    """The cache file of each module, found through the debug output of a run."""
    found = {}
    for line in run(program).stderr.splitlines():
        if line.startswith("[compile cache] reading cache from "):
            path, module = line[len("[compile cache] reading cache from "):].split(" for ", 1)
            found[module.split("...")[0].rsplit("/", 1)[1]] = Path(path)
    return found


def test_second_run_reads_bytecode_instead_of_compiling(program):
    first = run(program)
    assert first.stdout == "cjs-1 esm-1 8\n"
    assert compiled(first) == {"main.js", "dep.js", "esm.mjs"}
    assert len(entries(program)) == 3
    second = run(program)
    assert second.stdout == first.stdout
    assert compiled(second) == set()
    assert second.stderr.count("was accepted") == 3
    assert "writing cache" not in second.stderr   # nothing changed: nothing is rewritten


def test_a_changed_source_is_compiled_again(program):
    run(program)
    (program / "app" / "dep.js").write_text("exports.value = 'cjs-2';\n")
    (program / "app" / "esm.mjs").write_text(ESM.replace("esm-1", "esm-2"))
    stale = run(program)
    assert stale.stdout == "cjs-2 esm-2 8\n"
    assert compiled(stale) == {"dep.js", "esm.mjs"}
    assert stale.stderr.count("code hash mismatch") == 2
    fresh = run(program)
    assert fresh.stdout == "cjs-2 esm-2 8\n" and compiled(fresh) == set()


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_entry_is_ignored_and_rewritten(program, damage):
    run(program)
    paths = entries_by_module(program)
    for name in ("dep.js", "esm.mjs"):
        path = paths[name]
        data = bytearray(path.read_bytes())
        if damage == "truncate":
            data = data[: len(data) - 7]
        elif damage == "flip":
            data[-20] ^= 0x40
        elif damage == "garbage":
            data = bytearray(b"\x00\xff" * 100)
        else:
            data = bytearray()
        path.write_bytes(bytes(data))
    damaged = run(program)
    assert damaged.stdout == "cjs-1 esm-1 8\n"
    assert compiled(damaged) == {"dep.js", "esm.mjs"}
    repaired = run(program)
    assert compiled(repaired) == set() and repaired.stdout == damaged.stdout


def test_entries_are_written_atomically_and_only_once_complete(program):
    run(program)
    names = [path.name for path in entries(program)]
    assert all(len(name) == 8 and "." not in name for name in names)   # no temporary file left behind


def test_enable_compile_cache_from_js_caches_modules_loaded_after_it(program):
    (program / "app" / "main.js").write_text(
        "const m = require('node:module');\n"
        f"console.log(m.enableCompileCache({str(program / 'js-cache')!r}).status);\n" + MAIN)
    first = run(program, env={"NODE_COMPILE_CACHE": ""})
    assert first.stdout == "1\ncjs-1 esm-1 8\n"
    assert compiled(first) == {"dep.js", "esm.mjs"}   # main.js was compiled before the cache existed
    second = run(program, env={"NODE_COMPILE_CACHE": ""})
    assert compiled(second) == set()
    assert not (program / "cache").exists()


def test_without_a_cache_nothing_is_written(program):
    result = run(program, env={"NODE_COMPILE_CACHE": ""})
    assert result.stdout == "cjs-1 esm-1 8\n"
    assert "[compile cache]" not in result.stderr
    assert not (program / "cache").exists()


def test_commonjs_imported_from_esm_is_compiled_once_then_read(program):
    """A .js file outside any "type" scope, imported: finding out that it is CommonJS compiles it,
    and require() uses that same compile; the next run reads it."""
    (program / "app" / "esm.mjs").write_text("import dep from './dep.js';\n" + ESM.replace("'esm-1'", "dep.value"))
    (program / "app" / "main.js").write_text("import('./esm.mjs').then((m) => console.log(m.value));\n")
    first = run(program)
    assert first.stdout == "cjs-1\n"
    assert sorted(line.rsplit("/", 1)[1] for line in first.stderr.splitlines()
                  if line.startswith("[compile cache] compiling ")) == ["dep.js", "esm.mjs", "main.js"]
    second = run(program)
    assert second.stdout == "cjs-1\n" and compiled(second) == set()
