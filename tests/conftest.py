"""Fixtures shared by the tests that use the engine in process."""

from __future__ import annotations

import pytest

from noderun.engine.runtime import Context, Runtime


@pytest.fixture
def ctx():
    """A bare engine context (no node layer) on a runtime of its own, freed after the test."""
    runtime = Runtime()
    context = Context(runtime)
    yield context
    context.free()
    runtime.free()
