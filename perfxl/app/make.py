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
        return f"{unit or '空白'}_{form.year}年项目支出绩效自评表.xlsx", form.year, template.workbook_bytes(wb)
    if source is not None:
        from ..xlsx.nextyear import next_year_values

        form, values = next_year_values(source, year, profile)
        if unit:
            values["unit.name"] = unit
    else:
        form = build_forms(year or default_year(), profile)
        values = {"unit.name": unit} if unit else {}
    name = values.get("unit.name") or "空白"
    return f"{name}_{form.year}年绩效自评表.xlsx", form.year, template.workbook_bytes(template.build_workbook(form, values))


def new_workbook(*, unit: str | None = None, year: int | None = None, source: Path | None = None,
                 output: Path | None = None, force: bool = False,
                 profile: RuleProfile = DEFAULT_PROFILE, form_kind: str = "部门") -> tuple[Path, int]:
    """A blank template or next year's clean copy (see ``new_package``), written to ``output``."""
    from ..files import atomic_write, check_output_path

    name, year, package = new_package(unit=unit, year=year, source=source, profile=profile, form_kind=form_kind)
    out = output if output is not None else Path(name)
    target = check_output_path(out, force=force, inputs=(source,) if source is not None else ())
    atomic_write(target, package)
    return target, year


def fill_workbook(source: Path, *, output: Path | None = None, force: bool = False,
                  profile: RuleProfile = DEFAULT_PROFILE) -> Path:
    """The workbook a TOML data file describes (stated figures that disagree kept as typed)."""
    import tomllib

    from ..forms.datafile import read_data, resolve_stated
    from ..xlsx import template

    try:
        data = tomllib.loads(source.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise PerfxlError(f"找不到数据文件“{source}”，请检查路径。") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PerfxlError(f"数据文件“{source.name}”格式有误（{exc}），请按 TOML 格式修改。") from None
    form, values = read_data(data, profile)
    values = resolve_stated(form, values)
    out = output if output is not None else source.with_suffix(".xlsx")
    return template.save(template.build_workbook(form, values), out, force=force, inputs=(source,))
