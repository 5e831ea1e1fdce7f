"""engine/fastio.py: the compiled hot path of stream sockets is built from its source when no
build of that very source exists, never loaded stale, and a build that cannot be made is an
error that says why (never a silent fallback). What it does for sockets is checked by the net
fixtures (js_tests/net: partial writes and backpressure, strings, errors)."""

import os
import shutil

import pytest

from noderun.engine import fastio


def test_the_build_is_named_by_its_source_and_loads(tmp_path):
    source = str(tmp_path / "fastio.c")
    shutil.copy(fastio.SOURCE, source)
    target = fastio.library_path(source)
    assert os.path.dirname(target) == str(tmp_path) and os.path.basename(target).startswith("_fastio_")
    fastio.build(target, source)
    assert os.path.exists(target)
    loaded = fastio.FastIO(target)
    assert loaded.lib.fastio_poll is not None and loaded.send_function is not None

    # another source gets another name, and its build removes the stale one
    with open(source, "a") as file:
        file.write("\n/* changed */\n")
    changed = fastio.library_path(source)
    assert changed != target
    fastio.build(changed, source)
    assert os.path.exists(changed) and not os.path.exists(target)


def test_a_missing_compiler_is_an_error_that_names_it(tmp_path, monkeypatch):
    source = str(tmp_path / "fastio.c")
    shutil.copy(fastio.SOURCE, source)
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    with pytest.raises(fastio.FastIOError, match="no-such-cc"):
        fastio.build(fastio.library_path(source), source)
    assert list(tmp_path.glob("*.so")) == []


def test_a_source_that_does_not_compile_is_an_error_with_the_compiler_output(tmp_path):
    source = tmp_path / "fastio.c"
    source.write_text("this is not C;\n")
    source = str(source)
    with pytest.raises(fastio.FastIOError, match="error"):
        fastio.build(fastio.library_path(source), source)
    assert list(tmp_path.glob("*.so")) == []


def test_load_builds_once_and_reuses_it():
    first = fastio.load()
    assert os.path.exists(fastio.library_path())
    assert fastio.load() is first


def test_a_read_only_install_builds_in_the_user_cache(tmp_path, monkeypatch):
    install = tmp_path / "install"
    install.mkdir()
    source = str(install / "fastio.c")
    shutil.copy(fastio.SOURCE, source)
    os.chmod(install, 0o555)
    try:
        if os.access(install, os.W_OK):
            pytest.skip("running as root: every folder is writable")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        target = fastio.library_path(source)
        assert os.path.dirname(target) == str(tmp_path / "cache" / "noderun")
        fastio.build(target, source)
        assert fastio.FastIO(target).send_function is not None
    finally:
        os.chmod(install, 0o755)


def test_each_source_keeps_its_own_build(tmp_path):
    """fastio.c and fastmsg.c are built side by side: building one never removes the other's."""
    from noderun.engine import fastmsg

    sources = []
    for original in (fastio.SOURCE, fastmsg.SOURCE):
        source = str(tmp_path / os.path.basename(original))
        shutil.copy(original, source)
        sources.append(source)
    targets = [fastio.built(source) for source in sources]
    assert [os.path.basename(t).split("_")[1] for t in targets] == ["fastio", "fastmsg"]
    assert all(os.path.exists(t) for t in targets)
    assert fastmsg.FastMsg(targets[1]).post_function is not None


def test_a_stamp_finds_the_build_without_reading_the_source_until_the_source_changes(tmp_path, monkeypatch):
    source = str(tmp_path / "fastio.c")
    shutil.copy(fastio.SOURCE, source)
    target = fastio.built(source)
    assert os.path.exists(tmp_path / ".fastio.stamp")

    def no_checksum(source):
        raise AssertionError("the source was read")

    real_library_path = fastio.library_path
    monkeypatch.setattr(fastio, "library_path", no_checksum)
    assert fastio.built(source) == target

    # a changed source (new modification time and size) is checksummed and built again
    with open(source, "a") as file:
        file.write("\n/* changed */\n")
    with pytest.raises(AssertionError, match="the source was read"):
        fastio.built(source)
    monkeypatch.setattr(fastio, "library_path", real_library_path)
    changed = fastio.built(source)
    assert changed != target and os.path.exists(changed) and not os.path.exists(target)
    monkeypatch.setattr(fastio, "library_path", no_checksum)
    assert fastio.built(source) == changed


@pytest.mark.parametrize("damage", ["garbage", "empty", "build removed", "other source"])
def test_a_stamp_that_does_not_hold_is_not_trusted(tmp_path, damage):
    source = str(tmp_path / "fastio.c")
    shutil.copy(fastio.SOURCE, source)
    target = fastio.built(source)
    stamp = tmp_path / ".fastio.stamp"
    if damage == "garbage":
        stamp.write_bytes(b"\xff\x00 not a stamp")
    elif damage == "empty":
        stamp.write_bytes(b"")
    elif damage == "build removed":
        os.unlink(target)
    else:   # a stamp written for another file of the same time and size names a build of other code
        text = stamp.read_text()
        stamp.write_text(text.replace(source, source + ".other", 1))
    assert fastio._stamped(source) is None
    assert fastio.built(source) == target and os.path.exists(target)
    assert fastio._stamped(source) == target   # rewritten
