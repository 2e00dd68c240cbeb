"""Use cases: what a person asks perfxl to do, written once for every front end (the command
line, the batch review, the Excel buttons).

Submodules import what they need when called, so importing ``perfxl.app`` stays cheap:
``check`` (check a submission, giving a ``Review``), ``make`` (new and filled workbooks),
``profiles`` (a rule file read into a profile), ``review`` (the ``Review`` record).
"""
