"""Regenerate engine/_ffi.py, cffi's out-of-line ABI module, from engine/quickjs.h.

Run by bin/regen_ffi.py. Out-of-line mode parses the cdef once, here, instead of at
every start of noderun: `noderun -e ""` is a benchmark.
"""

from pathlib import Path

import cffi

HERE = Path(__file__).resolve().parent


def build(target_dir: Path = HERE) -> Path:
    ffi = cffi.FFI()
    ffi.cdef((HERE / "quickjs.h").read_text())
    ffi.set_source("_ffi", None)
    target = target_dir / "_ffi.py"
    ffi.emit_python_code(str(target))
    return target


if __name__ == "__main__":
    print(build())
