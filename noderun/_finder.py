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
"""

import _imp
import marshal
import os
import sys

from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import MAGIC_NUMBER, PathFinder, SourceFileLoader, cache_from_source

_PACKAGE = __name__.rpartition(".")[0]          # "noderun"
_PREFIX = _PACKAGE + "."
_ROOT = os.path.dirname(os.path.abspath(__file__))
_CODE_TYPE = type((lambda: None).__code__)


class _Loader(SourceFileLoader):
    """SourceFileLoader that reads a valid timestamp `.pyc` in one system call."""

    def get_code(self, fullname):
        source = self.path
        try:
            stat = os.stat(source)
            fd = os.open(cache_from_source(source), os.O_RDONLY | os.O_CLOEXEC)
            try:
                data = os.read(fd, 1 << 24)
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


class _Finder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith(_PREFIX):
            return None
        base = os.path.join(_ROOT, *name.split(".")[1:])
        if os.path.isfile(base + ".py"):
            origin, package = base + ".py", False
        elif os.path.isfile(os.path.join(base, "__init__.py")):
            origin, package = os.path.join(base, "__init__.py"), True
        else:
            return None
        spec = ModuleSpec(name, _Loader(name, origin), origin=origin, is_package=package)
        spec.has_location = True
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
