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
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (see the module docstring)."""
    return LazyPattern(pattern, flags)
