"""Inside Excel, verified without Excel: worksheet functions, the add-in read back by
independent tools, and the buttons' Python side through both adapters."""

import hashlib
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
    assert set(sources) == set(generated) == {"ThisWorkbook", "Sheet1", "xlwings", "Dictionary", "perfxl"}
    for name, code in sources.items():
        assert code.replace("\r\n", "\n").strip() == generated[name].replace("\r\n", "\n").strip(), name
    assert 'Public Const PROJECT_NAME As String = "perfxl"' in sources["xlwings"]


def test_vba_project_streams_strict(xlam):
    bin_ = zipfile.ZipFile(xlam).read("xl/vbaProject.bin")
    ole = olefile.OleFileIO(io.BytesIO(bin_), raise_defects=olefile.DEFECT_INCORRECT)
    assert ole.openstream("VBA/_VBA_PROJECT").read() == ovba.VBA_PROJECT_SOURCE_ONLY  # no compiled code
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert "Module=perfxl" in project and "Class=Dictionary" in project and "Document=ThisWorkbook/&H00000000" in project
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
    assert set(buttons) >= {"重新计算并检查", "新建空白模板", "导入函数"}
    sources = _vba_sources(xlam)
    for action in buttons.values():
        module, proc = action.split(".")
        assert re.search(rf"Public Sub {proc}\(control As IRibbonControl\)", sources[module]), action


def test_every_runpython_target_exists(xlam):
    calls = re.findall(r'RunPython "([^"]+)"', _vba_sources(xlam)["perfxl"])
    assert len(calls) == 3
    for call in calls:
        imports, invocation = call.split(";")
        module = importlib.import_module(imports.replace("import", "").strip())
        func = invocation.strip().rsplit(".", 1)[1].rstrip("()")
        assert func in ENTRY_POINTS and callable(getattr(module, func))


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
    assert set(libs["perfxl"]) == {"ThisWorkbook", "Sheet1", "xlwings", "Dictionary", "perfxl"}
    assert 'RunPython "import perfxl.excel; perfxl.excel.recalculate()"' in libs["perfxl"]["perfxl"]


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


def test_import_functions_refuses_off_windows(tmp_path):
    from perfxl.errors import PerfxlError

    if sys.platform == "win32":
        pytest.skip("needs Excel")
    with pytest.raises(PerfxlError, match="Windows"):
        actions.import_functions(XlwingsBook(FakeBook(tmp_path / "a.xlsx")))


def test_addin_build_without_xlwings_names_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "xlwings", None)  # import xlwings now raises ImportError
    assert main(["addin", "build", "-o", str(tmp_path / "a.xlam")]) == 2
    assert 'pip install "perfxl[excel]"' in capsys.readouterr().err
    assert not (tmp_path / "a.xlam").exists()
