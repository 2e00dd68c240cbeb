"""The county bureau's summary workbook, written with XlsxWriter in constant-memory mode.

Sheets: 汇总 (one row per submission, with a link to its findings), 问题清单 (every
finding, streamed from disk), 统计图 (score distribution and the units with most errors),
and with last year's folder (``--previous``) 跨年对比 (per unit: 总得分, 执行率, 三公经费
this year against last, with the change, and a chart of the change of 总得分).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import xlsxwriter

from ..checks.findings import SEVERITY_NAMES, cells_text
from ..files import atomic_path
from ..report.sheet import SEVERITY_COLORS

SUMMARY_COLUMNS = (
    ("序号", 6), ("单位", 24), ("年度", 7), ("总得分（填报）", 12), ("总得分（复算）", 12), ("等级", 6),
    ("错误", 6), ("警告", 6), ("提示", 6), ("在职人员控制率", 13), ("预算执行率", 11), ("三公经费增减", 12),
    ("问题明细", 10), ("状态", 36), ("文件", 50),
)
FINDING_COLUMNS = (("文件", 40), ("单位", 22), ("严重程度", 9), ("规则", 20), ("说明", 70), ("单元格", 26),
                   ("应为", 14), ("实为", 14), ("可能原因", 40))
PROJECT_COLUMNS = (("序号", 6), ("单位", 22), ("项目名称", 30), ("工作表", 16), ("全年预算数", 12),
                   ("全年执行数", 12), ("执行率", 9), ("总分", 8), ("等级", 6), ("错误", 6), ("警告", 6),
                   ("文件", 50))
SCORE_BINS = ((90, "90 分及以上"), (80, "80–90 分"), (70, "70–80 分"), (60, "60–70 分"), (0, "60 分以下"))


def _print_setup(ws, rows: int | None = 0, tall: int = 0) -> None:
    """A4 landscape, one page wide, the header row repeated on every page."""
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, tall)
    if rows is not None:
        ws.repeat_rows(rows)


def _table_sheet(wb: xlsxwriter.Workbook, name: str, columns, head):
    """A sheet with a frozen heading row of ``columns`` (name, width), set up for print."""
    ws = wb.add_worksheet(name)
    _print_setup(ws)
    for col, (title, width) in enumerate(columns):
        ws.set_column(col, col, width)
        ws.write_string(0, col, title, head)
    ws.freeze_panes(1, 0)
    return ws


def _bin(score: float | None) -> str:
    if score is None:
        return "无总得分"
    for bound, name in SCORE_BINS:
        if score >= bound:
            return name
    return SCORE_BINS[-1][1]


STATUS_ORDER = {"unusable": 0, "unrecognised": 1, "ok": 2}
COUNT_ROWS = (("clean", "已检查，无错误"), ("with_errors", "已检查，有错误"),
              ("unrecognised", "未识别（不是绩效表格或缺少关键栏目）"), ("unusable", "无法读取"),
              ("submissions", "合计"))

YEAR_COLUMNS = (
    ("序号", 6), ("单位", 24), ("总得分（上年）", 11), ("总得分（本年）", 11), ("总得分变化", 10),
    ("执行率（上年）", 11), ("执行率（本年）", 11), ("执行率变化", 10),
    ("三公经费（上年）", 12), ("三公经费（本年）", 12), ("三公经费变化", 11), ("三公经费变化率", 12),
    ("本年文件", 40), ("上年文件", 40),
)
CHART_UNITS = 60   # the chart of the change of 总得分 shows at most this many units


def write_summary(path: Path, records: Any, findings: Iterable[dict[str, Any]],
                  counts: dict[str, int] | None = None, previous: list[dict[str, Any]] | None = None, *,
                  force: bool = False) -> Path:
    """Write the summary; ``records`` is a spool (``count``, ``get(i)``, iteration) whose
    items carry ``first_finding``, their row index in ``findings``.  Only sort keys and the
    chart's counters are held in memory.  ``previous`` (a list, possibly empty: last year's
    unpaired submissions) adds the 跨年对比 sheet."""
    with atomic_path(path, force=force) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
        wb.set_properties({"title": "绩效自评批量检查汇总", "author": "perfxl"})
        head = wb.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1, "font_name": "宋体",
                              "text_wrap": True, "valign": "vcenter"})
        pct = wb.add_format({"num_format": "0.00%"})
        num = wb.add_format({"num_format": "0.00"})
        link = wb.add_format({"font_color": "#0563C1", "underline": 1})
        red = wb.add_format({"bg_color": "#" + SEVERITY_COLORS["error"]})
        amber = wb.add_format({"bg_color": "#" + SEVERITY_COLORS["warning"]})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})

        ws = _table_sheet(wb, "汇总", SUMMARY_COLUMNS, head)
        # Unreadable files first, then files not recognised as a form, then most errors; ties
        # keep the (sorted) folder order.
        keys = sorted((STATUS_ORDER.get(r["status"], 2), -(r.get("errors") or 0), i) for i, r in enumerate(records))
        bins: Counter = Counter()
        top: list[tuple[int, str]] = []
        for i, key in enumerate(keys, start=1):
            r = records.get(key[-1])
            if r["status"] == "ok":
                bins[_bin(r.get("total_stated"))] += 1
            if r.get("errors"):
                top = sorted(top + [(r["errors"], r.get("unit") or Path(r["file"]).stem)], key=lambda t: -t[0])[:10]
            ws.write_number(i, 0, i)
            ws.write_string(i, 1, r.get("unit") or "")
            if r.get("year"):
                ws.write_number(i, 2, r["year"])
            for col, key in ((3, "total_stated"), (4, "total_recomputed")):
                if r.get(key) is not None:
                    ws.write_number(i, col, r[key], num)
            ws.write_string(i, 5, r.get("grade") or "")
            for col, key in ((6, "errors"), (7, "warnings"), (8, "infos")):
                if r.get(key) is not None:
                    ws.write_number(i, col, r[key], red if key == "errors" and r[key] else None)
            for col, key in ((9, "control_rate"), (10, "exec_rate"), (11, "sangong_change")):
                if r.get(key) is not None:
                    ws.write_number(i, col, r[key], pct)
            if r.get("findings_count"):
                ws.write_url(i, 12, f"internal:'问题清单'!A{r['first_finding'] + 2}", link, string="查看")
            if r["status"] == "unusable":
                status, fmt = "无法读取：" + (r.get("reason") or ""), red
            elif r["status"] == "unrecognised":
                status, fmt = "未识别：" + (r.get("reason") or ""), amber
            else:
                status, fmt = r.get("reason") or "已检查", None
            ws.write_string(i, 13, status, fmt)
            ws.write_string(i, 14, r["file"])
        ws.autofilter(0, 0, max(1, len(keys)), len(SUMMARY_COLUMNS) - 1)

        wf = _table_sheet(wb, "问题清单", FINDING_COLUMNS, head)
        row = 0
        for row, f in enumerate(findings, start=1):
            values = (f["file"], f.get("unit") or "", SEVERITY_NAMES.get(f["severity"], f["severity"]), f["rule"],
                      f["message"], cells_text(f.get("cells") or [], f.get("previous_cells")), f.get("expected"), f.get("actual"),
                      f.get("cause"))
            for col, v in enumerate(values):
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    wf.write_number(row, col, v)
                else:
                    wf.write_string(row, col, str(v), wrap if col in (4, 5, 8) else None)   # 说明、单元格、可能原因
        wf.autofilter(0, 0, max(1, row), len(FINDING_COLUMNS) - 1)

        _projects(wb, head, pct, num, red, records)
        _charts(wb, head, bins, top, counts)
        if previous is not None:
            _years_sheet(wb, head, records, previous, pct, num)
        wb.close()
    return Path(path)


def _projects(wb: xlsxwriter.Workbook, head, pct, num, red, records: Any) -> None:
    """A 项目 sheet with one row per 项目支出绩效自评表 table, when any file has one."""
    if not any(r.get("projects") for r in records):
        return
    ws = _table_sheet(wb, "项目", PROJECT_COLUMNS, head)
    i = 0
    for r in records:
        for p in r.get("projects") or []:
            i += 1
            ws.write_number(i, 0, i)
            ws.write_string(i, 1, p.get("unit") or r.get("unit") or "")
            ws.write_string(i, 2, p.get("label") or p["name"])
            ws.write_string(i, 3, p["sheet"])
            for col, key, fmt in ((4, "budget", num), (5, "executed", num), (6, "rate", pct), (7, "total_score", num)):
                if p.get(key) is not None:
                    ws.write_number(i, col, p[key], fmt)
            ws.write_string(i, 8, p.get("grade") or "")
            for col, key in ((9, "errors"), (10, "warnings")):
                ws.write_number(i, col, p[key], red if key == "errors" and p[key] else None)
            ws.write_string(i, 11, r["file"])
    ws.autofilter(0, 0, max(1, i), len(PROJECT_COLUMNS) - 1)


def _charts(wb: xlsxwriter.Workbook, head, bins: Counter, top: list[tuple[int, str]],
            counts: dict[str, int] | None = None) -> None:
    wc = wb.add_worksheet("统计图")
    _print_setup(wc, rows=None, tall=1)
    wc.set_column(0, 0, 28)
    wc.set_column(1, 1, 10)
    labels = [name for _, name in SCORE_BINS] + (["无总得分"] if bins.get("无总得分") else [])
    wc.write_string(0, 0, "总得分区间", head)
    wc.write_string(0, 1, "份数", head)
    for i, name in enumerate(labels, start=1):
        wc.write_string(i, 0, name)
        wc.write_number(i, 1, bins.get(name, 0))
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": "份数", "categories": ["统计图", 1, 0, len(labels), 0],
                      "values": ["统计图", 1, 1, len(labels), 1], "fill": {"color": "#5B9BD5"}})
    chart.set_title({"name": "总得分分布"})
    chart.set_legend({"none": True})
    wc.insert_chart(0, 3, chart)

    start = len(labels) + 3
    if counts is not None:
        # Submissions by outcome: 未识别 counted apart from clean and failing ones.
        wc.write_string(start, 0, "材料情况", head)
        wc.write_string(start, 1, "份数", head)
        for i, (key, name) in enumerate(COUNT_ROWS, start=start + 1):
            wc.write_string(i, 0, name)
            wc.write_number(i, 1, counts.get(key, 0))
        start += len(COUNT_ROWS) + 3
    wc.write_string(start, 0, "错误最多的单位", head)
    wc.write_string(start, 1, "错误数", head)
    for i, (count, unit) in enumerate(top, start=start + 1):
        wc.write_string(i, 0, unit)
        wc.write_number(i, 1, count)
    if top:
        bar = wb.add_chart({"type": "bar"})
        bar.add_series({"name": "错误数", "categories": ["统计图", start + 1, 0, start + len(top), 0],
                        "values": ["统计图", start + 1, 1, start + len(top), 1], "fill": {"color": "#ED7D31"}})
        bar.set_title({"name": "错误最多的单位"})
        bar.set_legend({"none": True})
        bar.set_y_axis({"reverse": True})
        wc.insert_chart(17, 3, bar)


def _change(now: Any, last: Any) -> float | None:
    return round(now - last, 6) if isinstance(now, (int, float)) and isinstance(last, (int, float)) else None


def _years_sheet(wb: xlsxwriter.Workbook, head, records: Any, unpaired: list[dict[str, Any]], pct, num) -> None:
    """跨年对比: one row per paired unit, then this year's and last year's unpaired files."""
    ws = _table_sheet(wb, "跨年对比", YEAR_COLUMNS, head)
    bold = wb.add_format({"bold": True})
    row = 0
    for r in records:
        if r["status"] != "ok" or not r.get("previous") or r.get("previous_problem"):
            continue
        row += 1
        ws.write_number(row, 0, row)
        ws.write_string(row, 1, r.get("unit") or Path(r["file"]).stem)
        values = (
            (2, r.get("previous_total_stated"), num), (3, r.get("total_stated"), num),
            (4, _change(r.get("total_stated"), r.get("previous_total_stated")), num),
            (5, r.get("previous_exec_rate"), pct), (6, r.get("exec_rate"), pct),
            (7, _change(r.get("exec_rate"), r.get("previous_exec_rate")), pct),
            (8, r.get("previous_sangong"), num), (9, r.get("sangong"), num),
            (10, _change(r.get("sangong"), r.get("previous_sangong")), num),
            (11, (r["sangong"] - r["previous_sangong"]) / r["previous_sangong"]
             if r.get("sangong") is not None and r.get("previous_sangong") else None, pct),
        )
        for col, value, style in values:
            if value is not None:
                ws.write_number(row, col, value, style)
        ws.write_string(row, 12, r["file"])
        ws.write_string(row, 13, r["previous"])
    paired = row
    if paired:
        shown = min(paired, CHART_UNITS)
        chart = wb.add_chart({"type": "bar"})
        chart.add_series({"name": "总得分变化", "categories": ["跨年对比", 1, 1, shown, 1],
                          "values": ["跨年对比", 1, 4, shown, 4], "fill": {"color": "#5B9BD5"},
                          "invert_if_negative": False})
        title = "总得分变化（本年 − 上年）" + (f"，前 {CHART_UNITS} 个单位" if paired > CHART_UNITS else "")
        chart.set_title({"name": title})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 640, "height": max(320, 18 * shown + 80)})
        ws.insert_chart(0, len(YEAR_COLUMNS) + 1, chart)
    row += 2
    ws.write_string(row, 1, "今年未找到上年工作簿的单位", bold)
    for r in records:
        if r["status"] == "ok" and r.get("previous") and not r.get("previous_problem"):
            continue
        row += 1
        ws.write_string(row, 1, r.get("unit") or Path(r["file"]).stem)
        ws.write_string(row, 12, r["file"])
        why = ("本年文件无法读取" if r["status"] == "unusable" else "本年文件未识别为绩效表格"
               if r["status"] == "unrecognised"
               else r.get("previous_problem") or "上年文件夹中没有同名单位的工作簿")
        ws.write_string(row, 13, why)
    row += 2
    ws.write_string(row, 1, "上年未配对的工作簿", bold)
    for u in unpaired:
        row += 1
        ws.write_string(row, 1, u.get("unit") or Path(u["file"]).stem)
        ws.write_string(row, 12, u.get("reason") or "")
        ws.write_string(row, 13, u["file"])
