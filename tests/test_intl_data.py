"""The data behind Intl is the data process.versions names: the ICU, Unicode and time-zone database
versions noderun reports (fixed strings, so that start-up never loads ICU) are those of the ICU it
formats with, and node 24.12.0's; and the default locale that Intl uses for each shape of
LC_ALL / LC_MESSAGES / LANG is the one node's Intl uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from oracle import NODE

VERSIONS = "console.log(JSON.stringify([process.versions.icu, process.versions.unicode, process.versions.tz]))"


def _noderun(code: str, env: dict | None = None) -> str:
    return subprocess.run([sys.executable, "-m", "noderun", "-e", code], capture_output=True, text=True,
                          timeout=60, env=env, check=True).stdout


def test_reported_versions_are_those_of_the_icu_in_use():
    import icu
    bundle = icu.ResourceBundle(icu.UnicodeString("ICUDATA"), icu.Locale("zoneinfo64"))
    tz = bundle.get("TZVersion").getString()
    assert json.loads(_noderun(VERSIONS)) == [icu.ICU_VERSION, icu.UNICODE_VERSION, str(tz)]


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
@pytest.mark.parametrize("variables", [{"LANG": "de_DE.UTF-8"}, {"LANG": ""}, {"LC_ALL": "ja_JP"},
                                       {"LC_MESSAGES": "tr_TR", "LANG": "fr_FR"}, {"LANG": "sr_RS@latin"}],
                         ids=repr)
def test_default_locale_of_intl_is_nodes(variables):
    code = ("console.log(new Intl.NumberFormat().resolvedOptions().locale, (1234567.5).toLocaleString(), "
            "new Intl.DateTimeFormat().resolvedOptions().locale, new Intl.Collator().resolvedOptions().locale)")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    env.update(variables)
    expected = subprocess.run([NODE, "-e", code], capture_output=True, text=True, timeout=60, env=env).stdout
    assert _noderun(code, env) == expected
