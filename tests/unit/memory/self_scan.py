"""Scan this process's own memory for secrets, without the scan itself holding them.

A needle arrives masked (needle XOR mask) and is unmasked into one bytearray only while it is
searched for; that bytearray's own address is excluded from the hits and it is zeroed right
after. Every readable mapping of /proc/self/maps is read through /proc/self/mem in chunks
(overlapping by the needle's length so a hit across a chunk edge is found). Mappings of
files (the interpreter, libraries) are skipped: they are shared code and data, not ours.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

CHUNK = 1 << 20


@dataclass(frozen=True)
class Mapping:
    start: int
    end: int
    name: str


def readable_mappings() -> list[Mapping]:
    found = []
    with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
        for line in maps:
            fields = line.split(maxsplit=5)
            start, end = (int(part, 16) for part in fields[0].split("-"))
            perms = fields[1]
            name = fields[5].strip() if len(fields) > 5 else ""
            if "r" not in perms or name in ("[vvar]", "[vsyscall]", "[vdso]"):
                continue
            if name.startswith("/") and not name.startswith("/memfd:"):
                continue  # a mapped file (library, interpreter): not the process's own data
            found.append(Mapping(start, end, name))
    return found


def _address_of(buffer: bytearray) -> int:
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


def find_masked(masked: bytes, mask: bytes, mappings: list[Mapping]) -> list[tuple[int, str]]:
    """Addresses (and mapping names) where the unmasked needle occurs, our own copies excluded."""
    needle = bytearray(masked)
    for i, value in enumerate(mask):
        needle[i] ^= value
    own = _address_of(needle)
    # Memory is read into this one buffer (no new bytes object per chunk that could linger).
    window = bytearray(CHUNK + len(needle))
    window_start = _address_of(window)
    window_end = window_start + len(window)
    view = memoryview(window)
    hits: set[tuple[int, str]] = set()
    try:
        with open("/proc/self/mem", "rb", buffering=0) as mem:
            for mapping in mappings:
                position = mapping.start
                while position < mapping.end:
                    size = min(len(window), mapping.end - position)
                    try:
                        mem.seek(position)
                        got = mem.readinto(view[:size])
                    except OSError:
                        break  # a guard page, or a mapping that went away
                    if not got:
                        break
                    offset = window.find(needle, 0, got)
                    while offset != -1:
                        address = position + offset
                        if address != own and not window_start <= address < window_end:
                            hits.add((address, mapping.name))
                        offset = window.find(needle, offset + 1, got)
                    position += CHUNK
    finally:
        view.release()
        ctypes.memset(own, 0, len(needle))
        ctypes.memset(window_start, 0, len(window))
    return sorted(hits)
