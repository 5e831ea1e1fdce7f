"""`noderun [options] [script.js | -e code | -p code | -] [arguments]`, node's command line.

Only the click command lives here: argv -> RunOptions -> run the main thread -> exit code.
Option parsing stops at the script name (or `--`), so the script's own flags reach process.argv.
"""

from __future__ import annotations

import os
import sys

from . import NODE_VERSION

EXIT_BAD_OPTION = 9

# Node flags that change nothing here and are accepted silently (as node accepts V8's).
ACCEPTED_NOOP_FLAGS = frozenset({
    "--no-warnings", "--trace-uncaught", "--trace-warnings", "--enable-source-maps", "--no-deprecation",
    "--trace-deprecation", "--pending-deprecation", "--experimental-vm-modules", "--expose-gc",
    "--experimental-require-module", "--experimental-detect-module", "--no-experimental-require-module",
    "--experimental-default-type=commonjs", "--preserve-symlinks", "--abort-on-uncaught-exception",
    "--experimental-worker", "--experimental-global-webcrypto", "--no-experimental-fetch",
    # no start-up snapshot exists to skip; the allocator checks are a debug build's self-test
    "--no-node-snapshot", "--debug-arraybuffer-allocations",
    # read by the module loader (bootstrap.js): require(esm)'s ExperimentalWarning
    "--trace-require-module=all", "--trace-require-module=no-node-modules",
    # V8 flags that bootstrap.js acts on (it leaves the Atomics / SharedArrayBuffer global out)
    "--no-harmony-atomics", "--no-harmony-sharedarraybuffer", "--enable-sharedarraybuffer-per-context",
    # net.js reads these from process.execArgv (the default of autoSelectFamily)
    "--network-family-autoselection", "--no-network-family-autoselection",
    # type stripping is on by default, as in node 24; run() acts on the --no- form
    "--experimental-strip-types", "--no-experimental-strip-types", "--strip-types", "--no-strip-types",
    # the WebSocket global is there by default, as in node 24; bootstrap.js acts on the --no- form
    "--experimental-websocket", "--no-experimental-websocket",
    # node:sqlite is there by default, as in node 24; sqlite.js acts on the --no- form
    "--experimental-sqlite", "--no-experimental-sqlite",
    # read by the CommonJS loader: require('internal/...') reaches noderun's internal modules
    # (node's own tests use them; internal/test/binding gives its bindings' JS faces)
    "--expose-internals",
    # node's test flag, read by internal/dgram/udp_wrap.js: every UDP send waits in the queue
    "--test-udp-no-try-send",
    # read by node:http (internal/http/common.js): lenient parsing by default
    "--insecure-http-parser",
    # read by node:dns (internal/dns/core.js): the default result order
    "--dns-result-order=verbatim", "--dns-result-order=ipv4first", "--dns-result-order=ipv6first",
    # read by node:tls (internal/tls/secure_context.js): tls.DEFAULT_MIN_VERSION / MAX_VERSION
    "--tls-min-v1.0", "--tls-min-v1.1", "--tls-min-v1.2", "--tls-min-v1.3", "--tls-max-v1.2", "--tls-max-v1.3",
    # node's choice of trusted CA stores (its bundled Mozilla list, OpenSSL's, the system's): noderun has
    # one, the system's trust store, which stands for all of them (README), so there is nothing to choose
    "--use-system-ca", "--no-use-system-ca", "--use-openssl-ca", "--no-use-openssl-ca", "--use-bundled-ca",
    "--no-use-bundled-ca",
})


def _fail(message: str) -> None:
    sys.stderr.write(f"noderun: {message}\n")
    sys.exit(EXIT_BAD_OPTION)


# -- parsing ----------------------------------------------------------------------------------------
#
# The result of parsing is a dict keyed by the click command's parameter names. click parses every
# command line it is given; the shapes nearly every run has (a script, `-e` / `-p` code, `-r` /
# `--import` preloads, no-op flags) are also recognised by `_parse_common` without importing click,
# which costs 15 ms of a 40 ms start-up. tests/test_cli.py checks both give the same result.

_COMMON_VALUE_OPTIONS = {
    "-e": "eval_code", "--eval": "eval_code", "-p": "print_code", "--print": "print_code",
    "-pe": "print_code",   # node's alias of --print --eval
    "-r": "requires", "--require": "requires", "--import": "imports", "--run": "run_script",
    "--watch-path": "watch_paths", "--watch-kill-signal": "watch_kill_signal",
}
_MULTIPLE = ("requires", "imports", "watch_paths")
_COMMON_FLAG_OPTIONS = {"--watch": "watch", "--watch-preserve-output": "watch_preserve_output", "--test": "test"}
# The test runner's options (node:test reads them from process.execArgv; `--test` passes them on to
# each test file's process): kept in exec_argv, stepped over here.
TEST_RUNNER_FLAGS = frozenset({"--test-only", "--test-force-exit", "--test-update-snapshots",
                               "--experimental-test-module-mocks", "--experimental-test-coverage"})
TEST_RUNNER_VALUE_OPTIONS = frozenset({
    "--test-reporter", "--test-reporter-destination", "--test-name-pattern", "--test-skip-pattern",
    "--test-concurrency", "--test-timeout", "--test-shard", "--test-isolation", "--test-rerun-failures",
    "--test-coverage-include", "--test-coverage-exclude", "--test-coverage-lines", "--test-coverage-branches",
    "--test-coverage-functions",
})
# a configuration file (config_file.py), read before the rest of the options are
_CONFIG_FLAGS = frozenset({"--experimental-default-config-file"})
_CONFIG_VALUE_OPTIONS = frozenset({"--experimental-config-file"})
# Options with a value that JS reads from process.execArgv (net.js: autoSelectFamily's attempt
# timeout; internal/http/common.js: the parsers' default maxHeaderSize)
JS_VALUE_OPTIONS = frozenset({"--network-family-autoselection-attempt-timeout", "--max-http-header-size",
                              "--tls-cipher-list", "--tls-keylog"})
# the options with a value that are kept in exec_argv and stepped over here
_KEPT_VALUE_OPTIONS = TEST_RUNNER_VALUE_OPTIONS | JS_VALUE_OPTIONS | _CONFIG_VALUE_OPTIONS
# the flags that are kept in exec_argv and stepped over here
_KEPT_FLAGS = ACCEPTED_NOOP_FLAGS | TEST_RUNNER_FLAGS | _CONFIG_FLAGS
# --env-file / --env-file-if-exists take a value; parse() reads them from the whole argv, as node does
_ENV_FILE_FLAGS = ("--env-file", "--env-file-if-exists")


def parse(argv: list[str]) -> dict | None:
    """Node-style argv -> option values; None when it only printed (--version, --help)."""
    values = _parse_common(argv)
    if values is None:
        values = _parse_with_click(argv)
    if values is not None:   # process.execArgv: every option before the script, as node gives it
        options = argv[:len(argv) - len(values["argv"])]
        values["exec_argv"] = options[:-1] if options[-1:] == ["--"] else options
        values["env_files"] = []
        if any(arg.startswith(_ENV_FILE_FLAGS) for arg in argv):
            from .node.dotenv import files_from_args
            values["env_files"] = files_from_args(argv)
    return values


def _parse_common(argv: list[str]) -> dict | None:
    """The common command lines, parsed as click would; None for anything else."""
    raw = {"eval_code": None, "print_code": None, "input_type": None, "requires": [], "imports": [],
           "stack_size": None, "max_old_space_size": None, "run_script": None, "watch_paths": [],
           "watch": False, "watch_preserve_output": False, "watch_kill_signal": None, "test": False}
    flags = []
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] not in ("-", "--"):
        arg = argv[i]
        if arg in _KEPT_FLAGS:
            flags.append(arg)
            i += 1
            continue
        if arg.partition("=")[0] in _KEPT_VALUE_OPTIONS:
            step = 1 if "=" in arg else 2
            if i + step > len(argv):
                return None
            flags.extend(argv[i:i + step])
            i += step
            continue
        if arg in _COMMON_FLAG_OPTIONS:
            raw[_COMMON_FLAG_OPTIONS[arg]] = True
            i += 1
            continue
        if arg.startswith(_ENV_FILE_FLAGS):   # read by parse(): only stepped over here
            i += 1 if "=" in arg else 2
            if arg.partition("=")[0] not in _ENV_FILE_FLAGS or i > len(argv):
                return None
            continue
        name = _COMMON_VALUE_OPTIONS.get(arg)
        if name is None or i + 1 == len(argv):
            return None
        if name in _MULTIPLE:
            raw[name].append(argv[i + 1])
        else:
            raw[name] = argv[i + 1]
        i += 2
    return _options(argv=flags + argv[i:], **raw)


def _parse_with_click(argv: list[str]) -> dict | None:
    import click

    try:
        values = _command().main(args=argv, prog_name="noderun", standalone_mode=False)
    except click.exceptions.NoSuchOption as exc:
        _fail(f"bad option: {exc.option_name}")
    except click.exceptions.BadOptionUsage as exc:   # an option given without its value
        _fail(f"{exc.option_name} requires an argument")
    except click.exceptions.UsageError as exc:
        _fail(exc.format_message())
    except click.exceptions.Abort:
        sys.exit(130)
    return values if isinstance(values, dict) else None


def _options(*, argv, **raw) -> dict:
    """Option values, with the no-op flags click left at the front of argv checked and taken off
    it (parse() then adds `exec_argv`, every option before the script)."""
    argv = list(argv)
    for name in ("env_file", "env_file_if_exists"):   # parse() reads these from the whole argv
        raw.pop(name, None)
    while argv and argv[0].startswith("-") and argv[0] != "-":
        if argv[0] == "--":
            argv.pop(0)
            break
        head = argv[0]
        if head.partition("=")[0] in _KEPT_VALUE_OPTIONS:   # with its value
            del argv[:1 if "=" in head else 2]
            continue
        if argv[0] not in _KEPT_FLAGS:
            _fail(f"bad option: {argv[0]}")
        argv.pop(0)
    return {**raw, "requires": list(raw["requires"]), "imports": list(raw["imports"]),
            "watch_paths": list(raw["watch_paths"]), "argv": argv}


_click_command = None


def _command():
    """The click command (built on first use: importing click is most of the CLI's start-up)."""
    global _click_command
    if _click_command is not None:
        return _click_command
    import click

    class NodeCommand(click.Command):
        def parse_args(self, ctx, args):
            ctx.meta["noderun.argv"] = list(args)   # --help marks the flags given as node does
            return super().parse_args(ctx, args)

    @click.command(
        cls=NodeCommand,
        context_settings={
            "ignore_unknown_options": True,
            "allow_interspersed_args": False,
            "help_option_names": [],
        },
        help="Run a Node.js program on QuickJS-ng (behaves like `node`).",
    )
    @click.option("-e", "--eval", "eval_code", metavar="CODE", help="Evaluate CODE as a script.")
    @click.option("-p", "--print", "print_code", metavar="CODE", help="Evaluate CODE and print the result.")
    @click.option("--input-type", type=click.Choice(["commonjs", "module", "commonjs-typescript", "module-typescript"]), help="How to treat -e / stdin code.")
    @click.option("-r", "--require", "requires", multiple=True, metavar="MODULE", help="Preload a CommonJS module.")
    @click.option("--import", "imports", multiple=True, metavar="MODULE", help="Preload an ES module.")
    @click.option("--stack-size", type=int, metavar="KB", help="Maximum JS stack size, in KiB.")
    @click.option("--max-old-space-size", type=int, metavar="MB", help="JS heap limit, in MiB.")
    @click.option("--env-file", "env_file", multiple=True, metavar="PATH")
    @click.option("--env-file-if-exists", "env_file_if_exists", multiple=True, metavar="PATH")
    @click.option("--run", "run_script", metavar="SCRIPT", help="Run a script of package.json.")
    @click.option("--watch", "watch", is_flag=True, help="Restart the program when a file it loaded changes.")
    @click.option("--watch-path", "watch_paths", multiple=True, metavar="PATH", help="Watch these paths instead.")
    @click.option("--watch-preserve-output", "watch_preserve_output", is_flag=True,
                  help="Do not clear the screen on a restart.")
    @click.option("--watch-kill-signal", "watch_kill_signal", metavar="SIGNAL",
                  help="The signal that stops the program on a restart (default SIGTERM).")
    @click.option("--test", "test", is_flag=True, help="Run the test files matching the arguments (node --test).")
    @click.option("-v", "--version", is_flag=True, help="Print the Node.js version noderun follows.")
    @click.option("-h", "--help", "show_help", is_flag=True, help="Print node's help for noderun's options.")
    @click.argument("argv", nargs=-1, type=click.UNPROCESSED)
    def command(version, show_help, argv, **raw):
        if version:
            click.echo(NODE_VERSION)
            return None
        if show_help:   # node's --help text (noderun/help.py), not click's
            from .help import text
            click.echo(text(click.get_current_context().meta["noderun.argv"]), nl=False)
            return None
        return _options(argv=argv, **raw)

    _click_command = command
    return command


def __getattr__(name):
    if name == "command":
        return _command()
    raise AttributeError(name)


# -- running ----------------------------------------------------------------------------------------

def _node_options() -> list[str]:
    """The options in NODE_OPTIONS, put before the command line's as node does."""
    text = os.environ.get("NODE_OPTIONS")
    if not text:
        return []
    from .node_options import options
    try:
        return options(text)
    except ValueError as refused:
        _fail(str(refused))
    return []


_CONFIG_OPTION_PREFIX = ("--experimental-config-file", "--experimental-default-config-file")


def _config_file_options(exec_argv: list[str]) -> list[str]:
    """The options of the configuration file the command line names (node's: before NODE_OPTIONS')."""
    from . import config_file
    try:
        return config_file.load(exec_argv)
    except config_file.ConfigError as error:
        for line in error.lines[:-1]:
            sys.stderr.write(f"{line}\n")
        _fail(error.lines[-1])
    return []


# The noderun modules every start imports (-e code, a CommonJS and an ES module entry), in the order
# their imports load them: _finder.preload loads them by a shorter way than the import system's.
# tests/test_startup_imports.py checks that each is imported by all three.
START_MODULES = (
    "noderun.node", "noderun.node.bootstrap", "noderun.engine", "noderun.errors", "noderun.engine._ffi",
    "noderun.engine.lib", "noderun.engine.values", "noderun.engine.fastio", "noderun.engine.fastmsg",
    "noderun.engine.sab", "noderun.engine.host_functions", "noderun.engine.runtime", "noderun.host",
    "noderun.host.signals", "noderun.host.loop", "noderun.host.jsthread", "noderun.loader",
    "noderun.loader.compile_cache", "noderun.loader.coverage", "noderun.engine.json_text",
    "noderun.loader.typescript", "noderun.loader.lazy_re", "noderun.loader.resolve",
    "noderun.loader.syntax_detection", "noderun.node.host_process", "noderun.loader.disk_cache",
    "noderun.loader.bytecode", "noderun.node.host_index", "noderun.node.realms", "noderun.node.realm",
    "noderun.node.bootstrap.main",
    # and those the main thread's bootstrap imports (the engine's C library, the CommonJS loader)
    "noderun.engine._fastmsg_ffi", "noderun.loader.watch_report", "noderun.loader.cjs",
)


def run(values: dict) -> int:
    import gc
    gc.disable()   # for start-up: the main thread's bootstrap turns it on again (RunOptions.gc_paused)
    if values["env_files"]:   # first, as node: the modules below may read the environment
        from .node.dotenv import load_files
        if not load_files(values["env_files"]):
            return EXIT_BAD_OPTION
    from . import _finder
    _finder.preload(START_MODULES)
    from .node.bootstrap.main import RunOptions, js_stack_bytes, run_main

    argv = values["argv"]
    if any("strip-types" in option for option in values["exec_argv"]):
        from .loader import typescript
        typescript.enabled = not typescript.disabled_by(values["exec_argv"])
    run = RunOptions(requires=values["requires"], imports=values["imports"],
                     input_type=values["input_type"], exec_argv=values["exec_argv"],
                     config_argv=values.get("config_argv", ()))
    run.gc_paused = True
    run.process_ends_with_it = True   # main() ends the process with os._exit
    if values["stack_size"] is not None:
        run.stack_size = js_stack_bytes(max(values["stack_size"], 16))
    if values["max_old_space_size"] is not None:
        run.memory_limit = max(values["max_old_space_size"], 1) * 1024 * 1024

    code = values["print_code"] if values["print_code"] is not None else values["eval_code"]
    if values["test"] and code is None:   # node --test: the arguments are the test files' patterns
        run.test_patterns = argv
    elif code is not None:
        run.eval_code = code
        run.print_result = values["print_code"] is not None
        run.args = argv
    elif argv and argv[0] != "-":
        run.script = argv[0]
        run.args = argv[1:]
    elif argv or not sys.stdin.isatty():
        run.stdin_dash = bool(argv)
        run.args = argv[1:]
        run.stdin_code = sys.stdin.read()
    else:
        _fail("no script given, and the REPL is not supported (pipe code on stdin, or use -e)")
    return run_main(run)


def _check_tls_versions(exec_argv: list) -> None:
    """node refuses a --tls-min-v1.3 with a --tls-max-v1.2 (no version left)."""
    if "--tls-min-v1.3" in exec_argv and "--tls-max-v1.2" in exec_argv:
        _fail("either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both")


def main() -> None:
    # node dies of SIGINT until the program listens for it; Python's default handler raises
    # KeyboardInterrupt instead, which the argument parsing or start-up could catch or report
    # (`_signal`: see noderun/__init__.py)
    import _signal
    from . import _die_of_signal
    _signal.signal(_signal.SIGINT, _die_of_signal)
    import _imp
    if _imp.lock_held():
        # A SIGINT during the interpreter's start-up raised KeyboardInterrupt inside an import's
        # clean-up, where CPython ignores it ("Exception ignored in ... _get_module_lock") and
        # leaves the import lock taken: the signal was lost, and the first import on another
        # thread would wait forever. Die of it, as node would have.
        os.kill(os.getpid(), _signal.SIGINT)
    argv = sys.argv[1:]
    from_env = _node_options()
    values = parse(from_env + argv)
    config = []
    if values is not None and any(word.startswith(_CONFIG_OPTION_PREFIX) for word in values["exec_argv"]):
        config = _config_file_options(values["exec_argv"])
        values = parse(config + from_env + argv)
    if values is not None and (from_env or config):   # (process.execArgv shows the command line's only)
        values["exec_argv"] = values["exec_argv"][len(config) + len(from_env):]
    if values is not None:
        values["config_argv"] = config
    if values is not None:
        _check_tls_versions(values["exec_argv"])
    if values is not None and values["run_script"] is not None:   # node --run: no JS runs here
        from .run_script import run as run_script
        sys.exit(run_script(values["run_script"], argv))
    if values is not None and (values["watch"] or values["watch_paths"]) and not values["test"]:
        # node --watch: a supervisor (with --test, the test runner watches: test_runner/watch.js)
        if values["eval_code"] is not None or values["print_code"] is not None:
            _fail("either --watch or --eval can be used, not both")
        from .watch import supervise
        sys.exit(supervise(argv, values["argv"], values["watch_paths"], values["watch_preserve_output"],
                           values["watch_kill_signal"]))
    code = 0 if values is None else run(values)
    if sys.stdout is not None:   # None when the process started with fd 1 closed
        sys.stdout.flush()
    os._exit(code if isinstance(code, int) else 0)
