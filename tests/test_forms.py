import re
from collections import Counter

import pytest

from perfxl.forms import attachment4
from perfxl.forms.formulas import CappedScore, CopyOf, GradeOf, Ratio, SectionSum, Sum
from perfxl.forms.workbook import build_forms, evaluate

PUBLIC_NAMES = ["编制数", "实际在职人数", "在职人员控制率", "年初预算数", "全年预算数", "全年执行数",
                "预算执行率", "预算执行分值", "预算执行得分", "总分值", "总得分", "评价等级",
                "指标_分值", "指标_得分"]


@pytest.fixture(scope="module")
def form():
    return build_forms(2024)


def test_public_defined_names_exist(form):
    for name in PUBLIC_NAMES:
        assert name in form.by_name, name
    assert form.by_name["指标_分值"].is_range and form.by_name["指标_得分"].is_range


def test_names_are_unique_and_valid(form):
    names = [f.name for f in form.fields.values()]
    assert not [n for n, c in Counter(names).items() if c > 1]
    for name in names:
        # Excel names: letters (CJK included), digits, underscore; not starting with a digit.
        assert re.fullmatch(r"[^\W\d][\w]*", name), name


def test_formula_references_exist(form):
    for fld in form.fields.values():
        if fld.formula:
            for ref in fld.formula.refs:
                assert ref in form.fields, (fld.key, ref)


def test_year_dependent_headings():
    texts = {c.text for c in build_forms(2024).sheets[0].cells if c.text}
    assert {"2023年决算数", "2024年预算数", "2024年决算数", "2024年实际在职人数"} <= texts
    assert "楼堂馆所控制情况（2024年完工项目）" in texts


def test_indicator_block_has_room_for_40_rows(form):
    assert form.block_size(attachment4.INDICATOR_BLOCK) >= 40
    assert build_forms(2024, indicator_rows=70).block_size(attachment4.INDICATOR_BLOCK) == 70


def _ref(key):
    return key.replace(".", "_")


def test_formulas_render_guarded_excel():
    assert Sum(("a", "b")).excel(_ref) == '=IF(COUNT(a,b)=0,"",SUM(a,b))'
    assert Ratio("n", "d").excel(_ref) == '=IF(OR(N(d)=0,n=""),"",n/d)'
    assert CappedScore("r", "w").excel(_ref) == '=IF(OR(COUNT(r)=0,COUNT(w)=0),"",ROUND(MIN(r,1)*w,2))'
    assert GradeOf("t").excel(_ref) == '=IF(COUNT(t)=0,"",IF(t>=90,"优",IF(t>=80,"良",IF(t>=60,"中","差"))))'
    assert SectionSum("产出指标", "l", "v").excel(_ref) == '=IF(COUNT(v)=0,"",SUMIF(l,"*产出指标*",v))'
    assert CopyOf("s").excel(_ref) == '=IF(s="","",s)'


def test_formulas_evaluate_like_excel():
    get = {"a": 1.5, "b": None, "n": 127, "d": 114, "z": 0, "t": 85, "x": "",
           "l": ["产出指标(50分)", "效益指标", None], "v": [2, 3, 4]}.get
    assert Sum(("a", "b")).evaluate(get) == 1.5
    assert Sum(("b",)).evaluate(get) is None
    assert Ratio("n", "d").evaluate(get) == pytest.approx(127 / 114)
    assert Ratio("n", "z").evaluate(get) is None
    assert GradeOf("t").evaluate(get) == "良"
    assert GradeOf("x").evaluate(get) is None
    assert SectionSum("产出指标", "l", "v").evaluate(get) == 2
    assert CopyOf("x").evaluate(get) is None


def test_evaluate_whole_form_from_seed_inputs(form):
    values = {"staff.authorized": 114, "staff.actual": 127, "budget.adjusted": 3630.41,
              "budget.executed": 3619.44, "budget.weight": 10,
              "funds.car_running.prev_actual": 4.74, "funds.car_purchase.prev_actual": 0,
              "funds.reception.prev_actual": 5.11, "funds.abroad.prev_actual": 0}
    out = evaluate(form, values)
    assert round(out["staff.control_rate"], 3) == 1.114
    assert out["budget.score"] == 9.97
    assert out["funds.sangong.prev_actual"] == pytest.approx(9.85)
    assert out["funds.sangong.budget"] is None
    assert out["total.score"] == 9.97 and out["total.grade"] == "差"


def test_evaluate_takes_typed_over_formulas_as_given(form):
    out = evaluate(form, {"funds.sangong.prev_actual": 9.84, "funds.car.prev_actual": 4.74})
    assert out["funds.sangong.prev_actual"] == 9.84


def test_workbook_without_its_year_name_reads_with_the_fallback_year(tmp_path):
    import io

    import openpyxl

    from perfxl.forms.workbook import YEAR_NAME
    from perfxl.reading.data import fallback_year
    from perfxl.xlsx import template
    from perfxl.xlsx.reader import read_stream

    wb = template.build_workbook(build_forms(2023), {"unit.name": "某单位"})
    buf = io.BytesIO()
    wb.save(buf)
    kept = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
    assert read_stream(io.BytesIO(buf.getvalue()))[0].form.year == 2023
    del kept.defined_names[YEAR_NAME]
    out = io.BytesIO()
    kept.save(out)
    data, _ = read_stream(io.BytesIO(out.getvalue()))
    assert data.source == "names" and not data.year_known
    assert data.form.year == fallback_year()
