"""pytest collecting JS tests (noderun.pytest_js_tests), run by pytester on a sample Python+JS
project: each test() / it() is an item named by its suite path, with node:test's outcomes, the JS
error as the failure text, -k and node-id selection that run only the chosen JS tests, xdist and
JUnit XML."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest

pytest_plugins = ["pytester"]

MATH_TEST = """\
'use strict';
const { describe, it, test, before } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
// each test that runs leaves its name in ran.txt, so that the Python side sees what ran
const ran = (name) => fs.appendFileSync('ran.txt', name + '\\n');

describe('arithmetic', () => {
  before(() => ran('before arithmetic'));
  it('adds', () => { ran('adds'); assert.strictEqual(1 + 1, 2); });
  it('subtracts', () => { ran('subtracts'); assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }); });
  it.skip('is skipped', () => { ran('is skipped'); });
  it.todo('is todo and fails', () => { ran('todo fails'); throw new Error('not yet'); });
  it.todo('is todo and passes', () => { ran('todo passes'); });
  describe('nested (deep)', () => {
    it('multiplies', () => { ran('multiplies'); assert.strictEqual(2 * 3, 6); });
  });
});

test('top level with subtests', async (t) => {
  ran('top level');
  await t.test('inner ok', () => {});
  await t.test('inner bad', () => { assert.strictEqual('abc', 'abd'); });
});
"""

STRINGS_TEST = """\
import { test } from 'node:test';
import assert from 'node:assert';
import { appendFileSync } from 'node:fs';

test('upper', () => { appendFileSync('ran.txt', 'upper\\n'); assert.equal('a'.toUpperCase(), 'A'); });
test('skips itself', (t) => { t.skip('not today'); });
"""

PYTHON_TEST = """\
def test_python_side():
    assert sum([1, 2]) == 3
"""

NOT_A_TEST = "throw new Error('helpers are not test files and are never run');\n"


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("NODERUN_COMMAND", f"{sys.executable} -m noderun")
    pytester.makeini("[pytest]\nnoderun_js_test_dirs = tests\n")
    files = {
        "tests/math.test.js": MATH_TEST,
        "tests/unit/strings_test.mjs": STRINGS_TEST,
        "tests/test_python_side.py": PYTHON_TEST,
        "tests/helper.js": NOT_A_TEST,
        "tests/node_modules/dep/x.test.js": NOT_A_TEST,
        "other/ignored.test.js": NOT_A_TEST,
    }
    for relative, text in files.items():
        path = pytester.path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return pytester


def ran(pytester: pytest.Pytester) -> list[str]:
    path = pytester.path / "ran.txt"
    return path.read_text().splitlines() if path.exists() else []


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "--noderun-no-node", *args)


def test_collects_each_js_test_as_an_item_named_by_its_suite_path(project):
    result = run(project, "--collect-only", "-q")
    assert result.ret == 0
    ids = [line for line in result.outlines if "::" in line]
    assert ids == [
        "tests/math.test.js::arithmetic::adds",
        "tests/math.test.js::arithmetic::subtracts",
        "tests/math.test.js::arithmetic::is skipped",
        "tests/math.test.js::arithmetic::is todo and fails",
        "tests/math.test.js::arithmetic::is todo and passes",
        "tests/math.test.js::arithmetic::nested (deep)::multiplies",
        "tests/math.test.js::top level with subtests",
        "tests/test_python_side.py::test_python_side",
        "tests/unit/strings_test.mjs::upper",
        "tests/unit/strings_test.mjs::skips itself",
    ]
    assert ran(project) == []  # collecting runs no test


def test_outcomes_and_failure_text(project):
    result = run(project, "-rA")
    assert result.ret == 1
    result.assert_outcomes(passed=4, failed=2, skipped=2, xfailed=1, xpassed=1)
    text = result.stdout.str()
    # the JS assertion message with its diff, and the JS stack pointing into the test file
    assert "tests/math.test.js:11: arithmetic > subtracts failed (testCodeFailure)" in text
    assert "AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:" in text
    assert "+     2\n-     3" in text
    assert "math.test.js:11:" in text.split("subtracts failed", 1)[1]
    # a test whose subtest failed shows the subtest's error
    assert "subtest top level with subtests > inner bad failed (testCodeFailure)" in text
    assert "'abc' !== 'abd'" in text
    assert "SKIPPED [1] tests/unit/strings_test.mjs:6: not today" in text.replace("\\", "/")
    assert "XFAIL tests/math.test.js::arithmetic::is todo and fails" in text
    assert "XPASS tests/math.test.js::arithmetic::is todo and passes" in text
    # every JS file ran once, each of its tests once; the skipped one did not run
    assert sorted(ran(project)) == sorted([
        "before arithmetic", "adds", "subtracts", "todo fails", "todo passes", "multiplies",
        "top level", "upper"])


def test_k_selection_runs_only_the_chosen_js_tests(project):
    result = run(project, "-k", "adds or multiplies")
    result.assert_outcomes(passed=2, deselected=8)
    assert ran(project) == ["before arithmetic", "adds", "multiplies"]


def test_node_id_selection_runs_only_that_test(project):
    result = run(project, "tests/math.test.js::arithmetic::nested (deep)::multiplies",
                 "tests/unit/strings_test.mjs::upper")
    result.assert_outcomes(passed=2)
    assert ran(project) == ["before arithmetic", "multiplies", "upper"]


def test_node_id_of_a_suite_runs_its_tests(project):
    result = run(project, "tests/math.test.js::arithmetic::nested (deep)")
    result.assert_outcomes(passed=1)
    assert ran(project) == ["before arithmetic", "multiplies"]


def test_xdist_spreads_the_files_and_keeps_a_file_on_one_worker(project):
    pytest.importorskip("xdist")
    result = run(project, "-n", "2", "--dist", "loadfile")
    result.assert_outcomes(passed=4, failed=2, skipped=2, xfailed=1, xpassed=1)
    assert "2 workers" in result.stdout.str()
    assert sorted(ran(project)) == sorted([
        "before arithmetic", "adds", "subtracts", "todo fails", "todo passes", "multiplies",
        "top level", "upper"])


def test_xdist_load_distribution_gives_the_same_outcomes(project):
    pytest.importorskip("xdist")
    result = run(project, "-n", "2")
    result.assert_outcomes(passed=4, failed=2, skipped=2, xfailed=1, xpassed=1)


def test_junit_xml_shows_the_js_tests(project):
    run(project, "--junitxml=report.xml")
    cases = ET.parse(project.path / "report.xml").getroot().iter("testcase")
    by_name = {(case.get("classname"), case.get("name")): case for case in cases}
    assert ("tests.math.test.js.arithmetic", "adds") in by_name
    failed = by_name[("tests.math.test.js.arithmetic", "subtracts")].find("failure")
    assert failed is not None and "strictly deep-equal" in failed.text
    assert by_name[("tests.math.test.js.arithmetic", "is skipped")].find("skipped") is not None


def test_a_file_that_cannot_be_listed_is_a_collection_error(project):
    (project.path / "tests" / "broken.test.js").write_text("syntax error here(\n")
    result = run(project, "--collect-only", "-q")
    assert result.ret == 2
    assert "noderun could not list the tests of broken.test.js" in result.stdout.str()
    assert "SyntaxError" in result.stdout.str()


def test_js_tests_are_not_collected_without_the_ini_option(project):
    project.makeini("[pytest]\n")
    result = run(project, "--collect-only", "-q")
    assert "tests/test_python_side.py::test_python_side" in result.outlines
    assert not any(".js::" in line or ".mjs::" in line for line in result.outlines)
