"""pytest collects JS test files: each ``test()`` / ``it()`` of node:test is a pytest item.

Under the directories of the ini option ``noderun_js_test_dirs`` (relative to rootdir; none by
default), the files that ``node --test`` would run (node 24's default patterns: ``*.test.js``,
``*-test.js``, ``*_test.js``, ``test-*.js``, ``test.js``, any file below a ``test`` directory, each
with ``.js`` / ``.cjs`` / ``.mjs`` / ``.ts`` / ``.cts`` / ``.mts``; never below ``node_modules``) are
collected as JS test files, unless they are ``.out`` fixtures (pytest_plugin.py).

Collecting a file runs it under noderun with ``NODERUN_TEST_LIST=1``: the file declares its tests
and the bodies of its suites run, but no test runs; noderun lists what was declared. A
``describe()`` becomes a collector and a ``test()`` / ``it()`` an item, so that the node id is the
suite path: ``tests/math.test.js::arithmetic::adds``. Subtests that a test's body creates
(``t.test()``) are part of their test's item.

Running: the first item of a file that runs runs the file once under noderun (cwd = rootdir) with
``NODE_TEST_CONTEXT=child-v8``, so that it reports each test as a line of JSON, and the file's
other items take their result from that run. When only some of a file's items were selected (by
``-k``, a node id, or the items xdist gives this worker) the file runs with one
``--test-name-pattern`` per selected test, so the others do not run at all. A JS test that passed
passes; one that failed fails with its error as node's reporters print it (message, assertion diff,
stack) and the errors of its failed subtests; a skipped one is skipped; a todo one is an expected
failure (XFAIL when it fails, XPASS when it passes). The ini option ``noderun_js_test_timeout``
(seconds, default 600) bounds a file's listing and its run.

Under pytest-xdist, ``--dist loadfile`` keeps a file's tests on one worker, so the file runs once;
with the plain ``load`` distribution a file whose tests went to several workers runs (the tests
selected in that session) once in each, and each worker reports its own items.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

MARKER = "\0noderun-test:"
JS_SUFFIXES = (".js", ".cjs", ".mjs", ".ts", ".cts", ".mts")
# node 24's default --test patterns, on the file's name (the directory one is checked apart).
NAME_PATTERNS = re.compile(r"(.*\.test|.*-test|.*_test|test-.*|test)\.(c|m)?(j|t)s")
DEFAULT_TIMEOUT = 600.0
OUTPUT_SHOWN = 20_000  # characters of a file's output attached to a failed item


# -- which files ----------------------------------------------------------------------------------


def is_test_file(path: Path, rootdir: Path) -> bool:
    """Whether ``node --test`` run in ``rootdir`` would pick ``path`` by its default patterns."""
    if not path.name.endswith(JS_SUFFIXES):
        return False
    try:
        parts = path.relative_to(rootdir).parts
    except ValueError:
        return False
    if "node_modules" in parts:
        return False
    return NAME_PATTERNS.fullmatch(path.name) is not None or "test" in parts[:-1]


# -- talking to noderun ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Runtime:
    """How pytest_plugin.py runs noderun: the command, and the variables it leaves out."""

    command: tuple[str, ...]
    unset_env: tuple[str, ...]


RUNTIME = pytest.StashKey[Runtime]()


def _environment(config: pytest.Config, **extra: str) -> dict[str, str]:
    unset = (*config.stash[RUNTIME].unset_env, "NODE_TEST_CONTEXT")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(extra)
    return env


@dataclass
class Output:
    """A run of a file: the events it reported, and the rest of what it wrote."""

    events: list[tuple[str, dict]] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    exit_code: int | None = None
    timed_out: bool = False


def run_noderun(command, file: Path, cwd: Path, args=(), env=None, timeout=DEFAULT_TIMEOUT) -> Output:
    argv = [*command, *args, str(file)]
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
        stdout, stderr, code, timed_out = proc.stdout, proc.stderr, proc.returncode, False
    except subprocess.TimeoutExpired as exc:
        stdout, stderr, code, timed_out = exc.stdout or b"", exc.stderr or b"", None, True
    output = Output(stderr=stderr.decode("utf-8", "replace"), exit_code=code, timed_out=timed_out)
    plain = []
    for line in stdout.decode("utf-8", "replace").splitlines(keepends=True):
        at = line.find(MARKER)
        if at < 0:
            plain.append(line)
            continue
        plain.append(line[:at])
        message = json.loads(line[at + len(MARKER):])
        output.events.append((message["type"], message["data"]))
    output.stdout = "".join(plain)
    return output


def _describe_run(output: Output) -> str:
    lines = ["killed after its timeout" if output.timed_out else f"exit code {output.exit_code}"]
    for name, text in (("stdout", output.stdout), ("stderr", output.stderr)):
        if text.strip():
            lines.append(f"--- {name} ---\n{text[-OUTPUT_SHOWN:].rstrip()}")
    return "\n".join(lines)


def name_pattern(path: tuple[str, ...]) -> str:
    """A --test-name-pattern matching the test at ``path`` by its name joined to its ancestors'
    (how node matches a pattern to a nested test), anchored, every special character escaped."""
    escaped = re.sub(r"[\\^$.*+?()[\]{}|/]", lambda m: "\\" + m.group(0), " ".join(path))
    return f"^{escaped}$"


# -- the results of a run, by test --------------------------------------------------------------


@dataclass
class FileRun:
    output: Output
    results: dict[tuple[str, ...], list[dict]]  # a test's path -> its reports (same names: several)

    @classmethod
    def of(cls, output: Output) -> FileRun:
        results: dict[tuple[str, ...], list[dict]] = {}
        ancestors: list[str] = []
        for kind, data in output.events:
            nesting = data.get("nesting", 0)
            if kind == "test:start":
                ancestors[nesting:] = [data["name"]]
            elif kind in ("test:pass", "test:fail"):
                path = (*ancestors[:nesting], data["name"])
                results.setdefault(path, []).append({**data, "passed": kind == "test:pass"})
        return cls(output, results)

    def result(self, path: tuple[str, ...], occurrence: int) -> dict | None:
        reports = self.results.get(path, [])
        return reports[occurrence] if occurrence < len(reports) else None

    def failed_below(self, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], dict]]:
        """The failed subtests of the test at ``path``, outermost first."""
        found = []
        for other, reports in self.results.items():
            if len(other) > len(path) and other[: len(path)] == path:
                found.extend((other, r) for r in reports if not r["passed"] and "todo" not in r)
        return sorted(found, key=lambda entry: len(entry[0]))


RUNS = pytest.StashKey[dict]()


# -- pytest nodes ---------------------------------------------------------------------------------


class JSTestFailure(Exception):
    """A JS test failed; the message is its report."""


class JSTestFile(pytest.File):
    """A JS test file: its suites and tests, as noderun lists them without running them."""

    def collect(self):
        listed = run_noderun(self.config.stash[RUNTIME].command, self.path, self.config.rootpath,
                             env=_environment(self.config, NODERUN_TEST_LIST="1"),
                             timeout=_timeout(self.config))
        declared = [data for kind, data in listed.events if kind == "noderun:declared"]
        if listed.exit_code != 0:
            raise self.CollectError(
                f"noderun could not list the tests of {self.path.name}: {_describe_run(listed)}")
        # (the items a full run reports: tests, and suites that declare nothing)
        self.leaf_count = sum(1 for e in declared if not any(
            len(o["path"]) == len(e["path"]) + 1 and o["path"][:-1] == e["path"] for o in declared))
        seen: dict[tuple[str, ...], int] = {}
        if not declared:  # node --test reports such a file as a test named after it
            yield JSTestItem.from_parent(self, name=self.path.name, entry={"path": [], "kind": "file"},
                                         occurrence=0)
            return
        yield from self._children(self, declared, (), seen)

    def _children(self, parent, declared, prefix, seen):
        depth = len(prefix)
        for index, entry in enumerate(declared):
            path = tuple(entry["path"])
            if len(path) != depth + 1 or path[:depth] != prefix:
                continue
            below = [e for e in declared[index + 1:] if tuple(e["path"][: depth + 1]) == path]
            if entry["kind"] == "suite" and any(len(e["path"]) == depth + 2 for e in below):
                yield JSSuite.from_parent(parent, name=path[-1], file=self, declared=below,
                                          prefix=path, seen=seen)
                continue
            occurrence = seen.get(path, 0)
            seen[path] = occurrence + 1
            yield JSTestItem.from_parent(parent, name=path[-1], entry=entry, occurrence=occurrence)


class JSSuite(pytest.Collector):
    """A describe() / suite() with the tests it declares."""

    def __init__(self, *, file: JSTestFile, declared, prefix, seen, **kwargs) -> None:
        super().__init__(**kwargs)
        self.js_file, self.declared, self.prefix, self.seen = file, declared, prefix, seen

    def collect(self):
        return list(self.js_file._children(self, self.declared, self.prefix, self.seen))


class JSTestItem(pytest.Item):
    """One JS test (or a suite without tests, or a file without tests)."""

    def __init__(self, *, entry: dict, occurrence: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.js_path = tuple(entry["path"])
        self.kind = entry["kind"]
        self.occurrence = occurrence
        self.line = entry.get("line")
        self.js_file = self.getparent(JSTestFile)
        self.add_marker("js_test")
        if "skip" in entry:
            self.add_marker(pytest.mark.skip(reason=_message(entry["skip"], "skipped in JS")))
        elif "todo" in entry:
            self.add_marker(pytest.mark.xfail(reason=_message(entry["todo"], "todo"), strict=False))

    def runtest(self) -> None:
        run = self._file_run()
        for name, text in (("stdout", run.output.stdout), ("stderr", run.output.stderr)):
            if text:
                self.add_report_section("call", f"JS {name}", text[-OUTPUT_SHOWN:])
        if self.kind == "file":
            if run.output.exit_code != 0:
                raise JSTestFailure(f"{self.path.name} failed: {_describe_run(run.output)}")
            return
        result = run.result(self.js_path, self.occurrence)
        if result is None:
            raise JSTestFailure(f"{self._title()} was not reported by noderun: "
                                f"{_describe_run(run.output)}")
        if "skip" in result:  # (reported at the JS test's line, as a skip marker is)
            raise pytest.skip.Exception(_message(result["skip"], "skipped in JS"),
                                        _use_item_location=True)
        if result["passed"]:
            return
        report = self._failure_text(run, result)
        if "todo" in result:
            pytest.xfail(_message(result["todo"], "todo") + "\n" + report)
        raise JSTestFailure(report)

    def _file_run(self) -> FileRun:
        runs = self.session.stash.setdefault(RUNS, {})
        if self.js_file not in runs:
            runs[self.js_file] = self._run_file()
        return runs[self.js_file]

    def _run_file(self) -> FileRun:
        chosen = [item for item in self.session.items
                  if isinstance(item, JSTestItem) and item.js_file is self.js_file]
        if self not in chosen:  # run on its own (by a plugin, or by pytest's own runner API)
            chosen.append(self)
        args = []
        if self.kind != "file" and len(chosen) < self.js_file.leaf_count:
            args = sorted({f"--test-name-pattern={name_pattern(i.js_path)}" for i in chosen})
        output = run_noderun(self.config.stash[RUNTIME].command, self.path, self.config.rootpath,
                             args, env=_environment(self.config, NODE_TEST_CONTEXT="child-v8"),
                             timeout=_timeout(self.config))
        return FileRun.of(output)

    def _title(self) -> str:
        return " > ".join(self.js_path)

    def _failure_text(self, run: FileRun, result: dict) -> str:
        error = result.get("details", {}).get("error") or {}
        where = f"{self._location()}: " if self.line else ""
        lines = [f"{where}{self._title()} failed ({error.get('failureType', 'failure')})"]
        lines.append(_rendered(error))
        for path, sub in run.failed_below(self.js_path):
            sub_error = sub.get("details", {}).get("error") or {}
            if sub_error.get("failureType") == "subtestsFailed":
                continue
            lines.append(f"\nsubtest {' > '.join(path)} failed ({sub_error.get('failureType')})")
            lines.append(_rendered(sub_error))
        return "\n".join(lines)

    def _location(self) -> str:
        try:
            shown = self.path.relative_to(self.config.rootpath).as_posix()
        except ValueError:
            shown = str(self.path)
        return f"{shown}:{self.line}"

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, JSTestFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, (self.line or 1) - 1, "::".join(self.js_path) or self.path.name


def _rendered(error: dict) -> str:
    text = error.get("rendered")
    if isinstance(text, str):
        return text
    return str(error.get("message", ""))


def _message(value, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _timeout(config: pytest.Config) -> float:
    value = config.getini("noderun_js_test_timeout")
    return float(value) if value else DEFAULT_TIMEOUT


# -- hooks (called from pytest_plugin.py) ---------------------------------------------------------


def addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "noderun_js_test_dirs",
        "directories (relative to rootdir) whose JS test files (node --test's default patterns) "
        "pytest collects, each test() / it() an item",
        type="linelist",
        default=[],
    )
    parser.addini(
        "noderun_js_test_timeout",
        f"seconds a JS test file may run (listing or running) before it is killed "
        f"(default {DEFAULT_TIMEOUT:g})",
        default="",
    )


def configure(config: pytest.Config, runtime: Runtime) -> None:
    config.addinivalue_line("markers", "js_test: a JS test (node:test) run by noderun")
    config.stash[RUNTIME] = runtime


def collect_file(file_path: Path, parent: pytest.Collector) -> JSTestFile | None:
    config = parent.config
    for directory in config.getini("noderun_js_test_dirs"):
        if file_path.is_relative_to(config.rootpath / directory):
            if is_test_file(file_path, config.rootpath):
                return JSTestFile.from_parent(parent, path=file_path)
            return None
    return None
