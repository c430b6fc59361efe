"""Throwaway certificates for the HTTPS tests (trustme): a CA, and server certificates it signed."""

from __future__ import annotations

import contextlib
import gc
import ssl
import warnings
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import trustme


def write_server_cert(
    ca: trustme.CA, folder: Path, name: str = "server", *, not_after: datetime | None = None
) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by `ca` (chain first) and its key, as PEM files."""
    cert = ca.issue_cert("127.0.0.1", not_after=not_after)
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    for extra in cert.cert_chain_pems[1:]:
        with cert_file.open("ab") as handle:
            handle.write(extra.bytes())
    cert.private_key_pem.write_to_path(str(key_file))
    return cert_file, key_file


def write_ca(ca: trustme.CA, folder: Path) -> Path:
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return ca_file


def server_context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert_file), str(key_file))
    return context


@contextlib.contextmanager
def handshake_resets_leak_in_cpython() -> Iterator[None]:
    """Collect, quietly, the SSL sockets CPython leaks when a reset beats the handshake.

    `ssl.SSLSocket._create` (3.11) re-raises ECONNRESET from its pre-handshake `recv(1)`
    without closing the socket it made; the socket sits in a reference cycle with the error
    and, collected by the cyclic GC at any later moment, fails whatever test is running with a
    ResourceWarning. Only tests that reset handshakes on purpose use this: the cyclic GC is
    paused in the block (objects freed by reference counting still warn as usual) and the
    cycles are collected, quietly, at its end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    # Code under the test may itself call gc.collect() (the lock does), so the cycle can be
    # collected inside the block too: the filter covers the whole block, for those sockets only.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"unclosed <ssl\.SSLSocket", category=ResourceWarning)
        try:
            yield
        finally:
            gc.collect()
            if was_enabled:
                gc.enable()
