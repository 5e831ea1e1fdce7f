"""The main thread's entry point (node's lib/internal/main/run_main_module.js, eval_string.js,
eval_stdin.js): preloads, then the script, the -e / -p code or stdin, on a JSThread."""

from __future__ import annotations

import os
import sys

from ...engine.runtime import JSObject
from ...host.jsthread import JSThread
from ...errors import JSError, NodeError
from ...loader import compile_cache, coverage, resolve, typescript
from ...loader.syntax_detection import looks_like_module
from ..host_process import encode_text, install_signal_forwarding, write_all
from ..realm import Realm, ThreadOptions


# V8's --stack-size is in KiB of V8 stack; QuickJS-ng uses about 24 times more C stack per JS call
# (measured: 1 MiB holds ~600 frames of `function r() { r() }`, V8's default 984 KiB ~14,000).
# Scaling keeps node's recursion depth for the same flag.
V8_DEFAULT_STACK_KB = 984
QUICKJS_STACK_PER_V8_BYTE = 24


def js_stack_bytes(v8_kb: int = V8_DEFAULT_STACK_KB) -> int:
    return v8_kb * 1024 * QUICKJS_STACK_PER_V8_BYTE


class RunOptions:
    """What to run: exactly one of `script`, `eval_code` or `stdin_code`.

    (A plain class: importing dataclasses costs 6 ms of start-up.)"""

    def __init__(self, *, script: str | None = None, args=(), eval_code: str | None = None,
                 print_result: bool = False, stdin_code: str | None = None, stdin_dash: bool = False,
                 input_type: str | None = None, requires=(), imports=(), exec_argv=(), config_argv=(),
                 stack_size: int | None = None, memory_limit: int = 0):
        self.script = script
        self.args = list(args)
        self.eval_code = eval_code
        self.print_result = print_result
        self.stdin_code = stdin_code
        self.stdin_dash = stdin_dash            # `noderun -`: argv[1] is '-'
        self.input_type = input_type            # --input-type: 'module' | 'commonjs'
        self.requires = list(requires)
        self.imports = list(imports)
        self.exec_argv = list(exec_argv)
        self.config_argv = list(config_argv)    # the options a configuration file gave (config_file.py)
        self.stack_size = js_stack_bytes() if stack_size is None else stack_size   # bytes of QuickJS stack
        self.memory_limit = memory_limit        # bytes, 0: none
        self.test_patterns = None               # --test: the patterns of the test files to run
        self.gc_paused = False                  # Python's collector is off until the realm is built
        self.process_ends_with_it = False       # the command's run: the process exits when it ends


def exec_path() -> str:
    """What process.execPath names: the launcher that started us (`noderun`, or a copy) or, under
    `python -m noderun`, the one installed beside this interpreter, so that spawning
    process.execPath (as fork() does) runs noderun again; plain python when there is none."""
    launcher = sys.argv[0] if sys.argv else ""
    if launcher and not os.path.isfile(launcher) and os.path.isfile(launcher + ".exe"):
        launcher += ".exe"   # pip's console-script launcher takes ".exe" off its own name
    if launcher and not launcher.endswith(".py") and os.path.isfile(launcher):
        return os.path.abspath(launcher)   # the launcher, under whatever name it was copied to
    beside = os.path.join(os.path.dirname(sys.executable), "noderun")
    if os.access(beside, os.X_OK):
        return beside
    return sys.executable


def process_argv(run: RunOptions) -> list[str]:
    argv = [exec_path()]
    if run.script is not None:
        argv.append(os.path.abspath(run.script))
    elif run.stdin_dash:
        argv.append("-")
    return argv + list(run.args)


def main_bootstrap(run: RunOptions):
    def bootstrap(thread: JSThread) -> Realm:
        realm = Realm.create(thread, ThreadOptions(argv=process_argv(run), exec_argv=run.exec_argv,
                                                    config_argv=run.config_argv))
        if run.gc_paused:
            _resume_gc()
        realm.start_entry = lambda: _run_entry(realm, run)
        realm.run_entry(_preload_then_run, realm, run)
        return realm
    return bootstrap


def _resume_gc() -> None:
    """Python's cyclic collector, paused for start-up (cli.run): its passes over the objects the
    imports and the bootstrap make free nothing and cost 3% of a start. Those objects are frozen
    (later passes skip them), and it runs as usual from here on, before any of the program's code."""
    import gc
    gc.freeze()
    gc.enable()


def _preload_then_run(realm: Realm, run: RunOptions) -> None:
    if "NODE_CHANNEL_FD" in os.environ:   # started by fork(): the IPC channel first, as node
        realm.call("setupChildChannel")
    if any(word.startswith(("--experimental-config-file", "--experimental-default-config-file"))
           for word in run.exec_argv):
        realm.call("warnExperimental", "--experimental-config-file")
    if coverage.enabled(realm):
        realm.call("enableCoverage")
    for request in run.requires:
        realm.call("preloadRequire", request)
    if run.imports:   # the entry runs once they have settled (bootstrap.js runAfterImports)
        parent = resolve.path_to_file_url(os.path.join(os.getcwd(), "[preload]"))
        realm.call("runAfterImports", [resolve.resolve_esm(r, parent) for r in run.imports])
    else:
        _run_entry(realm, run)


def _run_entry(realm: Realm, run: RunOptions) -> None:
    if run.test_patterns is not None:
        realm.call("runTests", list(run.test_patterns))
    elif run.eval_code is not None:
        _run_code(realm, run.eval_code, "[eval]", run)
    elif run.stdin_code is not None:
        _run_code(realm, run.stdin_code, "[stdin]", run)
    else:
        realm.call("runMain", os.path.abspath(run.script))


def _run_code(realm: Realm, code: str, name: str, run: RunOptions) -> None:
    result = run_code(realm, code, name, run.input_type, print_result=run.print_result)
    if run.print_result and result is not _MODULE:
        text = realm.call("formatResult", result)
        write_all(1, encode_text(text + "\n"))
    if isinstance(result, JSObject):
        result.free()


_MODULE = object()   # what run_code returns for code that ran as an ES module


def run_code(realm: Realm, code: str, name: str, input_type: str | None = None, *, print_result: bool = False):
    """Run -e / stdin / worker eval code as node does: an ES module when --input-type says so or
    its syntax is a module's (watched for unsettled top-level await), else a script named `name`
    whose completion value is returned (an owned handle for objects)."""
    context = realm.context
    if name == "[eval]":
        realm.call("exposeBuiltinGlobals")
    if input_type in typescript.INPUT_TYPES:
        code, input_type = typescript.strip_eval(context, code), typescript.INPUT_TYPES[input_type]
    # without --input-type, node 24 runs code that is not JavaScript as TypeScript if it can
    try_typescript = input_type is None and typescript.enabled
    module = input_type == "module" or (input_type is None and looks_like_module(context, code, is_eval=True))
    if try_typescript and not module and not context.parses_as_script(code):
        try:
            context.eval_script(code, name)   # it does not compile: this throws the engine's error
        except JSError as exc:
            code = typescript.retry_eval(context, code, exc)
        module = looks_like_module(context, code, is_eval=True)
    if module:
        if print_result:   # refused before anything runs, as node does
            raise JSError("", "", value=realm.make_node_error(context, NodeError("ERR_EVAL_ESM_CANNOT_PRINT")))
        # node resolves '[eval1]' against the cwd's URL: the brackets stay as they are
        url = resolve.path_to_file_url(os.getcwd() + "/") + "[eval1]"
        from ...loader import esm   # (the ES module loader: imported only for module code)
        try:
            promise = esm.eval_module(context, code, url, main=realm.options.is_main_thread)
        except JSError as exc:   # raised before it runs: it does not compile (or link)
            if not try_typescript:
                raise
            promise = esm.eval_module(context, typescript.retry_eval(context, code, exc), url,
                                      main=realm.options.is_main_thread)
        realm.call("watchMainPromise", promise)
        promise.free()
        return _MODULE
    realm.call("prepareEval", name)
    return context.eval_script(code, name)


def _reopen_closed_stdio() -> None:
    """A closed fd 0, 1 or 2 becomes /dev/null, as node does at start-up, so that the program's
    stdio (and the next file it opens) never lands on a standard descriptor by accident."""
    for fd in (0, 1, 2):   # in order: the lowest free descriptor is the one reopened
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)


def run_main(run: RunOptions) -> int:
    """Run the main thread to its end; returns the process exit code."""
    _reopen_closed_stdio()
    if os.environ.get("NODE_COMPILE_CACHE"):
        from .. import host_compile_cache
        host_compile_cache.enable_from_environment()
    thread = JSThread(main_bootstrap(run), name="main", memory_limit=run.memory_limit,
                      stack_size=run.stack_size, process_ends_with_it=run.process_ends_with_it)
    install_signal_forwarding()   # signals reach only the main Python thread: forward them to JS
    try:
        return thread.run_on_new_thread()
    finally:
        compile_cache.flush()   # node too writes its cache when the process ends
