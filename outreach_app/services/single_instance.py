"""One copy of the app per vault: a second start brings the first window forward and quits.

Checked before anything is asked (no passphrase, no window): the vault's own process lock
would only say "already open" after a full passphrase check. The first copy listens on a
local socket (a Unix socket, or a named pipe on Windows) whose name is derived from the data
folder's path by a hash: nothing about the person or the records is in it, not even the
folder's name. The socket is readable by this user only.

The message on the socket is a fixed word; nothing else is ever sent or read.

On Linux and macOS the key is the socket's full path (in the per-user runtime folder when
there is one) and the "is a copy running?" question is asked with Python's own socket
module: QtNetwork, which listening needs, is loaded only when the app claims the key, after
its first screen is painted (it cost start-up about 10 ms of CPU).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# How long a second copy waits for the first to answer (a copy that is alive answers in
# milliseconds; a stale socket file refuses at once).
CONNECT_TIMEOUT_MS = 1_000
_RAISE = b"raise\n"
# sockaddr_un holds 108 bytes on Linux, 104 on macOS; a longer runtime path falls back to /tmp.
_MAX_SOCKET_PATH = 100
# Where Qt puts a named local socket when TMPDIR is unset (the socket itself is this user's
# only: UserAccessOption); a shared folder lets another local user answer in our place, so
# the per-user runtime folder comes first.
_QT_FOLDER = "/tmp"  # noqa: S108


def instance_key(data_dir: Path) -> str:
    """The socket name for the vault in `data_dir` (a hash of its resolved path)."""
    # Qt's SHA-256 rather than hashlib's: hashlib loads OpenSSL, which nothing else before the
    # unlock screen needs (the same digest either way).
    path = str(data_dir.expanduser().resolve()).encode("utf-8")
    digest = bytes(QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()
    name = f"outreach-{digest[:32]}"
    if sys.platform == "win32":
        return name  # a named pipe: Qt's name space, no path
    full = str(_socket_folder() / name)
    return full if len(full.encode()) <= _MAX_SOCKET_PATH else str(Path(_QT_FOLDER) / name)


def _socket_folder() -> Path:
    """XDG_RUNTIME_DIR (this user's only, cleared at logout), else where Qt would put it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    return Path(os.environ.get("TMPDIR") or _QT_FOLDER)


def _ask_over_unix_socket(path: str) -> bool:
    if not os.path.lexists(path):  # no copy has ever listened there (or it quit cleanly)
        return False  # and the socket module (3 ms of start-up) is not needed
    import socket

    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(CONNECT_TIMEOUT_MS / 1000)
    try:
        probe.connect(path)  # refused at once by a stale socket file; missing file: no copy
        probe.sendall(_RAISE)
    except OSError:
        return False
    finally:
        probe.close()
    return True


class SingleInstance(QObject):
    """Claims `key` for this process, or asks the process that holds it to show itself.

    Signals:
        raise_requested(): another copy was started on the same vault; show the window.
    """

    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._server: QLocalServer | None = None

    def ask_running_copy_to_show(self) -> bool:
        """True if another copy holds the key (it was asked to come forward)."""
        if sys.platform != "win32":
            return _ask_over_unix_socket(self.key)
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(_RAISE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def claim(self) -> bool:
        """Listen on the key. False if another copy holds it (it was asked to come forward).

        A socket file left by a copy that crashed is removed, after checking nobody answers."""
        if self.ask_running_copy_to_show():
            return False
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                if self.ask_running_copy_to_show():  # started at the same moment as us
                    return False
                QLocalServer.removeServer(self.key)  # stale: its process is gone
            if not server.listen(self.key):
                # No single-instance check is possible here; the vault's process lock still
                # refuses a second session, so carry on rather than refuse to start.
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if _RAISE.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
