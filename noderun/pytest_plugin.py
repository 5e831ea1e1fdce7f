"""pytest plugin: JS fixtures run under noderun and cross-checked against node.

A fixture is ``name.js`` (or ``.mjs`` / ``.cjs``, or TypeScript ``.ts`` / ``.mts`` / ``.cts``, which
node 24 runs by stripping the types) with a sibling ``name.out``
holding the exact stdout that real node prints. Fixtures are collected only
under the directories of the ini option ``noderun_fixture_dirs`` (default
``js_tests``, relative to rootdir), never below a directory named ``helpers``,
``node_modules`` or ``fixtures-data``. A JS file without ``.out`` is a helper.

An optional sidecar ``name.json`` is validated before the item is created:

    args          list of str      appended after the script name
    options       list of str      runtime options placed before the script name
    env           {str: str}       added to the environment
    stdin         str              fed to stdin (otherwise stdin is /dev/null)
    exit_code     int              expected exit code (default 0)
    stderr        list of str      substrings stderr must contain, in this order
    stderr_exact  bool             stderr must equal ``name.err`` byte for byte
    timeout       number           seconds before the run is killed (default 60)
    node          false            skip the node cross-check ...
    reason        str              ... and say why (required with "node": false)

Each run has cwd = the fixture's directory and argv ``<runtime> [options]
name.js [args]``. The runtime is ``[sys.executable, "-m", "noderun"]`` unless
the env var ``NODERUN_COMMAND`` or the ini option ``noderun_command`` (in that
order; shell-split) says otherwise. When a node binary is found (env var
``NODERUN_NODE``, ini option ``noderun_node`` (a path with a slash is relative
to rootdir), else ``node`` on PATH) and its version is ``noderun_node_version``
when that is set, every fixture runs under node first and must meet the same
expectation: a fixture that node disagrees with is a wrong fixture. Without
such a node the run says so in its header and summary. ``--noderun-no-node`` turns that
cross-check off. ``--noderun-differential`` (used by bin/differential.sh)
ignores ``.out`` and compares noderun's stdout and exit code with node's.
"""

from __future__ import annotations

import difflib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from noderun import pytest_js_tests

SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"})
NEVER_COLLECTED = frozenset({"helpers", "node_modules", "fixtures-data"})
# Variables that change what node prints; a fixture that needs one sets it in "env".
UNSET_ENV = ("NODE_OPTIONS", "FORCE_COLOR", "NO_COLOR", "NODE_DISABLE_COLORS")
STDERR_LINES_SHOWN = 60
DIFF_LINES_SHOWN = 200

WRONG_FIXTURE = (
    "THE FIXTURE IS WRONG, not noderun: real node does not meet its expectation.\n"
    "Every .out/.err/.json must describe what node prints; fix the fixture "
    '(or give its sidecar "node": false with a "reason").'
)


# -- the sidecar --------------------------------------------------------------


class SidecarError(ValueError):
    """A sidecar that does not follow the format; the message names the key."""


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_str_dict(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


SIDECAR_KEYS = {  # key -> (check, what the check wants)
    "args": (_is_str_list, "a list of strings"),
    "options": (_is_str_list, "a list of strings"),
    "env": (_is_str_dict, "an object with string values"),
    "stdin": (lambda v: isinstance(v, str), "a string"),
    "exit_code": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "stderr": (_is_str_list, "a list of strings"),
    "stderr_exact": (lambda v: isinstance(v, bool), "true or false"),
    "timeout": (lambda v: _is_number(v) and v > 0, "a positive number of seconds"),
    "node": (lambda v: isinstance(v, bool), "true or false"),
    "reason": (lambda v: isinstance(v, str) and v.strip() != "", "a non-empty string"),
}


@dataclass(frozen=True)
class Sidecar:
    """How a fixture runs and what it must print besides its ``.out``."""

    args: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    stdin: str | None = None
    exit_code: int = 0
    stderr: tuple[str, ...] = ()
    stderr_exact: bool = False
    timeout: float = 60.0
    node: bool = True
    reason: str | None = None

    @classmethod
    def load(cls, path: Path) -> Sidecar:
        """The sidecar at ``path`` (defaults if there is none); SidecarError if invalid."""
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise SidecarError(f"not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise SidecarError(f"must be a JSON object, got {type(data).__name__}")
        for key, value in data.items():
            if key not in SIDECAR_KEYS:
                raise SidecarError(f"unknown key {key!r} (known: {', '.join(SIDECAR_KEYS)})")
            check, wanted = SIDECAR_KEYS[key]
            if not check(value):
                raise SidecarError(f"key {key!r} must be {wanted}, got {value!r}")
        if data.get("node") is False and "reason" not in data:
            raise SidecarError('key \'node\': "node": false needs a "reason"')
        if "reason" in data and data.get("node") is not False:
            raise SidecarError('key \'reason\' is only allowed with "node": false')
        if data.get("stderr_exact") and "stderr" in data:
            raise SidecarError("key 'stderr' cannot be combined with \"stderr_exact\": true")
        for key in ("args", "options", "stderr"):
            if key in data:
                data[key] = tuple(data[key])
        return cls(**data)


# -- running one fixture under one runtime ------------------------------------


class FixtureFailure(Exception):
    """A fixture failed; the message is the whole readable report."""


@dataclass(frozen=True)
class RunResult:
    runtime: str  # "noderun" or "node"
    argv: tuple[str, ...]
    cwd: Path
    exit_code: int | None  # None when killed after the timeout
    stdout: bytes
    stderr: bytes
    timed_out: bool


def run_fixture(runtime: str, command: Sequence[str], script: Path, sidecar: Sidecar) -> RunResult:
    """Run ``script`` under ``command`` as the sidecar says; kill it after its timeout."""
    argv = (*command, *sidecar.options, script.name, *sidecar.args)
    env = {k: v for k, v in os.environ.items() if k not in UNSET_ENV}
    env.update(sidecar.env)
    stdin = None if sidecar.stdin is None else sidecar.stdin.encode("utf-8")
    try:
        proc = subprocess.Popen(
            argv,
            cwd=script.parent,
            env=env,
            stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # so a timeout kills the whole process group
        )
    except OSError as exc:
        raise FixtureFailure(f"{runtime}: cannot start {shlex.join(argv)}: {exc}") from None
    timed_out = False
    with proc:
        try:
            stdout, stderr = proc.communicate(stdin, timeout=sidecar.timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            stdout, stderr = proc.communicate()
            timed_out = True
        except BaseException:
            _kill(proc)
            raise
    exit_code = None if timed_out else proc.returncode
    return RunResult(runtime, argv, script.parent, exit_code, stdout, stderr, timed_out)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (AttributeError, ProcessLookupError, PermissionError):  # no killpg on Windows
        proc.kill()


# -- comparing a run with its expectation -------------------------------------


@dataclass(frozen=True)
class Expected:
    source: str  # where the expected stdout comes from: "argv.out" or "node"
    stdout: bytes
    exit_code: int | None
    stderr: tuple[str, ...] = ()
    stderr_exact: bytes | None = None  # the .err file's bytes, when "stderr_exact"


def check(result: RunResult, expected: Expected, timeout: float, headline: str) -> None:
    """Raise FixtureFailure with a readable report unless ``result`` meets ``expected``."""
    problems = []
    if result.timed_out:
        problems.append(f"killed after its timeout of {timeout:g} s")
    if result.stdout != expected.stdout:
        problems.append(f"stdout differs from {expected.source}")
    if result.exit_code != expected.exit_code and not result.timed_out:
        problems.append(f"exit code {result.exit_code}, expected {expected.exit_code}")
    missing = _missing_in_order(result.stderr.decode("utf-8", "replace"), expected.stderr)
    if missing is not None:
        problems.append(f"stderr lacks {missing!r} (expected in order: {list(expected.stderr)!r})")
    if expected.stderr_exact is not None and result.stderr != expected.stderr_exact:
        problems.append("stderr differs from the .err file")
    if problems:
        raise FixtureFailure(_report(headline, result, expected, problems))


def _missing_in_order(text: str, needles: Sequence[str]) -> str | None:
    """The first needle not found after the previous one, or None."""
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        if found < 0:
            return needle
        position = found + len(needle)
    return None


def _report(headline: str, result: RunResult, expected: Expected, problems: list[str]) -> str:
    lines = [headline, f"{result.runtime}: " + "; ".join(problems)]
    lines.append(f"  command: {shlex.join(result.argv)}")
    lines.append(f"  cwd:     {result.cwd}")
    if result.stdout != expected.stdout:
        label = f"{result.runtime} stdout"
        lines.append(_diff(expected.stdout, result.stdout, expected.source, label))
    else:
        lines.append(f"stdout: same as {expected.source}")
    got = "none (killed)" if result.timed_out else result.exit_code
    lines.append(f"exit code: expected {expected.exit_code}, got {got}")
    if expected.stderr_exact is not None and result.stderr != expected.stderr_exact:
        label = f"{result.runtime} stderr"
        lines.append(_diff(expected.stderr_exact, result.stderr, ".err", label))
    stderr = result.stderr.decode("utf-8", "backslashreplace").splitlines()
    plural = "" if len(stderr) == 1 else "s"
    lines.append(f"stderr of {result.runtime} ({len(stderr)} line{plural}):")
    lines.extend("    " + line for line in _truncate(stderr, STDERR_LINES_SHOWN))
    return "\n".join(lines)


def _diff(expected: bytes, actual: bytes, expected_label: str, actual_label: str) -> str:
    """A unified diff of two byte strings, as text, with a note for invisible differences."""
    diff = list(
        difflib.unified_diff(
            expected.decode("utf-8", "backslashreplace").split("\n"),
            actual.decode("utf-8", "backslashreplace").split("\n"),
            f"{expected_label} (expected)",
            f"{actual_label} (actual)",
            lineterm="",
        )
    )
    diff = _truncate(diff, DIFF_LINES_SHOWN)
    if expected.rstrip(b"\n") == actual.rstrip(b"\n"):
        want, got = (len(b) - len(b.rstrip(b"\n")) for b in (expected, actual))
        diff.append(f"(only the trailing newlines differ: expected {want}, got {got})")
    elif expected.replace(b"\r\n", b"\n") == actual.replace(b"\r\n", b"\n"):
        diff.append("(only the line endings differ: \\r\\n against \\n)")
    return "\n".join(diff)


def _truncate(lines: list[str], limit: int) -> list[str]:
    if len(lines) <= limit:
        return lines
    return [*lines[:limit], f"... ({len(lines) - limit} more lines)"]


# -- pytest nodes ---------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    fixture_dirs: tuple[Path, ...]
    noderun: tuple[str, ...]
    node: str | None  # None: no node cross-check
    differential: bool
    node_missing: str | None = None  # why there is no node, when one was expected


SETTINGS = pytest.StashKey[Settings]()


class JSFixtureFile(pytest.File):
    """A fixture file; validates its sidecar and yields one item."""

    def collect(self):
        sidecar_path = self.path.with_suffix(".json")
        try:
            sidecar = Sidecar.load(sidecar_path)
        except SidecarError as exc:
            message = f"invalid sidecar {_relative(self, sidecar_path)}: {exc}"
            raise self.CollectError(message) from None
        err_path = self.path.with_suffix(".err")
        if sidecar.stderr_exact and not err_path.is_file():
            raise self.CollectError(
                f"invalid sidecar {_relative(self, sidecar_path)}: key 'stderr_exact' "
                f"needs {_relative(self, err_path)}, which does not exist"
            )
        # The item's node id is the file's own (js_tests/process/argv.js), not file::name.
        yield JSFixtureItem.from_parent(
            self, name=self.path.name, nodeid=self.nodeid, sidecar=sidecar
        )


class JSFixtureItem(pytest.Item):
    """One fixture: run under node (as a check of the fixture), then under noderun."""

    def __init__(self, *, sidecar: Sidecar, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sidecar = sidecar
        self.add_marker("js_fixture")

    def runtest(self) -> None:
        settings = self.config.stash[SETTINGS]
        if settings.differential:
            return self._run_differential(settings)
        out_path, err_path = self.path.with_suffix(".out"), self.path.with_suffix(".err")
        expected = Expected(
            source=out_path.name,
            stdout=out_path.read_bytes(),
            exit_code=self.sidecar.exit_code,
            stderr=self.sidecar.stderr,
            stderr_exact=err_path.read_bytes() if self.sidecar.stderr_exact else None,
        )
        if settings.node is not None and self.sidecar.node:
            node = run_fixture("node", [settings.node], self.path, self.sidecar)
            check(node, expected, self.sidecar.timeout, WRONG_FIXTURE)
        noderun = run_fixture("noderun", settings.noderun, self.path, self.sidecar)
        check(noderun, expected, self.sidecar.timeout, f"noderun does not match {out_path.name}.")

    def _run_differential(self, settings: Settings) -> None:
        if not self.sidecar.node:
            pytest.skip(f"not run under node: {self.sidecar.reason}")
        assert settings.node is not None
        node = run_fixture("node", [settings.node], self.path, self.sidecar)
        if node.timed_out:  # nothing to compare with
            raise FixtureFailure(f"node: killed after its timeout of {self.sidecar.timeout:g} s")
        noderun = run_fixture("noderun", settings.noderun, self.path, self.sidecar)
        expected = Expected(source="node stdout", stdout=node.stdout, exit_code=node.exit_code)
        check(noderun, expected, self.sidecar.timeout, "noderun differs from node.")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FixtureFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"js fixture {_relative(self, self.path)}"


def _relative(node: pytest.Item | pytest.Collector, path: Path) -> str:
    try:
        return path.relative_to(node.config.rootpath).as_posix()
    except ValueError:
        return str(path)


# -- hooks ----------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("noderun", "noderun JS fixtures")
    group.addoption(
        "--noderun-no-node",
        action="store_true",
        help="do not cross-check JS fixtures against node",
    )
    group.addoption(
        "--noderun-differential",
        action="store_true",
        help="compare noderun's stdout and exit code with node's instead of the .out files",
    )
    pytest_js_tests.addoption(parser)
    parser.addini(
        "noderun_fixture_dirs",
        "directories (relative to rootdir) holding JS fixtures",
        type="linelist",
        default=["js_tests"],
    )
    parser.addini(
        "noderun_command",
        "command that runs noderun (shell-split; env NODERUN_COMMAND wins)",
        default="",
    )
    parser.addini(
        "noderun_node",
        "node binary for the cross-check, relative to rootdir or on PATH "
        "(env NODERUN_NODE wins; default: node on PATH)",
        default="",
    )
    parser.addini(
        "noderun_node_version",
        "the only node version accepted as the oracle, e.g. v24.12.0 (default: any)",
        default="",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "js_fixture: a JS fixture run under noderun (and node)")
    command = os.environ.get("NODERUN_COMMAND") or config.getini("noderun_command")
    noderun = shlex.split(command) if command else [sys.executable, "-m", "noderun"]
    if not noderun:
        raise pytest.UsageError("noderun_command / NODERUN_COMMAND is empty")
    if os.sep in noderun[0]:  # runs use the fixture's cwd: make relative paths absolute
        noderun[0] = os.path.abspath(noderun[0])
    no_node = config.getoption("noderun_no_node")
    differential = config.getoption("noderun_differential")
    if no_node and differential:
        raise pytest.UsageError("--noderun-differential needs node; drop --noderun-no-node")
    node, node_missing = None, None
    if not no_node:
        node, node_missing = _find_node(config)
        if differential and node is None:
            raise pytest.UsageError(f"--noderun-differential needs node: {node_missing}")
    dirs = tuple(config.rootpath / d for d in config.getini("noderun_fixture_dirs"))
    config.stash[SETTINGS] = Settings(dirs, tuple(noderun), node, differential, node_missing)
    pytest_js_tests.configure(config, pytest_js_tests.Runtime(tuple(noderun), UNSET_ENV))


def _find_node(config: pytest.Config) -> tuple[str | None, str | None]:
    """(node binary, None), or (None, why there is none). A node named by NODERUN_NODE or the ini
    option must exist; one of another version than `noderun_node_version` is never the oracle (a
    node 20 on PATH must not silently stand in for node 24)."""
    wanted = os.environ.get("NODERUN_NODE") or config.getini("noderun_node")
    if wanted and os.sep in wanted and not os.path.isabs(wanted):
        wanted = str(config.rootpath / wanted)
    node = shutil.which(wanted or "node")
    if node is None:
        if wanted and os.environ.get("NODERUN_NODE"):
            raise pytest.UsageError(f"NODERUN_NODE: {wanted!r} not found")
        return None, f"{wanted or 'node'} not found"
    node = os.path.abspath(node)
    version = config.getini("noderun_node_version")
    if version:
        try:
            found = subprocess.run([node, "--version"], capture_output=True, text=True,
                                   timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError) as exc:
            found = f"unusable ({exc})"
        if found != version:
            return None, f"{node} is node {found}, not {version}"
    return node, None


def pytest_report_header(config: pytest.Config) -> list[str]:
    settings = config.stash[SETTINGS]
    mode = "differential against" if settings.differential else "fixtures cross-checked with"
    lines = [f"noderun: {shlex.join(settings.noderun)}; {mode} node: {settings.node or 'off'}"]
    if settings.node_missing:
        lines.append(_no_oracle_warning(settings.node_missing))
    return lines


def _no_oracle_warning(why: str) -> str:
    return (f"WARNING: NO NODE ORACLE ({why}): fixtures are checked only against their .out files, "
            "not against real node")


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix not in SUFFIXES:
        return None
    if not file_path.with_suffix(".out").is_file():
        return pytest_js_tests.collect_file(file_path, parent)
    for directory in parent.config.stash[SETTINGS].fixture_dirs:
        if file_path.is_relative_to(directory):
            if NEVER_COLLECTED.isdisjoint(file_path.relative_to(directory).parts[:-1]):
                return JSFixtureFile.from_parent(parent, path=file_path)
    return None


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    differential = config.stash[SETTINGS].differential
    if differential and report.when == "call" and "js_fixture" in report.keywords:
        if report.passed:
            return "passed", ".", "SAME"
        if report.failed:
            return "failed", "D", "DIFF"
    return None


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    settings = config.stash[SETTINGS]
    if settings.node_missing:
        terminalreporter.write_sep("!", _no_oracle_warning(settings.node_missing), red=True, bold=True)
    if not settings.differential:
        return

    def count(category: str) -> int:
        reports = terminalreporter.stats.get(category, [])
        return sum(1 for r in reports if r.when == "call" and "js_fixture" in r.keywords)

    terminalreporter.write_line(
        f"differential: {count('passed')} SAME, {count('failed')} DIFF, {count('skipped')} skipped"
    )
