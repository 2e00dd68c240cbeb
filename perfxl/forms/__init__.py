"""Declarative descriptions of the two attachment forms (附件3 and 附件4).

One description per form names every field (semantic key, defined name, kind, label
variants, formula) and places it on the sheet.  The template writer, the reader and the
checks all work from these descriptions, so a layout or a formula is written only once.
"""

from .model import Field, FieldKind, SheetLayout  # noqa: F401
