"""`noderun [options] [script.js | -e code | -p code | -] [arguments]`, node's command line.

Only the click command lives here: argv -> RunOptions -> run the main thread -> exit code.
Option parsing stops at the script name (or `--`), so the script's own flags reach process.argv.
"""

from __future__ import annotations

import os
import sys

import click

from . import NODE_VERSION

EXIT_BAD_OPTION = 9

# Node flags that change nothing here and are accepted silently (as node accepts V8's).
ACCEPTED_NOOP_FLAGS = frozenset({
    "--no-warnings", "--trace-uncaught", "--trace-warnings", "--enable-source-maps", "--no-deprecation",
    "--trace-deprecation", "--pending-deprecation", "--experimental-vm-modules", "--expose-gc",
    "--experimental-require-module", "--experimental-detect-module", "--no-experimental-require-module",
    "--experimental-default-type=commonjs", "--preserve-symlinks", "--abort-on-uncaught-exception",
    "--experimental-worker", "--experimental-global-webcrypto", "--no-experimental-fetch",
})


def _fail(message: str) -> None:
    click.echo(f"noderun: {message}", err=True)
    sys.exit(EXIT_BAD_OPTION)


@click.command(
    context_settings={
        "ignore_unknown_options": True,
        "allow_interspersed_args": False,
        "help_option_names": ["-h", "--help"],
    },
    help="Run a Node.js program on QuickJS-ng (behaves like `node`).",
)
@click.option("-e", "--eval", "eval_code", metavar="CODE", help="Evaluate CODE as a script.")
@click.option("-p", "--print", "print_code", metavar="CODE", help="Evaluate CODE and print the result.")
@click.option("--input-type", type=click.Choice(["commonjs", "module"]), help="How to treat -e / stdin code.")
@click.option("-r", "--require", "requires", multiple=True, metavar="MODULE", help="Preload a CommonJS module.")
@click.option("--import", "imports", multiple=True, metavar="MODULE", help="Preload an ES module.")
@click.option("--stack-size", type=int, metavar="KB", help="Maximum JS stack size, in KiB.")
@click.option("--max-old-space-size", type=int, metavar="MB", help="JS heap limit, in MiB.")
@click.option("-v", "--version", is_flag=True, help="Print the Node.js version noderun follows.")
@click.argument("argv", nargs=-1, type=click.UNPROCESSED)
def command(eval_code, print_code, input_type, requires, imports, stack_size, max_old_space_size, version, argv):
    from .node.bootstrap.main import RunOptions, js_stack_bytes, run_main

    if version:
        click.echo(NODE_VERSION)
        return 0
    argv = list(argv)
    exec_argv = []
    while argv and argv[0].startswith("-") and argv[0] != "-":
        if argv[0] not in ACCEPTED_NOOP_FLAGS:
            _fail(f"bad option: {argv[0]}")
        exec_argv.append(argv.pop(0))

    run = RunOptions(requires=list(requires), imports=list(imports), input_type=input_type,
                     exec_argv=exec_argv)
    if stack_size is not None:
        run.stack_size = js_stack_bytes(max(stack_size, 16))
    if max_old_space_size is not None:
        run.memory_limit = max(max_old_space_size, 1) * 1024 * 1024

    code = print_code if print_code is not None else eval_code
    if code is not None:
        run.eval_code = code
        run.print_result = print_code is not None
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


def main() -> None:
    try:
        code = command.main(standalone_mode=False)
    except click.exceptions.NoSuchOption as exc:
        _fail(f"bad option: {exc.option_name}")
    except click.exceptions.UsageError as exc:
        _fail(exc.format_message())
    except click.exceptions.Abort:
        code = 130
    sys.stdout.flush()
    os._exit(code if isinstance(code, int) else 0)
