"""Python's import machinery, shortened for noderun's own modules (a start imports about 40).

The standard path finder looks for each module in its folder's listing, trying every suffix an
extension module may have, and the loader reads the `.pyc` through Python's file objects; per
module that is about 60 calls of importlib's Python code and a few system calls more than needed:
4% of a start. Here a `noderun.*` name maps straight to its `.py` file (or its package's
`__init__.py`), and its `.pyc` is read with one `os.read` and used under exactly the rule
importlib applies (a timestamp `.pyc` whose recorded modification time and size are the
source's). Anything else goes the standard way: a name with no `.py` file (a sourceless install,
a module that does not exist) is left to the finders after this one, and a missing, stale,
hash-based or damaged `.pyc` to SourceFileLoader itself (which compiles the source and writes the
`.pyc`, or fails as it would have).
The modules are ordinary source modules: a ModuleSpec with a SourceFileLoader (this subclass), and
`__file__` and `__cached__` as the standard finder gives them.

The command goes one step further for the modules every start needs (`preload`): an `import`
statement of a module not yet loaded runs importlib's `_find_and_load` in Python (module locks,
every finder on sys.meta_path, the module's attributes one by one): ~110k instructions a module,
5% of a start for the ~35 modules of `noderun -e ""`. preload loads each of them as that would,
in the order the imports would (a module's own imports then find theirs in sys.modules).
"""

import _imp
import marshal
import os
import sys
from _stat import S_ISREG

from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import MAGIC_NUMBER, PathFinder, SourceFileLoader, cache_from_source

_PACKAGE = __name__.rpartition(".")[0]          # "noderun"
_PREFIX = _PACKAGE + "."
_ROOT = os.path.dirname(os.path.abspath(__file__))
_CODE_TYPE = type((lambda: None).__code__)
_ModuleType = type(sys)
_PYCACHE = os.sep + "__pycache__" + os.sep
_PYC_SUFFIX = None if sys.implementation.cache_tag is None else f".{sys.implementation.cache_tag}.pyc"


class _Loader(SourceFileLoader):
    """SourceFileLoader that reads a valid timestamp `.pyc` in one system call."""

    source_stat = None   # the source's stat when find_spec just made it (taken by the next get_code)

    def get_code(self, fullname):
        source = self.path
        stat, self.source_stat = self.source_stat, None
        try:
            if stat is None:
                stat = os.stat(source)
            fd = os.open(self.cached, os.O_RDONLY | os.O_CLOEXEC)
            try:
                # (its size asked first: a read of "up to N bytes" makes a buffer of N, mapped and
                # unmapped by the allocator; a short read fails the checks below)
                data = os.read(fd, os.fstat(fd).st_size)
            finally:
                os.close(fd)
        except OSError:
            return super().get_code(fullname)
        # importlib's own check (_classify_pyc, _validate_timestamp_pyc): magic, flags 0 (a
        # timestamp .pyc), then the source's modification time and size, each mod 2**32
        if (data[:8] != MAGIC_NUMBER + b"\0\0\0\0"
                or int.from_bytes(data[8:12], "little") != int(stat.st_mtime) & 0xFFFFFFFF
                or int.from_bytes(data[12:16], "little") != stat.st_size & 0xFFFFFFFF):
            return super().get_code(fullname)
        try:
            code = marshal.loads(memoryview(data)[16:])
        except (EOFError, ValueError, TypeError):
            code = None
        if type(code) is not _CODE_TYPE:   # what importlib does with such a .pyc, it does
            return super().get_code(fullname)
        _imp._fix_co_filename(code, source)
        return code


def _cache_path(source: str) -> str:
    """importlib's cache_from_source, by string operations where no optimization level (-O) nor
    pycache prefix (PYTHONPYCACHEPREFIX) changes its answer: `dir/__pycache__/name.<tag>.pyc`."""
    if sys.flags.optimize or sys.pycache_prefix is not None or _PYC_SUFFIX is None:
        return cache_from_source(source)
    folder, _, name = source.rpartition(os.sep)
    return folder + _PYCACHE + name[:-3] + _PYC_SUFFIX


class _Finder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith(_PREFIX):
            return None
        base = _ROOT + os.sep + name[len(_PREFIX):].replace(".", os.sep)
        for origin, package in ((base + ".py", False), (base + os.sep + "__init__.py", True)):
            try:
                stat = os.stat(origin)
            except OSError:
                continue
            if S_ISREG(stat.st_mode):
                break
        else:
            return None
        loader = _Loader(name, origin)
        loader.source_stat = stat   # (the import's get_code comes next: one stat serves both)
        loader.cached = _cache_path(origin)   # (once: the spec's `cached` and get_code's)
        spec = ModuleSpec(name, loader, origin=origin, is_package=package)
        spec.has_location = True
        spec.cached = loader.cached
        if package:
            spec.submodule_search_locations = [base]
        return spec


def install() -> None:
    """Put the finder just before the standard path finder (after any hook that rewrites modules
    as they load, pytest's among them), once."""
    if _Finder in sys.meta_path:
        return
    try:
        where = sys.meta_path.index(PathFinder)
    except ValueError:
        where = len(sys.meta_path)
    sys.meta_path.insert(where, _Finder)


def preload(names) -> None:
    """Load the `noderun.*` modules `names` (each after its parent package), as the import system
    would, by the shortest way: for the command's start, on its main thread before any other
    thread runs (so without the import system's per-module locks), with no import hook between.
    A module already loaded is left as it is, one this finder does not find (a sourceless
    install) is left to the import statement that needs it, and one that fails to run is taken
    out of sys.modules again and its error raised, as an import would."""
    if "importtime" in sys._xoptions or (
            os.environ.get("PYTHONPROFILEIMPORTTIME") and not sys.flags.ignore_environment):
        return   # `python -X importtime` reports each module's import: the import system's way
    modules = sys.modules
    for name in names:
        parent, _, child = name.rpartition(".")
        if name in modules or parent not in modules:
            continue
        spec = _Finder.find_spec(name)
        if spec is None:
            continue
        # importlib's module_from_spec and _load_unlocked, for a spec of _Finder's
        module = _ModuleType(name)
        namespace = module.__dict__
        namespace["__spec__"] = spec
        namespace["__loader__"] = spec.loader
        namespace["__file__"] = spec.origin
        namespace["__cached__"] = spec.cached
        if spec.submodule_search_locations is not None:
            namespace["__path__"] = spec.submodule_search_locations
            namespace["__package__"] = name
        else:
            namespace["__package__"] = parent
        spec._initializing = True   # (what `from x import y` checks to name a circular import)
        modules[name] = module
        try:
            exec(spec.loader.get_code(name), namespace)
        except BaseException:
            modules.pop(name, None)
            raise
        finally:
            spec._initializing = False
        setattr(modules[parent], child, modules[name])
