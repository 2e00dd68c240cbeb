"""Parsing a package part safely with a C parser (libxml2 through lxml).

The same guarantees as defusedxml, which the reader used alone before (its pure-Python
event handling was most of a check's reading time):

- no document type declaration at all: a part holding ``<!DOCTYPE`` anywhere is handed to
  defusedxml, which refuses a real one (``DTDForbidden``) exactly as before and parses the
  harmless rest (the words inside a comment or CDATA) as before; a DTD that still reached
  libxml2 is refused on the root element, before any content is read;
- no entity expansion (``resolve_entities=False``), no DTD loading or validation, no
  network access (``no_network=True``);
- libxml2's size limits stay on (``huge_tree=False``: text nodes, depth, names);
- only UTF-8 parts (with or without a byte order mark, as Excel, WPS and LibreOffice
  write them) go to libxml2; any other encoding goes to defusedxml as before.

A malformed part raises ``xml.etree.ElementTree.ParseError``, as expat did.
"""

from __future__ import annotations

import io
from typing import IO, Iterator

_UTF8_BOM = b"\xef\xbb\xbf"


def _utf8(data: bytes) -> bool:
    head = data[len(_UTF8_BOM):] if data.startswith(_UTF8_BOM) else data
    if not head.startswith(b"<?xml"):
        return not head[:1] or head[:1] == b"<" or head[:1].isspace()
    decl = head[: head.find(b"?>") + 2].lower()
    if b"encoding" not in decl:
        return True
    return b'encoding="utf-8"' in decl or b"encoding='utf-8'" in decl


def refuses_dtd(data: bytes) -> bool:
    """Whether ``data`` may hold a document type declaration (then defusedxml decides)."""
    if b"<!" not in data:             # one scan for the usual part: no declaration at all
        return False
    return b"<!DOCTYPE" in data or b"<!doctype" in data or b"<!ENTITY" in data


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def tree(data: bytes):
    """The part parsed whole by libxml2 (the root element), under the same guarantees as
    ``iterparse``; None when it must go through ``iterparse`` instead, which then reads or
    refuses it exactly as it always has: a part that may hold a DTD or is not UTF-8
    (defusedxml's way), or one libxml2 cannot parse."""
    if refuses_dtd(data) or not _utf8(data):
        return None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        return None
    return root


def iterparse(stream: IO[bytes], events: tuple[str, ...] = ("start", "end"),
              tags: tuple[str, ...] | None = None) -> Iterator:
    """(event, element) pairs of one part, like ``ElementTree.iterparse``; with ``tags``
    (local names, any namespace) only those elements' events."""
    data = stream.read()
    if refuses_dtd(data) or not _utf8(data):
        from defusedxml import ElementTree as SafeET

        wanted = set(tags) if tags is not None else None
        for event, el in SafeET.iterparse(io.BytesIO(data), events=events, forbid_dtd=True):
            if wanted is None or local(el.tag) in wanted:
                yield event, el
        return
    from lxml import etree

    tag = [f"{{*}}{t}" for t in tags] if tags is not None else None
    parser = etree.iterparse(io.BytesIO(data), events=events, tag=tag, resolve_entities=False,
                             no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    checked = False
    try:
        for event, el in parser:
            if not checked:
                info = el.getroottree().docinfo
                if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
                    from defusedxml import DTDForbidden

                    raise DTDForbidden(info.root_name, info.system_url, info.public_id)
                checked = True
            yield event, el
    except etree.XMLSyntaxError as exc:
        from xml.etree.ElementTree import ParseError   # imported when raised: a check needs no ElementTree

        raise ParseError(str(exc)) from None
