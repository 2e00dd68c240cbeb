"""What the ribbon buttons do, written against the ``Book`` interface only."""

from __future__ import annotations

from pathlib import Path

from ..app.review import Review
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..errors import PerfxlError
from ..forms.workbook import evaluate
from ..reading.data import FormData
from ..reading.grid import Grid
from ..report.book import Book
from ..report.sheet import COLORS, OWN_SHEETS, RESULT_SHEET, SETTINGS_SHEET, clear_marks, write_findings  # noqa: F401

REPORT_SHEET = "报告正文"


def settings(grids: list[Grid]) -> dict[str, str]:
    """Key/value rows of the perfxl.conf sheet (column A: key, column B: value)."""
    for g in grids:
        if g.title == SETTINGS_SHEET:
            out = {}
            for r in range(1, g.max_row + 1):
                key, value = g.value(r, 1), g.value(r, 2)
                if isinstance(key, str) and key.strip() and value is not None:
                    out[key.strip()] = str(value).strip()
            return out
    return {}


def read_book(book: Book) -> tuple[FormData, list[Grid], dict[str, str]]:
    """The book's forms, its sheets (less perfxl's own) and its perfxl.conf settings, from
    one read of the book (on a live workbook every read is many Excel calls)."""
    from ..reading.form import form_data

    all_grids = book.grids()
    grids = [g for g in all_grids if g.title not in OWN_SHEETS]
    return form_data(book.defined_names(), grids), grids, settings(all_grids)


def _narrative(book: Book, grids: list[Grid], conf: dict[str, str]):
    from ..narrative.read import narrative_in_grids, read_narrative

    path = conf.get("报告文件")
    if path:
        p = Path(path)
        if not p.is_absolute() and book.path is not None:
            p = book.path.parent / p
        return read_narrative(p)
    return narrative_in_grids(grids, conf.get("报告工作表", REPORT_SHEET))


def fill_empty_computed(book: Book, data: FormData) -> int:
    """Write perfxl's result into computed cells that are empty.  Input cells, and any
    cell that already holds something (a formula or a typed figure), are never touched."""
    expected = evaluate(data.form, data.input_values())
    written = 0
    for key, fv in data.values.items():
        fld = data.form.fields[key]
        value = expected.get(key)
        if fld.computed and fv.value is None and fv.formula is None and fv.sheet and fv.ref and value is not None:
            book.write(fv.sheet, fv.ref, value)
            written += 1
    return written


def recalculate_and_check(book: Book, profile: RuleProfile = DEFAULT_PROFILE) -> Review:
    """The 重新计算并检查 button: recalculate, fill empty computed cells, check (with the
    report named in perfxl.conf or the 报告正文 sheet), and write the findings into the book."""
    from ..app.gate import require_forms, workbook_name

    book.calculate()
    data, grids, conf = read_book(book)
    data.forms = frozenset(require_forms(data, grids, workbook_name(book.path)).kinds)
    if fill_empty_computed(book, data):
        data, grids, conf = read_book(book)
        data.forms = frozenset(require_forms(data, grids, workbook_name(book.path)).kinds)
    narrative = _narrative(book, grids, conf)
    from ..app.check import check_form

    result = check_form(data, narrative, profile, workbook=str(book.path) if book.path else None,
                        sheet_order=[g.title for g in grids])
    write_findings(book, result, track_marks=True)
    book.alert(f"检查完成：{result.summary_line()}详见“{RESULT_SHEET}”工作表。")
    return result


def new_copy(book: Book, profile: RuleProfile = DEFAULT_PROFILE) -> Path:
    """The 新建空白模板 button: next year's clean copy saved next to the workbook (a fresh
    template when the workbook holds no forms)."""
    from ..forms.workbook import build_forms
    from ..xlsx import template
    from ..xlsx.nextyear import next_year_from_form_data

    if book.path is None:
        raise PerfxlError("请先保存当前工作簿，再生成空白模板（新模板会保存在同一文件夹）。")
    data, _, _ = read_book(book)
    carried = ""
    try:
        plan = next_year_from_form_data(data, None, profile, book.path.name)
        form, values, carried = plan.form, plan.values, plan.summary
    except PerfxlError:
        import datetime

        form, values = build_forms(datetime.date.today().year - 1, profile), {}
    unit = values.get("unit.name") or "空白"
    target = book.path.parent / f"{unit}_{form.year}年绩效自评表.xlsx"
    n = 2
    while target.exists():
        target = book.path.parent / f"{unit}_{form.year}年绩效自评表（{n}）.xlsx"
        n += 1
    template.save(template.build_workbook(form, values), target)
    book.alert(f"已生成 {form.year} 年度空白模板：{target}" + (f"\n{carried}" if carried else ""))
    return target


def draft_report(book: Book, profile: RuleProfile = DEFAULT_PROFILE) -> Path:
    """The 生成报告草稿 button: the 自评报告 draft written from this workbook's tables, saved
    as .docx next to it (never over an existing file), through the same use case as
    ``perfxl report``."""
    from ..app.check import check_form
    from ..app.draft import DraftJob, draft_from_review

    if book.path is None:
        raise PerfxlError("请先保存当前工作簿，再生成报告草稿（草稿会保存在同一文件夹）。")
    book.calculate()
    data, grids, _ = read_book(book)
    review = check_form(data, None, profile, workbook=str(book.path), sheet_order=[g.title for g in grids])
    draft = draft_from_review(review)
    name = draft.default_name
    target = book.path.parent / name
    n = 2
    while target.exists():   # 北山镇…（草稿2）.docx; a name without the plain mark gets （2）
        again = name.replace("（草稿）.docx", f"（草稿{n}）.docx")
        target = book.path.parent / (again if again != name else f"{Path(name).stem}（{n}）{Path(name).suffix}")
        n += 1
    job = DraftJob(review, draft, target)
    job.write()
    errors = f"表格中有 {job.table_errors} 项错误，草稿照录了表中数字，请先核对表格；" if job.table_errors else ""
    book.alert(f"已生成自评报告草稿：{target}。{errors}其中 {job.placeholders} 处【请补充：……】需要人工填写。")
    return target


def clear_check_marks(book: Book) -> int:
    """The 清除检查标记 button: undo what the check button added — the highlights (the
    original fill comes back), the notes perfxl wrote (a note the user wrote stays) and the
    检查结果 sheet.  Returns how many cells were restored."""
    if RESULT_SHEET not in book.sheet_names():
        book.alert(f"没有需要清除的检查标记（当前工作簿中没有“{RESULT_SHEET}”工作表）。")
        return 0
    restored = clear_marks(book)
    book.delete_sheet(RESULT_SHEET)
    book.alert(f"已清除检查标记：恢复了 {restored} 个单元格的底色和批注，删除了“{RESULT_SHEET}”工作表。")
    return restored


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    target, n = folder / f"{stem}{suffix}", 2
    while target.exists():
        target, n = folder / f"{stem}（{n}）{suffix}", n + 1
    return target


def batch_check(book: Book, folder: str | Path, profile: RuleProfile = DEFAULT_PROFILE) -> Path:
    """The 批量检查 button: check every workbook in ``folder`` (picked in Excel's folder
    dialog), write the summary workbook into that folder and open it."""
    from ..batch import FindingSpool, Spool, count_workbooks, iter_submissions, review_one
    from ..xlsx.summary_book import write_summary

    root = Path(folder)
    if not root.is_dir():
        raise PerfxlError(f"找不到文件夹“{root}”，请重新选择。")
    stem = f"{root.resolve().name}_检查汇总"
    out = _free_name(root, stem, ".xlsx")
    earlier = tuple(root.glob(f"{stem}*.xlsx"))  # summaries of earlier runs are not submissions
    total = count_workbooks(root)  # perfxl's own summaries and checked copies are not counted
    if total <= 0:
        raise PerfxlError(f"文件夹“{root}”中没有 .xlsx 工作簿。")
    records, findings = Spool(), FindingSpool()
    errors = broken = 0
    try:
        for i, sub in enumerate(iter_submissions(root, exclude=(out, *earlier)), start=1):
            book.status(f"perfxl：正在批量检查（{i}/{total}）{sub.workbook.name}")
            record = review_one(sub, profile)
            items = record.pop("findings")
            record["first_finding"] = findings.add_all(record["file"], record.get("unit"), items)
            record["findings_count"] = len(items)
            records.add(record)
            errors += record.get("errors") or 0
            broken += record["status"] == "unusable"
        book.status("perfxl：正在写入检查汇总表……")
        write_summary(out, records, findings)
        done = records.count
    finally:
        records.close()
        findings.close()
    book.open_workbook(out)
    book.alert(f"共检查 {done} 份，其中 {broken} 份无法读取；错误共 {errors} 项。汇总已写入：{out}")
    return out
