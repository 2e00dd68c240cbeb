"""Inside Excel, verified without Excel: worksheet functions, the add-in read back by
independent tools, and the buttons' Python side through both adapters."""

import hashlib
from pathlib import Path
import importlib
import io
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

import olefile
import openpyxl
import pytest

from perfxl.cli import main
from perfxl.excel import ENTRY_POINTS, actions, addin, udfs
from perfxl.excel.adapter import XlwingsBook
from perfxl.xlsx.book import OpenpyxlBook
from perfxl.excel.vba import cfb, ovba

from . import county
from .conftest import EXAMPLE_WORKBOOK
from .fake_xlwings import FakeBook

XLWINGS_PROJECT_ID = "{318BEE36-5BE1-492A-826D-473DB19B0F30}"  # xlwings' quickstart_addin_ribbon.xlam


# -- worksheet functions ---------------------------------------------------------------

def test_udfs_compute_like_the_core():
    assert udfs.PERFXL_CONTROL_RATE(127, 114) == pytest.approx(127 / 114)
    assert udfs.PERFXL_CONTROL_RATE("127人", "114") == pytest.approx(127 / 114)
    assert udfs.PERFXL_EXEC_RATE(3619.44, 3630.41) == pytest.approx(0.996978, abs=1e-6)
    assert udfs.PERFXL_EXEC_SCORE(3619.44, 3630.41, 10) == 9.97
    assert udfs.PERFXL_EXEC_SCORE(120, 100, 10) == 10
    assert udfs.PERFXL_GRADE(99.97) == "优" and udfs.PERFXL_GRADE(79.5) == "中"


@pytest.mark.parametrize("target, actual, weight, kind, expected", [
    ("≥10万元", "15万元", 3, None, 3),
    ("30家", "34家", 2, None, 2),
    ("100户", "80户", 5, None, 4),
    ("2.5万亩", "20000亩", 2, None, 1.6),
    ("≤200万元", "250万元", 2, None, 1.6),
    ("100", "120", 2, "反向", pytest.approx(1.67)),
    ("９８％", "98.5%", 2, None, 2),
    ("较好", "较好", 3, None, "2.40–3.00"),
    ("按计划完成", "基本按计划完成", 2, None, "1.20–1.60"),
])
def test_indicator_score_formats(target, actual, weight, kind, expected):
    assert udfs.PERFXL_INDICATOR_SCORE(target, actual, weight, kind) == expected


def test_udfs_answer_in_chinese_instead_of_raising():
    assert udfs.PERFXL_CONTROL_RATE("abc", 114) == "“abc”不是数字"
    assert udfs.PERFXL_CONTROL_RATE(None, 114) == ""
    assert udfs.PERFXL_CONTROL_RATE(127, 0) == ""
    assert "单位不一致" in udfs.PERFXL_INDICATOR_SCORE("30家", "34户", 2)
    assert udfs.PERFXL_INDICATOR_SCORE("30家", "34家", None) == ""
    assert udfs.PERFXL_GRADE("优秀") == "“优秀”不是数字"


def test_check_cell():
    assert udfs.PERFXL_CHECK_CELL(9.97, 9.9698) == ""
    assert udfs.PERFXL_CHECK_CELL("111.4%", 127 / 114) == ""
    assert "颠倒" in udfs.PERFXL_CHECK_CELL(9.37, 9.73)
    assert "截尾" in udfs.PERFXL_CHECK_CELL("39%", 0.3965, 0) or "应为" in udfs.PERFXL_CHECK_CELL("39%", 0.3965, 0)
    assert udfs.PERFXL_CHECK_CELL("", 1) == ""


def test_udf_docstrings_are_chinese():
    for name in udfs.UDF_NAMES:
        doc = getattr(udfs, name).__doc__
        assert doc and re.search(r"[\u4e00-\u9fff]", doc), name


# -- MS-OVBA pieces against independent implementations --------------------------------

def test_compression_round_trips_through_oletools():
    from oletools.olevba import decompress_stream

    for data in (b"", b"a", b"Attribute VB_Name = \"x\"\r\n" * 400, bytes(range(256)) * 40):
        packed = ovba.compress(data)
        assert decompress_stream(bytearray(packed)) == data
        assert ovba.decompress(packed) == data


def test_decrypts_xlwings_own_project_properties():
    # CMG/DPB/GC of xlwings' add-in template: not protected, no password, visible.
    assert ovba.decrypt("5D5F8AADDAA8DEA8DEA8DEA8DE", XLWINGS_PROJECT_ID) == b"\0\0\0\0"
    assert ovba.decrypt("5D5F8AADDAADDBADDBAD", XLWINGS_PROJECT_ID) == b"\0"
    assert ovba.decrypt("5D5F8AADDAADDBADDB52", XLWINGS_PROJECT_ID) == b"\xff"
    for value in ("5D5F8AADDAA8DEA8DEA8DEA8DE", "5D5F8AADDAADDBADDBAD", "5D5F8AADDAADDBADDB52"):
        seed, ignored, data = ovba.decrypt_parts(value, XLWINGS_PROJECT_ID)
        assert ovba.encrypt(data, XLWINGS_PROJECT_ID, seed, ignored) == value  # byte for byte


def test_compound_file_read_strictly_by_olefile():
    streams = {"PROJECT": b"p" * 600, "VBA/dir": bytes(range(256)) * 5, "VBA/big": b"x" * 20000,
               "VBA/empty": b""}
    ole = olefile.OleFileIO(io.BytesIO(cfb.build(streams)), raise_defects=olefile.DEFECT_INCORRECT)
    for path, data in streams.items():
        assert ole.openstream(path).read() == data


# -- the add-in ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def xlam(tmp_path_factory):
    path = tmp_path_factory.mktemp("addin") / "perfxl.xlam"
    assert main(["addin", "build", "-o", str(path)]) == 0
    return path


def test_build_is_reproducible(xlam):
    assert addin.build_addin() == xlam.read_bytes()


def test_package_parts(xlam):
    z = zipfile.ZipFile(xlam)
    types = z.read("[Content_Types].xml").decode()
    assert 'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.addin.macroEnabled.main+xml"' in types
    assert 'PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"' in types
    assert 'Target="vbaProject.bin"' in z.read("xl/_rels/workbook.xml.rels").decode()
    assert 'Target="customUI/customUI.xml"' in z.read("_rels/.rels").decode()
    assert 'codeName="ThisWorkbook"' in z.read("xl/workbook.xml").decode()
    assert 'codeName="Sheet1"' in z.read("xl/worksheets/sheet1.xml").decode()


def _vba_sources(path):
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    return {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}


def test_module_sources_read_back_by_olevba(xlam):
    sources = _vba_sources(xlam)
    generated = {m.name: m.source for m in addin.modules()}
    assert set(sources) == set(generated) == {"ThisWorkbook", "Sheet1", "xlwings", "Dictionary", "perfxlRibbon",
                                              "perfxlFunctions"}
    for name, code in sources.items():
        assert code.replace("\r\n", "\n").strip() == generated[name].replace("\r\n", "\n").strip(), name
    assert 'Public Const PROJECT_NAME As String = "perfxl"' in sources["xlwings"]


def test_vba_project_streams_strict(xlam):
    bin_ = zipfile.ZipFile(xlam).read("xl/vbaProject.bin")
    ole = olefile.OleFileIO(io.BytesIO(bin_), raise_defects=olefile.DEFECT_INCORRECT)
    assert ole.openstream("VBA/_VBA_PROJECT").read() == ovba.VBA_PROJECT_SOURCE_ONLY  # no compiled code
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert "Module=perfxlRibbon" in project and "Module=perfxlFunctions" in project and "Class=Dictionary" in project and "Document=ThisWorkbook/&H00000000" in project
    pid = re.search(r'ID="(\{[^}]+\})"', project).group(1)
    assert ovba.decrypt(re.search(r'DPB="([0-9A-F]+)"', project).group(1), pid) == b"\0"
    dir_ = ovba.decompress(ole.openstream("VBA/dir").read())
    assert dir_ == ovba.dir_stream(addin.PROJECT, addin.modules())


def test_ribbon_buttons_name_existing_macros(xlam):
    ui = ET.fromstring(zipfile.ZipFile(xlam).read("customUI/customUI.xml"))
    ns = {"ui": "http://schemas.microsoft.com/office/2006/01/customui"}
    tab = ui.find(".//ui:tab", ns)
    assert tab.get("label") == "绩效自评"
    buttons = {b.get("label"): b.get("onAction") for b in ui.iterfind(".//ui:button", ns)}
    assert set(buttons) == {"重新计算并检查", "清除检查标记", "批量检查", "新建空白模板", "生成报告草稿"}
    sources = _vba_sources(xlam)
    for action in buttons.values():
        module, proc = action.split(".")
        assert module == "perfxlRibbon" != addin.PROJECT
        assert re.search(rf"Public Sub {proc}\(control As IRibbonControl\)", sources[module]), action


def test_every_runpython_target_exists(xlam):
    calls = re.findall(r'RunPython "([^"]+)"', _vba_sources(xlam)["perfxlRibbon"])
    assert len(calls) == len(addin.BUTTONS) == len(ENTRY_POINTS)
    for call in calls:
        imports, invocation = call.split(";")
        module = importlib.import_module(imports.replace("import", "").strip())
        func = re.match(r"perfxl\.excel\.(\w+)\(", invocation.strip()).group(1)
        assert func in ENTRY_POINTS and callable(getattr(module, func))


def test_ribbon_module_is_not_named_like_the_project(xlam):
    dir_ = ovba.decompress(olefile.OleFileIO(io.BytesIO(zipfile.ZipFile(xlam).read("xl/vbaProject.bin")))
                           .openstream("VBA/dir").read())
    names = [m.name for m in addin.modules()]
    assert addin.PROJECT not in names and len(set(n.lower() for n in names)) == len(names)
    assert b"perfxlRibbon" in dir_



def test_module_sources_are_ascii():
    for m in addin.modules():
        m.source.encode("ascii")


@pytest.mark.libreoffice
def test_libreoffice_reads_the_vba_project(xlam, libreoffice, tmp_path):
    import json

    out = tmp_path / "basic.json"
    # LibreOffice does not detect .xlam by extension; its xlsm filter reads the package.
    libreoffice.run([libreoffice.Task(xlam, out, "basic", filter="Calc MS Excel 2007 VBA XML")])
    libs = json.loads(out.read_text(encoding="utf-8"))
    assert set(libs["perfxl"]) == {"ThisWorkbook", "Sheet1", "xlwings", "Dictionary", "perfxlRibbon", "perfxlFunctions"}
    assert 'RunPython "import perfxl.excel; perfxl.excel.recalculate()"' in libs["perfxl"]["perfxlRibbon"]


def test_install_and_remove(tmp_path):
    xlstart, conf_dir = tmp_path / "XLSTART", tmp_path / ".perfxl"
    path, conf = addin.install_to(xlstart, conf_dir, r"C:\Python311\pythonw.exe")
    assert path.read_bytes() == addin.build_addin()
    assert conf.read_bytes().decode("utf-8") == '"INTERPRETER_WIN","C:\\Python311\\pythonw.exe"\r\n"UDF MODULES","perfxl.excel.udfs"\r\n'
    assert addin.remove_from(xlstart, conf_dir) == [path, conf]
    assert not path.exists() and not conf_dir.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="refusal is for machines without Excel")
def test_install_refuses_clearly_off_windows(capsys):
    assert main(["addin", "install"]) == 2
    assert "只能在装有 Excel 的 Windows 电脑上使用" in capsys.readouterr().err


# -- the buttons' Python side --------------------------------------------------------

def _input_cells(wb):
    from perfxl.forms.workbook import build_forms

    form = build_forms(2023, indicator_rows=45)
    out = {}
    for fld in form.fields.values():
        if fld.computed:
            continue
        (sheet, ref), = wb.defined_names[fld.name].destinations
        for row in wb[sheet][ref.replace("$", "")] if ":" in ref else [[wb[sheet][ref.replace("$", "")]]]:
            for c in (row if isinstance(row, tuple) else row):
                out[(sheet, c.coordinate)] = c.value
    return out


def test_recalculate_with_openpyxl_book(tmp_path):
    src = tmp_path / "北山镇.xlsx"
    src.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    book = OpenpyxlBook(src)
    before = _input_cells(book.wb)
    original_fill = book.color("附件3基础数据表", "F14")
    result = actions.recalculate_and_check(book)
    assert result.count("error") == 4
    assert book.sheet_names()[0] == "检查结果"
    assert _input_cells(book.wb) == before                      # inputs untouched
    assert book.color("附件3基础数据表", "F14") == actions.COLORS["error"]
    assert "621.15" in book.note("附件3基础数据表", "F14")
    assert book.messages and "错误 4 项" in book.messages[-1]
    # running again replaces the sheet, never adds a second one
    actions.recalculate_and_check(book)
    assert book.sheet_names().count("检查结果") == 1
    # fix the cause and run again: the old highlight and note are removed
    book.write("附件3基础数据表", "F15", 549.73)              # 项目支出 lines now sum to 621.15
    actions.recalculate_and_check(book)
    assert book.color("附件3基础数据表", "F14") == original_fill
    assert book.note("附件3基础数据表", "F14") is None
    out = book.save(tmp_path / "已检查.xlsx")
    assert openpyxl.load_workbook(out).sheetnames[0] == "检查结果"
    assert src.read_bytes() == EXAMPLE_WORKBOOK.read_bytes()   # the file on disk was never written


def test_recalculate_through_the_xlwings_adapter(tmp_path):
    fake = FakeBook.from_file(EXAMPLE_WORKBOOK)
    book = XlwingsBook(fake)
    inputs_before = {(s.name, k): v["value"] for s in fake.sheets for k, v in s.cells.items() if v["formula"] is None}
    result = actions.recalculate_and_check(book)
    assert fake.app.calculations == 1 and result.count("error") == 4
    assert [s.name for s in fake.sheets][0] == "检查结果"
    a3 = fake.sheets["附件3基础数据表"]
    assert a3.range("F14").color == actions.COLORS["error"] and "621.15" in a3.range("F14").note.text
    # only the result sheet was written: no input cell changed value
    assert {w[0] for w in fake.writes} == {"检查结果"}
    after = {(s.name, k): v["value"] for s in fake.sheets if s.name != "检查结果" for k, v in s.cells.items()}
    assert all(after[k] == value for k, value in inputs_before.items())
    result_sheet = fake.sheets["检查结果"]
    assert result_sheet.range("E2").value and result_sheet.cells[(2, 5)]["link"].startswith("#'")
    assert 20 in result_sheet.hidden_columns
    actions.recalculate_and_check(book)
    assert [s.name for s in fake.sheets].count("检查结果") == 1
    assert "错误 4 项" in fake.app.alerts[-1]


def test_empty_computed_cells_are_filled_in_county_forms(tmp_path):
    a3 = [list(r) for r in county.A3_ROWS]
    a3[4][3] = None                                   # 控制率 left empty
    fake = FakeBook.from_file(county.build(tmp_path / "县表.xlsx", a3=a3))
    actions.recalculate_and_check(XlwingsBook(fake))
    assert fake.sheets["附件3"].range("D5").value == pytest.approx(127 / 114)
    assert fake.sheets["附件3"].range("B5").value == 114   # inputs kept


def test_report_named_in_settings_is_cross_checked(tmp_path):
    src = tmp_path / "北山镇.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    conf = wb.create_sheet("perfxl.conf")
    conf["A1"], conf["B1"] = "报告文件", "北山镇2023_自评报告.txt"
    wb.save(src)
    (tmp_path / "北山镇2023_自评报告.txt").write_bytes(
        (EXAMPLE_WORKBOOK.parent / "北山镇2023_自评报告.txt").read_bytes())
    result = actions.recalculate_and_check(OpenpyxlBook(src))
    assert any(f.rule == "N-SHARE" for f in result.findings)


def test_new_copy_next_to_the_workbook(tmp_path):
    src = tmp_path / "北山镇2023.xlsx"
    src.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    fake = FakeBook.from_file(src)
    target = actions.new_copy(XlwingsBook(fake))
    assert target == tmp_path / "北山镇人民政府_2024年绩效自评表.xlsx"
    again = actions.new_copy(XlwingsBook(fake))
    assert again.name == "北山镇人民政府_2024年绩效自评表（2）.xlsx"
    assert hashlib.sha256(src.read_bytes()).digest() == hashlib.sha256(EXAMPLE_WORKBOOK.read_bytes()).digest()


# -- worksheet functions: how Excel hands values over -----------------------------------

def test_a_percent_cell_arrives_as_a_fraction():
    # a cell showing 98% holds 0.98; against a percent target that is 98 %
    assert udfs.PERFXL_INDICATOR_SCORE("≥95%", 0.98, 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("≥95%", 0.9, 2) == pytest.approx(1.89)
    assert udfs.PERFXL_INDICATOR_SCORE("≤5%", 0.03, 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE(0.95, "98%", 2) == 2          # and a percent-formatted target
    # silent: text and numbers against non-percent targets keep their meaning
    assert udfs.PERFXL_INDICATOR_SCORE("≥95%", "98%", 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("30家", 34, 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE(0.95, 0.98, 2) == 2


def test_a_large_bare_number_against_a_percent_is_not_guessed():
    answer = udfs.PERFXL_INDICATOR_SCORE("≤5%", 3, 2)
    assert isinstance(answer, str) and "不明确" in answer and "3%" in answer


def test_yuan_written_against_a_wan_yuan_target_is_named():
    answer = udfs.PERFXL_INDICATOR_SCORE("≤5万元", 52000, 2)
    assert isinstance(answer, str) and "元" in answer and "5.2万元" in answer
    assert "5.2万元" in udfs.PERFXL_INDICATOR_SCORE("≤5万元", "52000", 2)
    # silent: amounts written in 万元, or with their unit
    assert udfs.PERFXL_INDICATOR_SCORE("≤5万元", 4.8, 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("≤5万元", "48000元", 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("≥10万元", 15, 3) == 3


@pytest.mark.parametrize("error", ["#N/A", "#VALUE!", "#DIV/0!", -2146826246, -2146826273])
def test_error_cells_answer_in_chinese(error):
    for answer in (udfs.PERFXL_INDICATOR_SCORE("30家", error, 2), udfs.PERFXL_CONTROL_RATE(error, 114),
                   udfs.PERFXL_EXEC_SCORE(100, error, 10), udfs.PERFXL_GRADE(error),
                   udfs.PERFXL_CHECK_CELL(error, 1)):
        assert isinstance(answer, str) and "错误值" in answer and answer != ""
    assert "#N/A" in udfs.PERFXL_GRADE("#N/A") and "总得分" in udfs.PERFXL_GRADE("#N/A")


def test_a_range_where_one_value_is_expected():
    answer = udfs.PERFXL_INDICATOR_SCORE("30家", [["34家"], ["35家"]], 2)
    assert "实际完成值" in answer and "区域" in answer
    assert "区域" in udfs.PERFXL_EXEC_RATE([1, 2, 3], 10)
    assert udfs.PERFXL_INDICATOR_SCORE("30家", [["34家"]], 2) == 2     # a one-cell range is one value


def test_out_of_range_inputs_are_flagged():
    assert "超出 0–100" in udfs.PERFXL_GRADE(105)
    assert "超出 0–100" in udfs.PERFXL_INDICATOR_SCORE("30家", "34家", 120)
    assert "负数" in udfs.PERFXL_EXEC_RATE(-5, 100)
    assert "负数" in udfs.PERFXL_EXEC_SCORE(5, -100, 10)
    assert "负数" in udfs.PERFXL_CONTROL_RATE(-1, 114)
    # silent at the bounds
    assert udfs.PERFXL_GRADE(100) == "优" and udfs.PERFXL_GRADE(0) == "差"
    assert udfs.PERFXL_EXEC_SCORE(0, 100, 10) == 0


def test_functions_registered_under_their_category():
    assert set(udfs.REGISTRY) == set(udfs.UDF_NAMES) and len(udfs.REGISTRY) == 6
    for name, f in udfs.REGISTRY.items():
        assert name.startswith("PERFXL_") and getattr(udfs, name) is f
        assert set(f.perfxl_params) == {p for p, _ in addin._udf_signature(f)}


# -- the add-in carries the functions ---------------------------------------------------

def _procedures(source):
    return {m.group(2): m.group(3) for m in re.finditer(r"^(Public )?Function (\w+)\(([^)]*)\)", source, re.M)}


def test_udf_wrappers_in_the_addin_match_the_python_functions(xlam):
    import inspect

    source = _vba_sources(xlam)["perfxlFunctions"]
    declared = {k: v for k, v in _procedures(source).items() if k.startswith("PERFXL_")}
    assert set(declared) == set(udfs.REGISTRY)
    for name, params in declared.items():
        py = inspect.signature(getattr(udfs, name)).parameters.values()
        expected = ", ".join(("Optional " if p.default is not p.empty else "") + p.name for p in py)
        assert params == expected, name
        call = re.search(rf'{name} = XLPy\.CallUDF\("([\w.]+)", "(\w+)", Array\(([^)]*)\), ActiveWorkbook, '
                         r'Application\.Caller\)', source)
        module = importlib.import_module(call.group(1))
        assert call.group(2) == name and callable(getattr(module, call.group(2)))
        assert call.group(3) == ", ".join(p.name for p in py)
    # the helpers the wrappers call are in the project
    assert "Function XLPy()" in _vba_sources(xlam)["xlwings"]
    assert "Public Function PerfxlInterpreterProblem() As String" in _vba_sources(xlam)["perfxlRibbon"]


def test_workbook_open_files_the_functions_under_the_category(xlam):
    source = _vba_sources(xlam)["ThisWorkbook"]
    assert "Private Sub Workbook_Open()" in source
    category = "\n".join(line for line in source.splitlines() if line.strip().startswith("category = "))
    assert addin.vba_text(category) == udfs.CATEGORY == "绩效自评"
    registered = re.findall(r"""MacroOptions Macro:="'" & ThisWorkbook\.Name & "'!(\w+)", Description:=d, """
                            r"Category:=category, ArgumentDescriptions:=Array\(([^)]*)\)", source)
    assert {name for name, _ in registered} == set(udfs.REGISTRY)
    for name, args in registered:
        assert len(args.split(", ")) == len(addin._udf_signature(udfs.REGISTRY[name]))


def test_dictionary_class_attributes_as_in_xlwings_own_addin(xlam):
    from oletools.olevba import VBA_Parser

    def header(path):
        code = {s.split("/")[-1]: c for _, s, _, c in VBA_Parser(str(path)).extract_macros()}["Dictionary"]
        return [line for line in code.splitlines() if line.startswith("Attribute") and "VB_Description" not in line]

    import xlwings

    reference = Path(xlwings.__file__).with_name("quickstart_addin_ribbon.xlam")
    ours = header(xlam)
    assert 'Attribute VB_Base = "0{FCFB3D2A-A0FA-1068-A738-08002B3371B5}"' in ours
    assert "Attribute VB_TemplateDerived = False" in ours and "Attribute VB_Customizable = False" in ours
    assert ours == header(reference)


def test_buttons_check_the_interpreter_before_python(xlam):
    source = _vba_sources(xlam)["perfxlRibbon"]
    for b in addin.BUTTONS:
        body = source.split(f"Public Sub {b.procedure}(control As IRibbonControl)")[1].split("End Sub")[0]
        lines = [line.strip() for line in body.strip().splitlines()]
        assert lines[0] == "If Not PerfxlReady() Then Exit Sub"
        assert lines[-1].startswith("RunPython ")
    problem = source.split("Public Function PerfxlInterpreterProblem() As String")[1].split("End Function")[0]
    assert 'GetConfig("INTERPRETER_WIN", "")' in problem and "If Not FileExists(path) Then" in problem
    missing = problem.split("If Not FileExists(path) Then")[1].split("End If")[0]
    assert addin.vba_text(missing.replace("msg = msg & path", '"{path}"')) == addin.INTERPRETER_MISSING
    assert "perfxl addin install" in addin.INTERPRETER_MISSING
    # each worksheet function answers with the same sentence instead of calling Python
    functions = _vba_sources(xlam)["perfxlFunctions"]
    assert functions.count("problem = PerfxlInterpreterProblem()") == len(udfs.REGISTRY)
    # no English dialog of perfxl's own
    for name in ("perfxlRibbon", "perfxlFunctions", "ThisWorkbook"):
        assert not re.search(r'MsgBox "', _vba_sources(xlam)[name])


def test_folder_button_passes_the_path_intact():
    source = addin.ribbon_source()
    assert "Application.FileDialog(4)" in source
    assert """RunPython "import perfxl.excel; perfxl.excel.batch_check('" & HexUnicode(folder) & "')\"""" in source
    # what HexUnicode produces (UTF-16 code units, 4 hex digits each) is what batch_check decodes
    folder = r"D:\2024年 自评\乡镇'报表"
    hex_text = "".join(f"{u:04X}" for u in memoryview(folder.encode("utf-16-be")).cast("H"))
    assert bytes.fromhex("".join(f"{ord(c):04X}" for c in folder)).decode("utf-16-be") == folder
    assert len(hex_text) == 4 * len(folder)


def test_vba_text_round_trip():
    for text in ("绩效自评", 'a "quoted" 路径 C:\\Users\\张三\\', ""):
        assert addin.vba_text("\n".join(addin.vba_assign("x", text, per_line=3))) == text
        for line in addin.vba_assign("x", text):
            line.encode("ascii")


def test_config_in_the_system_code_page(tmp_path, monkeypatch):
    import locale

    interpreter = "C:\\Users\\张三\\AppData\\Local\\Programs\\Python\\Python311\\pythonw.exe"
    monkeypatch.setattr(locale, "getpreferredencoding", lambda do_setlocale=True: "cp936")
    _, conf = addin.install_to(tmp_path / "XLSTART", tmp_path / ".perfxl", interpreter)
    data = conf.read_bytes()
    assert data.decode("cp936") == addin.config_text(interpreter)
    assert data != addin.config_text(interpreter).encode("utf-8")      # not UTF-8: VBA would read garbage
    # a path the code page cannot hold is refused before anything is written
    monkeypatch.setattr(locale, "getpreferredencoding", lambda do_setlocale=True: "cp1252")
    from perfxl.errors import PerfxlError

    with pytest.raises(PerfxlError, match="代码页"):
        addin.install_to(tmp_path / "XLSTART2", tmp_path / ".perfxl2", interpreter)
    assert not (tmp_path / "XLSTART2").exists()


# -- the new buttons ------------------------------------------------------------------

def _fills_and_notes(wb):
    return {(ws.title, c.coordinate): (c.fill.fill_type, c.fill.fgColor.rgb, c.comment.text if c.comment else None)
            for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def test_clear_marks_removes_only_what_perfxl_added(tmp_path):
    src = tmp_path / "北山镇.xlsx"
    src.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    book = OpenpyxlBook(src)
    a3 = "附件3基础数据表"
    book.set_color(a3, "F15", (1, 2, 3))                # the user's own fill on a cell the check flags
    book.set_note(a3, "B3", "我的批注")                   # the user's own note
    before = _fills_and_notes(book.wb)
    actions.recalculate_and_check(book)
    assert book.color(a3, "F14") == actions.COLORS["error"] and book.note(a3, "F14")
    restored = actions.clear_check_marks(book)
    assert restored >= 1 and "检查结果" not in book.sheet_names()
    assert _fills_and_notes(book.wb) == before          # every fill and note as the user left them
    assert book.color(a3, "F15") == (1, 2, 3) and book.note(a3, "B3") == "我的批注"
    assert "已清除检查标记" in book.messages[-1]
    # nothing to clear: a message, nothing touched
    assert actions.clear_check_marks(book) == 0 and "没有需要清除" in book.messages[-1]
    assert _fills_and_notes(book.wb) == before


def test_clear_marks_keeps_a_note_the_user_had(tmp_path):
    fake = FakeBook.from_file(EXAMPLE_WORKBOOK)
    fake.sheets["附件3基础数据表"].range("F14").add_note("请核对")
    book = XlwingsBook(fake)
    actions.recalculate_and_check(book)
    actions.clear_check_marks(book)
    cell = fake.sheets["附件3基础数据表"].range("F14")
    assert cell.note.text == "请核对" and cell.color is None   # the fake starts without fills
    assert "检查结果" not in [s.name for s in fake.sheets]


def test_status_bar_while_a_button_works(tmp_path):
    from perfxl.excel import run_action
    from perfxl.errors import PerfxlError

    fake = FakeBook.from_file(EXAMPLE_WORKBOOK)
    run_action(XlwingsBook(fake), actions.recalculate_and_check, "正在重新计算并检查")
    assert fake.app.status_history == ["perfxl：正在重新计算并检查……", False]   # given back to Excel

    def fails(book):
        raise PerfxlError("请先保存当前工作簿。")

    run_action(XlwingsBook(fake), fails, "正在生成空白模板")
    assert fake.app.status_history[-1] is False and fake.app.alerts[-1] == "请先保存当前工作簿。"


def test_batch_button_checks_a_folder_and_opens_the_summary(tmp_path):
    folder = tmp_path / "乡镇报表"
    folder.mkdir()
    (folder / "北山镇.xlsx").write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    county.build(folder / "县表.xlsx")
    fake = FakeBook(tmp_path / "任意.xlsx")
    out = actions.batch_check(XlwingsBook(fake), folder)
    assert out == folder / "乡镇报表_检查汇总.xlsx" and out.exists()
    assert fake.app.books.opened == [str(out)]
    progress = [s for s in fake.app.status_history if s]
    assert progress[:2] == ["perfxl：正在批量检查（1/2）北山镇.xlsx", "perfxl：正在批量检查（2/2）县表.xlsx"] or \
        progress[:2] == ["perfxl：正在批量检查（1/2）县表.xlsx", "perfxl：正在批量检查（2/2）北山镇.xlsx"]
    assert "共检查 2 份" in fake.app.alerts[-1]
    # a second run never overwrites the first summary, nor counts it as a submission
    again = actions.batch_check(XlwingsBook(fake), folder)
    assert again.name == "乡镇报表_检查汇总（2）.xlsx" and "共检查 2 份" in fake.app.alerts[-1]


def test_batch_button_refuses_a_folder_without_workbooks(tmp_path):
    from perfxl.errors import PerfxlError

    with pytest.raises(PerfxlError, match="没有 .xlsx"):
        actions.batch_check(XlwingsBook(FakeBook(tmp_path / "a.xlsx")), tmp_path)


def test_batch_entry_point_decodes_the_folder(monkeypatch, tmp_path):
    import perfxl.excel as entry

    seen = {}
    monkeypatch.setattr(entry, "_run", lambda action, status: seen.update(action=action, status=status))
    monkeypatch.setattr(actions, "batch_check", lambda book, folder: seen.update(folder=folder))
    folder = r"D:\2024年 自评\乡镇'报表"
    entry.batch_check("".join(f"{ord(c):04X}" for c in folder))
    seen["action"](None)
    assert seen["folder"] == folder and seen["status"] == "正在批量检查"


def test_addin_build_without_xlwings_names_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "xlwings", None)  # import xlwings now raises ImportError
    assert main(["addin", "build", "-o", str(tmp_path / "a.xlam")]) == 2
    assert 'pip install "perfxl[excel]"' in capsys.readouterr().err
    assert not (tmp_path / "a.xlam").exists()


def test_functions_are_declared_to_xlwings_with_category_and_error_text(monkeypatch):
    """What xlwings receives on Windows (on other systems its decorators do nothing)."""
    import xlwings

    calls = {"func": [], "arg": []}

    def func(f=None, **kw):
        def mark(g):
            calls["func"].append((g.__name__, kw))
            return g
        return mark(f) if f is not None else mark

    def arg(name, convert=None, **kw):
        def mark(g):
            calls["arg"].append((g.__name__, name, kw))
            return g
        return mark

    monkeypatch.setattr(xlwings, "func", func)
    monkeypatch.setattr(xlwings, "arg", arg)
    try:
        module = importlib.reload(udfs)
        assert {name for name, _ in calls["func"]} == set(module.REGISTRY)
        assert all(kw == {"category": "绩效自评"} for _, kw in calls["func"])
        for name, f in module.REGISTRY.items():
            declared = {a: kw for n, a, kw in calls["arg"] if n == name}
            assert set(declared) == {p for p, _ in addin._udf_signature(f)}
            assert all(kw["err_to_str"] is True and kw["doc"] for kw in declared.values())
    finally:
        monkeypatch.undo()
        importlib.reload(udfs)


def test_an_unknown_indicator_type_is_named_with_the_accepted_ones():
    answer = udfs.PERFXL_INDICATOR_SCORE("30家", "28家", 5, "乱写")
    assert isinstance(answer, str) and "乱写" in answer and "正向" in answer and "反向" in answer and "定性" in answer
    # silent: a known type, or none
    assert udfs.PERFXL_INDICATOR_SCORE("100", "120", 2, "反向指标") == pytest.approx(1.67)
    assert udfs.PERFXL_INDICATOR_SCORE("30家", "28家", 5, "") == pytest.approx(4.67)
    assert udfs.PERFXL_INDICATOR_SCORE("30家", "28家", 5, None) == pytest.approx(4.67)


@pytest.mark.parametrize("target, actual", [("30家", ""), ("30家", "  "), ("", "30家"), ("30家", None)])
def test_blank_indicator_value_gives_a_blank(target, actual):
    assert udfs.PERFXL_INDICATOR_SCORE(target, actual, 5) == ""


def test_text_and_numbers_against_a_percent_follow_one_rule():
    # a bare number above 1.5 is refused alike, typed as a number or as text
    for actual in (98, "98", 95, "95"):
        answer = udfs.PERFXL_INDICATOR_SCORE("≥95%", actual, 2)
        assert isinstance(answer, str) and "不明确" in answer, actual
    # and a fraction is read as Excel stores a percent, typed as a number or as text
    for actual in (0.98, "0.98"):
        assert udfs.PERFXL_INDICATOR_SCORE("≥95%", actual, 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("≥95%", "95%", 2) == 2
    assert udfs.PERFXL_INDICATOR_SCORE("95", "98", 2) == 2          # silent: no percent anywhere


def test_a_non_finite_result_is_a_message():
    answer = udfs.PERFXL_CONTROL_RATE(1e308, 1e-308)
    assert isinstance(answer, str) and "范围" in answer
    assert udfs.PERFXL_CONTROL_RATE(127, 114) == pytest.approx(127 / 114)


def test_draft_report_next_to_the_workbook(tmp_path):
    from perfxl.narrative.read import read_narrative

    src = tmp_path / "北山镇2023.xlsx"
    src.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    fake = FakeBook.from_file(src)
    target = actions.draft_report(XlwingsBook(fake))
    assert target == tmp_path / "北山镇人民政府_2023年部门整体支出绩效自评报告（草稿）.docx"
    assert "本年支出合计3619.44万元" in read_narrative(target).text
    assert "表格中有 4 项错误" in fake.app.alerts[-1] and "【请补充：……】" in fake.app.alerts[-1]
    again = actions.draft_report(XlwingsBook(fake))
    assert again.name == "北山镇人民政府_2023年部门整体支出绩效自评报告（草稿2）.docx"
    assert target.read_bytes() == again.read_bytes()
    assert hashlib.sha256(src.read_bytes()).digest() == hashlib.sha256(EXAMPLE_WORKBOOK.read_bytes()).digest()
