"""noderun's own disk cache (noderun/loader/disk_cache.py), seen from outside: the builtins'
bytecode (loader/bytecode.py) and the index of the host functions (node/host_index.py) kept
between processes. An entry is used only when it was made from the same source; a stale, damaged
or unreadable entry is never trusted but made again; processes starting together never corrupt
it; where it cannot be written, noderun runs as well without it.

Every run here gets its own cache folder (NODERUN_CACHE_DIR). Whether an entry was used is read
from the files (a used entry is left as it was; a rejected one is rewritten), never from timing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from noderun import __version__
from noderun.engine.lib import ENGINE_VERSION
from noderun.engine.runtime import Context, Runtime
from noderun.loader import bytecode, disk_cache
from noderun.node import host_index

# touches the bootstrap, a public builtin and console (stdout)
PROGRAM = "console.log(require('path').join('a', 'b'), typeof process.hrtime.bigint())"
EXPECTED = "a/b bigint\n"
BOOTSTRAP = "internal/bootstrap"


def run(cache: Path, code: str = PROGRAM) -> str:
    env = dict(os.environ, NODERUN_CACHE_DIR=str(cache))
    result = subprocess.run([sys.executable, "-m", "noderun", "-e", code], env=env,
                            capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout


def folder(cache: Path) -> Path:
    return cache / f"{__version__}-quickjs-ng-{ENGINE_VERSION}"


def builtin_entry(internal_id: str) -> tuple[str, bytes]:
    name, key = bytecode.cache_entry(internal_id)
    assert key is not None
    return name, key


def assert_valid(cache: Path, internal_id: str = BOOTSTRAP) -> None:
    """The entry of `internal_id` holds bytecode made from today's source."""
    name, key = builtin_entry(internal_id)
    payload = disk_cache.unpack((folder(cache) / name).read_bytes(), key)
    assert payload is not None and len(payload) > 100


def compiled(code: str) -> bytes:
    """Bytecode of a builtin's wrapper function with body `code` (what a stale entry would hold)."""
    runtime = Runtime()
    context = Context(runtime)
    try:
        function = context.compile_script(bytecode.WRAPPER_HEAD + code + bytecode.WRAPPER_TAIL, "node:stale")
        data = context.write_bytecode(function)
        from noderun.engine.lib import lib
        lib.JS_FreeValue(context.ptr, function)
        return data
    finally:
        context.free()
        runtime.free()


def test_a_second_run_reads_the_entries_the_first_wrote(tmp_path: Path):
    assert run(tmp_path) == EXPECTED
    entries = {path.name: path.stat() for path in folder(tmp_path).iterdir()}
    assert f"{BOOTSTRAP.replace('/', '.')}.jsbc" in entries and "path.jsbc" in entries
    assert host_index.ENTRY in entries
    assert_valid(tmp_path)
    assert_valid(tmp_path, "path")
    assert run(tmp_path) == EXPECTED
    after = {path.name: path.stat() for path in folder(tmp_path).iterdir()}
    assert after.keys() == entries.keys()
    for name, stat in entries.items():   # read, not written again
        assert (after[name].st_ino, after[name].st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns), name


def test_an_entry_made_from_another_source_is_not_used(tmp_path: Path):
    name, _ = builtin_entry(BOOTSTRAP)
    stale = compiled("throw new Error('stale bytecode ran');")
    folder(tmp_path).mkdir(parents=True)
    (folder(tmp_path) / name).write_bytes(disk_cache.pack(disk_cache.key(b"yesterday's source"), stale))
    assert run(tmp_path) == EXPECTED
    assert_valid(tmp_path)   # made again from the source


def test_a_host_index_of_other_module_files_is_not_used(tmp_path: Path):
    folder(tmp_path).mkdir(parents=True)
    entry = folder(tmp_path) / host_index.ENTRY
    entry.write_bytes(disk_cache.pack(disk_cache.key(b"other files"), b"{}"))
    assert run(tmp_path) == EXPECTED
    index = disk_cache.unpack(entry.read_bytes(), host_index.cache_key())
    assert index is not None and b"loadInternal" not in index and b"writeFd" in index


@pytest.mark.parametrize("payload", [b"\x00not the engine's serialization", b"", "a string", "a number"])
def test_a_host_index_the_engine_cannot_read_as_an_object_is_made_again(tmp_path: Path, payload):
    """An entry of today's key whose payload the engine rejects, or reads as no object (what
    another engine's serialization could be), is not used but rewritten."""
    if isinstance(payload, str):
        runtime = Runtime()
        context = Context(runtime)
        try:
            value = context.to_js("writeFd" if payload == "a string" else 12)
            payload = context.write_data(value)
            from noderun.engine.lib import lib
            lib.JS_FreeValue(context.ptr, value)
        finally:
            context.free()
            runtime.free()
    folder(tmp_path).mkdir(parents=True)
    entry = folder(tmp_path) / host_index.ENTRY
    entry.write_bytes(disk_cache.pack(host_index.cache_key(), payload))
    assert run(tmp_path) == EXPECTED
    index = disk_cache.unpack(entry.read_bytes(), host_index.cache_key())
    assert index is not None and index != payload and b"writeFd" in index


def test_a_builtin_file_that_changed_has_another_key(tmp_path: Path, monkeypatch):
    """A builtin's entry is keyed by its file's path, size and modification time (as a .pyc is):
    an edited file, whatever its size, is compiled again; an unchanged one is read."""
    monkeypatch.setattr(bytecode, "JS_ROOT", str(tmp_path))
    source = tmp_path / "edited.js"
    source.write_text("module.exports = 1;")
    name, key = bytecode.cache_entry("edited")
    assert name == "edited.jsbc" and bytecode.cache_entry("edited") == (name, key)
    source.write_text("module.exports = 22;")
    longer = bytecode.cache_entry("edited")[1]
    assert longer != key
    stat = source.stat()
    source.write_text("module.exports = 33;")   # the same size: its modification time tells
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert bytecode.cache_entry("edited")[1] not in (key, longer)
    source.unlink()
    assert bytecode.cache_entry("edited") == (name, None)   # no file: no entry can be trusted


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "empty", "not an entry", "unreadable bytecode"])
def test_a_damaged_entry_is_rejected_and_rewritten(tmp_path: Path, damage: str):
    assert run(tmp_path) == EXPECTED
    name, key = builtin_entry(BOOTSTRAP)
    path = folder(tmp_path) / name
    data = path.read_bytes()
    if damage == "truncated":
        data = data[:len(data) // 2]
    elif damage == "flipped byte":
        data = data[:-10] + bytes([data[-10] ^ 0x40]) + data[-9:]
    elif damage == "empty":
        data = b""
    elif damage == "not an entry":
        data = b"\x00" * 4096
    else:   # a well-formed entry for this very source whose bytecode the engine cannot read
        data = disk_cache.pack(key, b"\x02garbage that is not bytecode" * 8)
    path.write_bytes(data)
    assert run(tmp_path) == EXPECTED
    assert_valid(tmp_path)


def test_entries_are_checked_by_crc32c_or_zlibs_crc32_and_a_flipped_byte_is_rejected(monkeypatch):
    """Entries are checked with fastmsg.c's CRC-32C, or zlib's CRC-32 where fastmsg.c could not be
    built (the magic string says which): a flipped byte is rejected in either, and an entry of the
    other kind is a miss (rewritten in this process's kind)."""
    import zlib

    key, payload = disk_cache.key(b"source"), bytes(range(256)) * 40
    crc32c_entry = disk_cache.pack(key, payload)
    monkeypatch.setattr(disk_cache, "_kind", (disk_cache._MAGIC_CRC32, zlib.crc32))   # no fastmsg.c
    zlib_entry = disk_cache.pack(key, payload)
    assert disk_cache.unpack(zlib_entry, key) == payload and disk_cache.unpack(crc32c_entry, key) is None
    flipped_zlib = zlib_entry[:100] + bytes([zlib_entry[100] ^ 0x08]) + zlib_entry[101:]
    assert disk_cache.unpack(flipped_zlib, key) is None
    monkeypatch.undo()
    assert crc32c_entry[:16] != zlib_entry[:16]
    assert crc32c_entry[-len(payload):] == zlib_entry[-len(payload):] == payload
    assert disk_cache.unpack(crc32c_entry, key) == payload and disk_cache.unpack(zlib_entry, key) is None
    for at in (len(crc32c_entry) - len(payload), len(crc32c_entry) - len(payload) // 2, len(crc32c_entry) - 1):
        flipped = crc32c_entry[:at] + bytes([crc32c_entry[at] ^ 0x08]) + crc32c_entry[at + 1:]
        assert disk_cache.unpack(flipped, key) is None, at


def test_processes_starting_together_on_an_empty_cache(tmp_path: Path):
    with ThreadPoolExecutor(6) as pool:
        outputs = list(pool.map(lambda _: run(tmp_path), range(6)))
    assert outputs == [EXPECTED] * 6
    names = sorted(path.name for path in folder(tmp_path).iterdir())
    assert not [name for name in names if name.endswith(".tmp")]   # every write landed whole
    for name in names:
        if name.endswith(".jsbc"):
            internal_id = name[:-len(".jsbc")].replace(".", "/")
            assert_valid(tmp_path, internal_id)
    assert run(tmp_path) == EXPECTED


@pytest.mark.parametrize("where", ["under a file", "in /proc"])
def test_a_cache_that_cannot_be_written_is_done_without(tmp_path: Path, where: str):
    if where == "under a file":
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        cache = blocker / "cache"
    else:
        cache = Path("/proc/self/noderun-cache")
    assert run(cache) == EXPECTED
    assert run(cache, "console.log(require('os').EOL === '\\n', new URL('http://x/y').pathname)") == "true /y\n"
    assert not cache.exists()


def test_the_host_index_names_every_host_function_once():
    seen: dict[str, str] = {}
    for number, module in enumerate(host_index.HOST_MODULES):
        for name in host_index.module_functions(number):
            assert name not in seen, f"{name} is in {seen.get(name)} and {module}"
            seen[name] = module
    assert len(seen) > 300
