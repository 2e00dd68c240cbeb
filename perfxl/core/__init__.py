"""Pure core: parsing, calculations, scoring rules, interval arithmetic.

Nothing in this package imports openpyxl, xlwings or any I/O library, so the same
logic serves the command line, worksheet functions and the Excel button.
"""
