"""navigator.language: the locale noderun derives from LC_ALL / LC_MESSAGES / LANG is the one node's
ICU derives, checked against the reference node for the shapes a POSIX locale name takes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oracle import NODE

CASES = [
    {"LANG": "fr_FR.UTF-8"}, {"LANG": "fr"}, {"LANG": "C.UTF-8"}, {"LANG": "POSIX"}, {"LANG": ""},
    {"LANG": "zh_CN.UTF-8@pinyin"}, {"LANG": "de_DE@euro"}, {"LANG": "EN_us"}, {"LANG": "iw_IL"},
    {"LC_ALL": "C", "LANG": "fr_FR"}, {"LC_MESSAGES": "it_IT", "LANG": "fr_FR"}, {"LC_ALL": "", "LANG": "fr_FR"},
    {},
]
CODE = "console.log(navigator.language)"


def _run(command: list[str], variables: dict) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    env.update(variables)
    return subprocess.run(command + ["-e", CODE], env=env, capture_output=True, text=True, timeout=60).stdout


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
@pytest.mark.parametrize("variables", CASES, ids=lambda v: repr(v))
def test_language_as_node_derives_it(variables):
    assert _run([sys.executable, "-m", "noderun"], variables) == _run([NODE], variables)
