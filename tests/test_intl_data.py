"""The data behind Intl is the data process.versions names: the ICU, Unicode, CLDR and time-zone database
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

VERSIONS = ("console.log(JSON.stringify([process.versions.icu, process.versions.unicode, process.versions.tz, "
            "process.versions.cldr, process.config.variables.icu_ver_major]))")


def _noderun(code: str, env: dict | None = None) -> str:
    return subprocess.run([sys.executable, "-m", "noderun", "-e", code], capture_output=True, text=True,
                          timeout=60, env=env, check=True).stdout


# What ICU reports once loaded as noderun loads it (its time-zone files directory set first).
IN_USE = ("from noderun.node import icu_c; icu_c.load(); import icu, json; "
          "print(json.dumps([icu.ICU_VERSION, icu.UNICODE_VERSION, icu_c.tz_data_version(), icu_c.cldr_version(), "
          "icu.ICU_VERSION.split('.')[0]]))")


def test_reported_versions_are_those_of_the_icu_in_use():
    in_use = subprocess.run([sys.executable, "-c", IN_USE], capture_output=True, text=True, timeout=60,
                            check=True).stdout
    assert json.loads(_noderun(VERSIONS)) == json.loads(in_use)



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
