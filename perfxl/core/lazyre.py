"""Regular expressions compiled on first use instead of at import.

Compiling a pattern with Chinese character classes takes 0.1–1 ms; a module that defines
a dozen of them at import makes every command pay for them, also the ones that never use
them (``perfxl check`` without a report never runs the report's patterns).  ``lazy(...)``
stands for ``re.compile(...)``: the pattern is compiled the first time one of its methods
or attributes is used, and from then on those are the compiled pattern's own (bound
methods stored on the object), so a call costs what it costs on the compiled pattern.

Only for module-level patterns used through their methods (``P.search(s)``): the ``re``
module's functions (``re.sub(P, …)``) want a compiled pattern or a string.
"""

from __future__ import annotations

import re

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_source":   # copy/pickle probes, a half-built object
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        attrs = {m: getattr(compiled, m) for m in _METHODS}
        attrs.update(pattern=compiled.pattern, flags=compiled.flags, groups=compiled.groups,
                     groupindex=compiled.groupindex, compiled=compiled)
        self.__dict__.update(attrs)
        return attrs[name] if name in attrs else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (see the module docstring)."""
    return LazyPattern(pattern, flags)


def find_each(pattern, first, text: str):
    """``pattern.finditer(text)`` for a pattern that can start only at a character ``first`` matches (a one-
    character class such as ``lazy(r"[约近\\d]")``), much faster when such characters are rare: the engine
    tries a pattern that opens with an optional group at every position of the text, a character class
    it skips to.  Matches are the same, found the same way (leftmost, not overlapping); not for patterns
    that can match empty."""
    search, match = first.search, pattern.match
    pos, n = 0, len(text)
    while pos <= n:
        c = search(text, pos)
        if c is None:
            return
        at = c.start()
        m = match(text, at)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end() if m.end() > at else at + 1
