"""Regenerate engine/_ffi.py, cffi's out-of-line ABI module, from engine/quickjs.h,
engine/_fastio_ffi.py (engine/fastio.c's functions) from engine/fastio.h,
engine/_llhttp_js_ffi.py (engine/llhttp_js.c's) from engine/llhttp_js.h and
engine/_natomics_ffi.py (engine/natomics.c's) from engine/natomics.h and
engine/_fastmsg_ffi.py (engine/fastmsg.c's) from engine/fastmsg.h.

Run by bin/regen_ffi.py. Out-of-line mode parses the cdef once, here, instead of at
every start of noderun: `noderun -e ""` is a benchmark.
"""

from pathlib import Path

import cffi

HERE = Path(__file__).resolve().parent


def build(target_dir: Path = HERE) -> list[Path]:
    targets = []
    for header, module in (("quickjs.h", "_ffi"), ("fastio.h", "_fastio_ffi"),
                           ("llhttp_js.h", "_llhttp_js_ffi"), ("natomics.h", "_natomics_ffi"),
                           ("fastmsg.h", "_fastmsg_ffi")):
        ffi = cffi.FFI()
        ffi.cdef((HERE / header).read_text())
        ffi.set_source(module, None)
        target = target_dir / f"{module}.py"
        ffi.emit_python_code(str(target))
        targets.append(target)
    return targets


if __name__ == "__main__":
    print(*build())
