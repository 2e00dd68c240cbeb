"""The cyclic garbage collector paused while a large structure is built that makes no cycles.

A collection pass rescans every object still alive: reading a workbook (every cell read so far)
or checking a report (every figure, interval and list of the report) made passes that grew with
the input, so the work grew faster than the input.  Neither makes reference cycles (the tests
check that a check leaves nothing for the collector), so nothing is left uncollected; reference
counting frees everything as before.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    """No collection passes inside the block; the collector's state is restored after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
