"""Build perfxl.xlam from source, and install or remove it (Windows only).

The add-in is a macro-enabled package: a ribbon (customUI) with the 绩效自评 tab, and a
VBA project written from source by ``perfxl.excel.vba`` holding xlwings' BSD-licensed
custom-add-in module and Dictionary class from the installed xlwings, plus perfxl's own
ribbon callbacks.  Nothing here is made by hand or copied from a binary.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import PerfxlError
from ..files import atomic_write, normalize_package
from .vba import cfb, ovba

PROJECT = "perfxl"
ADDIN_NAME = "perfxl.xlam"
SOURCE = Path(__file__).with_name("vba") / "perfxl.bas"
ADDIN_CONTENT_TYPE = "application/vnd.ms-excel.addin.macroEnabled.main+xml"
VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject"
VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"


@dataclass(frozen=True)
class Button:
    id: str
    label: str
    macro: str          # "module.procedure" in the VBA project
    image: str
    tip: str


BUTTONS = (
    Button("perfxlRecalculate", "重新计算并检查", "perfxl.Recalculate", "CalculateNow",
           "重新计算当前工作簿，检查附件3、附件4（及自评报告）中的错误，结果写入“检查结果”工作表。"),
    Button("perfxlNewCopy", "新建空白模板", "perfxl.NewCopy", "FileNew",
           "根据当前工作簿生成下一年度的空白表，保存在同一文件夹。"),
    Button("perfxlImportFunctions", "导入函数", "perfxl.ImportFunctions", "FunctionWizard",
           "导入 PERFXL_CONTROL_RATE 等工作表函数。"),
)


def ribbon_xml() -> str:
    buttons = "\n".join(
        f'        <button id="{b.id}" label="{b.label}" size="large" imageMso="{b.image}" '
        f'onAction="{b.macro}" screentip="{b.label}" supertip="{b.tip}"/>' for b in BUTTONS)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui">\n'
            '  <ribbon>\n    <tabs>\n      <tab id="perfxlTab" label="绩效自评">\n'
            '       <group id="perfxlGroup" label="部门整体支出绩效自评">\n'
            f'{buttons}\n'
            '       </group>\n      </tab>\n    </tabs>\n  </ribbon>\n</customUI>\n')


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _xlwings_file(*parts: str) -> str:
    try:
        import xlwings
    except ImportError:
        raise PerfxlError('Excel 加载项需要 xlwings，请先运行 pip install "perfxl[excel]" 再试。') from None
    path = Path(xlwings.__file__).parent.joinpath(*parts)
    if not path.exists():
        raise PerfxlError(f"已安装的 xlwings 中缺少 {'/'.join(parts)}，请重新安装 xlwings。")
    return path.read_text(encoding="ascii")


def modules() -> list[ovba.Module]:
    """The add-in's VBA modules, as sources."""
    doc_attrs = ('Attribute VB_GlobalNameSpace = False\nAttribute VB_Creatable = False\n'
                 'Attribute VB_PredeclaredId = True\nAttribute VB_Exposed = True\n'
                 'Attribute VB_TemplateDerived = False\nAttribute VB_Customizable = True\n')
    this = f'Attribute VB_Name = "ThisWorkbook"\nAttribute VB_Base = "{ovba.WORKBOOK_BASE}"\n' + doc_attrs
    sheet = f'Attribute VB_Name = "Sheet1"\nAttribute VB_Base = "{ovba.WORKSHEET_BASE}"\n' + doc_attrs
    xlwings_source, n = re.subn(r'Public Const PROJECT_NAME As String = "[^"]*"',
                                f'Public Const PROJECT_NAME As String = "{PROJECT}"', _xlwings_file("xlwings_custom_addin.bas"))
    if n != 1:
        raise PerfxlError("已安装的 xlwings 版本与 perfxl 不兼容（找不到 PROJECT_NAME），请安装 setup.cfg 中指定的 xlwings 版本。")
    cls = _xlwings_file("addin", "Dictionary.cls")
    body = cls[cls.index("Attribute VB_Name"):]  # drop the VERSION/BEGIN/END header of a .cls file
    body = body.replace('Attribute VB_Name = "Dictionary"\r\n',
                        f'Attribute VB_Name = "Dictionary"\r\nAttribute VB_Base = "{ovba.CLASS_BASE}"\r\n', 1)
    return [
        ovba.Module("ThisWorkbook", "document", _crlf(this)),
        ovba.Module("Sheet1", "document", _crlf(sheet)),
        ovba.Module("xlwings", "procedural", _crlf(xlwings_source)),
        ovba.Module("Dictionary", "class", _crlf(body)),
        ovba.Module("perfxl", "procedural", _crlf(SOURCE.read_text(encoding="ascii"))),
    ]


def vba_project() -> bytes:
    return cfb.build(ovba.vba_streams(PROJECT, modules()))


def _base_workbook() -> dict[str, bytes]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "perfxl.conf"
    ws.sheet_properties.codeName = "Sheet1"
    wb.code_name = "ThisWorkbook"
    ws["A1"] = "perfxl 加载项设置（键，值）。通常不需修改：解释器路径写在 %USERPROFILE%\\.perfxl\\perfxl.conf。"
    buf = io.BytesIO()
    wb.save(buf)
    z = zipfile.ZipFile(buf)
    return {n: z.read(n) for n in z.namelist()}


def build_addin() -> bytes:
    """The bytes of perfxl.xlam (reproducible: same input, same bytes)."""
    parts = _base_workbook()
    types = parts["[Content_Types].xml"].decode()
    types = re.sub(r'(PartName="/xl/workbook.xml" ContentType=")[^"]+"', rf'\g<1>{ADDIN_CONTENT_TYPE}"', types)
    types = types.replace("</Types>", f'<Override PartName="/xl/vbaProject.bin" ContentType="{VBA_CONTENT_TYPE}"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdVBA" Type="{VBA_REL}" Target="vbaProject.bin"/></Relationships>').encode()
    root_rels = parts["_rels/.rels"].decode()
    parts["_rels/.rels"] = root_rels.replace(
        "</Relationships>", f'<Relationship Id="rIdUI" Type="{UI_REL}" Target="customUI/customUI.xml"/></Relationships>').encode()
    parts["customUI/customUI.xml"] = ribbon_xml().encode("utf-8")
    parts["xl/vbaProject.bin"] = vba_project()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return normalize_package(buf.getvalue())


# -- install / remove ---------------------------------------------------------------

def _windows_dirs() -> tuple[Path, Path]:
    if sys.platform != "win32":
        raise PerfxlError("perfxl addin install/remove 只能在装有 Excel 的 Windows 电脑上使用；"
                          "其他系统请直接使用模板中的公式和 perfxl check。")
    appdata, home = os.environ.get("APPDATA"), os.environ.get("USERPROFILE")
    if not appdata or not home:
        raise PerfxlError("找不到用户目录（APPDATA/USERPROFILE），请在普通的 Windows 用户账户下运行。")
    return Path(appdata) / "Microsoft" / "Excel" / "XLSTART", Path(home) / f".{PROJECT}"


def config_text(interpreter: str) -> str:
    """The add-in's config file, in the "key","value" lines its VBA reads with Input #."""
    return f'"INTERPRETER_WIN","{interpreter}"\r\n"UDF MODULES","perfxl.excel.udfs"\r\n'


def install_to(xlstart: Path, conf_dir: Path, interpreter: str) -> tuple[Path, Path]:
    xlstart.mkdir(parents=True, exist_ok=True)
    conf_dir.mkdir(parents=True, exist_ok=True)
    addin, conf = xlstart / ADDIN_NAME, conf_dir / f"{PROJECT}.conf"
    atomic_write(addin, build_addin())
    atomic_write(conf, config_text(interpreter).encode("utf-8"))
    return addin, conf


def remove_from(xlstart: Path, conf_dir: Path) -> list[Path]:
    removed = []
    for p in (xlstart / ADDIN_NAME, conf_dir / f"{PROJECT}.conf"):
        if p.exists():
            p.unlink()
            removed.append(p)
    if conf_dir.exists() and not any(conf_dir.iterdir()):
        conf_dir.rmdir()
    return removed


def install() -> tuple[Path, Path]:
    xlstart, conf_dir = _windows_dirs()
    interpreter = str(Path(sys.executable).with_name("pythonw.exe")) if sys.executable.endswith("python.exe") else sys.executable
    return install_to(xlstart, conf_dir, interpreter)


def remove() -> list[Path]:
    return remove_from(*_windows_dirs())
