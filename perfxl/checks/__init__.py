"""The checks: a catalog of small rules producing findings as data.

Each rule has a stable id, a Chinese title and message templates; rules read a
``FormData`` and never touch files.  Renderers (text, JSON, a 检查结果 sheet) turn the same
findings into what a person reads.
"""
