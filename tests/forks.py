"""Real child processes forked from one server process that imported the heavy stacks once.

A test that kills or limits a real process (a SIGKILL loop, a server under an rlimit) used to
start a fresh Python each time: 1-2 CPU-s of imports (sqlalchemy, alembic, FastAPI, pydantic,
the app) per process, twenty times in a crash loop (issue 19). multiprocessing's fork server
imports the modules named with `preload` once; each child is then a fork of it: still a process
of its own (its own pid, killed with a real signal, its own limits), but without a start-up. A
fork server child has none of pytest's threads or state (the server was started as a fresh
Python), which a plain fork of the pytest process would have.

The fork server is one per process, and its preload list is read when it starts, so every test
module names what it needs at import (collection runs before any test): `preload(...)` adds to
one list instead of replacing it.

`ForkedProcess` is what these tests used `subprocess.Popen` for: a pid, `stderr` as a pipe,
`poll`/`wait`/`terminate`/`kill`/`send_signal`, `communicate` and `returncode`, with
optional stdin bytes, an environment, `sys.argv` (for a `main()` that reads it) and a set-up
call (an rlimit) run in the child first.
"""

from __future__ import annotations

import contextlib
import gc
import io
import multiprocessing
import os
import select
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from multiprocessing.connection import Connection
from typing import Any, BinaryIO

FORKS = multiprocessing.get_context("forkserver")
_PRELOADED: set[str] = {__name__}


def preload(*modules: str) -> None:
    """Have the fork server import `modules` (with those named before) when it starts."""
    _PRELOADED.update(modules)
    FORKS.set_forkserver_preload(sorted(_PRELOADED))


preload()


def _run_child(
    stdin: Connection | None,
    stdout: Connection | None,
    stderr: Connection,
    env: Mapping[str, str],
    cwd: str,
    argv: list[str] | None,
    setup: Callable[[], object] | None,
    target: Callable[..., object],
    args: tuple[Any, ...],
) -> None:
    """In the child: the pipes onto fds 0, 1 and 2 as Popen sets them up (/dev/null for
    stdin and stdout when not given), then `target(*args)`; its return value is the exit code, as
    `sys.exit(main())` makes it (a `main()` that calls sys.exit itself works too)."""
    _onto(stderr, 2)
    if stdout is None:
        _devnull_onto(1, os.O_WRONLY)
    else:
        _onto(stdout, 1)
    # On fd 0 as in any process (multiprocessing gives its children a stdin on another fd,
    # which uvicorn's --workers hands to the processes it spawns, where that fd is not open).
    if stdin is None:
        _devnull_onto(0, os.O_RDONLY)
    else:
        _onto(stdin, 0)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
    # The caller's environment and folder, as Popen passes them on (the fork server's are
    # those of the moment it started).
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    if argv is not None:
        sys.argv = argv
    # What the fork server imported is frozen: the child's collections then walk only what it
    # makes, as in a fresh Python that never imported the other tests' stacks, and do not copy
    # the shared pages to touch their objects (~8% of a crash loop's CPU: 21 notify forks
    # 11.2 -> 9.6 CPU-s, paired; issue 19). The code under test tunes its own collector
    # afterwards as it would anywhere (`serve` and the vault's settling unfreeze and freeze).
    gc.freeze()
    if setup is not None:
        setup()
    code = target(*args)
    sys.exit(code if isinstance(code, int) else 0)


def _onto(end: Connection, fd: int) -> None:
    os.dup2(end.fileno(), fd)
    end.close()


def _devnull_onto(fd: int, flags: int) -> None:
    devnull = os.open(os.devnull, flags)
    os.dup2(devnull, fd)
    os.close(devnull)


def _pipe(*, child_reads: bool) -> tuple[int, Connection]:
    """(the parent's end as a raw fd, the child's end as a Connection: picklable, so it
    travels to the fork server's child with the Process, SCM_RIGHTS underneath)."""
    read, write = os.pipe()
    if child_reads:
        return write, Connection(read, writable=False)
    return read, Connection(write, readable=False)


class ForkedProcess:
    """`target(*args)` in a child of the fork server; the Popen-like handle on it. `stdin`:
    bytes written to its stdin (then closed); `stdout=True`: its stdout captured, as stderr
    always is (`communicate`); `text=True`: `communicate` decodes them, as Popen's text mode."""

    def __init__(
        self,
        target: Callable[..., object],
        *args: Any,
        stdin: bytes | None = None,
        stdout: bool = False,
        env: Mapping[str, str] | None = None,
        argv: Sequence[str] | None = None,
        setup: Callable[[], object] | None = None,
        text: bool = False,
    ) -> None:
        self._text = text
        err_fd, child_err = _pipe(child_reads=False)
        out_fd, child_out = _pipe(child_reads=False) if stdout else (-1, None)
        in_fd, child_in = _pipe(child_reads=True) if stdin is not None else (-1, None)
        ends = (child_in, child_out, child_err)
        environment = dict(env if env is not None else os.environ)
        options = (environment, os.getcwd(), list(argv) if argv is not None else None, setup)
        self._process = FORKS.Process(target=_run_child, args=(*ends, *options, target, args))
        try:
            self._process.start()
        finally:
            for end in ends:  # the child holds the only other ends: its exit ends the pipes
                if end is not None:
                    end.close()
        if stdin is not None:
            with open(in_fd, "wb") as feed, contextlib.suppress(BrokenPipeError):
                feed.write(stdin)  # small (a passphrase): fits the pipe, never blocks
        self.stderr: BinaryIO = open(err_fd, "rb", buffering=0)  # noqa: SIM115 - closed by communicate
        self.stdout: BinaryIO | None = open(out_fd, "rb", buffering=0) if stdout else None  # noqa: SIM115
        self._read: dict[int, bytes] = {}

    @property
    def pid(self) -> int:
        pid = self._process.pid
        assert pid is not None
        return pid

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise TimeoutError(f"forked process {self.pid} still running after {timeout} s")
        return self._process.exitcode

    def send_signal(self, sig: int) -> None:
        if self._process.exitcode is None:
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def close(self) -> None:
        """Drop the pipes unread (a killed round whose output nobody needs)."""
        for pipe in (self.stdout, self.stderr):
            if pipe is not None:
                pipe.close()

    def communicate(self, timeout: float | None = None) -> tuple[Any, Any]:
        """(stdout if captured, stderr): everything written until the child exits, and wait
        for that exit. Bytes, or str with `text=True`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        pipes = [pipe for pipe in (self.stdout, self.stderr) if pipe is not None and not pipe.closed]
        while pipes:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError(f"forked process {self.pid} kept its output open for {timeout} s")
            ready, _, _ = select.select(pipes, [], [], left)  # waits for output or EOF
            for pipe in ready:
                chunk = os.read(pipe.fileno(), 65536)
                if chunk:
                    self._read[id(pipe)] = self._read.get(id(pipe), b"") + chunk
                else:
                    pipes.remove(pipe)
                    pipe.close()
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        out = None if self.stdout is None else self._read.get(id(self.stdout), b"")
        err = self._read.get(id(self.stderr), b"")
        if self._text:
            return (None if out is None else out.decode()), err.decode()
        return out, err
