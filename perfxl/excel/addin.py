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
ADDIN_CONTENT_TYPE = "application/vnd.ms-excel.addin.macroEnabled.main+xml"
VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject"
VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"


@dataclass(frozen=True)
class Button:
    """One ribbon button: it runs ``perfxl.excel.<entry>()`` through xlwings' RunPython.
    A button with ``folder`` first asks for a folder (Excel's folder dialog) and passes it
    on as the entry's argument.  Adding a button is one line here and one entry point in
    ``perfxl.excel``; the ribbon XML and its VBA callback are generated from this list."""
    id: str
    label: str
    entry: str          # function in perfxl.excel (listed in ENTRY_POINTS)
    image: str          # a built-in Office icon (imageMso)
    tip: str
    folder: str = ""    # title of the folder dialog, for buttons that work on a folder

    @property
    def procedure(self) -> str:
        return self.id[len("perfxl"):] if self.id.startswith("perfxl") else self.id

    @property
    def macro(self) -> str:
        return f"{RIBBON_MODULE}.{self.procedure}"


RIBBON_MODULE = "perfxlRibbon"   # not the project's name: the VBA editor refuses a module named like its project
UDF_MODULE = "perfxlFunctions"

BUTTONS = (
    Button("perfxlRecalculate", "重新计算并检查", "recalculate", "CalculateNow",
           "重新计算当前工作簿，检查附件3、附件4（及自评报告）中的错误，结果写入“检查结果”工作表。"),
    Button("perfxlClearMarks", "清除检查标记", "clear_marks", "ClearFormats",
           "删除“检查结果”工作表，以及 perfxl 加上的底色和批注；您自己的批注和底色保留。"),
    Button("perfxlBatchCheck", "批量检查", "batch_check", "FileOpen",
           "选择一个文件夹，检查其中全部自评表，生成并打开检查汇总表。", folder="请选择要批量检查的文件夹"),
    Button("perfxlNewCopy", "新建空白模板", "new_copy", "FileNew",
           "根据当前工作簿生成下一年度的空白表，保存在同一文件夹。"),
    Button("perfxlDraftReport", "生成报告草稿", "draft_report", "ExportWord",
           "根据附件3、附件4生成自评报告草稿（Word），保存在同一文件夹；需人工填写的内容标为【请补充】。"),
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


def _vba_string(text: str) -> list[str]:
    """Pieces of a VBA string expression for ``text`` that keep the source ASCII: runs of
    printable ASCII as quoted literals, everything else as ChrW(code)."""
    pieces: list[str] = []
    run = ""
    for ch in text:
        if " " <= ch <= "~":
            run += ch
            continue
        if run:
            pieces.append('"' + run.replace('"', '""') + '"')
            run = ""
        pieces.append(f"ChrW({ord(ch)})")
    if run:
        pieces.append('"' + run.replace('"', '""') + '"')
    return pieces or ['""']


def vba_assign(var: str, text: str, per_line: int = 12, append: bool = False) -> list[str]:
    """VBA lines setting ``var`` to ``text`` (or appending it), in short ASCII lines."""
    pieces = _vba_string(text)
    lines = [f"{var} = {var + ' & ' if append else ''}" + " & ".join(pieces[:per_line])]
    for i in range(per_line, len(pieces), per_line):
        lines.append(f"{var} = {var} & " + " & ".join(pieces[i:i + per_line]))
    return lines


def vba_text(vba: str) -> str:
    """The text a VBA expression built by ``vba_assign`` stands for (to test the sources)."""
    out = []
    for m in re.finditer(r'ChrW\((\d+)\)|"((?:[^"]|"")*)"', vba):
        out.append(chr(int(m.group(1))) if m.group(1) else m.group(2).replace('""', '"'))
    return "".join(out)


def _xlwings_file(*parts: str) -> str:
    try:
        import xlwings
    except ImportError:
        raise PerfxlError('Excel 加载项需要 xlwings，请先运行 pip install "perfxl[excel]" 再试。') from None
    path = Path(xlwings.__file__).parent.joinpath(*parts)
    if not path.exists():
        raise PerfxlError(f"已安装的 xlwings 中缺少 {'/'.join(parts)}，请重新安装 xlwings。")
    return path.read_text(encoding="ascii")


INTERPRETER_MISSING = ("perfxl 找不到设置的 Python 解释器（{path}）。请在“命令提示符”中运行 perfxl addin install "
                       "重新安装加载项，然后重新打开 Excel。")
MESSAGE_TITLE = "绩效自评"


def _interpreter_check() -> list[str]:
    """VBA: the interpreter perfxl.conf names exists, or the Chinese sentence saying what to
    do (instead of xlwings' English "Could not find Interpreter!").  No setting, or a bare
    "python"/"pythonw", is xlwings' search of PATH (an add-in loaded by hand)."""
    before, after = INTERPRETER_MISSING.split("{path}")
    return ["Public Function PerfxlInterpreterProblem() As String",
            "    ' Empty when the interpreter configured by perfxl addin install exists.",
            "    Dim path As String, msg As String",
            '    path = GetConfig("INTERPRETER_WIN", "")',
            '    If path <> "" And path <> "python" And path <> "pythonw" Then',
            "        If Not FileExists(path) Then",
            *("            " + x for x in vba_assign("msg", before)),
            "            msg = msg & path",
            *("            " + x for x in vba_assign("msg", after, append=True)),
            "        End If",
            "    End If",
            "    PerfxlInterpreterProblem = msg",
            "End Function",
            ""]


def ribbon_source() -> str:
    """The ribbon module: one callback per button, each checking the interpreter first."""
    lines = [f'Attribute VB_Name = "{RIBBON_MODULE}"', "Option Explicit",
             "' Ribbon callbacks of the perfxl add-in, generated by perfxl.excel.addin from BUTTONS.",
             "' Each button runs one Python function through xlwings' RunPython; the work and every",
             "' message are in Python (perfxl.excel). Chinese text is spelled with ChrW so that this",
             "' source stays ASCII whatever the system code page.", ""]
    lines += _interpreter_check()
    lines += ["Private Function PerfxlReady() As Boolean",
              "    Dim problem As String, title As String",
              "    problem = PerfxlInterpreterProblem()",
              '    If problem = "" Then',
              "        PerfxlReady = True",
              "    Else",
              *("        " + x for x in vba_assign("title", MESSAGE_TITLE)),
              "        MsgBox problem, vbExclamation, title",
              "    End If",
              "End Function",
              "",
              "Private Function HexUnicode(ByVal text As String) As String",
              "    ' UTF-16 code units as hex: any path reaches Python intact, whatever its characters.",
              "    Dim i As Long, out As String",
              "    For i = 1 To Len(text)",
              '        out = out & Right$("000" & Hex$(AscW(Mid$(text, i, 1)) And &HFFFF&), 4)',
              "    Next i",
              "    HexUnicode = out",
              "End Function",
              ""]
    for b in BUTTONS:
        call = f"import perfxl.excel; perfxl.excel.{b.entry}"
        lines.append(f"Public Sub {b.procedure}(control As IRibbonControl)")
        lines.append("    If Not PerfxlReady() Then Exit Sub")
        if b.folder:
            lines += ["    Dim folder As String, title As String",
                      *("    " + x for x in vba_assign("title", b.folder)),
                      "    With Application.FileDialog(4)  ' msoFileDialogFolderPicker",
                      "        .Title = title",
                      "        .AllowMultiSelect = False",
                      "        If .Show <> -1 Then Exit Sub",
                      "        folder = .SelectedItems(1)",
                      "    End With",
                      f"    RunPython \"{call}('\" & HexUnicode(folder) & \"')\""]
        else:
            lines.append(f'    RunPython "{call}()"')
        lines += ["End Sub", ""]
    return "\n".join(lines)


def _udf_signature(f) -> list[tuple[str, bool]]:
    """(name, optional) of a worksheet function's arguments, from its Python signature."""
    import inspect

    out = []
    for p in inspect.signature(f).parameters.values():
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            raise PerfxlError(f"工作表函数 {f.__name__} 的参数 {p.name} 不能生成 VBA 包装。")
        out.append((p.name, p.default is not p.empty))
    return out


def udf_source() -> str:
    """The worksheet functions' VBA wrappers, generated from perfxl.excel.udfs as xlwings'
    ``generate_vba_wrapper`` does for an add-in (ImportPythonUDFsToAddin), but at build
    time: they live in perfxl.xlam, so every workbook can use them while the add-in is
    loaded, without importing anything or trusting access to the VBA project."""
    from . import udfs

    lines = [f'Attribute VB_Name = "{UDF_MODULE}"', "Option Explicit",
             "' Worksheet functions of perfxl (category " + "".join(f"\\u{ord(c):04x}" for c in udfs.CATEGORY)
             + "), generated by perfxl.excel.addin",
             f"' from {udfs.MODULE}; each one calls the Python function of the same name through xlwings.", ""]
    for name, f in udfs.REGISTRY.items():
        sig = _udf_signature(f)
        params = ", ".join(("Optional " if optional else "") + arg for arg, optional in sig)
        array = ", ".join(arg for arg, _ in sig)
        lines += [f"Function {name}({params})",
                  "    Dim problem As String",
                  "    problem = PerfxlInterpreterProblem()",
                  f'    If problem <> "" Then {name} = problem: Exit Function',
                  "    If TypeOf Application.Caller Is Range Then On Error GoTo failed",
                  f'    {name} = XLPy.CallUDF("{udfs.MODULE}", "{name}", Array({array}), ActiveWorkbook, Application.Caller)',
                  "    Exit Function",
                  "failed:",
                  f"    {name} = Err.Description",
                  "End Function",
                  ""]
    return "\n".join(lines)


def _summary(doc: str) -> str:
    """A function's description for Excel's dialog: its first sentence (at most 255 characters)."""
    first = " ".join(doc.split()).split("。")[0]
    return (first + "。")[:255]


def workbook_source() -> str:
    """ThisWorkbook: on opening, file each worksheet function under 绩效自评 with its
    descriptions (Application.MacroOptions, as xlwings' import_udfs does)."""
    from . import udfs

    lines = [f'Attribute VB_Name = "ThisWorkbook"\nAttribute VB_Base = "{ovba.WORKBOOK_BASE}"',
             *DOC_ATTRIBUTES, "Option Explicit", "",
             "Private Sub Workbook_Open()",
             "    ' Register perfxl's worksheet functions under their category, with descriptions.",
             "    Dim category As String, d As String",
             "    On Error Resume Next",
             *("    " + x for x in vba_assign("category", udfs.CATEGORY))]
    for name, f in udfs.REGISTRY.items():
        docs = f.perfxl_params
        lines += ["    " + x for x in vba_assign("d", _summary(f.__doc__ or ""))]
        arg_vars = []
        for i, (arg, _) in enumerate(_udf_signature(f)):
            lines += ["    " + x for x in vba_assign(f"a{i}", docs.get(arg, arg)[:255])]
            arg_vars.append(f"a{i}")
        lines.append(f"    Application.MacroOptions Macro:=\"'\" & ThisWorkbook.Name & \"'!{name}\", "
                     f"Description:=d, Category:=category, ArgumentDescriptions:=Array({', '.join(arg_vars)})")
    n = max(len(_udf_signature(f)) for f in udfs.REGISTRY.values())
    lines.insert(lines.index("    On Error Resume Next"), "    Dim " + ", ".join(f"a{i} As String" for i in range(n)))
    lines += ["End Sub", ""]
    return "\n".join(lines)


DOC_ATTRIBUTES = ("Attribute VB_GlobalNameSpace = False", "Attribute VB_Creatable = False",
                  "Attribute VB_PredeclaredId = True", "Attribute VB_Exposed = True",
                  "Attribute VB_TemplateDerived = False", "Attribute VB_Customizable = True")
CLASS_ATTRIBUTES_AFTER_EXPOSED = ("Attribute VB_TemplateDerived = False", "Attribute VB_Customizable = False")


def _class_module(text: str, name: str) -> str:
    """A .cls file as a class module's source: without the VERSION/BEGIN/END header, with
    the attributes the VBA editor writes for a class (VB_Base, VB_TemplateDerived,
    VB_Customizable).  ``text`` was read with universal newlines: lines end in "\\n"."""
    body = text[text.index("Attribute VB_Name"):]
    head = f'Attribute VB_Name = "{name}"\n'
    if not body.startswith(head) or "Attribute VB_Exposed = True\n" not in body:
        raise PerfxlError(f"已安装的 xlwings 中的 {name}.cls 与 perfxl 不兼容，请安装 setup.cfg 中指定的 xlwings 版本。")
    body = body.replace(head, head + f'Attribute VB_Base = "{ovba.CLASS_BASE}"\n', 1)
    return body.replace("Attribute VB_Exposed = True\n",
                        "Attribute VB_Exposed = True\n" + "".join(a + "\n" for a in CLASS_ATTRIBUTES_AFTER_EXPOSED), 1)


def modules() -> list[ovba.Module]:
    """The add-in's VBA modules, as sources."""
    sheet = "\n".join([f'Attribute VB_Name = "Sheet1"\nAttribute VB_Base = "{ovba.WORKSHEET_BASE}"', *DOC_ATTRIBUTES, ""])
    xlwings_source, n = re.subn(r'Public Const PROJECT_NAME As String = "[^"]*"',
                                f'Public Const PROJECT_NAME As String = "{PROJECT}"', _xlwings_file("xlwings_custom_addin.bas"))
    if n != 1:
        raise PerfxlError("已安装的 xlwings 版本与 perfxl 不兼容（找不到 PROJECT_NAME），请安装 setup.cfg 中指定的 xlwings 版本。")
    return [
        ovba.Module("ThisWorkbook", "document", _crlf(workbook_source())),
        ovba.Module("Sheet1", "document", _crlf(sheet)),
        ovba.Module("xlwings", "procedural", _crlf(xlwings_source)),
        ovba.Module("Dictionary", "class", _crlf(_class_module(_xlwings_file("addin", "Dictionary.cls"), "Dictionary"))),
        ovba.Module(RIBBON_MODULE, "procedural", _crlf(ribbon_source())),
        ovba.Module(UDF_MODULE, "procedural", _crlf(udf_source())),
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


def config_bytes(interpreter: str, encoding: str | None = None) -> bytes:
    """The config file as VBA reads it (Open … For Input): in the system code page, which
    is what xlwings writes its own config in (a text-mode open, the locale encoding) —
    cp936 on Chinese Windows, so a path under C:\\Users\\张三\\ reaches VBA intact."""
    import locale

    encoding = encoding or locale.getpreferredencoding(False)
    try:
        return config_text(interpreter).encode(encoding)
    except UnicodeEncodeError:
        raise PerfxlError(f"Python 的路径“{interpreter}”含有系统代码页（{encoding}）不能表示的字符，Excel 读不出来；"
                          "请把 Python 装到只含中文、英文和数字的文件夹，再运行 perfxl addin install。") from None


def install_to(xlstart: Path, conf_dir: Path, interpreter: str) -> tuple[Path, Path]:
    conf_bytes = config_bytes(interpreter)  # refuse before writing anything
    xlstart.mkdir(parents=True, exist_ok=True)
    conf_dir.mkdir(parents=True, exist_ok=True)
    addin, conf = xlstart / ADDIN_NAME, conf_dir / f"{PROJECT}.conf"
    atomic_write(addin, build_addin(), force=True)   # installing again replaces the previous copy
    atomic_write(conf, conf_bytes, force=True)
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
