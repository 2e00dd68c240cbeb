"""The 检查结果 sheet as both writers (the checked copy and the Excel button) lay it out."""

from __future__ import annotations

RESULT_SHEET = "检查结果"
# Columns of the 检查结果 sheet, and how each severity is highlighted (RGB hex).
RESULT_HEADERS = ("序号", "严重程度", "规则", "说明", "单元格", "应为", "实为", "可能原因")
SEVERITY_COLORS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
