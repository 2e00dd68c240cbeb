"""Cross-year checks (perfxl check --previous): pairs built from the example workbook."""

import json
from pathlib import Path

import openpyxl
import pytest

from perfxl.app.check import check
from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK
from .names import name_values
from .years import build_pair


def _last_actuals():
    return list(name_values(openpyxl.load_workbook(EXAMPLE_WORKBOOK), "指标_实际完成值"))


def _years(now, last):
    return [f for f in check(now, previous=last).findings if f.rule.startswith("Y-")]


def _rules(findings):
    return sorted({f.rule for f in findings})


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A pair where every cross-year rule stays silent: 上年决算数 carried over, targets at
    least last year's actual values, same indicators and 分值."""
    return build_pair(tmp_path_factory.mktemp("clean"), this_year={"指标_年度指标值": _last_actuals()})


def test_clean_pair_is_silent(clean):
    assert _years(*clean) == []


def test_no_previous_no_cross_year_rules(clean):
    now, _ = clean
    assert not [f for f in check(now).findings if f.rule.startswith("Y-")]


def test_prev_actual_typed_from_last_years_budget(tmp_path):
    now, last = build_pair(tmp_path, from_budget=True, this_year={"指标_年度指标值": _last_actuals()})
    found = [f for f in _years(now, last) if f.rule == "Y-PREV-ACTUAL"]
    by_item = {f.message.split("”")[0].lstrip("“"): f for f in found}
    # every line whose budget and actual differ last year; totals whose parts are flagged are not repeated
    assert set(by_item) == {"公车运行维护", "公用经费", "办公经费", "水费、电费、差旅费", "会议费、培训费",
                            "政府采购金额", "部门基本支出预算调整"}
    f = by_item["公用经费"]
    assert f.severity == "warning" and f.expected == 449.49 and f.actual == 508.68
    assert f.cells == ["附件3基础数据表!B24"]
    assert f.previous_cells == ["附件3基础数据表!F24", "附件3基础数据表!D24"]   # last year's 决算数, 预算数
    assert "疑似把上年预算数当成了上年决算数" in f.cause


def test_prev_actual_slip_without_budget_cause(tmp_path):
    now, last = build_pair(tmp_path, this_year={"公务接待费_上年决算数": 4.9, "指标_年度指标值": _last_actuals()})
    (f,) = _years(now, last)
    assert f.rule == "Y-PREV-ACTUAL" and "公务接待费" in f.message and f.cause is None
    assert f.expected == 4.99 and f.actual == 4.9


def test_prev_actual_rounding_is_an_interval(tmp_path):
    # last year typed 4.736 (three decimals); this year carries it as 4.74: the same figure rounded
    now, last = build_pair(tmp_path, last_year={"公车运行维护_本年决算数": 4.736},
                           this_year={"公车运行维护_上年决算数": 4.74, "指标_年度指标值": _last_actuals()})
    assert _years(now, last) == []
    now, last = build_pair(tmp_path / "b", last_year={"公车运行维护_本年决算数": 4.736},
                           this_year={"公车运行维护_上年决算数": 4.75, "指标_年度指标值": _last_actuals()})
    assert _rules(_years(now, last)) == ["Y-PREV-ACTUAL"]


def test_prev_actual_projects_matched_by_name(tmp_path):
    # the rows in another order this year: matched by name, not by position
    now, last = build_pair(tmp_path, this_year={"项目支出明细_名称": ["2、运行维护经费", "1、业务工作经费"],
                                                "项目支出明细_上年决算数": [71.42, 68.3],
                                                "指标_年度指标值": _last_actuals()})
    assert _years(now, last) == []
    now, last = build_pair(tmp_path / "b", this_year={"项目支出明细_上年决算数": [68.3, 17.42],
                                                      "指标_年度指标值": _last_actuals()})
    (f,) = _years(now, last)
    assert f.rule == "Y-PREV-ACTUAL" and "运行维护经费" in f.message and f.expected == 71.42
    assert len(f.previous_cells) == 1


def test_prev_actual_skipped_when_years_are_not_consecutive(tmp_path):
    now, last = build_pair(tmp_path, from_budget=True, this_year={"指标_年度指标值": _last_actuals()})
    wb = openpyxl.load_workbook(now)
    wb.defined_names["年度"].attr_text = "2025"
    wb.save(now)
    assert "Y-PREV-ACTUAL" not in _rules(_years(now, last))


def test_staff_change(tmp_path, clean):
    now, last = build_pair(tmp_path, this_year={"编制数": 120, "指标_年度指标值": _last_actuals()})
    (f,) = _years(now, last)
    assert f.rule == "Y-STAFF-CHANGE" and f.severity == "info" and "114 人变为 120 人" in f.message
    assert f.cells == ["附件3基础数据表!B6"] and f.previous_cells == ["附件3基础数据表!B6"]


def test_target_low_by_name_with_units_converted(tmp_path):
    targets = _last_actuals()
    rows = name_values(openpyxl.load_workbook(EXAMPLE_WORKBOOK), "指标_三级指标")
    i = rows.index("农业保险承保面积")   # last year 2.5万亩
    targets[i] = "24000亩"
    now, last = build_pair(tmp_path, this_year={"指标_年度指标值": targets})
    (f,) = _years(now, last)
    assert f.rule == "Y-TARGET-LOW" and f.severity == "warning" and "目标偏低" in f.message
    assert "农业保险承保面积" in f.message and f.actual == "24000亩" and f.expected == "≥2.5万亩"
    targets[i] = "25000亩"   # the same as last year's 2.5万亩
    now, last = build_pair(tmp_path / "b", this_year={"指标_年度指标值": targets})
    assert _years(now, last) == []


def test_target_low_the_example_kept_as_is(tmp_path):
    # `perfxl new --from` keeps last year's targets: those below last year's actuals are flagged
    now, last = build_pair(tmp_path)
    names = {f.message.split("”")[0].split("“")[1] for f in _years(now, last) if f.rule == "Y-TARGET-LOW"}
    assert {"新增企业", "改厕", "群众满意度", "旅游增收"} <= names
    assert "农业保险承保面积" not in names and "基本支出" not in names   # met exactly; a cost indicator


def test_indicator_gone_and_weight_changed(tmp_path):
    targets = _last_actuals()
    rows = name_values(openpyxl.load_workbook(EXAMPLE_WORKBOOK), "指标_三级指标")
    names = list(rows)
    names[rows.index("改厕")] = "农村改厕"
    weights = list(name_values(openpyxl.load_workbook(EXAMPLE_WORKBOOK), "指标_分值"))
    weights[rows.index("公路养护")] = 3
    now, last = build_pair(tmp_path, this_year={"指标_年度指标值": targets, "指标_三级指标": names,
                                                "指标_分值": weights})
    found = {f.rule: f for f in _years(now, last)}
    assert set(found) == {"Y-INDICATOR-GONE", "Y-WEIGHT-CHANGED"}
    gone = found["Y-INDICATOR-GONE"]
    assert "“改厕”" in gone.message and gone.cells == [] and gone.previous_cells == ["附件4绩效自评表!D19"]
    changed = found["Y-WEIGHT-CHANGED"]
    assert "公路养护" in changed.message and "2 分变为 3 分" in changed.message


def test_repeat_shortfall(tmp_path):
    last_edits = [("指标_实际完成值", "新增企业", "25家"), ("指标_得分", "新增企业", 1.67),
                  ("指标_偏差原因", "新增企业", "受经济形势影响招商不足，下一步将加强招商引资力度。")]
    targets = _last_actuals()
    rows = name_values(openpyxl.load_workbook(EXAMPLE_WORKBOOK), "指标_三级指标")
    targets[rows.index("新增企业")] = "30家"
    again = [("指标_实际完成值", "新增企业", "28家"), ("指标_得分", "新增企业", 1.87)]
    now, last = build_pair(tmp_path, this_year={"指标_年度指标值": targets}, last_indicator_edits=last_edits,
                           indicator_edits=again)
    (f,) = _years(now, last)
    assert f.rule == "Y-REPEAT-SHORTFALL" and f.severity == "info"
    assert "下一步将加强招商引资力度" in f.message and len(f.previous_cells) == 2
    # met this year: silent
    now, last = build_pair(tmp_path / "b", this_year={"指标_年度指标值": targets}, last_indicator_edits=last_edits)
    assert _years(now, last) == []
    # last year's reason promised nothing: silent
    plain = last_edits[:2] + [("指标_偏差原因", "新增企业", "受经济形势影响。")]
    now, last = build_pair(tmp_path / "c", this_year={"指标_年度指标值": targets}, last_indicator_edits=plain,
                           indicator_edits=again)
    assert _years(now, last) == []


def test_cli_check_previous_json_and_text(tmp_path, capsys):
    now, last = build_pair(tmp_path, from_budget=True)
    capsys.readouterr()
    main(["check", str(now), "--previous", str(last), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["inputs"]["previous"] == str(last)
    prev = [f for f in doc["findings"] if f["rule"] == "Y-PREV-ACTUAL"]
    assert prev and all(f["previous_cells"] for f in prev)
    assert all("previous_cells" not in f for f in doc["findings"] if not f["rule"].startswith("Y-"))
    main(["check", str(now), "--previous", str(last)])
    out = capsys.readouterr().out
    assert f"上年工作簿：{last}" in out and "上年工作簿单元格：附件3基础数据表!F24、附件3基础数据表!D24" in out
    main(["check", str(now), "--format", "json"])
    assert "previous" not in json.loads(capsys.readouterr().out)["inputs"]


def test_cli_previous_must_be_an_earlier_year(tmp_path, capsys):
    now, last = build_pair(tmp_path)
    assert main(["check", str(last), "--previous", str(now)]) == 2
    err = capsys.readouterr().err
    assert "不早于本年工作簿的年度" in err and "Traceback" not in err


def test_checked_copy_lists_last_years_cells(tmp_path):
    now, last = build_pair(tmp_path, from_budget=True)
    out = tmp_path / "out.xlsx"
    main(["check", str(now), "--previous", str(last), "--format", "xlsx", "-o", str(out)])
    ws = openpyxl.load_workbook(out)["检查结果"]
    texts = [r[4] for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "Y-PREV-ACTUAL"]
    assert texts and all("上年工作簿：附件3基础数据表!" in t for t in texts)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """Two years' folders: 北山镇 and 南岳镇 in both (names written differently each year),
    樟树乡 only this year, 金石桥镇 only last year, and a broken file last year."""
    base = tmp_path_factory.mktemp("years")
    now_dir, last_dir = base / "2024", base / "2023"
    now_dir.mkdir()
    (last_dir / "乡镇").mkdir(parents=True)
    targets = {"指标_年度指标值": _last_actuals()}
    pairs = (
        ("北山镇", "北山镇人民政府", "隆回县北山镇人民政府", True),
        ("南岳镇", "南岳镇　人民政府", "南岳镇", False),
        ("樟树乡", "樟树乡人民政府", None, False),
        ("金石桥镇", None, "金石桥镇人民政府", False),
    )
    for stem, unit, last_unit, from_budget in pairs:
        now, last = build_pair(base / "build" / stem, from_budget=from_budget, stem=stem,
                               this_year={**targets, **({"单位名称": unit} if unit else {})},
                               last_year={"单位名称": last_unit or "某某乡", "预算单位名称": last_unit or "某某乡"})
        if unit:
            now.rename(now_dir / f"{stem}.xlsx")
        if last_unit:
            last.rename(last_dir / "乡镇" / f"{stem}_2023.xlsx")
    (last_dir / "损坏.xlsx").write_bytes(b"not a workbook")
    return now_dir, last_dir


def test_batch_previous_json_pairs_by_unit_name(folders, tmp_path, capsys):
    now_dir, last_dir = folders
    out = tmp_path / "out.json"
    main(["batch", str(now_dir), "--previous", str(last_dir), "--format", "json", "-o", str(out), "--jobs", "1"])
    printed = capsys.readouterr().out
    assert "与上年配对 2 份" in printed and "今年 1 份未找到上年的工作簿" in printed
    doc = json.loads(out.read_text(encoding="utf-8"))
    by_unit = {r["unit"].replace("\u3000", ""): r for r in doc["submissions"]}
    assert Path(by_unit["北山镇人民政府"]["previous"]).name == "北山镇_2023.xlsx"
    assert Path(by_unit["南岳镇人民政府"]["previous"]).name == "南岳镇_2023.xlsx"
    assert by_unit["樟树乡人民政府"]["previous"] is None
    assert by_unit["北山镇人民政府"]["previous_total_stated"] == 99.97
    assert any(f["rule"] == "Y-PREV-ACTUAL" for f in by_unit["北山镇人民政府"]["findings"])
    assert not any(f["rule"] == "Y-PREV-ACTUAL" for f in by_unit["南岳镇人民政府"]["findings"])
    assert not any(f["rule"].startswith("Y-") for f in by_unit["樟树乡人民政府"]["findings"])
    unpaired = {Path(u["file"]).name: u for u in doc["unpaired_previous"]}
    assert set(unpaired) == {"金石桥镇_2023.xlsx", "损坏.xlsx"}
    assert unpaired["金石桥镇_2023.xlsx"]["reason"] == "今年没有同名单位的工作簿"


def test_batch_previous_summary_sheet_and_chart(folders, tmp_path):
    now_dir, last_dir = folders
    out = tmp_path / "out.xlsx"
    main(["batch", str(now_dir), "--previous", str(last_dir), "-o", str(out), "--jobs", "2"])
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题清单", "统计图", "跨年对比"]
    rows = list(wb["跨年对比"].iter_rows(values_only=True))
    assert rows[0][:5] == ("序号", "单位", "总得分（上年）", "总得分（本年）", "总得分变化")
    paired = {r[1].replace("\u3000", ""): r for r in rows[1:3]}
    assert set(paired) == {"北山镇人民政府", "南岳镇人民政府"}
    r = paired["北山镇人民政府"]
    assert r[2] == 99.97 and r[4] == pytest.approx(r[3] - r[2]) and r[8] == 9.73
    texts = [c for row in rows for c in row if isinstance(c, str)]
    assert "今年未找到上年工作簿的单位" in texts and "樟树乡人民政府" in texts and "金石桥镇人民政府" in texts
    import zipfile

    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/")]
        assert any("总得分变化" in z.read(n).decode("utf-8") for n in charts)


def test_batch_without_previous_has_no_years_sheet(folders, tmp_path):
    now_dir, _ = folders
    out = tmp_path / "out.xlsx"
    main(["batch", str(now_dir), "-o", str(out), "--jobs", "1"])
    assert "跨年对比" not in openpyxl.load_workbook(out).sheetnames
    out = tmp_path / "out.json"
    main(["batch", str(now_dir), "-o", str(out), "--jobs", "1", "--format", "json"])
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"perfxl_version", "folder", "submissions", "counts"} and "previous" not in doc["submissions"][0]


def test_batch_previous_folder_must_exist(folders, tmp_path, capsys):
    now_dir, _ = folders
    assert main(["batch", str(now_dir), "--previous", str(tmp_path / "无"), "-o", str(tmp_path / "o.xlsx")]) == 2
    assert "找不到上年的文件夹" in capsys.readouterr().err


def test_unit_key_variants():
    from perfxl.core.unitnames import unit_key

    assert unit_key("隆回县北山镇人民政府") == unit_key("北山镇人民政府") == unit_key("北山镇　政府") == "北山镇"
    assert unit_key("ＡＢ镇") == unit_key("AB镇")
    assert unit_key("北山镇") != unit_key("南岳镇") and unit_key(None) == ""
    assert unit_key("县委办") == "县委办"   # no county name before 县: nothing to strip


def test_checked_copy_never_overwrites_last_years_workbook(tmp_path, capsys):
    from .conftest import unchanged

    now, last = build_pair(tmp_path)
    with unchanged(now, last):
        assert main(["check", str(now), "--previous", str(last), "--format", "xlsx", "-o", str(last), "--force"]) == 2
    assert "不会改写您的原文件" in capsys.readouterr().err


def test_batch_pairing_with_a_later_years_workbook_keeps_this_years_check(tmp_path, capsys):
    # last year's folder holds a workbook of the same unit that is not earlier: named, not used
    now, last = build_pair(tmp_path / "b")
    (tmp_path / "now").mkdir()
    (tmp_path / "last").mkdir()
    now.rename(tmp_path / "now" / "a.xlsx")
    import shutil

    shutil.copyfile(tmp_path / "now" / "a.xlsx", tmp_path / "last" / "a.xlsx")
    out = tmp_path / "o.json"
    main(["batch", str(tmp_path / "now"), "--previous", str(tmp_path / "last"), "--format", "json",
          "-o", str(out), "--jobs", "1"])
    (r,) = json.loads(out.read_text(encoding="utf-8"))["submissions"]
    assert r["status"] == "ok" and r["errors"] is not None and "不早于本年工作簿的年度" in r["previous_problem"]
    assert not any(f["rule"].startswith("Y-") for f in r["findings"])
    main(["batch", str(tmp_path / "now"), "--previous", str(tmp_path / "last"), "-o", str(tmp_path / "o.xlsx"),
          "--jobs", "1"])
    rows = list(openpyxl.load_workbook(tmp_path / "o.xlsx")["跨年对比"].iter_rows(values_only=True))
    assert any(isinstance(c, str) and "不早于本年工作簿的年度" in c for row in rows for c in row)
