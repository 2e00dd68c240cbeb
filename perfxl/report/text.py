"""A readable Chinese report: grouped by sheet, most severe first."""

from __future__ import annotations

from ..checks.findings import SEVERITY_NAMES, SEVERITY_ORDER, Finding
from ..app.review import Review

_NO_SHEET = "报告正文及其他"
_PREVIOUS = "上年工作簿"
_MAX_CELLS = 8  # the text view lists the most suspect cells; JSON and xlsx keep them all


def _short_cell(cell: str, sheet: str | None) -> str:
    s, _, ref = cell.partition("!")
    return ref if s == sheet else cell


def render_text(result: Review) -> str:
    lines = []
    title = result.unit or "（未识别单位名称）"
    year = f"（{result.year} 年度）" if result.year else ""
    lines.append(f"perfxl 检查结果：{title}{year}")
    if result.workbook:
        lines.append(f"工作簿：{result.workbook}")
    if result.narrative:
        lines.append(f"报告：{result.narrative}")
    if getattr(result, "previous", None):
        lines.append(f"上年工作簿：{result.previous}")
    lines.append(result.summary_line())
    for project, row in zip(result.projects, result.project_rows()):
        score = f"{row['total_score']:.2f}" if row["total_score"] is not None else \
            "（未填写）" if "project.total.score" in project.values else "（未找到）"
        lines.append(f"  项目“{project.label}”{'' if project.place else '（' + row['sheet'] + '）'}：总分 {score}，错误 {row['errors']} 项，警告 {row['warnings']} 项")
    if not result.findings:
        lines.append("")
        lines.append("未发现问题。")
        return "\n".join(lines) + "\n"
    groups: dict[str, list[Finding]] = {}
    for f in result.findings:
        groups.setdefault(f.sheet or (_PREVIOUS if f.previous_cells else _NO_SHEET), []).append(f)
    order = {name: i for i, name in enumerate(result.sheet_order)}
    for sheet in sorted(groups, key=lambda s: (order.get(s, len(order)), s)):
        lines.append("")
        lines.append(f"【{sheet}】")
        for f in sorted(groups[sheet], key=lambda f: SEVERITY_ORDER[f.severity]):
            lines.append(f"  [{SEVERITY_NAMES[f.severity]}] {f.message}（{f.rule}）")
            if f.cells:
                shown = [_short_cell(c, sheet) for c in f.cells[:_MAX_CELLS]]
                more = f" 等 {len(f.cells)} 个单元格" if len(f.cells) > _MAX_CELLS else ""
                lines.append("      单元格：" + "、".join(shown) + more)
            if f.previous_cells:
                lines.append("      上年工作簿单元格：" + "、".join(f.previous_cells[:_MAX_CELLS]))
            if f.narrative:
                lines.append("      报告原文：" + "；".join(f"“{s.text}”" for s in f.narrative))
            if f.cause:
                lines.append(f"      可能原因：{f.cause}")
    return "\n".join(lines) + "\n"


def render_json(result: Review) -> str:
    import json

    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
