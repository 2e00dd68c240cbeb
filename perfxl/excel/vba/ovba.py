"""MS-OVBA: compression (2.4.1), the dir stream (2.3.4.2), PROJECT and PROJECTwm
(2.3.1, 2.3.3) and the data encryption of project properties (2.4.3)."""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

CHUNK = 4096
CODE_PAGE = 1252            # module sources are kept ASCII; messages live in Python
CLASS_BASE = "0{FCFB3D2A-A0FA-1068-A738-08002B3371B5}"
WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"
WORKSHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"
# A project with no compiled code: Office compiles the sources when it opens the file.
VBA_PROJECT_SOURCE_ONLY = b"\xcc\x61\xff\xff\x00\x01\x00"
REFERENCES = (
    ("stdole", "*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"),
    ("Office", "*\\G{2DF8D04C-5BFA-101B-BDE5-00AA0044DE52}#2.0#0#C:\\Program Files\\Common Files\\Microsoft Shared"
               "\\OFFICE16\\MSO.DLL#Microsoft Office 16.0 Object Library"),
)


# -- compression ------------------------------------------------------------------------

def _copy_token_bits(position: int) -> int:
    """Bits of a copy token given to the offset, at ``position`` within the chunk."""
    return max((position - 1).bit_length(), 4)


def _compress_chunk(chunk: bytes) -> bytes:
    out = bytearray()
    index: dict[bytes, list[int]] = {}
    pos = 0

    def remember(i: int) -> None:
        if i + 3 <= len(chunk):
            index.setdefault(chunk[i:i + 3], []).append(i)

    while pos < len(chunk):
        flag_at = len(out)
        out.append(0)
        flags = 0
        for bit in range(8):
            if pos >= len(chunk):
                break
            best_len, best_off = 0, 0
            if pos > 0:
                bits = _copy_token_bits(pos)
                max_len = (0xFFFF >> bits) + 3
                max_off = 1 << bits
                for cand in reversed(index.get(chunk[pos:pos + 3], [])[-64:]):
                    offset = pos - cand
                    if offset > max_off:
                        break
                    length = 0
                    limit = min(max_len, len(chunk) - pos)
                    while length < limit and chunk[cand + length] == chunk[pos + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_off = length, offset
                        if length == limit:
                            break
            if best_len >= 3:
                bits = _copy_token_bits(pos)
                out += struct.pack("<H", ((best_off - 1) << (16 - bits)) | (best_len - 3))
                flags |= 1 << bit
                for i in range(pos, pos + best_len):
                    remember(i)
                pos += best_len
            else:
                out.append(chunk[pos])
                remember(pos)
                pos += 1
        out[flag_at] = flags
    return bytes(out)


def compress(data: bytes) -> bytes:
    """A CompressedContainer: signature byte, then one chunk per 4096 bytes of data."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), CHUNK):
        chunk = data[start:start + CHUNK]
        body = _compress_chunk(chunk)
        if len(body) <= CHUNK:  # the size field holds at most 4096 bytes of tokens
            out += struct.pack("<H", (len(body) + 2 - 3) | (0b011 << 12) | 0x8000) + body
        elif len(chunk) == CHUNK:
            out += struct.pack("<H", (CHUNK + 2 - 3) | (0b011 << 12)) + chunk  # stored raw
        else:
            # A raw chunk always holds 4096 bytes, so an incompressible tail cannot be
            # stored; module source text never comes near this.
            raise ValueError("final chunk is incompressible; MS-OVBA cannot store it")
    return bytes(out)


def decompress(container: bytes) -> bytes:
    """The inverse of ``compress`` (used to read projects back)."""
    if not container or container[0] != 1:
        raise ValueError("not a compressed container")
    out = bytearray()
    pos = 1
    while pos < len(container):
        header = struct.unpack_from("<H", container, pos)[0]
        size, compressed = (header & 0x0FFF) + 3, header & 0x8000
        end = min(pos + size, len(container))
        pos += 2
        start = len(out)
        if not compressed:
            out += container[pos:pos + CHUNK]
            pos += CHUNK
            continue
        while pos < end:
            flags = container[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if flags >> bit & 1:
                    token = struct.unpack_from("<H", container, pos)[0]
                    pos += 2
                    bits = _copy_token_bits(len(out) - start)
                    length = (token & (0xFFFF >> bits)) + 3
                    offset = (token >> (16 - bits)) + 1
                    for _ in range(length):
                        out.append(out[-offset])
                else:
                    out.append(container[pos])
                    pos += 1
    return bytes(out)


# -- modules and streams ------------------------------------------------------------

@dataclass(frozen=True)
class Module:
    name: str
    kind: str       # "document", "procedural" or "class"
    source: str     # full text including its Attribute lines, CRLF line ends

    @property
    def type_id(self) -> int:
        return 0x0021 if self.kind == "procedural" else 0x0022


def _mbcs(text: str) -> bytes:
    return text.encode("cp1252")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _rec(rid: int, data: bytes) -> bytes:
    return struct.pack("<HI", rid, len(data)) + data


def _rec_with_unicode(rid: int, text: str, reserved: int) -> bytes:
    return _rec(rid, _mbcs(text)) + struct.pack("<HI", reserved, len(_utf16(text))) + _utf16(text)


def dir_stream(project: str, modules: list[Module]) -> bytes:
    """The uncompressed dir stream: project information, references, modules."""
    out = bytearray()
    out += _rec(0x0001, struct.pack("<I", 1))              # SysKind: Win32
    out += _rec(0x0002, struct.pack("<I", 0x0409))         # Lcid
    out += _rec(0x0014, struct.pack("<I", 0x0409))         # LcidInvoke
    out += _rec(0x0003, struct.pack("<H", CODE_PAGE))      # CodePage
    out += _rec(0x0004, _mbcs(project))                     # Name
    out += _rec_with_unicode(0x0005, "", 0x0040)            # DocString
    out += _rec_with_unicode(0x0006, "", 0x003D)            # HelpFile
    out += _rec(0x0007, struct.pack("<I", 0))              # HelpContext
    out += _rec(0x0008, struct.pack("<I", 0))              # LibFlags
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)            # Version 1.0
    out += _rec_with_unicode(0x000C, "", 0x003C)            # Constants
    for name, libid in REFERENCES:
        out += _rec_with_unicode(0x0016, name, 0x003E)      # ReferenceName
        lib = _mbcs(libid)
        out += _rec(0x000D, struct.pack("<I", len(lib)) + lib + struct.pack("<IH", 0, 0))
    out += _rec(0x000F, struct.pack("<H", len(modules)))   # ProjectModules
    out += _rec(0x0013, struct.pack("<H", 0xFFFF))         # ProjectCookie
    for m in modules:
        out += _rec(0x0019, _mbcs(m.name))
        out += _rec(0x0047, _utf16(m.name))
        out += _rec_with_unicode(0x001A, m.name, 0x0032)    # StreamName
        out += _rec_with_unicode(0x001C, "", 0x0048)        # DocString
        out += _rec(0x0031, struct.pack("<I", 0))          # TextOffset: source from byte 0
        out += _rec(0x001E, struct.pack("<I", 0))          # HelpContext
        out += _rec(0x002C, struct.pack("<H", 0xFFFF))     # Cookie
        out += struct.pack("<HI", m.type_id, 0)
        out += struct.pack("<HI", 0x002B, 0)                # module terminator
    out += struct.pack("<HI", 0x0010, 0)                    # dir terminator
    return bytes(out)


def project_wm(modules: list[Module]) -> bytes:
    out = bytearray()
    for m in modules:
        out += _mbcs(m.name) + b"\x00" + _utf16(m.name) + b"\x00\x00"
    return bytes(out + b"\x00\x00")


def encrypt(data: bytes, project_id: str, seed: int, ignored: bytes | None = None) -> str:
    """MS-OVBA 2.4.3.2 data encryption, as the hex text of CMG/DPB/GC.  ``seed`` and the
    ``ignored`` filler bytes are free choices of the writer; fixing them makes builds
    reproducible."""
    version = 2
    key = sum(project_id.encode("ascii")) & 0xFF
    version_enc, key_enc = seed ^ version, seed ^ key
    unencrypted1, encrypted1, encrypted2 = key, key_enc, version_enc
    out = [seed, version_enc, key_enc]
    if ignored is None:
        ignored = hashlib.sha256(project_id.encode() + bytes([seed])).digest()
    payload = list(ignored[: (seed & 6) // 2]) + list(struct.pack("<I", len(data)) + data)
    for byte in payload:
        enc = byte ^ ((encrypted2 + unencrypted1) & 0xFF)
        out.append(enc)
        encrypted2, encrypted1, unencrypted1 = encrypted1, enc, byte
    return "".join(f"{b:02X}" for b in out)


def decrypt(text: str, project_id: str | None = None) -> bytes:
    """MS-OVBA 2.4.3.3: the data behind a CMG/DPB/GC value."""
    return decrypt_parts(text, project_id)[2]


def decrypt_parts(text: str, project_id: str | None = None) -> tuple[int, bytes, bytes]:
    """(seed, ignored filler bytes, data) of a CMG/DPB/GC value."""
    raw = bytes.fromhex(text)
    seed, version_enc, key_enc = raw[0], raw[1], raw[2]
    if seed ^ version_enc != 2:
        raise ValueError("unknown encryption version")
    key = seed ^ key_enc
    if project_id is not None and key != sum(project_id.encode("ascii")) & 0xFF:
        raise ValueError("project key does not match the project id")
    unencrypted1, encrypted1, encrypted2 = key, key_enc, version_enc
    plain = []
    for enc in raw[3:]:
        byte = enc ^ ((encrypted2 + unencrypted1) & 0xFF)
        plain.append(byte)
        encrypted2, encrypted1, unencrypted1 = encrypted1, enc, byte
    ignored = (seed & 6) // 2
    length = struct.unpack("<I", bytes(plain[ignored:ignored + 4]))[0]
    return seed, bytes(plain[:ignored]), bytes(plain[ignored + 4:ignored + 4 + length])


def project_stream(project: str, project_id: str, modules: list[Module]) -> bytes:
    lines = [f'ID="{project_id}"']
    for m in modules:
        lines.append({"document": f"Document={m.name}/&H00000000", "procedural": f"Module={m.name}",
                      "class": f"Class={m.name}"}[m.kind])
    seeds = hashlib.sha256(project_id.encode()).digest()
    not_protected, no_password, visible = struct.pack("<I", 0), bytes([0]), bytes([0xFF])
    lines += [f'Name="{project}"', 'HelpContextID="0"', 'VersionCompatible32="393222000"',
              f'CMG="{encrypt(not_protected, project_id, seeds[0])}"',
              f'DPB="{encrypt(no_password, project_id, seeds[1])}"',
              f'GC="{encrypt(visible, project_id, seeds[2])}"',
              "", "[Host Extender Info]", "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
              "", "[Workspace]"]
    lines += [f"{m.name}=0, 0, 0, 0, C" for m in modules]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def project_id_for(project: str) -> str:
    """A stable GUID for the project (reproducible builds)."""
    h = hashlib.sha256(project.encode()).hexdigest().upper()
    return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def vba_streams(project: str, modules: list[Module]) -> dict[str, bytes]:
    """Every stream of the project, by its path in the compound file."""
    pid = project_id_for(project)
    streams = {
        "PROJECT": project_stream(project, pid, modules),
        "PROJECTwm": project_wm(modules),
        "VBA/_VBA_PROJECT": VBA_PROJECT_SOURCE_ONLY,
        "VBA/dir": compress(dir_stream(project, modules)),
    }
    for m in modules:
        streams[f"VBA/{m.name}"] = compress(m.source.encode("cp1252"))
    return streams
