"""The use cases that make workbooks: a blank (or next year's) template, and a workbook
filled from a data file."""

from __future__ import annotations

import datetime
from pathlib import Path

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..errors import PerfxlError


def default_year() -> int:
    """The year being evaluated: self-evaluations are written the year after."""
    return datetime.date.today().year - 1


FORM_KINDS = ("部门", "项目")


def new_package(*, unit: str | None = None, year: int | None = None, source: Path | None = None,
                profile: RuleProfile = DEFAULT_PROFILE, form_kind: str = "部门") -> tuple[str, int, bytes]:
    """A blank template (``form_kind`` 部门: 附件3 + 附件4; 项目: 项目支出绩效自评表), or next
    year's clean copy of ``source``, as .xlsx bytes with its default file name: (name, year, bytes)."""
    name, year, package, _ = new_package_carried(unit=unit, year=year, source=source, profile=profile,
                                                 form_kind=form_kind)
    return name, year, package


def new_package_carried(*, unit: str | None = None, year: int | None = None, source: Path | None = None,
                        profile: RuleProfile = DEFAULT_PROFILE,
                        form_kind: str = "部门") -> tuple[str, int, bytes, str | None]:
    """Like ``new_package``, with the one line saying what next year's copy carried, cleared
    and could not read (None for a blank template)."""
    from ..files import safe_filename
    from ..forms.workbook import build_forms, build_project_form
    from ..xlsx import template

    if form_kind not in FORM_KINDS:
        raise PerfxlError(f"不认识的表种“{form_kind}”，请用 --form 部门 或 --form 项目。")
    if form_kind == "项目":
        if source is not None:
            raise PerfxlError("项目支出绩效自评表暂不支持 --from，请去掉 --from 生成空白表。")
        form = build_project_form(year or default_year(), profile)
        wb = template.build_workbook(form, {"project.unit": unit} if unit else {})
        wb.properties.title = "项目支出绩效自评表"
        name = safe_filename(unit or "", "空白")   # a name built from content: never a path
        return f"{name}_{form.year}年项目支出绩效自评表.xlsx", form.year, template.workbook_bytes(wb), None
    if source is not None:
        from ..xlsx.nextyear import next_year_from_form_data
        from ..xlsx.reader import read_workbook
        from .gate import require_forms

        data, grids = read_workbook(source)
        data.forms = frozenset(require_forms(data, grids, Path(source).name).kinds)
        plan = next_year_from_form_data(data, year, profile, Path(source).name)
        form, values, carried = plan.form, plan.values, plan.summary
        if unit:
            values["unit.name"] = unit
    else:
        form = build_forms(year or default_year(), profile)
        values = {"unit.name": unit} if unit else {}
        carried = None
    # the default name is built from content (a workbook's unit name): never a path
    name = safe_filename(str(values.get("unit.name") or ""), "空白")
    package = template.workbook_bytes(template.build_workbook(form, values))
    return f"{name}_{form.year}年绩效自评表.xlsx", form.year, package, carried


def new_workbook(*, unit: str | None = None, year: int | None = None, source: Path | None = None,
                 output: Path | None = None, force: bool = False,
                 profile: RuleProfile = DEFAULT_PROFILE, form_kind: str = "部门",
                 inputs: tuple[Path, ...] = ()) -> tuple[Path, int, str | None]:
    """A blank template or next year's copy (see ``new_package``), written to ``output``:
    (path, year, the carried/cleared line or None).  ``inputs``: other files the run read
    (the rule profile), never to be overwritten."""
    from ..files import atomic_write, check_output_path

    if unit and output is None and any(ch in unit for ch in "/\\"):
        raise PerfxlError(f"单位名称“{unit}”中含有“/”或“\\”，不能用作文件名；请去掉这些字符，"
                          "或用 -o 指定输出文件名。")
    inputs = (source, *inputs) if source is not None else inputs
    if output is not None:     # refused before any work
        check_output_path(output, force=force, inputs=inputs)
    name, year, package, carried = new_package_carried(unit=unit, year=year, source=source, profile=profile,
                                                       form_kind=form_kind)
    out = output if output is not None else Path(name)
    target = check_output_path(out, force=force, inputs=inputs)
    atomic_write(target, package, force=force)
    return target, year, carried


MAX_DATA_BYTES = 10 * 1024 * 1024   # a data file is a few KB


def fill_workbook(source: Path, *, output: Path | None = None, force: bool = False,
                  profile: RuleProfile = DEFAULT_PROFILE, inputs: tuple[Path, ...] = ()) -> Path:
    """The workbook a TOML data file describes (stated figures that disagree kept as typed).
    ``inputs``: other files the run read (the rule profile), never to be overwritten."""
    import tomllib

    from ..errors import toml_error_text
    from ..files import check_output_path, read_limited
    from ..forms.datafile import read_data, resolve_stated
    from ..xlsx import template

    inputs = (source, *inputs)
    out = output if output is not None else source.with_suffix(".xlsx")
    check_output_path(out, force=force, inputs=inputs)     # refused before any work
    raw = read_limited(source, MAX_DATA_BYTES, f"数据文件“{source.name}”超过 10MB，不像是自评数据，请检查文件。",
                       "数据文件")
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PerfxlError(f"数据文件“{source.name}”格式有误（{toml_error_text(exc)}），请按 TOML 格式修改。") from None
    form, values = read_data(data, profile)
    values = resolve_stated(form, values)
    return template.save(template.build_workbook(form, values), out, force=force, inputs=inputs)
