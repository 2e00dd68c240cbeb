"""Unit names as people write them, folded to one key so that two years' submissions of
the same unit pair up: "隆回县北山镇人民政府", "北山镇人民政府" and "北山镇 政府" (full-width
characters, spaces) are one unit."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans("", "", "“”\"'‘’「」《》")
# A county/city/district prefix before the unit itself: "隆回县", "邵阳市", "北塔区".
_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}?[县市区](?=[\u4e00-\u9fff]{2,})")
_SUFFIXES = ("人民政府", "政府")


def unit_key(name: object) -> str:
    """The key two spellings of one unit share ("" when there is no name)."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKC", str(name))
    s = "".join(ch for ch in s if not ch.isspace() and ch not in "\u200b\ufeff").translate(_QUOTES)
    s = s.replace("(", "").replace(")", "")
    for suffix in _SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[: -len(suffix)]
            break
    return _PREFIX.sub("", s, count=1)
