"""Zeroing the free blocks of CPython's small-object allocator (pymalloc).

Python objects of up to 512 bytes (most record text: a field's `str`, pydantic's stripped
copy of it) live in pymalloc pools, not in the C allocator's heap, so the `calloc` sweep of
`secret_memory.scrub_free_memory` does not reach them: a freed `str` keeps its characters
until its block is reused. Here each size class is asked (`PyObject_Malloc`) for as many
blocks as pymalloc reports available in its partly used pools (`sys._debugmallocstats`:
freed blocks and never-used ones), each is zeroed, then all are freed again.

What this cannot reach: pools that became wholly empty keep their old bytes until pymalloc
reuses them (docs/security.md, "Memory after lock"). Only on CPython with pymalloc in use;
elsewhere (another Python, `PYTHONMALLOC`, debug hooks) it does nothing.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
import tempfile
import threading
from functools import cache
from typing import BinaryIO

_SMALL_LIMIT = 512
_STATS_ROW = re.compile(r"^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$")
# More than any vault session frees; a bound so a misread table cannot take long.
_MAX_BLOCKS_PER_CLASS = 200_000
_stderr_guard = threading.Lock()


@cache
def _api() -> tuple[ctypes._NamedFuncPointer, ctypes._NamedFuncPointer] | None:
    if sys.implementation.name != "cpython" or sys.flags.dev_mode or not hasattr(sys, "_debugmallocstats"):
        return None
    if os.environ.get("PYTHONMALLOC", "pymalloc") not in ("pymalloc", ""):
        return None
    allocate = ctypes.pythonapi.PyObject_Malloc
    allocate.restype = ctypes.c_void_p
    allocate.argtypes = [ctypes.c_size_t]
    free = ctypes.pythonapi.PyObject_Free
    free.restype = None
    free.argtypes = [ctypes.c_void_p]
    return allocate, free


def available_blocks() -> dict[int, int]:
    """Block size → blocks available in partly used pools, from pymalloc's own statistics.

    `sys._debugmallocstats` writes to the C-level stderr: it is sent to an in-memory file for
    the call (`memfd_create` on Linux; elsewhere an anonymous temporary file). What it holds
    is allocator counts, nothing of the data; anything another thread writes to stderr in
    that millisecond is dropped with it.
    """
    with _stderr_guard, _sink() as sink:
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            os.dup2(sink.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        sink.seek(0)
        text = sink.read().decode("ascii", "replace")
    available: dict[int, int] = {}
    for line in text.splitlines():
        match = _STATS_ROW.match(line)
        if match is not None:
            size, avail = int(match.group(2)), int(match.group(5))
            if 0 < size <= _SMALL_LIMIT:
                available[size] = avail
    return available


def _sink() -> BinaryIO:
    """A file that never reaches a disk where the system allows it."""
    if hasattr(os, "memfd_create"):
        return os.fdopen(os.memfd_create("outreach-mallocstats"), "w+b")
    return tempfile.TemporaryFile()


def scrub_pymalloc_free_blocks() -> int:
    """Zero every available block in pymalloc's partly used pools; returns the bytes zeroed."""
    api = _api()
    if api is None:
        return 0
    allocate, free = api
    zeroed = 0
    for size, count in available_blocks().items():
        # Addresses are kept in a C array: a list of Python ints would itself take blocks of
        # the 32-byte class while it is being swept.
        taken = (ctypes.c_void_p * min(count, _MAX_BLOCKS_PER_CLASS))()
        held = 0
        try:
            for i in range(len(taken)):
                block = allocate(size)
                if not block:
                    break
                ctypes.memset(block, 0, size)
                taken[i] = block
                held = i + 1
            zeroed += held * size
        finally:
            for i in range(held):
                free(taken[i])
    return zeroed
