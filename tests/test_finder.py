"""noderun/_finder.py: noderun's own modules load by a shorter way that must behave as Python's
import does. Each test runs a fresh interpreter on a copy of the package's entry (its __init__.py
and _finder.py) with a module of the test's own, so the .pyc files are the test's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import noderun

PACKAGE = Path(noderun.__file__).resolve().parent


def _package(tmp_path: Path, modules: dict[str, str]) -> Path:
    root = tmp_path / "noderun"
    root.mkdir()
    for name in ("__init__.py", "_finder.py"):
        shutil.copy(PACKAGE / name, root / name)
    for relative, text in modules.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _python(tmp_path: Path, code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                          cwd=tmp_path)


IMPORT_PROBE = ("import noderun.probe as m, noderun._finder as f; "
                "print(m.VALUE, type(m.__spec__.loader) is f._Loader, m.__cached__ is not None)")


def test_a_module_loads_by_the_finder_and_its_pyc_is_written_then_read(tmp_path: Path):
    root = _package(tmp_path, {"probe.py": "VALUE = 1\n"})
    first = _python(tmp_path, IMPORT_PROBE)
    assert first.stdout.split() == ["1", "True", "True"], first.stderr
    pyc = next((root / "__pycache__").glob("probe.*.pyc"))
    # the second process reads the .pyc: one whose code says otherwise, with the source's header, is used
    data = pyc.read_bytes()
    source_code = compile("VALUE = 'from the pyc'\n", str(root / "probe.py"), "exec")
    import marshal
    pyc.write_bytes(data[:16] + marshal.dumps(source_code))
    assert _python(tmp_path, IMPORT_PROBE).stdout.split()[0] == "from"


def test_an_edited_source_is_compiled_again(tmp_path: Path):
    root = _package(tmp_path, {"probe.py": "VALUE = 1\n"})
    assert _python(tmp_path, IMPORT_PROBE).stdout.split()[0] == "1"
    source = root / "probe.py"
    stat = source.stat()
    source.write_text("VALUE = 2\n")   # the same size: only the time tells
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    assert _python(tmp_path, IMPORT_PROBE).stdout.split()[0] == "2"


def test_a_damaged_pyc_fails_or_recompiles_as_pythons_own_import_does(tmp_path: Path):
    root = _package(tmp_path, {"probe.py": "VALUE = 1\n"})
    _python(tmp_path, IMPORT_PROBE)
    pyc = next((root / "__pycache__").glob("probe.*.pyc"))
    pyc.write_bytes(pyc.read_bytes()[:16] + b"\xff\x00garbage")   # a valid header, a damaged body
    ours = _python(tmp_path, IMPORT_PROBE)
    standard = _python(tmp_path, "import sys, noderun; sys.meta_path.remove(noderun._finder._Finder); "
                       "import noderun.probe as m; print(m.VALUE)")
    assert (ours.returncode, ours.stderr.splitlines()[-1:]) == (standard.returncode, standard.stderr.splitlines()[-1:])


def test_packages_missing_modules_and_sourceless_modules_go_as_usual(tmp_path: Path):
    root = _package(tmp_path, {"sub/__init__.py": "NAME = 'sub'\n", "sub/inner.py": "VALUE = 3\n",
                               "legacy.py": "VALUE = 4\n"})
    compiled = _python(tmp_path, "import py_compile, sys; "
                       f"py_compile.compile({str(root / 'legacy.py')!r}, cfile={str(root / 'legacy.pyc')!r})")
    assert compiled.returncode == 0, compiled.stderr
    (root / "legacy.py").unlink()   # only legacy.pyc beside it: the standard sourceless loader's
    result = _python(tmp_path, "import noderun.sub.inner as i, noderun.sub as s, noderun.legacy as l\n"
                     "print(s.NAME, s.__path__ == [s.__file__.rpartition('/')[0]], i.VALUE, l.VALUE,"
                     " type(l.__spec__.loader).__name__)\n"
                     "try:\n    import noderun.nothing_here\nexcept ModuleNotFoundError as e:\n    print(e.name)")
    assert result.stdout.split() == ["sub", "True", "3", "4", "SourcelessFileLoader", "noderun.nothing_here"], \
        result.stderr


# what a module looks like once loaded: its attributes, its spec, its parent's attribute
DESCRIBE = ("import sys\n"
            "from importlib.util import cache_from_source\n"
            "def describe(name):\n"
            "    m = sys.modules[name]; s = m.__spec__\n"
            "    assert m.__cached__ == cache_from_source(m.__file__), (m.__cached__, m.__file__)\n"
            "    parent, _, child = name.rpartition('.')\n"
            "    return (name, m.__name__, m.__file__, m.__cached__, m.__package__, getattr(m, '__path__', None),\n"
            "            s.name, s.origin, s.cached, s.parent, s.has_location, s.submodule_search_locations,\n"
            "            type(m.__loader__).__name__, m.__loader__ is s.loader, s._initializing,\n"
            "            getattr(sys.modules[parent], child) is m, sorted(k for k in vars(m) if k != '__builtins__'))\n")
TREE = {"sub/__init__.py": "NAME = 'sub'\n", "sub/inner.py": "from . import leaf\nVALUE = leaf.VALUE + 1\n",
        "sub/leaf.py": "VALUE = 3\n"}
NAMES = ["noderun.sub", "noderun.sub.leaf", "noderun.sub.inner"]


def test_preloaded_modules_are_what_an_import_makes(tmp_path: Path):
    _package(tmp_path, TREE)
    describe = DESCRIBE + f"print([describe(n) for n in {NAMES!r}])"
    imported = _python(tmp_path, "import noderun.sub.inner\n" + describe)
    preloaded = _python(tmp_path, f"import noderun; noderun._finder.preload({NAMES!r})\n" + describe)
    assert imported.returncode == preloaded.returncode == 0, imported.stderr + preloaded.stderr
    assert preloaded.stdout == imported.stdout
    assert "'noderun.sub.inner', 'noderun.sub.inner'" in preloaded.stdout   # (the description is read)


def test_preload_leaves_loaded_and_unfindable_modules_and_raises_a_modules_error(tmp_path: Path):
    _package(tmp_path, {**TREE, "broken.py": "import noderun.sub.leaf\nraise ValueError('at import')\n"})
    result = _python(tmp_path, "import sys, noderun, noderun.sub as s\n"
                     "s.MARK = 'kept'\n"
                     "try:\n"
                     "    noderun._finder.preload(['noderun.sub', 'noderun.nothing', 'noderun.nothing.deeper',\n"
                     "                             'noderun.broken', 'noderun.sub.inner'])\n"
                     "except ValueError as e:\n"
                     "    print('raised', e)\n"
                     "print(sys.modules['noderun.sub'].MARK, 'noderun.nothing' in sys.modules,\n"
                     "      'noderun.broken' in sys.modules, 'noderun.sub.leaf' in sys.modules,\n"
                     "      'noderun.sub.inner' in sys.modules)\n"
                     "import noderun.sub.inner as i; print(i.VALUE)")
    assert result.stdout.split() == ["raised", "at", "import", "kept", "False", "False", "True", "False", "4"], \
        result.stderr


def test_the_pyc_path_is_importlibs_under_an_optimization_level_and_a_pycache_prefix(tmp_path: Path):
    _package(tmp_path, {"probe.py": "VALUE = 1\n"})
    probe = ("import noderun.probe as m\nfrom importlib.util import cache_from_source\n"
             "print(m.__cached__ == cache_from_source(m.__file__), m.__cached__)")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for flags, extra in (([], {}), (["-O"], {}), ([], {"PYTHONPYCACHEPREFIX": str(tmp_path / "prefix")})):
        result = subprocess.run([sys.executable, *flags, "-c", probe], capture_output=True, text=True,
                                env={**env, **extra}, timeout=60, cwd=tmp_path)
        answer, cached = result.stdout.split()
        assert answer == "True", (flags, extra, result.stderr)
        assert Path(cached).is_file()   # (written there, and read from there by the next import)
        assert ("opt-1" in cached) == (flags == ["-O"]) and ("prefix" in cached) == bool(extra)
