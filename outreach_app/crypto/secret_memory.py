"""Zeroing secrets in memory, as far as a CPython process allows.

Keys live in `bytearray`s we own and zero (`wipe`). Some secrets arrive as immutable
objects we cannot avoid: the passphrase as a `str` (typed text), the data key as the
`bytes` AES-GCM returns. `wipe_bytes` and `wipe_str` overwrite such an object's storage in
place once nothing may read it again — a CPython detail (object layout), done only on
CPython and only for objects that cannot be shared singletons (length > 1).

What this cannot reach (docs/security.md, "Memory after lock"): copies made by code we do
not control (Qt, the allocator's freed blocks, the OS's swap), and `str`s that are shared.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

_CPYTHON = sys.implementation.name == "cpython"
# Header sizes of CPython's bytes and compact str objects, measured rather than assumed:
# bytes: header + data + NUL; ASCII str: header + data + NUL; other compact str:
# header + (length + 1) * kind.
_BYTES_HEADER = sys.getsizeof(b"") - 1
_ASCII_HEADER = sys.getsizeof("") - 1
# Built at run time: a literal may already carry a cached UTF-8 copy, which getsizeof counts.
_COMPACT_HEADER = sys.getsizeof("".join(["\xe9", "\xe9"])) - 3


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros (its length is kept)."""
    if isinstance(buffer, memoryview):
        buffer = buffer.cast("B")
    length = len(buffer)
    if length:
        ctypes.memset((ctypes.c_char * length).from_buffer(buffer), 0, length)


def wipe_bytes(value: bytes) -> None:
    """Overwrite an immutable `bytes` object's contents in place. Call only when nothing
    will read it again: every reference to it sees zeros afterwards."""
    if not _CPYTHON or type(value) is not bytes or len(value) <= 1:
        return  # b"" and single bytes are shared singletons
    ctypes.memset(id(value) + _BYTES_HEADER, 0, len(value))


def _str_storage(value: str) -> tuple[int, int]:
    """(address, size) of a compact str's characters."""
    if value.isascii():
        return id(value) + _ASCII_HEADER, len(value)
    widest = ord(max(value))
    kind = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    return id(value) + _COMPACT_HEADER, len(value) * kind


@cache
def _utf8_accessor() -> ctypes._NamedFuncPointer:
    function = ctypes.pythonapi.PyUnicode_AsUTF8AndSize
    function.restype = ctypes.c_void_p
    function.argtypes = [ctypes.py_object, ctypes.POINTER(ctypes.c_ssize_t)]
    return function


def utf8_buffer(value: str) -> tuple[int, int]:
    """(address, size) of `value`'s UTF-8 form without copying it into a new object.

    For an ASCII string that is its own storage; otherwise CPython keeps a UTF-8 copy
    inside the str, which `wipe_str` zeroes too.
    """
    size = ctypes.c_ssize_t()
    address = _utf8_accessor()(value, ctypes.byref(size))
    if not address:
        raise ValueError("the text cannot be encoded as UTF-8")
    return int(address), size.value


def wipe_str(value: str) -> None:
    """Overwrite a `str`'s characters (and its cached UTF-8 copy) with NULs, in place.

    Only for a string this program made from input and no longer needs (a passphrase after
    use): every reference to it then reads NULs. Shared singletons (length ≤ 1) are left.
    """
    if not _CPYTHON or type(value) is not str or len(value) <= 1:
        return
    address, size = _str_storage(value)
    if not value.isascii():
        # Non-ASCII text may carry a separate UTF-8 copy (made when it was encoded for C).
        utf8_address, utf8_size = utf8_buffer(value)
        ctypes.memset(utf8_address, 0, utf8_size)
    ctypes.memset(address, 0, size)


def release_free_memory() -> None:
    """Ask the C allocator to hand freed pages back to the OS (glibc `malloc_trim`), so the
    contents of freed blocks that fill whole pages stop being readable in this process.
    A no-op where there is no `malloc_trim`."""
    name = ctypes.util.find_library("c")
    if not name:
        return
    libc = ctypes.CDLL(name)
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)
