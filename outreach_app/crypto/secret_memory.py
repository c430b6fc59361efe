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


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


# Free chunks are taken from the largest size down: a request is served from a free chunk at
# least that big (split if larger), so each pass takes the chunks the larger passes could not.
# The smallest sizes also empty tcache and fastbins, which hold freed chunks by exact size.
_SWEEP_SIZES = (65536, 16384, 4096, 2048, 1024, 512, 256, 128, 64, 32, 16)
_SWEEP_CAP = 512 * 1024 * 1024
_MAX_BLOCKS_PER_SIZE = 50_000


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    libc = ctypes.CDLL(name)
    if not all(hasattr(libc, symbol) for symbol in ("malloc_trim", "mallinfo2", "calloc", "free")):
        return None  # not glibc (or older than 2.33): nothing to do
    libc.mallinfo2.restype = _MallInfo2
    libc.calloc.restype = ctypes.c_void_p
    libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


def scrub_free_memory() -> int:
    """Zero what pymalloc (crypto.pymalloc_sweep) and the C allocator hold as free in this
    thread's arena; returns the bytes swept.

    Freed blocks keep their bytes (SQLite's page cache, result text) until reused. glibc's
    `malloc_trim` hands whole free pages back to the OS; what is left (free chunks sharing a
    page with live data) is taken with `calloc`, which zeroes it, then freed again. glibc
    only; a no-op elsewhere. Other threads' arenas are not reached (docs/security.md).
    """
    import gc

    from outreach_app.crypto.pymalloc_sweep import scrub_pymalloc_free_blocks

    # Garbage in reference cycles (a record model caught in a traceback, say) is freed only by
    # the collector: free it now, so its bytes are among those swept rather than freed later.
    gc.collect()
    # Python's small objects first: their freed blocks are pymalloc's, which calloc never reuses.
    pymalloc_swept = scrub_pymalloc_free_blocks()
    libc = _libc()
    if libc is None:
        return pymalloc_swept
    libc.malloc_trim(0)
    info = libc.mallinfo2()
    target = min(int(info.fordblks) + int(info.fsmblks), _SWEEP_CAP)
    taken: list[int] = []
    swept = 0
    try:
        for size in _SWEEP_SIZES:
            # Each pass asks for as much as was free (top of heap included), in blocks of one size.
            count = min(target // size + 1, _MAX_BLOCKS_PER_SIZE)
            for _ in range(count):
                address = libc.calloc(1, size)
                if not address:
                    break
                taken.append(address)
                swept += size
    finally:
        for address in taken:
            libc.free(address)
        libc.malloc_trim(0)
    return pymalloc_swept + swept
