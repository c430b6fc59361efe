"""Processes the server starts die with the process that started them.

`serve --validators N` starts validator processes and `serve --workers N` a supervisor
with worker processes. If the parent is killed (`kill -9`, the OOM killer), orphaned
children would keep running: validators holding memory for nobody, workers serving
unsupervised on the port so that a new `serve` cannot bind it. On Linux each child asks
the kernel for a signal when its parent dies (`prctl(PR_SET_PDEATHSIG)`). The request
follows the thread that started the child, so children are started from the main thread
(uvicorn's supervisor loop; the event loop of a server process). Elsewhere there is no
such request and only a parent already gone at start is noticed.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
SUPERVISOR_PID_ENV = "OUTREACH_SERVER_SUPERVISOR_PID"
"""Set by `serve --workers N` for its workers: the process whose death ends them."""


def die_with_parent(parent_pid: int, sig: signal.Signals) -> None:
    """Have this process get `sig` when its parent dies; exit at once if `parent_pid` is
    no longer its parent (it died before the request was made)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:
        os._exit(1)


def die_with_supervisor() -> None:
    """In a worker of `serve --workers N`: end (gracefully, SIGTERM) when the supervisor
    dies. Does nothing in a process not started by that supervisor."""
    supervisor = os.environ.get(SUPERVISOR_PID_ENV)
    if supervisor and supervisor.isdigit():
        die_with_parent(int(supervisor), signal.SIGTERM)
