"""node/dotenv.py parses .env text as node 24 does: thousands of generated texts made of the
format's tricky pieces (quotes, `export`, comments, CRLF, escapes, missing '='), each compared with
util.parseEnv of the reference node."""

from __future__ import annotations

import json
import random
import subprocess

import pytest

from noderun.node import dotenv
from oracle import NODE

PIECES = ["A", "B", "KEY", "export ", "export", "=", "=", " ", "  ", "\t", "\n", "\n", "\r\n", "#", '"', "'",
          "`", "\\n", "val", "x y", ":", "\\", '"q"', "'s'", "`b`", '=="', "# c", "ä", "[s]"]


def _texts(count: int) -> list[str]:
    rng = random.Random(20261207)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
def test_parse_agrees_with_node_parse_env():
    texts = _texts(3000)
    script = "const t = JSON.parse(require('fs').readFileSync(0, 'utf8'));" \
             "console.log(JSON.stringify(t.map((s) => Object.entries(require('util').parseEnv(s)))));"
    found = subprocess.run([NODE, "-e", script], input=json.dumps(texts), capture_output=True, text=True,
                           timeout=120, check=True)
    expected = json.loads(found.stdout)
    for text, entries in zip(texts, expected):
        assert [list(item) for item in dotenv.parse(text).items()] == entries, repr(text)


def test_files_from_args_scans_up_to_double_dash():
    argv = ["--env-file=a", "--env-file-if-exists", "b", "x.js", "--env-file", "c", "--", "--env-file=d"]
    assert dotenv.files_from_args(argv) == [("a", False), ("b", True), ("c", False)]
