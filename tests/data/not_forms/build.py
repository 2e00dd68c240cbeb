"""Generate the "not a performance form" spreadsheet corpus (issue 20).

Every file is generated here, deterministically (fixed seeds, fixed zip timestamps and document
dates), so only this script and manifest.toml are kept in the repository.

    build_all(out_dir)      -> list[Path]   # pure Python: openpyxl, XlsxWriter, zipfile, msoffcrypto
    build_soffice(out_dir)  -> list[Path]   # .xls/.ods/.et/.ett converted by LibreOffice (soffice)
    manifest_toml()         -> str          # the text of manifest.toml

Run ``python3 tests/data/not_forms/build.py OUT_DIR [--soffice]`` to write the files, or
``python3 tests/data/not_forms/build.py --manifest`` to print the manifest.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DATE = dt.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"


@dataclass
class Entry:
    name: str
    category: str  # office_cn | generic | format
    format: str  # xlsx, xlsm, xltx, xls, ods, xlsb, csv, et, ett, encrypted, docx, zip, text, empty ...
    what: str
    build: Callable[[Path], None] | None
    expect: str = "not_a_form"  # not_a_form | format
    message_any: tuple[str, ...] = ()  # for expect="format": the message names one of these
    readable: bool = True  # perfxl could in principle read the cells (openpyxl or python-calamine)
    soffice: bool = False  # produced by build_soffice (LibreOffice conversion)
    source: str = ""  # for soffice entries: the generated .xlsx it is converted from


ENTRIES: list[Entry] = []


def entry(name, category, fmt, what, **kw):
    def deco(fn):
        ENTRIES.append(Entry(name, category, fmt, what, fn, **kw))
        return fn

    return deco


# ---------------------------------------------------------------- helpers


def _rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(key.encode("utf-8")))


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰春梅红建国志文斌海燕德福云飞鹏辉俊凤琴"
VILLAGES = ["东风村", "红旗村", "向阳村", "河口村", "石桥村", "李家湾村", "新民村", "柳林村", "青山村", "南岗村"]
OFFICES = ["党政办", "经发办", "社事办", "综治办", "财政所", "农业服务中心", "文化站", "自然资源所", "应急办", "退役军人服务站"]


def _name(r: random.Random) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))


def _idcard(r: random.Random) -> str:
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=r.randrange(20000))
    return f"4305{r.randrange(10, 99)}{r.randrange(10, 99)}{birth:%Y%m%d}{r.randrange(100, 999)}{r.choice('0123456789X')}"


def _phone(r: random.Random) -> str:
    return "1" + r.choice("35789") + "".join(r.choice("0123456789") for _ in range(9))


def _normalize_zip(path: Path) -> None:
    """Rewrite a zip package with fixed timestamps and fixed document dates (byte-reproducible)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + FIXED_ISO.encode() + rb"\3", data)
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _opx_save(wb, path: Path) -> None:
    wb.properties.creator = "乡镇办公室"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(path)
    _normalize_zip(path)


def _opx():
    import openpyxl

    return openpyxl.Workbook()


class _XW:
    """XlsxWriter workbook context that normalizes the zip afterwards."""

    def __init__(self, path: Path, **opts):
        import xlsxwriter

        self.path = path
        self.wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, **opts})
        self.wb.set_properties({"created": FIXED_DATE, "author": "乡镇办公室"})

    def __enter__(self):
        return self.wb

    def __exit__(self, *exc):
        self.wb.close()
        if exc[0] is None:
            _normalize_zip(self.path)


def _title_table(ws, title: str, headers: list, rows: list, *, unit: str | None = None, start_row: int = 1) -> int:
    """openpyxl: merged title, optional unit line, header row, data rows. Returns next free row."""
    from openpyxl.styles import Alignment, Font

    n = max(len(headers), 1)
    r = start_row
    ws.cell(r, 1, title).font = Font(bold=True, size=16)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    if n > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    r += 1
    if unit:
        ws.cell(r, n, unit)
        r += 1
    for c, h in enumerate(headers, 1):
        ws.cell(r, c, h).font = Font(bold=True)
    r += 1
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    return r


def _xw_table(wb, ws, title: str, headers: list, rows: list, *, unit: str | None = None) -> int:
    bold = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    big = wb.add_format({"bold": True, "font_size": 16, "align": "center"})
    cell = wb.add_format({"border": 1})
    money = wb.add_format({"border": 1, "num_format": "#,##0.00"})
    n = len(headers)
    if n > 1:
        ws.merge_range(0, 0, 0, n - 1, title, big)
    else:
        ws.write(0, 0, title, big)
    r = 1
    if unit:
        ws.write(r, n - 1, unit)
        r += 1
    ws.write_row(r, 0, headers, bold)
    r += 1
    for row in rows:
        for c, v in enumerate(row):
            if v is None:
                continue
            ws.write(r, c, v, money if isinstance(v, float) else cell)
        r += 1
    ws.set_column(0, n - 1, 12)
    return r


def _png(w: int = 8, h: int = 8, rgb=(200, 30, 30)) -> bytes:
    """A tiny valid PNG, written by hand."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _write_zip(path: Path, parts: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _raw_xlsx(path: Path, sheets: list[tuple[str, str]], *, shared: list[str] | None = None, absolute_targets=False, workbook_extra: str = "", main_ct="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml") -> None:
    """A hand-written minimal .xlsx (no styles part); sheets are (name, <sheetData> inner xml)."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>']
    rels = []
    sheet_tags = []
    parts: dict[str, str] = {}
    for i, (name, data) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        target = f"/xl/worksheets/sheet{i}.xml" if absolute_targets else f"worksheets/sheet{i}.xml"
        rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{target}"/>')
        sheet_tags.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
        parts[f"xl/worksheets/sheet{i}.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {_NS}>{data}</worksheet>'
    if shared is not None:
        k = len(sheets) + 1
        ct.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        sis = "".join(f'<si><t xml:space="preserve">{_esc(s)}</t></si>' for s in shared)
        parts["xl/sharedStrings.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {_NS.split(" ")[0]} count="{len(shared)}" uniqueCount="{len(shared)}">{sis}</sst>'
    ct.append("</Types>")
    out = {
        "[Content_Types].xml": "".join(ct),
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {_NS}>{workbook_extra}<sheets>{"".join(sheet_tags)}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>",
    }
    out.update(parts)
    _write_zip(path, out)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _col(n: int) -> str:
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def _inline_row(r: int, values: list) -> str:
    cells = []
    for c, v in enumerate(values, 1):
        ref = f"{_col(c)}{r}"
        if isinstance(v, (int, float)):
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_esc(str(v))}</t></is></c>')
    return f'<row r="{r}">{"".join(cells)}</row>'


# ---------------------------------------------------------------- office_cn: a township's own sheets


def _salary_rows(r, n):
    rows = []
    for i in range(1, n + 1):
        base = r.choice([2860, 3120, 3350, 3680, 4020, 4450])
        post = r.choice([650, 780, 930, 1180])
        subsidy = r.choice([500, 800, 1200])
        gross = base + post + subsidy
        fund = round(gross * 0.12, 2)
        ins = round(gross * 0.105, 2)
        rows.append([i, _name(r), r.choice(OFFICES), float(base), float(post), float(subsidy), float(gross), fund, ins, round(gross - fund - ins, 2), None])
    return rows


@entry("工资表_在编人员2023年12月.xlsx", "office_cn", "xlsx", "在编人员工资发放表（openpyxl，合并标题）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "12月"
    heads = ["序号", "姓名", "科室", "基本工资", "岗位津贴", "乡镇补贴", "应发合计", "住房公积金", "社保个人", "实发金额", "签名"]
    nxt = _title_table(ws, "××镇机关在编人员2023年12月工资发放表", heads, _salary_rows(r, 28), unit="单位：元")
    ws.cell(nxt, 1, "合计")
    ws.cell(nxt, 7, f"=SUM(G4:G{nxt - 1})")
    ws.cell(nxt + 2, 1, "制表人：         审核人：         分管领导：")
    _opx_save(wb, p)


@entry("临聘人员工资表.xlsx", "office_cn", "xlsx", "临聘人员工资表（XlsxWriter，多月份工作表）")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        for m in (10, 11, 12):
            ws = wb.add_worksheet(f"{m}月")
            rows = [[i, _name(r), r.choice(["保洁", "门卫", "食堂", "协管员"]), float(r.choice([1800, 1950, 2100])), float(r.choice([0, 200, 300])), None] for i in range(1, 13)]
            for row in rows:
                row[5] = row[3] + row[4]
            _xw_table(wb, ws, f"2023年{m}月临聘人员工资表", ["序号", "姓名", "岗位", "基本报酬", "加班补助", "合计"], rows)


@entry("干部职工花名册.xlsx", "office_cn", "xlsx", "干部职工花名册：身份证号、学历、入职时间")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "花名册"
    rows = [[i, _name(r), r.choice("男女"), _idcard(r), r.choice(["中共党员", "群众", "共青团员"]), r.choice(["本科", "大专", "研究生", "中专"]), r.choice(OFFICES), r.choice(["科员", "副主任", "主任", "办事员"]), dt.date(1995 + r.randrange(28), r.randrange(1, 13), 1), _phone(r)] for i in range(1, 46)]
    _title_table(ws, "××镇干部职工花名册", ["序号", "姓名", "性别", "身份证号码", "政治面貌", "学历", "所在科室", "职务", "参加工作时间", "联系电话"], rows)
    for row in ws.iter_rows(min_row=4, min_col=9, max_col=9):
        row[0].number_format = "yyyy-mm-dd"
    _opx_save(wb, p)


@entry("村干部花名册.xlsx", "office_cn", "xlsx", "村干部花名册，按村分表，含隐藏工作表")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    wb.remove(wb.active)
    for v in VILLAGES[:6]:
        ws = wb.create_sheet(v)
        rows = [[i, _name(r), r.choice(["书记", "主任", "副主任", "委员", "文书"]), r.choice("男女"), 1960 + r.randrange(40), _phone(r)] for i in range(1, 7)]
        _title_table(ws, f"{v}村“两委”干部花名册", ["序号", "姓名", "职务", "性别", "出生年份", "电话"], rows)
    hid = wb.create_sheet("原始数据")
    hid.sheet_state = "hidden"
    hid["A1"] = "2021年换届原始数据，勿删"
    _opx_save(wb, p)


@entry("固定资产台账.xlsx", "office_cn", "xlsx", "固定资产台账：资产编号、原值、折旧")
def _(p):
    r = _rng(p.name)
    items = ["台式电脑", "笔记本电脑", "打印机", "复印机", "办公桌", "文件柜", "空调", "投影仪", "公务用车", "会议桌", "沙发", "监控设备"]
    rows = []
    for i in range(1, 61):
        it = r.choice(items)
        v = round(r.uniform(800, 9000) if it != "公务用车" else r.uniform(120000, 200000), 2)
        rows.append([f"ZC{2015 + i % 9}{i:04d}", it, r.choice(["联想", "惠普", "格力", "美的", "得力", "比亚迪"]), 1, v, dt.date(2015 + i % 9, 1 + i % 12, 10), r.choice(OFFICES), _name(r), r.choice(["在用", "在用", "闲置", "待报废"])])
    with _XW(p) as wb:
        ws = wb.add_worksheet("资产台账")
        _xw_table(wb, ws, "××镇人民政府固定资产台账", ["资产编号", "资产名称", "品牌", "数量", "原值（元）", "购置日期", "使用部门", "使用人", "状态"], [[str(c) if isinstance(c, dt.date) else c for c in row] for row in rows])
        ws.autofilter(1, 0, 1 + len(rows), 8)
        ws.freeze_panes(2, 0)


@entry("课程表_中心小学.xlsx", "office_cn", "xlsx", "中心小学课程表（星期×节次，合并单元格）")
def _(p):
    r = _rng(p.name)
    subj = ["语文", "数学", "英语", "科学", "道德与法治", "音乐", "美术", "体育", "信息技术", "书法"]
    wb = _opx()
    ws = wb.active
    ws.title = "三年级"
    ws["A1"] = "××镇中心小学2023年秋季三年级课程表"
    ws.merge_cells("A1:G1")
    ws.append(["时间", "节次", "星期一", "星期二", "星期三", "星期四", "星期五"])
    for k in range(1, 8):
        ws.append(["上午" if k <= 4 else "下午", f"第{k}节"] + [r.choice(subj) for _ in range(5)])
    ws.merge_cells("A3:A6")
    ws.merge_cells("A7:A9")
    ws.append(["班主任：", _name(r)])
    _opx_save(wb, p)


@entry("春节值班表.xlsx", "office_cn", "xlsx", "春节假期值班安排表：日期、带班领导、值班人员")
def _(p):
    r = _rng(p.name)
    rows = []
    d = dt.date(2024, 2, 9)
    for i in range(8):
        rows.append([(d + dt.timedelta(days=i)).isoformat(), "星期" + "一二三四五六日"[(d + dt.timedelta(days=i)).weekday()], _name(r), _name(r) + "、" + _name(r), "0731-8" + "".join(r.choice("0123456789") for _ in range(6))])
    with _XW(p) as wb:
        ws = wb.add_worksheet("值班表")
        _xw_table(wb, ws, "××镇2024年春节假期值班安排表", ["日期", "星期", "带班领导", "值班人员", "值班电话"], rows)
        ws.write(len(rows) + 3, 0, "注：值班人员须24小时保持通讯畅通，严格执行领导带班制度。")


@entry("防汛值班表.xlsx", "office_cn", "xlsx", "防汛值班表，按周分组，含隐藏列")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "防汛值班"
    rows = [[f"第{w}周", f"6月{w * 7 - 6}日—6月{w * 7}日", _name(r), _name(r), _name(r), "镇防汛办"] for w in range(1, 5)]
    _title_table(ws, "××镇2023年主汛期防汛值班表", ["周次", "时间", "带班领导", "值班干部", "驾驶员", "地点"], rows)
    ws.column_dimensions["E"].hidden = True
    _opx_save(wb, p)


@entry("考勤表_2023年11月.xlsx", "office_cn", "xlsx", "月考勤表：每人一行，1-30日各一列（√、假、差）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "11月考勤"
    heads = ["序号", "姓名"] + [str(d) for d in range(1, 31)] + ["出勤天数", "备注"]
    rows = []
    for i in range(1, 25):
        marks = [r.choice(["√"] * 8 + ["假", "差", "○"]) if dt.date(2023, 11, d).weekday() < 5 else "" for d in range(1, 31)]
        rows.append([i, _name(r)] + marks + [sum(m == "√" for m in marks), ""])
    _title_table(ws, "××镇机关干部2023年11月考勤表", heads, rows)
    _opx_save(wb, p)


@entry("低保名册_2023年第四季度.xlsx", "office_cn", "xlsx", "城乡低保保障对象名册")
def _(p):
    r = _rng(p.name)
    rows = [[i, r.choice(VILLAGES), _name(r), _idcard(r), r.randrange(1, 6), r.choice(["A类", "B类", "C类"]), float(r.choice([360, 420, 480, 560])), "6230" + "".join(r.choice("0123456789") for _ in range(15))] for i in range(1, 81)]
    with _XW(p) as wb:
        ws = wb.add_worksheet("农村低保")
        _xw_table(wb, ws, "××镇2023年第四季度农村最低生活保障对象名册", ["序号", "村（社区）", "户主姓名", "身份证号码", "保障人数", "类别", "月保障金（元）", "银行卡号"], rows)


@entry("特困供养人员名册.xlsx", "office_cn", "xlsx", "特困供养人员名册（分散/集中供养）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "特困"
    rows = [[i, r.choice(VILLAGES), _name(r), r.choice("男女"), 1935 + r.randrange(40), r.choice(["分散供养", "集中供养"]), r.choice(["全自理", "半失能", "全失能"]), 1050.0] for i in range(1, 31)]
    _title_table(ws, "××镇特困人员救助供养花名册", ["序号", "村别", "姓名", "性别", "出生年份", "供养方式", "自理能力", "月供养金"], rows)
    _opx_save(wb, p)


@entry("项目库_2024年.xlsx", "office_cn", "xlsx", "2024年乡村振兴项目库：项目名称、建设内容、投资估算、资金来源")
def _(p):
    r = _rng(p.name)
    kinds = [("道路硬化", "硬化村组道路{}公里"), ("饮水安全", "新建蓄水池{}座"), ("产业发展", "发展油茶{}亩"), ("人居环境", "改厕{}户"), ("水利设施", "维修山塘{}口")]
    rows = []
    for i in range(1, 41):
        k, c = r.choice(kinds)
        rows.append([i, f"{r.choice(VILLAGES)}{k}项目", c.format(r.randrange(2, 60)), r.choice(VILLAGES), round(r.uniform(5, 300), 2), r.choice(["衔接资金", "一事一议", "自筹", "专项债"]), r.choice(["拟实施", "储备", "已入库"])])
    with _XW(p) as wb:
        ws = wb.add_worksheet("项目库")
        _xw_table(wb, ws, "××镇2024年巩固拓展脱贫攻坚成果和乡村振兴项目库", ["序号", "项目名称", "建设内容及规模", "实施地点", "投资估算（万元）", "资金来源", "状态"], rows)


@entry("会议签到表.xlsx", "office_cn", "xlsx", "会议签到表：姓名、单位、签到栏空白")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "签到"
    rows = [[i, _name(r), r.choice(OFFICES + VILLAGES), r.choice(["主任", "书记", "干部", "站长"]), _phone(r), None] for i in range(1, 31)]
    _title_table(ws, "全镇安全生产工作会议签到表", ["序号", "姓名", "单位", "职务", "联系电话", "签名"], rows)
    ws.insert_rows(2)
    ws["A2"] = "时间：2023年9月12日上午9:00    地点：镇政府三楼会议室"
    _opx_save(wb, p)


@entry("物资领用登记表.xlsx", "office_cn", "xlsx", "办公物资领用登记")
def _(p):
    r = _rng(p.name)
    goods = ["A4纸", "签字笔", "硒鼓", "文件夹", "订书钉", "笔记本", "电池", "U盘"]
    rows = [[f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", r.choice(goods), r.choice(["包", "支", "个", "盒"]), r.randrange(1, 10), r.choice(OFFICES), _name(r), None] for i in range(50)]
    with _XW(p) as wb:
        ws = wb.add_worksheet("领用登记")
        _xw_table(wb, ws, "办公物资领用登记表", ["日期", "物品名称", "单位", "数量", "领用科室", "领用人", "备注"], rows)


@entry("车辆使用登记表.xlsx", "office_cn", "xlsx", "公务车辆使用登记（出车时间、事由、里程）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "用车登记"
    km = 56000
    rows = []
    for i in range(1, 41):
        d = r.randrange(8, 160)
        rows.append([f"2023-{1 + i // 4:02d}-{1 + i % 27:02d}", "湘A·" + "".join(r.choice("0123456789") for _ in range(5)), _name(r), r.choice(["下村督查", "县里开会", "防汛巡查", "送材料", "项目验收"]), km, km + d, d, _name(r)])
        km += d
    _title_table(ws, "公务车辆使用登记表", ["日期", "车牌号", "用车人", "事由", "出车里程", "回车里程", "行驶公里", "驾驶员"], rows)
    _opx_save(wb, p)


def _budget_lines():
    return [
        ("201", "一般公共服务支出"), ("20101", "  人大事务"), ("20103", "  政府办公厅（室）及相关机构事务"), ("2010301", "    行政运行"),
        ("2010302", "    一般行政管理事务"), ("205", "教育支出"), ("208", "社会保障和就业支出"), ("20805", "  行政事业单位养老支出"),
        ("210", "卫生健康支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("21307", "  农村综合改革"), ("221", "住房保障支出"),
    ]


@entry("部门收支预算总表_2024.xlsx", "office_cn", "xlsx", "难例：部门收支预算总表（预算数、一般公共预算拨款，无绩效）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "收支总表"
    rows = [["一、一般公共预算拨款收入", 1865.42, "一、一般公共服务支出", 912.3], ["二、政府性基金预算拨款收入", 120.0, "二、教育支出", 15.6],
            ["三、国有资本经营预算拨款收入", 0.0, "三、社会保障和就业支出", 310.25], ["四、事业收入", 0.0, "四、卫生健康支出", 96.4],
            ["五、其他收入", 35.0, "五、农林水支出", 580.91], [None, None, "六、住房保障支出", 105.0], ["本年收入合计", 2020.42, "本年支出合计", 2020.46]]
    _title_table(ws, "××镇2024年部门收支预算总表", ["收入项目", "预算数", "支出项目", "预算数"], rows, unit="单位：万元")
    ws.insert_rows(2)
    ws["A2"] = "部门公开表01"
    _opx_save(wb, p)


@entry("一般公共预算支出表.xlsx", "office_cn", "xlsx", "难例：一般公共预算支出表（功能科目、基本支出、项目支出）")
def _(p):
    r = _rng(p.name)
    rows = []
    for code, nm in _budget_lines():
        b = round(r.uniform(5, 400), 2)
        pr = round(r.uniform(0, 200), 2)
        rows.append([code, nm, round(b + pr, 2), b, pr])
    with _XW(p) as wb:
        ws = wb.add_worksheet("一般公共预算支出表")
        _xw_table(wb, ws, "××镇2024年一般公共预算支出表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], rows, unit="单位：万元")


@entry("三公经费预算表.xlsx", "office_cn", "xlsx", "难例：一般公共预算“三公”经费支出预算表（公务接待、公务用车购置及运行、因公出国）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "三公经费"
    ws["A1"] = "××镇2024年一般公共预算“三公”经费支出预算表"
    ws.merge_cells("A1:G1")
    ws["G2"] = "单位：万元"
    ws.append(["合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费", "备注"])
    ws.append([None, None, "小计", "公务用车购置费", "公务用车运行费", None, None])
    ws.merge_cells("C3:E3")
    for rng in ("A3:A4", "B3:B4", "F3:F4", "G3:G4"):
        ws.merge_cells(rng)
    ws.append([14.6, 0, 10.2, 0, 10.2, 4.4, "较上年减少0.8万元"])
    ws.append(["说明：2024年“三公”经费预算数比2023年预算数减少，主要是压减公务接待。"])
    _opx_save(wb, p)


@entry("三公经费预算执行情况.xlsx", "office_cn", "xlsx", "难例：三公经费预算数与决算数对比（有预算数、决算数、增减率，无评分）")
def _(p):
    rows = [["因公出国（境）费", 0.0, 0.0, 0.0, "—"], ["公务用车购置费", 0.0, 0.0, 0.0, "—"], ["公务用车运行维护费", 11.0, 10.35, -0.65, "-5.9%"], ["公务接待费", 5.2, 4.86, -0.34, "-6.5%"], ["合计", 16.2, 15.21, -0.99, "-6.1%"]]
    with _XW(p) as wb:
        ws = wb.add_worksheet("Sheet1")
        _xw_table(wb, ws, "2023年度“三公”经费预算执行情况表", ["项目", "预算数", "决算数", "增减额", "增减率"], rows, unit="单位：万元")


@entry("财政拨款收支总表.xlsx", "office_cn", "xlsx", "难例：财政拨款收支总表（上年结转、本年收入、支出功能分类）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "表2"
    rows = [["一、本年收入", 1985.4, "一、本年支出", 1990.1], ["（一）一般公共预算拨款", 1865.4, "（一）一般公共服务支出", 912.3], ["（二）政府性基金预算拨款", 120.0, "（二）农林水支出", 580.9],
            ["二、上年结转", 12.3, "二、年终结转结余", 7.6], ["收入总计", 1997.7, "支出总计", 1997.7]]
    _title_table(ws, "财政拨款收支总表", ["收入", "金额", "支出", "金额"], rows, unit="单位：万元")
    _opx_save(wb, p)


@entry("政府性基金预算支出表.xlsx", "office_cn", "xlsx", "政府性基金预算支出表，空表（本单位无此项支出）")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("表5")
        _xw_table(wb, ws, "××镇2024年政府性基金预算支出表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [["", "合计", 0.0, 0.0, 0.0]], unit="单位：万元")
        ws.write(5, 0, "注：本单位2024年无政府性基金预算支出，本表为空表。")


@entry("收入支出决算总表_片段.xlsx", "office_cn", "xlsx", "难例：决算报表片段（财决01表，年初预算数、决算数）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "财决01表"
    ws["A1"] = "收入支出决算总表"
    ws["E2"] = "财决01表"
    ws["A3"] = "编制单位：××镇人民政府"
    ws["E3"] = "金额单位：元"
    ws.append(["项目", "行次", "年初预算数", "全年预算数", "决算数"])
    for k, nm in enumerate(["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、上级补助收入", "四、事业收入", "五、其他收入", "本年收入合计"], 1):
        a = round(r.uniform(1e5, 2e7), 2)
        ws.append([nm, k, a, round(a * 1.08, 2), round(a * 1.05, 2)])
    _opx_save(wb, p)


@entry("三公经费支出决算表.xlsx", "office_cn", "xlsx", "难例：“三公”经费支出决算表（财决附03，预算数/决算数两栏）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "财决附03"
    ws["A1"] = "一般公共预算财政拨款“三公”经费支出决算表"
    ws.merge_cells("A1:L1")
    ws.append(["预算数", None, None, None, None, None, "决算数"])
    ws.append(["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"] * 2)
    ws.append([15.0, 0, 10.0, 0, 10.0, 5.0, 14.1, 0, 9.7, 0, 9.7, 4.4])
    _opx_save(wb, p)


@entry("项目支出绩效目标申报表.xlsx", "office_cn", "xlsx", "难例：项目支出绩效目标申报表（有指标和目标值，无实际完成值、无分值得分）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "绩效目标"
    ws["A1"] = "项目支出绩效目标申报表"
    ws.merge_cells("A1:F1")
    ws.append(["（2024年度）"])
    ws.append(["项目名称", "农村人居环境整治", None, "主管部门", "××镇人民政府"])
    ws.append(["项目资金（万元）", "年度资金总额", 80, "其中：财政拨款", 80])
    ws.append(["年度总体目标", "完成5个村的垃圾收运体系建设，农村生活垃圾有效治理率达到95%以上。"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for row in [["产出指标", "数量指标", "新建垃圾收集点", "≥50个"], [None, "质量指标", "设施验收合格率", "100%"], [None, "时效指标", "完成时间", "2024年10月底前"],
                [None, "成本指标", "项目总成本", "≤80万元"], ["效益指标", "社会效益指标", "生活垃圾有效治理率", "≥95%"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]:
        ws.append(row)
    _opx_save(wb, p)


@entry("部门整体支出绩效目标申报表.xlsx", "office_cn", "xlsx", "难例：部门整体支出绩效目标表（部门整体支出字样、指标、目标值，无实际值无得分）")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("整体绩效目标")
        rows = [["产出指标", "数量指标", "完成重点工作任务数", "≥12项"], ["产出指标", "质量指标", "任务完成合格率", "100%"], ["效益指标", "社会效益指标", "群众安全感", "≥95%"],
                ["效益指标", "可持续影响指标", "长效机制建立", "健全"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
        r = _xw_table(wb, ws, "2024年度部门整体支出绩效目标表", ["一级指标", "二级指标", "三级指标", "年度指标值"], rows)
        ws.write(r + 1, 0, "部门名称：××镇人民政府    年度预算申请：1865.42万元（其中基本支出1102.3万元，项目支出763.12万元）")


@entry("预算执行进度表.xlsx", "office_cn", "xlsx", "难例：月度预算执行进度（全年预算数、累计支出、执行率）")
def _(p):
    r = _rng(p.name)
    rows = []
    for nm in ["基本支出", "  人员经费", "  公用经费", "项目支出", "  乡村振兴", "  综治维稳", "  城乡环境", "合计"]:
        b = round(r.uniform(30, 600), 2)
        e = round(b * r.uniform(0.4, 1.0), 2)
        rows.append([nm, b, e, f"{e / b:.1%}", "序时进度75%"])
    with _XW(p) as wb:
        ws = wb.add_worksheet("9月")
        _xw_table(wb, ws, "2023年1-9月预算执行进度表", ["项目", "全年预算数", "累计支出", "执行率", "备注"], rows, unit="单位：万元")


@entry("年度目标考核评分表.xlsx", "office_cn", "xlsx", "难例：村级年度目标考核评分表（考核内容、分值、得分，但不是绩效自评）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "考核评分"
    items = [("党建工作", 20), ("经济发展", 20), ("乡村振兴", 15), ("安全生产", 10), ("信访维稳", 10), ("生态环保", 10), ("民生事业", 10), ("群众满意度", 5)]
    heads = ["考核项目", "分值"] + VILLAGES[:6]
    rows = [[k, v] + [round(v * r.uniform(0.7, 1.0), 1) for _ in range(6)] for k, v in items]
    rows.append(["总分", 100] + [f"=SUM({_col(c)}4:{_col(c)}11)" for c in range(3, 9)])
    _title_table(ws, "××镇2023年度村级综合目标考核评分表", heads, rows)
    _opx_save(wb, p)


@entry("人员编制情况表.xlsx", "office_cn", "xlsx", "难例：机构人员编制情况（编制数、实有人数、离退休，附3同类词）")
def _(p):
    rows = [["行政编制", 32, 29, 3], ["事业编制", 45, 41, 4], ["工勤编制", 3, 2, 1], ["合计", 80, 72, 8]]
    wb = _opx()
    ws = wb.active
    ws.title = "编制"
    n = _title_table(ws, "××镇机构编制及实有人员情况表", ["编制类型", "编制数", "实有人数", "空编数"], rows)
    ws.cell(n + 1, 1, "离退休人员")
    ws.cell(n + 1, 2, 56)
    _opx_save(wb, p)


@entry("资金拨付表_衔接资金.xlsx", "office_cn", "xlsx", "资金拨付审批表（批复文号、拨付金额、收款单位）")
def _(p):
    r = _rng(p.name)
    rows = [[i, f"{r.choice(VILLAGES)}产业路项目", f"×财农〔2023〕{r.randrange(10, 99)}号", round(r.uniform(3, 80), 2), round(r.uniform(1, 50), 2), r.choice(VILLAGES) + "股份经济合作社", "2023-0" + str(r.randrange(3, 10))] for i in range(1, 21)]
    with _XW(p) as wb:
        ws = wb.add_worksheet("拨付")
        _xw_table(wb, ws, "2023年财政衔接推进乡村振兴补助资金拨付明细表", ["序号", "项目名称", "资金文号", "下达金额（万元）", "本次拨付（万元）", "收款单位", "拨付时间"], rows)


@entry("农业生产统计报表.xlsx", "office_cn", "xlsx", "统计报表：粮食播种面积和产量（表号、制表机关）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "A301"
    ws["A1"] = "农作物播种面积及产量"
    ws["D2"] = "表    号：A301表"
    ws["D3"] = "制定机关：国家统计局"
    ws["A4"] = "综合机关名称：××镇统计站"
    ws.append(["指标名称", "计量单位", "代码", "本年", "上年"])
    for k, nm in enumerate(["粮食作物播种面积", "  稻谷", "  玉米", "  大豆", "油料", "蔬菜"], 1):
        ws.append([nm, "亩", f"{k:02d}", r.randrange(2000, 30000), r.randrange(2000, 30000)])
    _opx_save(wb, p)


@entry("人口统计表.xlsx", "office_cn", "xlsx", "各村户籍人口统计，多级合并表头")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        ws = wb.add_worksheet("人口")
        f = wb.add_format({"bold": True, "align": "center", "border": 1})
        ws.merge_range("A1:H1", "××镇2023年末户籍人口统计表", f)
        ws.merge_range("A2:A3", "村（社区）", f)
        ws.merge_range("B2:B3", "户数", f)
        ws.merge_range("C2:E2", "人口数", f)
        ws.write_row("C3", ["合计", "男", "女"], f)
        ws.merge_range("F2:H2", "年龄结构", f)
        ws.write_row("F3", ["0-17岁", "18-59岁", "60岁以上"], f)
        for i, v in enumerate(VILLAGES):
            m, w = r.randrange(600, 2000), r.randrange(600, 2000)
            ws.write_row(3 + i, 0, [v, r.randrange(300, 1200), m + w, m, w, r.randrange(200, 600), r.randrange(500, 2000), r.randrange(200, 900)])


@entry("惠农补贴汇总_透视.xlsx", "office_cn", "xlsx", "数据透视样式：明细表 + 按村、按补贴类别汇总（SUMIFS 公式）")
def _(p):
    r = _rng(p.name)
    kinds = ["耕地地力保护补贴", "农机购置补贴", "生猪调出补贴", "稻谷补贴"]
    with _XW(p) as wb:
        det = wb.add_worksheet("明细")
        det.write_row(0, 0, ["村别", "姓名", "补贴类别", "面积（亩）", "金额（元）"])
        for i in range(1, 121):
            a = round(r.uniform(0.5, 12), 2)
            det.write_row(i, 0, [r.choice(VILLAGES), _name(r), r.choice(kinds), a, round(a * 108.6, 2)])
        piv = wb.add_worksheet("汇总")
        piv.write(0, 0, "求和项:金额（元）")
        piv.write(1, 0, "行标签")
        piv.write_row(1, 1, kinds + ["总计"])
        for j, v in enumerate(VILLAGES, 2):
            piv.write(j, 0, v)
            for k in range(len(kinds)):
                col = _col(k + 2)
                piv.write_formula(j, k + 1, f'=SUMIFS(明细!$E:$E,明细!$A:$A,$A{j + 1},明细!$C:$C,{col}$2)')
            piv.write_formula(j, len(kinds) + 1, f"=SUM(B{j + 1}:{_col(len(kinds) + 1)}{j + 1})")
        piv.write(len(VILLAGES) + 2, 0, "总计")
        wb.worksheets_objs.reverse()  # summary first, as users arrange it
        wb.worksheets_objs[0].activate()


@entry("各村项目资金图表.xlsx", "office_cn", "xlsx", "带柱状图和饼图的资金统计")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        ws = wb.add_worksheet("资金")
        ws.write_row(0, 0, ["村别", "投入资金（万元）"])
        for i, v in enumerate(VILLAGES, 1):
            ws.write_row(i, 0, [v, round(r.uniform(10, 200), 1)])
        ch = wb.add_chart({"type": "column"})
        ch.add_series({"name": "投入资金", "categories": ["资金", 1, 0, 10, 0], "values": ["资金", 1, 1, 10, 1]})
        ch.set_title({"name": "2023年各村项目资金投入"})
        ws.insert_chart("D2", ch)
        pie = wb.add_chart({"type": "pie"})
        pie.add_series({"categories": ["资金", 1, 0, 10, 0], "values": ["资金", 1, 1, 10, 1]})
        ws.insert_chart("D18", pie)


@entry("安全检查照片台账.xlsx", "office_cn", "xlsx", "安全隐患排查台账，每行插入现场照片")
def _(p):
    r = _rng(p.name)
    rows = [[i, r.choice(["加油站", "液化气站", "烟花爆竹店", "砖厂", "学校食堂"]), r.choice(["灭火器过期", "电线私拉乱接", "安全通道堵塞"]), "立即整改", "2023-10-30", None] for i in range(1, 6)]
    with _XW(p) as wb:
        ws = wb.add_worksheet("隐患台账")
        _xw_table(wb, ws, "2023年安全生产隐患排查整改台账", ["序号", "检查对象", "隐患描述", "整改措施", "整改时限", "现场照片"], rows)
        for i in range(5):
            ws.insert_image(2 + i, 5, f"photo{i}.png", {"image_data": io.BytesIO(_png(12, 9, (40 + 40 * i, 120, 90)))})


@entry("办公用品采购明细.xlsx", "office_cn", "xlsx", "办公用品采购明细（单价、数量、金额公式）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "采购"
    goods = [("A4复印纸", "箱", 168.0), ("黑色签字笔", "盒", 24.0), ("HP硒鼓", "个", 420.0), ("档案盒", "个", 6.5), ("长尾夹", "盒", 12.0)]
    rows = [[i, g, u, p_, r.randrange(1, 20), None] for i, (g, u, p_) in enumerate(goods * 3, 1)]
    n = _title_table(ws, "2023年第三季度办公用品采购明细", ["序号", "品名", "单位", "单价", "数量", "金额"], rows)
    for k in range(3, n):
        ws.cell(k, 6, f"=D{k}*E{k}")
    _opx_save(wb, p)


@entry("公务接待登记表.xlsx", "office_cn", "xlsx", "难例：公务接待登记（公务接待字样、接待费用）")
def _(p):
    r = _rng(p.name)
    rows = [[f"2023-{m:02d}-{d:02d}", r.choice(["县农业农村局", "县应急管理局", "市督查组", "县纪委"]), r.choice(["项目验收", "督查检查", "调研"]), r.randrange(2, 8), r.randrange(1, 4), float(r.randrange(150, 900)), "公函"] for m, d in [(3, 2), (4, 18), (6, 7), (8, 21), (9, 12), (11, 3)]]
    with _XW(p) as wb:
        ws = wb.add_worksheet("接待登记")
        _xw_table(wb, ws, "××镇公务接待登记表", ["日期", "来访单位", "事由", "来宾人数", "陪同人数", "接待费用（元）", "依据"], rows)


@entry("公车运行维护费明细.xlsx", "office_cn", "xlsx", "难例：公务用车运行维护费明细（油费、维修、保险、过路费）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "运行维护费"
    rows = [[f"{m}月", round(r.uniform(600, 1800), 2), round(r.uniform(0, 1200), 2), 0.0 if m != 3 else 3860.0, round(r.uniform(20, 200), 2)] for m in range(1, 13)]
    n = _title_table(ws, "2023年公务用车运行维护费支出明细", ["月份", "燃油费", "维修费", "保险费", "过路过桥费"], rows, unit="单位：元")
    ws.cell(n, 1, "合计")
    for c in range(2, 6):
        ws.cell(n, c, f"=SUM({_col(c)}4:{_col(c)}{n - 1})")
    _opx_save(wb, p)


@entry("会议费培训费统计.xlsx", "office_cn", "xlsx", "会议费、培训费统计（天数、人数、标准、金额）")
def _(p):
    rows = [["全镇经济工作会议", "会议费", 1, 120, 0.0, "不安排住宿"], ["村会计业务培训", "培训费", 2, 45, 6750.0, "含教材"], ["安全生产培训", "培训费", 1, 80, 2400.0, ""], ["防汛工作部署会", "会议费", 1, 60, 0.0, ""]]
    with _XW(p) as wb:
        ws = wb.add_worksheet("会议培训")
        _xw_table(wb, ws, "2023年会议费培训费统计表", ["名称", "类别", "天数", "人数", "金额（元）", "备注"], rows)


@entry("村级财务收支公开表.xlsx", "office_cn", "xlsx", "村级财务收支公开（季度）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "第三季度"
    inc = [["上级补助收入", round(r.uniform(5e4, 2e5), 2)], ["经营收入", round(r.uniform(1e4, 8e4), 2)], ["发包及上交收入", round(r.uniform(0, 3e4), 2)]]
    exp = [["村干部报酬", round(r.uniform(5e4, 9e4), 2)], ["办公费", round(r.uniform(2e3, 9e3), 2)], ["公益事业支出", round(r.uniform(1e4, 6e4), 2)]]
    rows = [a + b for a, b in zip(inc, exp)]
    _title_table(ws, f"{VILLAGES[2]}2023年第三季度财务收支公开表", ["收入项目", "金额", "支出项目", "金额"], rows, unit="单位：元")
    ws.append(["公开时间：2023年10月10日", None, "监督电话：", _phone(r)])
    _opx_save(wb, p)


@entry("食堂采购台账.xlsx", "office_cn", "xlsx", "机关食堂食材采购台账")
def _(p):
    r = _rng(p.name)
    food = [("大米", "斤", 2.8), ("猪肉", "斤", 14.5), ("青菜", "斤", 3.0), ("鸡蛋", "斤", 5.6), ("食用油", "桶", 78.0)]
    rows = []
    for i in range(60):
        f, u, pr = r.choice(food)
        q = r.randrange(5, 60)
        rows.append([f"2023-11-{1 + i % 30:02d}", f, u, q, pr, round(q * pr, 2), r.choice(["镇农贸市场", "××超市"]), _name(r)])
    with _XW(p) as wb:
        ws = wb.add_worksheet("11月")
        _xw_table(wb, ws, "机关食堂食材采购台账", ["日期", "品名", "单位", "数量", "单价", "金额", "供应商", "验收人"], rows)


@entry("退役军人信息采集表.xlsx", "office_cn", "xlsx", "退役军人信息采集（数据验证下拉框）")
def _(p):
    r = _rng(p.name)
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = _opx()
    ws = wb.active
    ws.title = "采集表"
    rows = [[i, _name(r), r.choice("男女"), _idcard(r), r.choice(["陆军", "海军", "空军", "武警"]), 1970 + r.randrange(50), r.choice(["是", "否"]), r.choice(VILLAGES)] for i in range(1, 26)]
    _title_table(ws, "退役军人和其他优抚对象信息采集表", ["序号", "姓名", "性别", "身份证号", "服役部队", "入伍年份", "是否参战", "现居住地"], rows)
    dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G3:G200")
    _opx_save(wb, p)


@entry("医保缴费名单.xlsx", "office_cn", "xlsx", "城乡居民医保缴费名单（条件格式标出未缴）")
def _(p):
    r = _rng(p.name)
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill

    wb = _opx()
    ws = wb.active
    ws.title = "缴费名单"
    rows = [[i, r.choice(VILLAGES), _name(r), _idcard(r), 380, r.choice(["已缴", "已缴", "已缴", "未缴"])] for i in range(1, 101)]
    _title_table(ws, "2024年度城乡居民医保缴费名单", ["序号", "村别", "姓名", "身份证号", "缴费标准（元）", "缴费状态"], rows)
    ws.conditional_formatting.add("F3:F200", CellIsRule(operator="equal", formula=['"未缴"'], fill=PatternFill("solid", fgColor="FFC7CE")))
    _opx_save(wb, p)


@entry("债务台账.xlsx", "office_cn", "xlsx", "镇级债务台账（债权人、形成年份、余额）")
def _(p):
    r = _rng(p.name)
    rows = [[i, r.choice(["××建筑公司", "××农商行", "××水泥厂", "个人"]), r.choice(["村道建设", "办公楼维修", "学校改造"]), 2010 + r.randrange(12), round(r.uniform(5, 150), 2), round(r.uniform(0, 100), 2)] for i in range(1, 16)]
    for row in rows:
        row[5] = min(row[5], row[4])
    with _XW(p) as wb:
        ws = wb.add_worksheet("债务")
        _xw_table(wb, ws, "××镇存量债务台账", ["序号", "债权人", "形成原因", "形成年份", "原始金额（万元）", "余额（万元）"], rows)
        ws.protect()


@entry("政府采购预算表.xlsx", "office_cn", "xlsx", "难例：政府采购预算表（采购品目、预算金额）")
def _(p):
    rows = [["货物类", "台式计算机", "A02010104", 6, 3.6], ["货物类", "复印机", "A02020400", 1, 2.5], ["服务类", "物业管理服务", "C21040000", 1, 18.0], ["工程类", "办公楼维修", "B07000000", 1, 36.0]]
    wb = _opx()
    ws = wb.active
    ws.title = "表8"
    _title_table(ws, "××镇2024年政府采购预算表", ["采购类别", "采购项目", "品目编码", "数量", "预算金额（万元）"], rows)
    _opx_save(wb, p)


@entry("驻村工作队考勤与日志.xlsx", "office_cn", "xlsx", "驻村工作队：考勤表 + 工作日志（长文本）两个工作表，一个隐藏")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "工作日志"
    ws.append(["日期", "工作内容", "记录人"])
    for d in range(1, 21):
        ws.append([f"2023-05-{d:02d}", "走访脱贫户" + str(r.randrange(3, 9)) + "户，了解产业发展和务工情况，协调解决饮水问题；" * 2, _name(r)])
    ws2 = wb.create_sheet("考勤")
    ws2.append(["姓名"] + [f"5月{d}日" for d in range(1, 21)])
    for _ in range(4):
        ws2.append([_name(r)] + ["在岗"] * 20)
    ws2.sheet_state = "veryHidden"
    _opx_save(wb, p)


@entry("绩效工资发放表.xlsx", "office_cn", "xlsx", "难例：乡镇工作人员奖励性绩效工资发放表（“绩效”“考核得分”字样，实为工资）")
def _(p):
    r = _rng(p.name)
    rows = []
    for i in range(1, 31):
        score = round(r.uniform(80, 100), 1)
        rows.append([i, _name(r), r.choice(OFFICES), r.choice(["优秀", "称职", "称职", "基本称职"]), score, round(score * 90, 2)])
    with _XW(p) as wb:
        ws = wb.add_worksheet("绩效工资")
        _xw_table(wb, ws, "2023年度乡镇工作人员绩效考核奖发放表", ["序号", "姓名", "科室", "年度考核等次", "考核得分", "绩效奖金（元）"], rows)


@entry("耕地地力保护补贴清册.xlsx", "office_cn", "xlsx", "补贴清册，数字以文本保存（银行卡号、面积）")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.title = "清册"
    rows = [[str(i), r.choice(VILLAGES), _name(r), f"{r.uniform(0.5, 9):.2f}", "108.60", "6217" + "".join(r.choice("0123456789") for _ in range(15))] for i in range(1, 61)]
    _title_table(ws, "2023年耕地地力保护补贴发放清册", ["序号", "村别", "户主", "补贴面积（亩）", "补贴标准（元/亩）", "一卡通账号"], rows)
    _opx_save(wb, p)


@entry("工作台账_多表.xlsx", "office_cn", "xlsx", "综合办工作台账：收文、发文、督办三个工作表")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    wb.active.title = "收文登记"
    wb.active.append(["收文日期", "来文单位", "文号", "标题", "办理情况"])
    for i in range(30):
        wb.active.append([f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}", "县人民政府办公室", f"×政办发〔2023〕{i + 1}号", "关于做好" + r.choice(["防汛", "森林防火", "秋冬种", "安全生产"]) + "工作的通知", "已办结"])
    s2 = wb.create_sheet("发文登记")
    s2.append(["发文日期", "文号", "标题", "签发人"])
    s3 = wb.create_sheet("督办事项")
    s3.append(["事项", "责任人", "时限", "进展"])
    s3.append(["人居环境整治", _name(r), "2023-12-31", "推进中"])
    _opx_save(wb, p)


# ---------------------------------------------------------------- generic and odd workbooks


@entry("气温记录.xlsx", "generic", "xlsx", "气温表：日期、最高、最低气温")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        ws = wb.add_worksheet("Sheet1")
        datef = wb.add_format({"num_format": "yyyy-mm-dd"})
        ws.write_row(0, 0, ["日期", "最高气温(℃)", "最低气温(℃)", "天气"])
        for i in range(365):
            hi = round(18 + 12 * __import__("math").sin(i / 58) + r.uniform(-3, 3), 1)
            ws.write_datetime(i + 1, 0, dt.datetime(2023, 1, 1) + dt.timedelta(days=i), datef)
            ws.write_row(i + 1, 1, [hi, round(hi - r.uniform(4, 10), 1), r.choice(["晴", "多云", "阴", "小雨"])])


@entry("temperatures_en.xlsx", "generic", "xlsx", "English monthly temperature table")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "Temps"
    ws.append(["Month", "Avg High (F)", "Avg Low (F)"])
    for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]):
        ws.append([m, 40 + 4 * min(i, 11 - i) * 2, 25 + 4 * min(i, 11 - i) * 2])
    _opx_save(wb, p)


@entry("日期序列.xlsx", "generic", "xlsx", "只有一列日期（多种日期格式）")
def _(p):
    wb = _opx()
    ws = wb.active
    fmts = ["yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy", "dd-mmm-yyyy", "yyyy-mm-dd hh:mm:ss"]
    for i in range(200):
        c = ws.cell(i + 1, 1, dt.datetime(2020, 1, 1) + dt.timedelta(days=7 * i, hours=i % 24))
        c.number_format = fmts[i % len(fmts)]
    _opx_save(wb, p)


@entry("空工作簿.xlsx", "generic", "xlsx", "空工作簿（openpyxl 默认，一个空 Sheet）")
def _(p):
    _opx_save(_opx(), p)


@entry("空工作簿_三个空表.xlsx", "generic", "xlsx", "三个空工作表（XlsxWriter）")
def _(p):
    with _XW(p) as wb:
        for n in ("Sheet1", "Sheet2", "Sheet3"):
            wb.add_worksheet(n)


@entry("只有图片.xlsx", "generic", "xlsx", "只有图片，没有单元格内容")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("图片")
        for i in range(3):
            ws.insert_image(1 + 10 * i, 1, f"img{i}.png", {"image_data": io.BytesIO(_png(16, 16, (30 * i, 90, 200)))})


@entry("只有图表页.xlsx", "generic", "xlsx", "只有一个图表工作表（chartsheet），数据在隐藏表")
def _(p):
    with _XW(p) as wb:
        cs = wb.add_chartsheet("图表")
        data = wb.add_worksheet("数据")
        data.write_column(0, 0, [3, 5, 2, 8, 6])
        ch = wb.add_chart({"type": "line"})
        ch.add_series({"values": ["数据", 0, 0, 4, 0]})
        cs.set_chart(ch)
        cs.activate()
        data.hide()


@entry("只有公式.xlsx", "generic", "xlsx", "全是公式，没有缓存值")
def _(p):
    wb = _opx()
    ws = wb.active
    for r_ in range(1, 31):
        for c in range(1, 9):
            ws.cell(r_, c, f"=ROW()*COLUMN()+{r_}" if c == 1 else f"={_col(c - 1)}{r_}*2")
    _opx_save(wb, p)


@entry("公式带缓存值.xlsx", "generic", "xlsx", "手写 XML：公式单元格带缓存值，包括字符串结果")
def _(p):
    rows = []
    for r_ in range(1, 21):
        rows.append(f'<row r="{r_}"><c r="A{r_}"><v>{r_}</v></c><c r="B{r_}"><f>A{r_}*3</f><v>{r_ * 3}</v></c><c r="C{r_}" t="str"><f>"第"&amp;A{r_}&amp;"行"</f><v>第{r_}行</v></c></row>')
    _raw_xlsx(p, [("Sheet1", "<sheetData>" + "".join(rows) + "</sheetData>")])


@entry("错误值遍地.xlsx", "generic", "xlsx", "每个单元格都是错误值 #DIV/0! #N/A #REF! #VALUE! #NAME? #NUM! #NULL!")
def _(p):
    errs = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
    rows = []
    for r_ in range(1, 41):
        cells = "".join(f'<c r="{_col(c)}{r_}" t="e"><f>1/0</f><v>{_esc(errs[(r_ + c) % 7])}</v></c>' for c in range(1, 11))
        rows.append(f'<row r="{r_}">{cells}</row>')
    _raw_xlsx(p, [("错误", "<sheetData>" + "".join(rows) + "</sheetData>")])


@entry("错误值_openpyxl.xlsx", "generic", "xlsx", "openpyxl 写入的错误值与附3式表头词混排")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.append(["项目", "数值"])
    for e in ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]:
        ws.append(["结果", e])
    _opx_save(wb, p)


@entry("超宽表_到ZZ列.xlsx", "generic", "xlsx", "很宽：A 到 ZZ 列（702 列）数字")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("宽表")
        for r_ in range(5):
            ws.write_row(r_, 0, [r_ * 1000 + c for c in range(702)])


@entry("单个单元格.xlsx", "generic", "xlsx", "只有 A1 一个单元格")
def _(p):
    wb = _opx()
    wb.active["A1"] = "你好"
    _opx_save(wb, p)


@entry("最远单元格XFD1048576.xlsx", "generic", "xlsx", "唯一的单元格在 XFD1048576（最大行列）")
def _(p):
    _raw_xlsx(p, [("Sheet1", '<dimension ref="XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')])


@entry("维度谎报.xlsx", "generic", "xlsx", "dimension 声称 A1:XFD1048576，实际只有几格")
def _(p):
    _raw_xlsx(p, [("Sheet1", '<dimension ref="A1:XFD1048576"/><sheetData>' + _inline_row(1, ["标题", "数值"]) + _inline_row(2, ["甲", 1]) + "</sheetData>")])


@entry("巨大合并区域.xlsx", "generic", "xlsx", "手写：A1:Z20000 合并成一个单元格；第二表 A1:C1048576 整列合并")
def _(p):
    s1 = "<sheetData>" + _inline_row(1, ["这是一个很大的合并单元格"]) + '</sheetData><mergeCells count="1"><mergeCell ref="A1:Z20000"/></mergeCells>'
    s2 = "<sheetData>" + _inline_row(1, ["整列合并"]) + '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1048576"/></mergeCells>'
    _raw_xlsx(p, [("Sheet1", s1), ("整列", s2)])


@entry("大量合并单元格.xlsx", "generic", "xlsx", "手写：5000 个 2×2 小合并区域")
def _(p):
    rows, merges = {}, []
    for k in range(5000):
        r_, c = 1 + 2 * (k // 50), 1 + 2 * (k % 50)
        rows.setdefault(r_, []).append(f'<c r="{_col(c)}{r_}"><v>{k}</v></c>')
        merges.append(f'<mergeCell ref="{_col(c)}{r_}:{_col(c + 1)}{r_ + 1}"/>')
    data = "".join(f'<row r="{r_}">{"".join(cs)}</row>' for r_, cs in rows.items())
    _raw_xlsx(p, [("Sheet1", f'<sheetData>{data}</sheetData><mergeCells count="{len(merges)}">{"".join(merges)}</mergeCells>')])


@entry("只有共享字符串.xlsx", "generic", "xlsx", "手写：所有单元格都是共享字符串（t=\"s\"），无样式部件")
def _(p):
    words = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    rows = "".join(f'<row r="{r_}">' + "".join(f'<c r="{_col(c)}{r_}" t="s"><v>{(r_ * c) % 10}</v></c>' for c in range(1, 6)) + "</row>" for r_ in range(1, 21))
    _raw_xlsx(p, [("Sheet1", f"<sheetData>{rows}</sheetData>")], shared=words)


@entry("内联字符串.xlsx", "generic", "xlsx", "手写：全部 inlineStr 单元格，无 sharedStrings")
def _(p):
    rows = "".join(_inline_row(r_, [f"行{r_}", r_, "内联文本"]) for r_ in range(1, 30))
    _raw_xlsx(p, [("内联", f"<sheetData>{rows}</sheetData>")])


@entry("绝对路径关系.xlsx", "generic", "xlsx", "手写：关系目标用绝对路径 /xl/worksheets/...")
def _(p):
    _raw_xlsx(p, [("Sheet1", "<sheetData>" + _inline_row(1, ["绝对路径目标", 42]) + "</sheetData>")], absolute_targets=True)


@entry("带前缀命名空间.xlsx", "generic", "xlsx", "手写：SpreadsheetML 使用 x: 前缀命名空间")
def _(p):
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    _write_zip(p, {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><x:workbook {ns}><x:sheets><x:sheet name="数据" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet {ns}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c><x:c r="B1"><x:v>3.5</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    })


@entry("无单元格引用.xlsx", "generic", "xlsx", "手写：row 和 c 元素都没有 r 属性（某些导出工具如此）")
def _(p):
    rows = "".join("<row>" + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in ("村别", "户数", str(r_))) + "</row>" for r_ in range(1, 10))
    _raw_xlsx(p, [("Sheet1", f"<sheetData>{rows}</sheetData>")])


@entry("富文本.xlsx", "generic", "xlsx", "富文本单元格（部分加粗、彩色、上标）")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("富文本")
        b = wb.add_format({"bold": True})
        red = wb.add_format({"font_color": "red"})
        sup = wb.add_format({"font_script": 1})
        for r_ in range(10):
            ws.write_rich_string(r_, 0, "这是", b, "加粗", "和", red, "红色", "文字，面积 m", sup, "2")


@entry("数字存为文本.xlsx", "generic", "xlsx", "所有数字都以文本保存（带千分位、全角数字、前导空格）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.append(["项目", "金额"])
    for i, v in enumerate(["1,234.56", "１２３", " 88", "0012", "1.5E+3", "－20", "12.30万元", "(300)"]):
        ws.append([f"项{i}", v])
    _opx_save(wb, p)


@entry("表情符号.xlsx", "generic", "xlsx", "Unicode：emoji、组合字符、零宽字符、全角空格")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "😀表情"
    for v in ["👍 完成", "🏠🌾🚜", "e\u0301", "零\u200b宽", "全角\u3000空格", "𠀀𪚥 生僻字", "👨‍👩‍👧‍👦 家庭", "\U0001F1E8\U0001F1F3"]:
        ws.append([v, len(v)])
    _opx_save(wb, p)


@entry("从右到左.xlsx", "generic", "xlsx", "RTL：阿拉伯文与希伯来文，工作表从右到左显示")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("ورقة1")
        ws.right_to_left()
        ws.write_row(0, 0, ["الاسم", "المبلغ", "שם", "סכום"])
        ws.write_row(1, 0, ["محمد", 120, "דוד", 300])
        ws.write_row(2, 0, ["\u202eمقلوب\u202c", 1, "\u200fטקסט", 2])


@entry("english_budget.xlsx", "generic", "xlsx", "English departmental budget table (Budget, Actual, Variance)")
def _(p):
    rows = [["Personnel", 1200000.0, 1185000.0], ["Operations", 340000.0, 362500.0], ["Travel", 25000.0, 18200.0], ["Vehicles", 60000.0, 57300.0], ["Hospitality", 12000.0, 9800.0]]
    with _XW(p) as wb:
        ws = wb.add_worksheet("FY2023 Budget")
        ws.write_row(0, 0, ["Line item", "Budget", "Actual", "Variance", "Score"])
        for i, (a, b, c) in enumerate(rows, 1):
            ws.write_row(i, 0, [a, b, c])
            ws.write_formula(i, 3, f"=C{i + 1}-B{i + 1}")
            ws.write(i, 4, round(10 * min(b, c) / max(b, c), 1))


@entry("english_performance_review.xlsx", "generic", "xlsx", "English staff performance review with weights and scores")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "Performance"
    ws.append(["Indicator", "Target", "Actual", "Weight", "Score"])
    for row in [["Tickets closed", 500, 470, 30, 28.2], ["Customer satisfaction", "90%", "92%", 40, 40], ["Training hours", 20, 12, 30, 18]]:
        ws.append(row)
    _opx_save(wb, p)


@entry("附件4_无关内容.xlsx", "generic", "xlsx", "工作表名为“附件4”，内容是会议通知回执")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "附件4"
    ws["A1"] = "附件4"
    ws["A2"] = "参会回执"
    ws.append(["单位", "姓名", "职务", "联系电话", "是否住宿"])
    r = _rng(p.name)
    for _ in range(5):
        ws.append([r.choice(OFFICES), _name(r), "干部", _phone(r), r.choice("是否")])
    _opx_save(wb, p)


@entry("附件3_无关内容.xlsx", "generic", "xlsx", "工作表名“附件3”，内容是报名表")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("附件3")
        ws.write(0, 0, "附件3")
        ws.write(1, 0, "2023年全镇职工运动会报名表")
        ws.write_row(2, 0, ["项目", "姓名", "性别", "单位"])
        ws.write_row(3, 0, ["拔河", "张三", "男", "党政办"])


@entry("绩效自评_其实是工资表.xlsx", "generic", "xlsx", "文件标题与工作表名都叫“部门整体支出绩效自评”，正文是工资表")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    wb.properties.title = "2023年度部门整体支出绩效自评表"
    ws = wb.active
    ws.title = "绩效自评"
    heads = ["序号", "姓名", "科室", "基本工资", "岗位津贴", "乡镇补贴", "应发合计", "住房公积金", "社保个人", "实发金额", "签名"]
    _title_table(ws, "2023年度部门整体支出绩效自评", heads, _salary_rows(r, 12))
    _opx_save(wb, p)


@entry("乘法表.xlsx", "generic", "xlsx", "九九乘法表")
def _(p):
    wb = _opx()
    ws = wb.active
    for i in range(1, 10):
        for j in range(1, i + 1):
            ws.cell(i, j, f"{j}×{i}={i * j}")
    _opx_save(wb, p)


@entry("随机数_2000行.xlsx", "generic", "xlsx", "2000×8 随机数（constant_memory 写入）")
def _(p):
    r = _rng(p.name)
    with _XW(p, constant_memory=True) as wb:
        ws = wb.add_worksheet("data")
        for i in range(2000):
            ws.write_row(i, 0, [round(r.random(), 6) for _ in range(8)])


@entry("一百个工作表.xlsx", "generic", "xlsx", "100 个工作表，每个一格")
def _(p):
    with _XW(p) as wb:
        for i in range(100):
            wb.add_worksheet(f"表{i + 1}").write(0, 0, i)


@entry("怪异表名.xlsx", "generic", "xlsx", "工作表名含空格、引号、括号、31 字符上限")
def _(p):
    wb = _opx()
    wb.active.title = "  前后空格  "
    for t in ["It's", "（括号）【】", "x" * 31, "附件4 部门整体支出绩效自评表"[:31], "Sheet1 (2)"]:
        wb.create_sheet(t)["A1"] = t
    _opx_save(wb, p)


@entry("长文本单元格.xlsx", "generic", "xlsx", "单元格内 32767 字符长文本")
def _(p):
    wb = _opx()
    ws = wb.active
    ws["A1"] = ("长文本" * 11000)[:32767]
    ws["A2"] = "第二行\n换行\r\n回车\t制表"
    _opx_save(wb, p)


@entry("只有批注.xlsx", "generic", "xlsx", "只有批注，单元格为空")
def _(p):
    from openpyxl.comments import Comment

    wb = _opx()
    ws = wb.active
    for k in range(5):
        ws.cell(k + 1, 1).comment = Comment(f"批注{k}", "审核人")
    _opx_save(wb, p)


@entry("超链接目录.xlsx", "generic", "xlsx", "目录页：超链接到各工作表和网址")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("目录")
        for i in range(5):
            wb.add_worksheet(f"第{i + 1}章").write(0, 0, f"第{i + 1}章内容")
            ws.write_url(i, 0, f"internal:'第{i + 1}章'!A1", string=f"跳到第{i + 1}章")
        ws.write_url(6, 0, "https://www.gov.cn/", string="中国政府网")


@entry("定义名称与表格对象.xlsx", "generic", "xlsx", "Excel 表格对象（ListObject）+ 定义名称")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        ws = wb.add_worksheet("台账")
        data = [[_name(r), r.randrange(1, 100), r.choice(VILLAGES)] for _ in range(15)]
        ws.add_table(0, 0, 15, 2, {"data": data, "columns": [{"header": "姓名"}, {"header": "数量"}, {"header": "村别"}], "name": "表1"})
        wb.define_name("合计", "=SUM(台账!$B$2:$B$16)")


@entry("数组公式.xlsx", "generic", "xlsx", "数组公式与动态数组公式")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("Sheet1")
        ws.write_column(0, 0, [1, 2, 3, 4, 5])
        ws.write_column(0, 1, [5, 4, 3, 2, 1])
        ws.write_array_formula("C1:C1", "{=SUM(A1:A5*B1:B5)}")
        ws.write_dynamic_array_formula("D1:D5", "=SORT(A1:A5,1,-1)")


@entry("1904日期系统.xlsx", "generic", "xlsx", "使用 1904 日期系统的工作簿")
def _(p):
    with _XW(p, date_1904=True) as wb:
        ws = wb.add_worksheet("Sheet1")
        f = wb.add_format({"num_format": "yyyy-mm-dd"})
        for i in range(10):
            ws.write_datetime(i, 0, dt.datetime(2023, 1, 1 + i), f)


@entry("布尔值.xlsx", "generic", "xlsx", "TRUE/FALSE 布尔值表")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.append(["条件", "是否满足"])
    for i in range(20):
        ws.append([f"条件{i}", i % 3 == 0])
    _opx_save(wb, p)


@entry("数字格式大全.xlsx", "generic", "xlsx", "各种数字格式：百分比、货币、会计、分数、科学计数、中文大写")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("格式")
        fm = ["0.00%", "¥#,##0.00", '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "# ?/?", "0.00E+00", "[DBNum2][$-804]General", "@", '[红色][<0]-0.00;0.00']
        for i, f in enumerate(fm):
            ws.write(i, 0, f)
            ws.write(i, 1, -1234.5678 if i % 2 else 0.4567, wb.add_format({"num_format": f}))


@entry("页眉页脚打印设置.xlsx", "generic", "xlsx", "只有页眉页脚和打印区域，单元格极少")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("打印")
        ws.set_header("&C&\"宋体,加粗\"部门整体支出绩效自评表")
        ws.set_footer("&C第 &P 页，共 &N 页")
        ws.print_area("A1:H40")
        ws.write(0, 0, "（此页留空，供打印）")


@entry("工作表保护.xlsx", "generic", "xlsx", "工作表与工作簿结构保护（不是加密），内容为通讯录")
def _(p):
    r = _rng(p.name)
    from openpyxl.workbook.protection import WorkbookProtection

    wb = _opx()
    ws = wb.active
    ws.title = "通讯录"
    ws.append(["姓名", "科室", "手机"])
    for _ in range(20):
        ws.append([_name(r), r.choice(OFFICES), _phone(r)])
    ws.protection.sheet = True
    ws.protection.password = "123"
    wb.security = WorkbookProtection(workbookPassword="123", lockStructure=True)
    _opx_save(wb, p)


@entry("外部链接公式.xlsx", "generic", "xlsx", "引用其他工作簿的公式（外部链接）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws["A1"] = "引用"
    ws["B1"] = "='[附件4.xlsx]Sheet1'!$C$5"
    ws["B2"] = "='D:\\财政\\[2023决算.xlsx]收支总表'!B7"
    _opx_save(wb, p)


@entry("稀疏远端数据.xlsx", "generic", "xlsx", "数据在 AB9000 附近，前面全空")
def _(p):
    wb = _opx()
    ws = wb.active
    ws["AB9000"] = "远处的数据"
    ws["AC9001"] = 1
    _opx_save(wb, p)


@entry("隐藏行列很多.xlsx", "generic", "xlsx", "大部分行列被隐藏或行高为 0")
def _(p):
    wb = _opx()
    ws = wb.active
    for r_ in range(1, 201):
        ws.cell(r_, 1, r_)
        if r_ % 10:
            ws.row_dimensions[r_].hidden = True
    for c in "BCDEFG":
        ws.column_dimensions[c].hidden = True
    _opx_save(wb, p)


@entry("分组分级显示.xlsx", "generic", "xlsx", "行分组（大纲级别）与小计")
def _(p):
    r = _rng(p.name)
    with _XW(p) as wb:
        ws = wb.add_worksheet("分级")
        row = 0
        for g in range(4):
            ws.write(row, 0, f"第{g + 1}组小计")
            start = row + 1
            row += 1
            for k in range(5):
                ws.set_row(row, None, None, {"level": 1, "hidden": g % 2 == 1})
                ws.write_row(row, 0, [f"明细{k}", r.randrange(100)])
                row += 1
            ws.write_formula(start - 1, 1, f"=SUBTOTAL(9,B{start + 1}:B{row})")


@entry("学生成绩表.xlsx", "generic", "xlsx", "学生成绩表（科目、分数、总分、排名）——含“得分”“总分”字样")
def _(p):
    r = _rng(p.name)
    wb = _opx()
    ws = wb.active
    ws.append(["学号", "姓名", "语文", "数学", "英语", "总分", "排名"])
    for i in range(1, 41):
        s = [r.randrange(50, 100) for _ in range(3)]
        ws.append([f"2023{i:03d}", _name(r), *s, sum(s), None])
    _opx_save(wb, p)


@entry("利润表_企业.xlsx", "generic", "xlsx", "企业利润表（本期金额、上期金额）")
def _(p):
    wb = _opx()
    ws = wb.active
    ws.title = "利润表"
    ws.append(["项目", "行次", "本期金额", "上期金额"])
    for k, nm in enumerate(["一、营业收入", "减：营业成本", "税金及附加", "销售费用", "管理费用", "财务费用", "二、营业利润", "三、利润总额", "减：所得税费用", "四、净利润"], 1):
        ws.append([nm, k, 1000 * k, 900 * k])
    _opx_save(wb, p)


@entry("科目余额表.xlsx", "generic", "xlsx", "会计科目余额表（期初、借方、贷方、期末）")
def _(p):
    r = _rng(p.name)
    rows = [[c, n, round(r.uniform(0, 1e6), 2), round(r.uniform(0, 5e5), 2), round(r.uniform(0, 5e5), 2), None] for c, n in [("1001", "库存现金"), ("1002", "银行存款"), ("1011", "零余额账户用款额度"), ("2001", "短期借款"), ("3001", "累计盈余"), ("7101", "行政支出")]]
    for row in rows:
        row[5] = round(row[2] + row[3] - row[4], 2)
    with _XW(p) as wb:
        ws = wb.add_worksheet("余额表")
        _xw_table(wb, ws, "科目余额表", ["科目编码", "科目名称", "期初余额", "本期借方", "本期贷方", "期末余额"], rows)


@entry("文本框与形状.xlsx", "generic", "xlsx", "只有文本框（内容“部门整体支出绩效自评”写在文本框里）")
def _(p):
    with _XW(p) as wb:
        ws = wb.add_worksheet("Sheet1")
        ws.insert_textbox("B2", "部门整体支出绩效自评（草稿，表格另附）", {"width": 400, "height": 80})


@entry("Lorem_ipsum.xlsx", "generic", "xlsx", "拉丁假文段落")
def _(p):
    wb = _opx()
    ws = wb.active
    words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua".split()
    r = _rng(p.name)
    for i in range(50):
        ws.append([" ".join(r.choice(words) for _ in range(12))])
    _opx_save(wb, p)


@entry("控制字符.xlsx", "generic", "xlsx", "XML 转义的控制字符 _x0001_ 与 _x000D_")
def _(p):
    rows = _inline_row(1, ["控制_x0001_字符", "回车_x000D_换行", "正常"]) + _inline_row(2, ["_x005F_x0041_", 1, 2])
    _raw_xlsx(p, [("Sheet1", f"<sheetData>{rows}</sheetData>")])


@entry("无样式共享字符串缺失引用.xlsx", "generic", "xlsx", "手写：t=\"s\" 的索引超出共享字符串表")
def _(p):
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99</v></c></row>'
    _raw_xlsx(p, [("Sheet1", f"<sheetData>{rows}</sheetData>")], shared=["唯一的字符串"])


# ---------------------------------------------------------------- other formats (no LibreOffice)


def _simple_xlsx_bytes(title="花名册") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(["序号", "姓名", "科室"])
    r = _rng(title)
    for i in range(1, 8):
        ws.append([i, _name(r), r.choice(OFFICES)])
    wb.properties.created = wb.properties.modified = FIXED_DATE
    with tempfile.TemporaryDirectory() as d:
        t = Path(d) / "x.xlsx"
        wb.save(t)
        _normalize_zip(t)
        return t.read_bytes()


def _csv_rows():
    r = _rng("csv")
    return [["序号", "姓名", "村别", "补贴金额"]] + [[i, _name(r), r.choice(VILLAGES), f"{r.uniform(100, 900):.2f}"] for i in range(1, 31)]


def _write_csv(p: Path, encoding: str, delimiter=",", rows=None):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows or _csv_rows())
    p.write_bytes(buf.getvalue().encode(encoding))


@entry("补贴名单_utf8.csv", "format", "csv", "CSV，UTF-8（无 BOM）", expect="format", message_any=(".csv", "CSV"), readable=False)
def _(p):
    _write_csv(p, "utf-8")


@entry("补贴名单_utf8bom.csv", "format", "csv", "CSV，UTF-8 带 BOM（Excel“CSV UTF-8”另存）", expect="format", message_any=(".csv", "CSV"), readable=False)
def _(p):
    _write_csv(p, "utf-8-sig")


@entry("补贴名单_gbk.csv", "format", "csv", "CSV，GBK 编码（中文 Excel 默认另存）", expect="format", message_any=(".csv", "CSV"), readable=False)
def _(p):
    _write_csv(p, "gbk")


@entry("部门收支预算_gbk.csv", "format", "csv", "CSV，GBK，内容为预算表（含“预算数”“三公经费”）", expect="format", message_any=(".csv", "CSV"), readable=False)
def _(p):
    _write_csv(p, "gbk", rows=[["项目", "预算数", "上年预算数"], ["三公经费", "14.6", "15.4"], ["公务接待费", "4.4", "5.2"], ["公务用车运行维护费", "10.2", "10.2"]])


@entry("导出数据.tsv", "format", "tsv", "制表符分隔文本（.tsv）", expect="format", message_any=(".tsv", "文本", "CSV"), readable=False)
def _(p):
    _write_csv(p, "utf-8", delimiter="\t")


@entry("CSV改名.xlsx", "format", "csv", "CSV 文本改了扩展名 .xlsx", expect="format", message_any=("CSV", "文本", "不是"), readable=False)
def _(p):
    _write_csv(p, "gbk")


@entry("网页导出.xls", "format", "html", "HTML 表格保存为 .xls（许多业务系统的“导出 Excel”）", expect="format", message_any=("HTML", "网页", ".xls"), readable=False)
def _(p):
    r = _rng(p.name)
    rows = "".join(f"<tr><td>{i}</td><td>{_name(r)}</td><td>{r.choice(VILLAGES)}</td></tr>" for i in range(1, 21))
    html = f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table border="1"><tr><th>序号</th><th>姓名</th><th>村别</th></tr>{rows}</table></body></html>'
    p.write_bytes(html.encode("utf-8"))


@entry("XML表格2003.xls", "format", "xml2003", "Excel 2003 XML 电子表格（SpreadsheetML）存为 .xls", expect="format", message_any=("XML", "2003", ".xls"), readable=False)
def _(p):
    rows = "".join(f'<Row><Cell><Data ss:Type="String">第{i}行</Data></Cell><Cell><Data ss:Type="Number">{i}</Data></Cell></Row>' for i in range(1, 11))
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>{rows}</Table></Worksheet></Workbook>'
    p.write_bytes(xml.encode("utf-8"))


def _ods_bytes(rows: list[list], sheet="Sheet1", flat=False) -> bytes:
    def cell(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{_esc(str(v))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    inner = f'<office:body><office:spreadsheet><table:table table:name="{_esc(sheet)}">{body}</table:table></office:spreadsheet></office:body>'
    if flat:
        return f'<?xml version="1.0" encoding="UTF-8"?><office:document {ns} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{inner}</office:document>'.encode()
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">{inner}</office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


@entry("花名册_手写.ods", "format", "ods", "手写最小 ODS（mimetype + content.xml），花名册", expect="format", message_any=(".ods", "ODS"), readable=True)
def _(p):
    r = _rng(p.name)
    p.write_bytes(_ods_bytes([["序号", "姓名", "村别"]] + [[i, _name(r), r.choice(VILLAGES)] for i in range(1, 16)], "花名册"))


@entry("预算表_手写.ods", "format", "ods", "手写最小 ODS，一般公共预算支出表（难例词汇）", expect="format", message_any=(".ods", "ODS"), readable=True)
def _(p):
    p.write_bytes(_ods_bytes([["科目名称", "预算数", "基本支出", "项目支出"], ["一般公共服务支出", 912.3, 700.1, 212.2], ["三公经费", 14.6, 14.6, 0]], "一般公共预算支出表"))


@entry("扁平ODS.fods", "format", "fods", "扁平 ODF 电子表格（单个 XML 文件 .fods）", expect="format", message_any=(".fods", "ODS", "ODF"), readable=False)
def _(p):
    p.write_bytes(_ods_bytes([["名称", "数量"], ["苹果", 3]], flat=True))


@entry("ODS改名.xlsx", "format", "ods", "ODS 文件改了扩展名 .xlsx（按内容识别才可读）", expect="format", message_any=("ODS", ".ods", "不是"), readable=True)
def _(p):
    p.write_bytes(_ods_bytes([["姓名", "科室"], ["张三", "党政办"]]))


def _xlsb_like(p: Path, title: str):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>')
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
    wrels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>'
    # BIFF12-shaped bytes: BrtBeginBook (0x83 0x01), BrtEndBook (0x84 0x01); the sheet carries only a title string.
    book = bytes([0x83, 0x01, 0x00, 0x84, 0x01, 0x00])
    t = title.encode("utf-16-le")
    sheet = bytes([0x81, 0x01, 0x00]) + bytes([0x07, len(t) + 4]) + struct.pack("<I", len(title)) + t + bytes([0x82, 0x01, 0x00])
    _write_zip(p, {"[Content_Types].xml": ct, "_rels/.rels": rels, "xl/workbook.bin": book, "xl/_rels/workbook.bin.rels": wrels, "xl/worksheets/sheet1.bin": sheet})


def _biff12_rec(t: int, data: bytes = b"") -> bytes:
    out = bytearray([t] if t < 0x80 else [(t & 0x7F) | 0x80, t >> 7])
    n = len(data)
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out) + data


def _biff12_str(s: str) -> bytes:
    return struct.pack("<I", len(s)) + s.encode("utf-16-le")


def _xlsb(p: Path, sheets: list[tuple[str, list[list]]]) -> None:
    """A real, minimal .xlsb (BIFF12 records written by hand: numbers and inline strings, no styles)."""
    rec, wstr = _biff12_rec, _biff12_str
    bundle = b"".join(rec(0x9C, struct.pack("<II", 0, i) + wstr(f"rId{i}") + wstr(name)) for i, (name, _) in enumerate(sheets, 1))
    parts = {"xl/workbook.bin": rec(0x83) + rec(0x8F) + bundle + rec(0x90) + rec(0x84)}
    wrels, over = [], []
    for i, (name, rows) in enumerate(sheets, 1):
        body = b""
        for r_, row in enumerate(rows):
            body += rec(0x00, struct.pack("<IIHHBBI", r_, 0, 300, 0, 0, 0, 0))
            for c, v in enumerate(row):
                if v is None:
                    continue
                head = struct.pack("<II", c, 0)
                body += rec(0x05, head + struct.pack("<d", float(v))) if isinstance(v, (int, float)) else rec(0x06, head + wstr(str(v)))
        ncol = max((len(r_) for r_ in rows), default=1)
        dim = struct.pack("<IIII", 0, max(len(rows) - 1, 0), 0, max(ncol - 1, 0))
        parts[f"xl/worksheets/sheet{i}.bin"] = rec(0x81) + rec(0x94, dim) + rec(0x91) + body + rec(0x92) + rec(0x82)
        wrels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.bin"/>')
        over.append(f'<Override PartName="/xl/worksheets/sheet{i}.bin" ContentType="application/vnd.ms-excel.worksheet"/>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + "".join(over) + "</Types>")
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
    out = {"[Content_Types].xml": ct, "_rels/.rels": rels}
    out.update(parts)
    out["xl/_rels/workbook.bin.rels"] = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(wrels) + "</Relationships>"
    _write_zip(p, out)


@entry("工资表.xlsb", "format", "xlsb", "真正的 .xlsb（手写 BIFF12 记录）：工资表，两个月份工作表", expect="format", message_any=(".xlsb",), readable=True)
def _(p):
    r = _rng(p.name)
    sheets = []
    for m in (11, 12):
        rows = [["序号", "姓名", "应发合计", "实发金额"]] + [[i, _name(r), float(g := r.choice([4200, 4650, 5100])), round(g * 0.775, 2)] for i in range(1, 16)]
        sheets.append((f"{m}月", rows))
    _xlsb(p, sheets)


@entry("三公经费预算表.xlsb", "format", "xlsb", "真正的 .xlsb：难例 三公经费预算表（预算数、公务接待费）", expect="format", message_any=(".xlsb",), readable=True)
def _(p):
    _xlsb(p, [("三公经费", [["××镇2024年一般公共预算“三公”经费支出预算表"], ["项目", "预算数", "上年预算数"], ["因公出国（境）费", 0, 0], ["公务用车购置及运行费", 10.2, 10.2], ["公务接待费", 4.4, 5.2], ["合计", 14.6, 15.4]])])


@entry("空的.xlsb", "format", "xlsb", "真正的 .xlsb，一个没有单元格的工作表", expect="format", message_any=(".xlsb",), readable=True)
def _(p):
    _xlsb(p, [("Sheet1", [])])


@entry("二进制工作簿.xlsb", "format", "xlsb", "损坏的 .xlsb：xl/workbook.bin + 正确的 [Content_Types].xml，但记录不完整、缺工作表关系", expect="format", message_any=(".xlsb",), readable=False)
def _(p):
    _xlsb_like(p, "工资表")


@entry("二进制预算表.xlsb", "format", "xlsb", "损坏的 .xlsb，标题为“部门收支预算总表”（记录不完整）", expect="format", message_any=(".xlsb",), readable=False)
def _(p):
    _xlsb_like(p, "部门收支预算总表")


def _encrypt(plain: bytes, password: str, seed: str) -> bytes:
    """Agile-encrypt an OOXML package with msoffcrypto-tool, with a seeded salt (reproducible)."""
    try:
        import msoffcrypto
        from msoffcrypto.method import ecma376_agile
        from msoffcrypto.method.container import ecma376_encrypted
    except ImportError as e:  # pragma: no cover - declared test dependency
        raise RuntimeError("msoffcrypto-tool is needed to build the encrypted files: pip install msoffcrypto-tool") from e
    r = _rng(seed)
    class _FixedNow(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return FIXED_DATE

    saved = ecma376_agile._random_buffer, getattr(ecma376_encrypted, "datetime", None)
    ecma376_agile._random_buffer = lambda n: bytes(r.randrange(256) for _ in range(n))
    ecma376_encrypted.datetime = _FixedNow  # the container stamps its directory entries with now()
    try:
        out = io.BytesIO()
        msoffcrypto.OfficeFile(io.BytesIO(plain)).encrypt(password, out)
    finally:
        ecma376_agile._random_buffer, ecma376_encrypted.datetime = saved
    return out.getvalue()


@entry("加密_花名册.xlsx", "format", "encrypted", "用密码加密的 .xlsx（OLE 复合文档 + EncryptionInfo/EncryptedPackage），密码 1234", expect="format", message_any=("加密", "密码"), readable=False)
def _(p):
    p.write_bytes(_encrypt(_simple_xlsx_bytes("花名册"), "1234", p.name))


@entry("加密_工资表.xlsx", "format", "encrypted", "用密码加密的工资表 .xlsx，密码“工资2023”", expect="format", message_any=("加密", "密码"), readable=False)
def _(p):
    p.write_bytes(_encrypt(_simple_xlsx_bytes("工资表"), "工资2023", p.name))


@entry("Word文档改名.xlsx", "format", "docx", "其实是 Word 文档（.docx）改成 .xlsx", expect="format", message_any=("Word", ".docx", "不是"), readable=False)
def _(p):
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>××镇2023年度部门整体支出绩效自评报告</w:t></w:r></w:p><w:p><w:r><w:t>一、部门基本情况</w:t></w:r></w:p></w:body></w:document>')
    _write_zip(p, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc})


@entry("PPT改名.xlsx", "format", "pptx", "只含 ppt/ 部件的演示文稿包改名 .xlsx", expect="format", message_any=("PowerPoint", ".pptx", "不是"), readable=False)
def _(p):
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>'
    _write_zip(p, {"[Content_Types].xml": ct, "_rels/.rels": rels, "ppt/presentation.xml": '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'})


@entry("截断的工作簿.xlsx", "format", "truncated", "真实 .xlsx 只保留前 60%（下载中断）", expect="format", message_any=("损坏", "不完整", "无法打开"), readable=False)
def _(p):
    b = _simple_xlsx_bytes("截断")
    p.write_bytes(b[: len(b) * 6 // 10])


@entry("只有文件头.xlsx", "format", "truncated", "只有 zip 本地文件头 30 字节", expect="format", message_any=("损坏", "不完整", "无法打开"), readable=False)
def _(p):
    p.write_bytes(_simple_xlsx_bytes("头")[:30])


@entry("中央目录损坏.xlsx", "format", "truncated", "zip 中央目录被覆盖为零字节", expect="format", message_any=("损坏", "不完整", "无法打开"), readable=False)
def _(p):
    b = bytearray(_simple_xlsx_bytes("目录"))
    k = b.rfind(b"PK\x01\x02")
    b[k: k + 40] = bytes(40)
    p.write_bytes(bytes(b))


@entry("文本文件.xlsx", "format", "text", "纯文本（一段说明文字）命名为 .xlsx", expect="format", message_any=("不是", "文本"), readable=False)
def _(p):
    p.write_bytes("这是一个说明文件，不是表格。\r\n请联系财政所获取正式模板。\r\n".encode("gbk"))


@entry("空文件.xlsx", "format", "empty", "0 字节的 .xlsx", expect="format", message_any=("空", "0 字节"), readable=False)
def _(p):
    p.write_bytes(b"")


@entry("空文件.xls", "format", "empty", "0 字节的 .xls", expect="format", message_any=("空", "0 字节"), readable=False)
def _(p):
    p.write_bytes(b"")


@entry("图片改名.xlsx", "format", "png", "PNG 图片命名为 .xlsx", expect="format", message_any=("不是", "图片"), readable=False)
def _(p):
    p.write_bytes(_png(32, 32, (10, 120, 10)))


@entry("PDF改名.xlsx", "format", "pdf", "PDF 文件头命名为 .xlsx（扫描件）", expect="format", message_any=("PDF", "不是"), readable=False)
def _(p):
    p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@entry("压缩包改名.xlsx", "format", "zip", "装着两个 .xlsx 的普通 zip 压缩包改名 .xlsx", expect="format", message_any=("压缩", "不是", "zip"), readable=False)
def _(p):
    _write_zip(p, {"工资表.xlsx": _simple_xlsx_bytes("工资表"), "花名册.xlsx": _simple_xlsx_bytes("花名册")})


@entry("宏工作簿.xlsm", "format", "xlsm", "启用宏的工作簿，含一个惰性的 vbaProject.bin 占位（不是可执行宏）", expect="not_a_form", readable=True)
def _(p):
    b = _simple_xlsx_bytes("宏")
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", b"application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    parts["xl/vbaProject.bin"] = b"inert placeholder, not a VBA project\x00" * 4
    _write_zip(p, parts)


@entry("模板.xltx", "format", "xltx", "Excel 模板 .xltx（内容为会议签到表）", expect="not_a_form", readable=True)
def _(p):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.template = True
    ws = wb.active
    ws.append(["序号", "姓名", "单位", "签名"])
    _opx_save(wb, p)


@entry("模板带宏.xltm", "format", "xltm", "启用宏的模板 .xltm（内容为空白考勤表）", expect="not_a_form", readable=True)
def _(p):
    b = _simple_xlsx_bytes("考勤")
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", b"application/vnd.ms-excel.template.macroEnabled.main+xml")
    _write_zip(p, parts)


@entry("Strict格式.xlsx", "format", "xlsx-strict", "ISO 29500 Strict 命名空间的 .xlsx", expect="not_a_form", readable=True)
def _(p):
    strict_ns = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'
    _write_zip(p, {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {strict_ns}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {strict_ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Strict 格式</t></is></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>',
    })


@entry("OLE非加密.xls", "format", "ole", "OLE 复合文档但没有 Workbook 流（例如 .doc 改名 .xls）", expect="format", message_any=(".xls", "不是", "Word"), readable=False)
def _(p):
    p.write_bytes(_minimal_cfb({"WordDocument": b"\xec\xa5" + bytes(4094)}))


def _minimal_cfb(streams: dict[str, bytes]) -> bytes:
    """A tiny valid compound file (v3, 512-byte sectors) with regular (>= 4096 byte) streams only."""
    SEC = 512
    FREESECT, ENDOFCHAIN, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    data_secs: list[bytes] = []
    starts = []
    for data in streams.values():
        data = data + bytes(-len(data) % SEC)
        starts.append(len(data_secs))
        data_secs += [data[i: i + SEC] for i in range(0, len(data), SEC)]
    n_dir = 1
    # layout: sector 0 = FAT, sector 1 = directory, then data
    fat = [FATSECT, ENDOFCHAIN]
    base = 2
    for (name, data), s in zip(streams.items(), starts):
        k = (len(data) + SEC - 1) // SEC
        for j in range(k):
            fat.append(base + s + j + 1 if j < k - 1 else ENDOFCHAIN)
    fat += [FREESECT] * (SEC // 4 - len(fat))

    def dirent(name, typ, start, size, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
        n = (name + "\x00").encode("utf-16-le")
        return n.ljust(64, b"\x00") + struct.pack("<HBB", len(n), typ, 1) + struct.pack("<III", left, right, child) + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IIII", start, size, 0, 0)[:8] + bytes(4)

    ents = [dirent("Root Entry", 5, ENDOFCHAIN, 0, child=1 if streams else 0xFFFFFFFF)]
    for i, ((name, data), s) in enumerate(zip(streams.items(), starts)):
        ents.append(dirent(name, 2, base + s, len(data), right=(i + 2) if i + 1 < len(streams) else 0xFFFFFFFF))
    ents += [bytes(128)] * (4 - len(ents))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0) + struct.pack("<I", 0) + struct.pack("<108I", *([FREESECT] * 108)))
    header = header.ljust(SEC, b"\xff")
    assert n_dir == 1 and len(streams) <= 3
    return header + struct.pack(f"<{SEC // 4}I", *fat) + b"".join(ents) + b"".join(data_secs)


# ---------------------------------------------------------------- LibreOffice conversions (build_soffice)

SOFFICE_SOURCES = {
    # target name: (generated .xlsx it is converted from, soffice filter, category, format, what, message_any)
    "工资表_在编人员.xls": ("工资表_在编人员2023年12月.xlsx", "xls", "xls", "BIFF8 .xls（LibreOffice 转换）：在编人员工资表", (".xls",)),
    "花名册.xls": ("干部职工花名册.xlsx", "xls", "xls", "BIFF8 .xls：干部职工花名册", (".xls",)),
    "三公经费预算表.xls": ("三公经费预算表.xlsx", "xls", "xls", "BIFF8 .xls：难例 三公经费预算表", (".xls",)),
    "部门收支预算总表.xls": ("部门收支预算总表_2024.xlsx", "xls", "xls", "BIFF8 .xls：难例 部门收支预算总表", (".xls",)),
    "空工作簿.xls": ("空工作簿.xlsx", "xls", "xls", "BIFF8 .xls：空工作簿", (".xls",)),
    "考勤表.et": ("考勤表_2023年11月.xlsx", "xls", "et", "WPS 表格 .et（BIFF8 内容，另一扩展名）：考勤表", ("WPS", ".et")),
    "项目库.et": ("项目库_2024年.xlsx", "xls", "et", "WPS .et：项目库", ("WPS", ".et")),
    "低保名册.ett": ("低保名册_2023年第四季度.xlsx", "xls", "ett", "WPS 模板 .ett（BIFF8 内容）：低保名册", ("WPS", ".ett")),
    "值班表.ods": ("春节值班表.xlsx", "ods", "ods", "LibreOffice 保存的 .ods：春节值班表", (".ods",)),
    "一般公共预算支出表.ods": ("一般公共预算支出表.xlsx", "ods", "ods", "LibreOffice .ods：难例 一般公共预算支出表", (".ods",)),
    "绩效目标申报表.ods": ("项目支出绩效目标申报表.xlsx", "ods", "ods", "LibreOffice .ods：难例 绩效目标申报表", (".ods",)),
    "各村图表.ods": ("各村项目资金图表.xlsx", "ods", "ods", "LibreOffice .ods：带图表", (".ods",)),
}

for _target, (_src, _flt, _fmt, _what, _msg) in SOFFICE_SOURCES.items():
    ENTRIES.append(Entry(_target, "format", _fmt, _what, None, expect="format", message_any=_msg, readable=True, soffice=True, source=_src))


# ---------------------------------------------------------------- drivers


def build_all(out_dir) -> list[Path]:
    """Write every pure-Python file of the corpus into out_dir; return their paths (manifest order)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for e in ENTRIES:
        if e.soffice:
            continue
        p = out / e.name
        e.build(p)
        paths.append(p)
    return paths


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def build_soffice(out_dir, *, timeout: float = 180) -> list[Path]:
    """Write the files that need LibreOffice (.xls/.et/.ett/.ods), converting generated .xlsx files
    in two soffice runs (one per target filter). Raises RuntimeError if soffice is missing."""
    exe = soffice_path()
    if not exe:
        raise RuntimeError("LibreOffice (soffice) is needed for the .xls/.ods part of the corpus")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    by_name = {e.name: e for e in ENTRIES}
    paths = []
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        src_dir, conv_dir, profile = d / "src", d / "conv", d / "profile"
        src_dir.mkdir()
        jobs: dict[str, list[tuple[str, Path]]] = {}
        for target, (src, flt, *_rest) in SOFFICE_SOURCES.items():
            stem = f"s{len(paths) + sum(len(v) for v in jobs.values()):02d}"
            sp = src_dir / f"{stem}.xlsx"
            by_name[src].build(sp)
            jobs.setdefault(flt, []).append((target, sp))
        for flt, items in jobs.items():
            cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--convert-to", flt, "--outdir", str(conv_dir)] + [str(sp) for _, sp in items]
            subprocess.run(cmd, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for target, sp in items:
                got = conv_dir / f"{sp.stem}.{flt}"
                if not got.exists():
                    raise RuntimeError(f"soffice did not convert {by_name[target].source} to {flt}")
                dst = out / target
                shutil.copyfile(got, dst)
                paths.append(dst)
    order = {e.name: i for i, e in enumerate(ENTRIES)}
    return sorted(paths, key=lambda p: order[p.name])


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest_toml() -> str:
    lines = [
        "# The \"not a performance form\" corpus (issue 20). Generated by build.py; regenerate with",
        "#   python3 tests/data/not_forms/build.py --manifest > tests/data/not_forms/manifest.toml",
        "# expect = \"not_a_form\": exit 2 with the 未找到…表格 line.",
        "# expect = \"format\": exit 2 with one sentence naming the format: message_any lists words of which",
        "#   at least one appears. readable = true: perfxl could read the cells (openpyxl/python-calamine);",
        "#   then the not_a_form line is also a right answer.",
        "# soffice = true: made by build_soffice() (LibreOffice) from the named generated source.",
        "",
    ]
    for e in ENTRIES:
        lines.append("[[file]]")
        lines.append(f"name = {_toml_str(e.name)}")
        lines.append(f"category = {_toml_str(e.category)}")
        lines.append(f"format = {_toml_str(e.format)}")
        lines.append(f"what = {_toml_str(e.what)}")
        lines.append(f"expect = {_toml_str(e.expect)}")
        if e.message_any:
            lines.append("message_any = [" + ", ".join(_toml_str(m) for m in e.message_any) + "]")
        lines.append(f"readable = {'true' if e.readable else 'false'}")
        lines.append(f"soffice = {'true' if e.soffice else 'false'}")
        if e.source:
            lines.append(f"source = {_toml_str(e.source)}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--manifest"]:
        sys.stdout.write(manifest_toml())
        return 0
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    paths = build_all(out)
    if "--soffice" in argv:
        paths += build_soffice(out)
    print(f"{len(paths)} files in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
