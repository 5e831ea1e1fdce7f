"""noderun's --test-isolation=thread (each test file in a worker thread of the runner instead of a
process of its own) gives the same report and exit code as the default process per file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "js_tests" / "test_runner" / "fixtures-data"


def run_tests(cwd: Path, *args: str) -> tuple[int, str]:
    proc = subprocess.run([sys.executable, "-m", "noderun", "--test", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    text = re.sub(r"duration_ms:? [\d.e-]+", "duration_ms *", proc.stdout)
    text = re.sub(r"\([\d.e-]+ms\)", "(*ms)", text)
    return proc.returncode, text


@pytest.mark.parametrize(("project", "args"), [
    ("project", ["--test-reporter=tap"]),   # passing, failing and exiting files, output, TypeScript
    ("project", ["--test-reporter=spec", "--test-name-pattern=upper|adds"]),
    ("reporters", ["--test-reporter=./counting.js"]),
    ("force-exit", ["--test-reporter=tap", "--test-force-exit"]),
])
def test_thread_per_file_reports_as_process_per_file(project, args):
    by_process = run_tests(DATA / project, *args)
    by_thread = run_tests(DATA / project, "--test-isolation=thread", *args)
    assert by_thread == by_process
    assert by_process[0] == 1   # each of these runs has a failing test
