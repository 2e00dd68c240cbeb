"""MS-CFB: a minimal compound-file writer (version 3, 512-byte sectors).

Enough for a vbaProject.bin: storages and streams, streams under 4096 bytes in the mini
stream (as the format requires), one FAT, no DIFAT sectors (up to 109 FAT sectors, i.e.
about 7 MB).  Reading is left to olefile.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class _Entry:
    name: str
    kind: int                      # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list["_Entry"] = field(default_factory=list)
    start: int = ENDOFCHAIN
    size: int = 0
    sid: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM


def _order(name: str) -> tuple[int, str]:
    """Sibling order in a storage: shorter names first, then case-insensitive."""
    return (len(name), name.upper())


def _tree(entries: list[_Entry]) -> int:
    """Link siblings into a balanced binary search tree; returns the root's id."""
    if not entries:
        return NOSTREAM
    entries = sorted(entries, key=lambda e: _order(e.name))
    mid = len(entries) // 2
    node = entries[mid]
    node.left = _tree(entries[:mid])
    node.right = _tree(entries[mid + 1:])
    return node.sid


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat[first + i] = first + i + 1 if i < count - 1 else ENDOFCHAIN


def build(streams: dict[str, bytes]) -> bytes:
    """A compound file holding ``streams`` ("VBA/dir" is stream dir in storage VBA)."""
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        parts = path.split("/")
        node = root
        for part in parts[:-1]:
            found = next((c for c in node.children if c.name == part and c.kind == 1), None)
            if found is None:
                found = _Entry(part, 1)
                node.children.append(found)
            node = found
        node.children.append(_Entry(parts[-1], 2, data, size=len(data)))

    entries: list[_Entry] = []

    def number(e: _Entry) -> None:
        e.sid = len(entries)
        entries.append(e)
        for c in sorted(e.children, key=lambda c: _order(c.name)):
            number(c)

    number(root)
    for e in entries:
        e.child = _tree(e.children)

    # Small streams live in the mini stream, in 64-byte mini sectors.
    mini = bytearray()
    minifat: list[int] = []
    big = [e for e in entries if e.kind == 2 and e.size >= CUTOFF]
    for e in entries:
        if e.kind == 2 and 0 < e.size < CUTOFF:
            first = len(mini) // MINI
            count = -(-e.size // MINI)
            mini += e.data + b"\0" * (count * MINI - e.size)
            minifat += [0] * count
            _chain(minifat, first, count)
            e.start = first

    def sectors(n: int) -> int:
        return -(-n // SECTOR)

    big_sectors = sum(sectors(e.size) for e in big)
    mini_sectors = sectors(len(mini))
    minifat_sectors = sectors(len(minifat) * 4)
    dir_sectors = sectors(len(entries) * 128)
    used = big_sectors + mini_sectors + minifat_sectors + dir_sectors
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < used + fat_sectors:
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("project too large for a compound file without DIFAT sectors")

    fat = [FREESECT] * (fat_sectors * SECTOR // 4)
    body = bytearray()
    cursor = 0
    for e in big:
        n = sectors(e.size)
        e.start = cursor
        _chain(fat, cursor, n)
        body += e.data + b"\0" * (n * SECTOR - e.size)
        cursor += n
    root.start, root.size = (cursor, len(mini)) if mini else (ENDOFCHAIN, 0)
    if mini_sectors:
        _chain(fat, cursor, mini_sectors)
        body += bytes(mini) + b"\0" * (mini_sectors * SECTOR - len(mini))
        cursor += mini_sectors
    minifat_start = cursor if minifat_sectors else ENDOFCHAIN
    if minifat_sectors:
        _chain(fat, cursor, minifat_sectors)
        packed = struct.pack(f"<{len(minifat)}I", *minifat)
        body += packed + struct.pack("<I", FREESECT) * ((minifat_sectors * SECTOR - len(packed)) // 4)
        cursor += minifat_sectors
    dir_start = cursor
    _chain(fat, cursor, dir_sectors)
    directory = bytearray()
    for e in entries:
        name = e.name.encode("utf-16-le") + b"\0\0"
        directory += name + b"\0" * (64 - len(name))
        directory += struct.pack("<HBB", len(name), e.kind, 1)          # all nodes black
        directory += struct.pack("<III", e.left, e.right, e.child)
        directory += b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16    # CLSID, state, times
        directory += struct.pack("<IQ", e.start if e.kind != 1 else 0, e.size if e.kind != 1 else 0)
    while len(directory) < dir_sectors * SECTOR:
        directory += b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
        directory += b"\0" * 36 + struct.pack("<IQ", 0, 0)
    body += directory
    cursor += dir_sectors
    fat_start = cursor
    for i in range(fat_sectors):
        fat[fat_start + i] = FATSECT
    body += struct.pack(f"<{len(fat)}I", *fat)

    difat = [fat_start + i for i in range(fat_sectors)] + [FREESECT] * (109 - fat_sectors)
    header = (SIGNATURE + b"\0" * 16 + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, CUTOFF, minifat_start,
                            minifat_sectors, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    return header + bytes(body)
