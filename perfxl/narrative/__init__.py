"""The narrative report (自评报告): reading it, finding its figures, checking them."""

REPORT_SHEET = "报告正文"   # the sheet a workbook may hold its report in (here: known without loading the readers)
