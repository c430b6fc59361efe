"""Process hardening applied before any secret exists in memory.

A core dump of an unlocked app would hold the data key and record text, so
core dumps are disabled (RLIMIT_CORE = 0) and, on Linux, the process is made
non-dumpable (PR_SET_DUMPABLE = 0), which also stops other processes of the
same user from attaching with ptrace.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows: no core dumps of this kind
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    # The process's own symbols (libc is always loaded on Linux): `ctypes.util.find_library`
    # would import subprocess and run ldconfig, a noticeable part of the app's start-up.
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def set_not_dumpable() -> None:
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """True/False on Linux, None where the question does not apply."""
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process() -> None:
    disable_core_dumps()
    set_not_dumpable()
