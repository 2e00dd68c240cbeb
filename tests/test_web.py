"""`perfxl serve`: the JSON API answers exactly as the command line, and the server's guards."""

import copy
import io
import json
import socket
import stat
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

with warnings.catch_warnings():      # starlette prefers httpx2 but still uses httpx
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from perfxl.cli import build_parser, main  # noqa: E402
from perfxl.web import server, service  # noqa: E402

from . import county  # noqa: E402
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged  # noqa: E402

REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def app():
    a = server.create_app()
    yield a
    a.store.close()


@pytest.fixture
def client(app):
    with TestClient(app, base_url=BASE) as c:
        yield c


def cli_json(capsys, monkeypatch, folder: Path, *args) -> bytes:
    """What `perfxl check ... --format json` prints, run from ``folder`` with relative names."""
    monkeypatch.chdir(folder)
    capsys.readouterr()
    main(["check", *args, "--format", "json"])
    return capsys.readouterr().out.encode("utf-8")


def post_check(client, book: Path | None, report: Path | None = None, url="/api/check", **kw):
    files = {}
    if book is not None:
        files["workbook"] = (book.name, book.read_bytes())
    if report is not None:
        files["narrative"] = (report.name, report.read_bytes())
    return client.post(url, files=files, **kw)


# -- the API equals the command line ------------------------------------------------------------

@pytest.mark.parametrize("with_report", [False, True])
def test_api_check_equals_cli_json(client, capsys, monkeypatch, with_report):
    report = REPORT if with_report else None
    expected = cli_json(capsys, monkeypatch, EXAMPLE_WORKBOOK.parent, EXAMPLE_WORKBOOK.name,
                        *(["--narrative", REPORT.name] if with_report else []))
    with unchanged(EXAMPLE_WORKBOOK, REPORT):
        r = post_check(client, EXAMPLE_WORKBOOK, report)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.content == expected
    assert r.headers["x-perfxl-exit-code"] == "1"          # the example has errors, as the CLI says
    assert json.loads(r.content)["inputs"]["narrative"] == (REPORT.name if with_report else None)


def test_api_check_with_docx_report_equals_cli(client, capsys, monkeypatch, tmp_path):
    import docx

    document = docx.Document()
    for line in REPORT.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    report = tmp_path / "自评报告.docx"
    document.save(report)
    (tmp_path / EXAMPLE_WORKBOOK.name).write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    expected = cli_json(capsys, monkeypatch, tmp_path, EXAMPLE_WORKBOOK.name, "--narrative", report.name)
    assert json.loads(expected)["summary"]["errors"] >= 7         # the report was read and checked
    r = post_check(client, EXAMPLE_WORKBOOK, report)
    assert r.status_code == 200 and r.content == expected


def test_api_report_only_equals_cli(client, capsys, monkeypatch):
    expected = cli_json(capsys, monkeypatch, REPORT.parent, "--narrative", REPORT.name)
    assert post_check(client, None, REPORT).content == expected


COUNTY_VARIANTS = {
    "县表.xlsx": {},
    "一张表.xlsx": {"one_sheet": True, "title_rows": 2, "col_shift": 2},
    "合并.xlsx": {"merge_labels": True},
    "改名.xlsx": {"sheet_names": ("基础数据", "自评表")},
}


def _planted_errors():
    a3 = county.replace_row(county.A3_ROWS, "三公经费", ["三公经费：", 9.84, 11, 9.37])
    a3[4][3] = "101.4%"
    a4 = county.a4_rows()
    a4[4][6] = "162.7%"
    return {"a3": a3, "a4": a4}


COUNTY_VARIANTS["错.xlsx"] = _planted_errors()


@pytest.mark.parametrize("name", COUNTY_VARIANTS)
def test_api_check_equals_cli_on_county_forms(client, capsys, monkeypatch, tmp_path, name):
    book = county.build(tmp_path / name, **copy.deepcopy(COUNTY_VARIANTS[name]))
    expected = cli_json(capsys, monkeypatch, tmp_path, name)
    r = post_check(client, book)
    assert r.status_code == 200 and r.content == expected
    exit_code = 1 if json.loads(expected)["summary"]["errors"] else 0
    assert r.headers["x-perfxl-exit-code"] == str(exit_code)


def _county_folder(root: Path) -> Path:
    (root / "甲").mkdir(parents=True)
    (root / "乙").mkdir()
    (root / "甲" / "北山镇.xlsx").write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    (root / "甲" / "北山镇.txt").write_bytes(REPORT.read_bytes())
    county.build(root / "乙" / "县表.xlsx")
    county.build(root / "乙" / "一张表.xlsx", one_sheet=True, title_rows=1)
    (root / "乙" / "坏.xlsx").write_text("not a workbook", encoding="utf-8")
    return root


def _zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
    return target


def test_api_batch_equals_cli_json(client, monkeypatch, tmp_path):
    folder = _county_folder(tmp_path / "县局")
    (tmp_path / "upload").mkdir()
    archive = _zip_folder(folder, tmp_path / "upload" / "县局.zip")
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "县局", "--format", "json", "-o", "out.json", "--jobs", "1", "--quiet"]) == 1
    expected = (tmp_path / "out.json").read_bytes()
    r = client.post("/api/batch", files={"archive": ("县局.zip", archive.read_bytes())})
    assert r.status_code == 200, r.text
    assert r.content == expected
    assert r.headers["x-perfxl-exit-code"] == "1"
    records = json.loads(r.content)["submissions"]
    assert [x["status"] for x in records].count("unusable") == 1


def test_api_batch_of_a_zipped_folder_equals_cli_on_that_folder(client, monkeypatch, tmp_path):
    """Zipping a folder (its name inside the archive, as Windows and most tools do) is checked
    as that folder, whatever the archive is called."""
    folder = _county_folder(tmp_path / "各乡镇")
    archive = tmp_path / "上传.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(tmp_path).as_posix())
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "各乡镇", "--format", "json", "-o", "out.json", "--jobs", "1", "--quiet"]) == 1
    r = client.post("/api/batch", files={"archive": ("上传.zip", archive.read_bytes())})
    assert r.status_code == 200, r.text
    assert r.content == (tmp_path / "out.json").read_bytes()


def _legacy_zip(names: dict[bytes, bytes]) -> bytes:
    """A zip whose member names are raw bytes without the UTF-8 flag, as Windows' built-in
    "compressed folder" writes them on a Chinese system (GBK)."""
    buf = io.BytesIO()
    placeholders = {}
    with zipfile.ZipFile(buf, "w") as zf:
        for i, (raw, data) in enumerate(names.items()):
            stand_in = (f"N{i}" + "_" * len(raw))[:len(raw)].encode("ascii")   # same length, plain ASCII
            placeholders[stand_in] = raw
            zf.writestr(stand_in.decode("ascii"), data)
    data = buf.getvalue()
    for stand_in, raw in placeholders.items():
        data = data.replace(stand_in, raw)   # names in the local headers and the central directory
    assert data[6:8] == b"\x00\x00"          # no flags: in particular bit 11 (UTF-8) is clear
    return data


def test_zip_member_names_in_gbk_or_unflagged_utf8_are_decoded():
    for raw in ("乙镇.xlsx".encode("gbk"), "乙镇.xlsx".encode("utf-8")):
        with zipfile.ZipFile(io.BytesIO(_legacy_zip({raw: b"x"}))) as zf:
            assert server.member_name(zf.infolist()[0]) == "乙镇.xlsx"
    with zipfile.ZipFile(io.BytesIO(_zip({"甲镇.xlsx": b"x"}))) as zf:     # flagged UTF-8 stays as is
        assert server.member_name(zf.infolist()[0]) == "甲镇.xlsx"
    with zipfile.ZipFile(io.BytesIO(_zip({"plain.xlsx": b"x"}))) as zf:
        assert server.member_name(zf.infolist()[0]) == "plain.xlsx"


def test_api_batch_shows_gbk_names_right(client):
    r = client.post("/api/batch", files={"archive": ("县局.zip", _legacy_zip({"乙镇.xlsx".encode("gbk"): EXAMPLE_WORKBOOK.read_bytes()}))})
    assert r.status_code == 200, r.text
    files = [x["file"] for x in json.loads(r.content)["submissions"]]
    assert files == ["县局/乙镇.xlsx"]


def test_api_rules(client, capsys):
    rules = client.get("/api/rules").json()
    main(["rules"])
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rules] == listed
    assert all(r["title"] and r["severity_name"] in ("错误", "警告", "提示") for r in rules)


# -- errors: JSON, Chinese, the CLI's exit code ---------------------------------------------------

def test_refused_file_is_chinese_json(client, tmp_path):
    bad = tmp_path / "坏表.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    r = post_check(client, bad)
    assert r.status_code == 400 and r.headers["x-perfxl-exit-code"] == "2"
    body = r.json()
    assert body["exit_code"] == 2
    assert "“坏表.xlsx”" in body["error"] and "另存为" in body["error"]
    assert "workbook" not in body["error"] and "/tmp" not in body["error"]   # no local name leaks


def test_old_format_message_names_the_upload(client):
    r = client.post("/api/check", files={"workbook": ("旧表.xls", b"\xd0\xcf\x11\xe0")})
    assert r.status_code == 400 and "“旧表.xls”是旧版 Excel/WPS 格式" in r.json()["error"]


def test_nothing_uploaded(client):
    r = client.post("/api/check", data={"x": "1"})
    assert r.status_code == 400 and "请选择要检查的工作簿" in r.json()["error"]


def test_unknown_page_is_json_404(client):
    r = client.get("/nothing")
    assert r.status_code == 404 and r.json()["error"] == "没有这个页面。"


# -- the page's own endpoints ------------------------------------------------------------------

def test_ui_check_views_and_downloads(client, app):
    r = post_check(client, EXAMPLE_WORKBOOK, REPORT, url="/ui/check")
    assert r.status_code == 200
    body = r.json()
    assert body["summary_line"].startswith("总得分 99.97，评价等级 优；错误 7 项")
    findings, views = body["result"]["findings"], body["views"]
    assert len(views) == len(findings)
    project = findings.index(next(f for f in findings if f["rule"] == "X-PROJECT-SPENDING"))
    table = views[project]["tables"][0]
    marked = [c["ref"] for row in table["rows"] for c in row["cells"] if c["marked"]]
    assert table["sheet"] == "附件3基础数据表" and "F14" in marked
    assert table["rows"][0]["cells"][0]["text"] == "项目支出："
    f14 = next(c for c in table["rows"][0]["cells"] if c["ref"] == "F14")
    assert f14["text"] == "139.72"     # a formula without a cached result shows what Excel would
    share = findings.index(next(f for f in findings if f["rule"] == "N-SHARE"))
    quotes = views[share]["sentences"]
    assert findings[share]["narrative"][0]["text"] == "82.58%"
    assert quotes[0] == [{"text": "基本支出", "mark": False}, {"text": "2998.29万元", "mark": True},
                         {"text": "，占本年支出", "mark": False}, {"text": "82.58%", "mark": True},
                         {"text": "。", "mark": False}]          # two figures of one sentence, one quote
    assert len(quotes) == 2 and "3619.44万元" in [p["text"] for p in quotes[1] if p["mark"]]
    section = findings.index(next(f for f in findings if f["rule"] == "A4-SECTION-HEADER"))
    assert views[section]["tables"][0]["more_rows"] > 0        # long lists say what is not shown
    copy = client.get(body["downloads"]["xlsx"])
    assert copy.status_code == 200 and "filename*=UTF-8''" in copy.headers["content-disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(copy.content))
    assert wb.sheetnames[0] == "检查结果"
    assert json.loads(client.get(body["downloads"]["json"]).content) == body["result"]


def test_ui_batch_job(client, tmp_path):
    folder = _county_folder(tmp_path / "县局")
    files = [("files", (p.name, p.read_bytes())) for p in sorted(folder.rglob("*")) if p.is_file()]
    r = client.post("/ui/batch", files=files)
    assert r.status_code == 200, r.text
    job = r.json()
    assert job["total"] == 4
    for _ in range(600):
        status = client.get(f"/ui/batch/{job['job']}").json()
        if status["state"] != "running":
            break
        import time
        time.sleep(0.1)
    assert status["state"] == "done" and status["done"] == 4
    names = sorted(x["file"] for x in status["records"])
    assert names == ["上传文件/一张表.xlsx", "上传文件/北山镇.xlsx", "上传文件/县表.xlsx", "上传文件/坏.xlsx"]
    beishan = next(x for x in status["records"] if x["file"].endswith("北山镇.xlsx"))
    assert beishan["narrative"] == "上传文件/北山镇.txt"      # the report beside it was paired
    wb = openpyxl.load_workbook(io.BytesIO(client.get(status["downloads"]["xlsx"]).content))
    assert wb.sheetnames == ["汇总", "问题清单", "统计图"]


def test_template_equals_cli(client, tmp_path, monkeypatch):
    r = client.post("/ui/template", data={"unit": "测试镇人民政府", "year": "2024"})
    assert r.status_code == 200
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--unit", "测试镇人民政府", "--year", "2024"]) == 0
    assert r.content == (tmp_path / "测试镇人民政府_2024年绩效自评表.xlsx").read_bytes()
    assert "测试镇人民政府_2024年绩效自评表.xlsx" in r.headers["content-disposition"].replace("%", "") or \
        "filename*=UTF-8''" in r.headers["content-disposition"]


def test_next_year_equals_cli(client, tmp_path, monkeypatch):
    r = client.post("/ui/template", files={"source": ("北山镇2023.xlsx", EXAMPLE_WORKBOOK.read_bytes())})
    assert r.status_code == 200, r.text
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--from", str(EXAMPLE_WORKBOOK), "-o", "下年.xlsx"]) == 0
    assert r.content == (tmp_path / "下年.xlsx").read_bytes()


def test_check_with_last_years_workbook_equals_cli(client, tmp_path, capsys):
    """The optional 上年工作簿 runs the cross-year rules as ``perfxl check --previous`` does."""
    from .years import build_pair

    now, last = build_pair(tmp_path, from_budget=True)
    capsys.readouterr()
    r = client.post("/api/check", files={"workbook": ("本年.xlsx", now.read_bytes()),
                                         "previous": ("上年.xlsx", last.read_bytes())})
    assert r.status_code == 200, r.text
    web = json.loads(r.content)
    assert main(["check", str(now), "--previous", str(last), "--format", "json"]) == int(r.headers["x-perfxl-exit-code"])
    cli = json.loads(capsys.readouterr().out)
    rules = sorted(f["rule"] for f in web["findings"])
    assert rules == sorted(f["rule"] for f in cli["findings"]) and "Y-PREV-ACTUAL" in rules
    assert web["inputs"]["previous"] == "上年.xlsx"
    r = client.post("/api/check", files={"workbook": ("本年.xlsx", now.read_bytes())})
    assert not [f for f in json.loads(r.content)["findings"] if f["rule"].startswith("Y-")]   # silent without it


def test_last_years_workbook_alone_is_refused(client, tmp_path):
    from .years import build_pair

    _, last = build_pair(tmp_path)
    r = client.post("/api/check", files={"narrative": ("报告.txt", "本年支出100万元。".encode()),
                                         "previous": ("上年.xlsx", last.read_bytes())})
    assert r.status_code == 400 and r.json()["error"] == "使用上年工作簿做跨年对比时，需要同时选择本年的工作簿。"


def test_a_later_year_as_last_year_is_refused_by_its_shown_name(client, tmp_path):
    from .years import build_pair

    now, last = build_pair(tmp_path)
    r = client.post("/api/check", files={"workbook": ("上年.xlsx", last.read_bytes()),
                                         "previous": ("本年.xlsx", now.read_bytes())})
    assert r.status_code == 400 and r.json()["error"].startswith("上年工作簿“本年.xlsx”的年度（2024）不早于")
    assert "previous" not in r.json()["error"]


def _docx_text(data: bytes) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_report_draft_equals_cli(client, tmp_path, monkeypatch):
    r = client.post("/ui/draft", files={"workbook": ("北山镇2023.xlsx", EXAMPLE_WORKBOOK.read_bytes())})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "filename*=UTF-8''" in r.headers["content-disposition"]
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(EXAMPLE_WORKBOOK), "-o", "草稿.docx"]) == 0
    text = _docx_text(r.content)
    assert text == _docx_text((tmp_path / "草稿.docx").read_bytes())
    assert "北山镇人民政府" in text and "【请补充" in text


def test_report_draft_refusals_are_one_sentence(client):
    r = client.post("/ui/draft", data={"year": "2024"})
    assert r.status_code == 400 and r.json()["error"] == "请先选择填好的工作簿（.xlsx）。"
    r = client.post("/ui/draft", files={"workbook": ("坏文件.xlsx", b"not a workbook")})
    assert r.status_code == 400 and "坏文件.xlsx" in r.json()["error"] and "Traceback" not in r.text
    assert "workbook" not in r.json()["error"]          # the server's local name never shows


def test_report_draft_of_a_project_form(client, tmp_path):
    from .layout_corpus import build_layouts, load_layouts

    project = [lay.id for lay in load_layouts() if lay.id == "yn_lijiang"][0]
    src = build_layouts(tmp_path)[(project, "clean")]
    r = client.post("/ui/draft", files={"workbook": ("项目表.xlsx", src.read_bytes())})
    assert r.status_code == 200, r.text
    assert "项目支出绩效自评报告" in _docx_text(r.content)
    assert "%E9%A1%B9%E7%9B%AE%E6%94%AF%E5%87%BA" in r.headers["content-disposition"]   # 项目支出, percent-encoded


def test_report_draft_of_a_sheet_that_is_not_a_form(client, tmp_path):
    from .layout_corpus import build_layouts

    src = build_layouts(tmp_path)[("nm_title_only", "clean")]
    r = client.post("/ui/draft", files={"workbook": ("表.xlsx", src.read_bytes())})
    assert r.status_code == 400 and r.json()["error"].startswith("“表.xlsx”中找不到") and "无法生成报告草稿" in r.json()["error"]


def test_template_year_refused(client):
    r = client.post("/ui/template", data={"year": "二〇二四"})
    assert r.status_code == 400 and r.json()["error"] == "年度请填写四位数字，例如 2024。"


# -- security --------------------------------------------------------------------------------------

def test_binds_loopback_by_default():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.access_code) == ("127.0.0.1", 8765, None)


class _Captured(Exception):
    pass


def test_non_loopback_host_generates_an_access_code(monkeypatch, capsys):
    import uvicorn

    seen = {}

    def fake_run(self, sockets=None):       # never binds anything
        seen["config"] = self.config
        raise _Captured()

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    bound = []
    monkeypatch.setattr(server, "bind", lambda host, port: bound.append((host, port)) or socket.socket())
    with pytest.raises(_Captured):
        server.serve("0.0.0.0", 8765, open_browser=False)
    app = seen["config"].app
    assert app.access_code and len(app.access_code) >= 12
    assert app.access_code in capsys.readouterr().out
    with pytest.raises(_Captured):
        server.serve("127.0.0.1", 8765, open_browser=False)
    assert seen["config"].app.access_code is None and bound == [("0.0.0.0", 8765), ("127.0.0.1", 8765)]


def test_port_in_use_is_one_chinese_sentence(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--no-browser", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"无法在 127.0.0.1:{port} 启动服务" in err and "--port" in err and "Traceback" not in err


def test_serve_refuses_an_empty_access_code(capsys):
    assert main(["serve", "--host", "0.0.0.0", "--access-code", " ", "--no-browser"]) == 2
    assert "访问码不能为空" in capsys.readouterr().err


def test_access_code_on_every_request():
    app = server.create_app(access_code="s3cret-code")
    try:
        with TestClient(app, base_url="http://192.0.2.10:8765") as c:
            for method, url in (("GET", "/"), ("GET", "/api/rules"), ("GET", "/static/app.js"),
                                ("POST", "/api/check"), ("GET", "/download/x")):
                r = c.request(method, url)
                assert r.status_code == 401 and "访问码" in r.json()["error"], url
            assert c.get("/api/rules", headers={"X-Perfxl-Code": "wrong"}).status_code == 401
            assert c.get("/api/rules", headers={"X-Perfxl-Code": "s3cret-code"}).status_code == 200
            r = c.get("/?code=s3cret-code", follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/"
            assert "httponly" in r.headers["set-cookie"].lower() and "samesite=strict" in r.headers["set-cookie"].lower()
            assert c.get("/api/rules").status_code == 200      # the cookie now carries it
        with TestClient(app, base_url="http://192.0.2.10:8765", cookies={"perfxl_code": "x"}) as c:
            assert c.get("/api/rules").status_code == 401              # a wrong cookie is no code
            assert c.get("/api/rules?code=s3cret-code").status_code == 401   # only the page takes ?code=
    finally:
        app.store.close()


def test_foreign_host_header_refused(client):
    # DNS rebinding: a page at another name resolving to 127.0.0.1 must not reach the server
    r = client.get("/api/rules", headers={"Host": "evil.example:8765"})
    assert r.status_code == 421
    assert client.get("/api/rules", headers={"Host": "localhost:8765"}).status_code == 200


def test_cross_site_post_refused(client):
    book = {"workbook": (EXAMPLE_WORKBOOK.name, EXAMPLE_WORKBOOK.read_bytes())}
    r = client.post("/api/check", files=book, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "跨站" in r.json()["error"]
    r = client.post("/api/check", files=book, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    r = client.post("/ui/template", data={"year": "2024"}, headers={"Origin": "null"})
    assert r.status_code == 403
    r = client.post("/api/check", files=book, headers={"Origin": BASE, "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200


def test_security_headers_everywhere(client):
    for r in (client.get("/"), client.get("/static/app.js"), client.get("/nothing"),
              client.post("/api/check", data={})):
        assert r.headers["content-security-policy"].startswith("default-src 'self'")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_page_has_no_inline_script_or_remote_asset(client):
    page = client.get("/").text
    assert "<script>" not in page and "style=" not in page and "http" not in page.split("<body>")[0]
    for name in ("app.js", "style.css"):
        text = client.get(f"/static/{name}").text
        assert "http://" not in text and "https://" not in text and "innerHTML" not in text


def test_no_directory_listing_or_escape(client):
    for url in ("/static/", "/static", "/static/..%2fserver.py", "/static/%2e%2e/server.py",
                "/static/index.html", "/download/", "/download", "/ui/batch/"):
        r = client.get(url)
        assert r.status_code in (404, 405), url
        assert "server.py" not in r.text and "def " not in r.text


def test_uploads_are_private_and_deleted(client, app, monkeypatch):
    assert stat.S_IMODE(app.store.root.stat().st_mode) == 0o700
    seen = []
    real = service.check

    def spy(book, report, **kw):
        seen.append((book, report, sorted(p.name for p in book.parent.iterdir()),
                     stat.S_IMODE(book.parent.stat().st_mode)))
        return real(book, report, **kw)

    monkeypatch.setattr(service, "check", spy)
    r = client.post("/api/check", files={"workbook": ("../../../etc/评估.xlsx", EXAMPLE_WORKBOOK.read_bytes()),
                                         "narrative": ("..\\..\\报告.txt", REPORT.read_bytes())})
    assert r.status_code == 200
    book, report, names, mode = seen[0]
    assert names == ["narrative.txt", "workbook.xlsx"] and mode == 0o700   # names chosen by the server
    assert book.parent.parent == app.store.root
    assert json.loads(r.content)["inputs"] == {"workbook": "评估.xlsx", "narrative": "报告.txt"}
    assert not book.parent.exists()                 # deleted after the response
    assert list(app.store.root.iterdir()) == []


def test_downloads_expire(client, app):
    body = post_check(client, EXAMPLE_WORKBOOK, url="/ui/check").json()
    kept = list(app.store.root.iterdir())
    assert len(kept) == 2 and all(p.name.startswith("dl-") for p in kept)     # the upload is gone
    token = body["downloads"]["xlsx"].rsplit("/", 1)[1]
    assert len(token) >= 32
    wrong = token[:-1] + ("y" if token.endswith("x") else "x")  # a token ending in "x" stays itself otherwise
    assert client.get(f"/download/{wrong}").status_code == 404
    app.store.ttl = 0
    for d in app.store._downloads.values():
        d.expires = 0
    r = client.get(body["downloads"]["xlsx"])
    assert r.status_code == 404 and "过期" in r.json()["error"]
    assert list(app.store.root.iterdir()) == []


def test_request_body_capped():
    app = server.create_app(max_body=64 * 1024)
    try:
        with TestClient(app, base_url=BASE) as c:
            r = post_check(c, EXAMPLE_WORKBOOK)           # ~30 KB: under the cap
            assert r.status_code == 200
            big = {"workbook": ("大.xlsx", b"0" * (100 * 1024))}
            r = c.post("/api/check", files=big)
            assert r.status_code == 413 and "上限" in r.json()["error"]

            def chunks():                                  # no Content-Length: counted as it arrives
                for _ in range(100):
                    yield b"x" * 1024

            r = c.post("/api/check", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
            assert r.status_code == 413
            assert list(app.store.root.iterdir()) == []
        assert not app.store.root.exists()              # the private folder goes with the server
    finally:
        app.store.close()


def _zip(entries: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("name", ["../逃逸.xlsx", "/etc/绝对.xlsx", "a/../../b.xlsx", "C:/windows/x.xlsx",
                                  "..\\x.xlsx"])
def test_batch_zip_refuses_unsafe_names(client, app, name):
    r = client.post("/api/batch", files={"archive": ("县局.zip", _zip({"好.xlsx": b"x", name: b"x"}))})
    assert r.status_code == 400 and "路径不安全" in r.json()["error"]
    assert list(app.store.root.iterdir()) == []


def test_batch_zip_entry_count_and_size_limits(client, app, monkeypatch):
    monkeypatch.setattr(server, "MAX_ZIP_ENTRIES", 3)
    r = client.post("/api/batch", files={"archive": ("多.zip", _zip({f"{i}.xlsx": b"x" for i in range(4)}))})
    assert r.status_code == 400 and "超过 3 个" in r.json()["error"]
    monkeypatch.setattr(server, "MAX_ZIP_UNPACKED", 1024 * 1024)
    r = client.post("/api/batch", files={"archive": ("大.zip", _zip({"a.xlsx": b"0" * (2 * 1024 * 1024)}))})
    assert r.status_code == 400 and "解压后超过 1MB" in r.json()["error"]
    assert list(app.store.root.iterdir()) == []


def test_batch_zip_lying_sizes_still_capped(tmp_path, monkeypatch):
    # an archive whose directory understates a member's size: counted while unpacking
    monkeypatch.setattr(server, "MAX_ZIP_UNPACKED", 1024 * 1024)
    data = bytearray(_zip({"a.xlsx": b"0" * (2 * 1024 * 1024)}))
    real = (2 * 1024 * 1024).to_bytes(4, "little")
    central = data.rfind(b"PK\x01\x02")
    at = data.index(real, central)               # uncompressed size in the central directory
    data[at:at + 4] = (100).to_bytes(4, "little")
    archive = tmp_path / "a.zip"
    archive.write_bytes(bytes(data))
    (tmp_path / "out").mkdir()
    with pytest.raises(Exception) as err:
        server.unpack_archive(archive, tmp_path / "out", "a.zip")
    assert "解压" in str(err.value)
    assert sum(p.stat().st_size for p in (tmp_path / "out").rglob("*") if p.is_file()) <= 1024 * 1024


def test_not_a_zip_refused(client):
    r = client.post("/api/batch", files={"archive": ("县局.zip", b"plain text")})
    assert r.status_code == 400 and "不是有效的 .zip 压缩包" in r.json()["error"]


def test_workbook_bomb_refused_before_unpacking(client):
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                 "xl/worksheets/sheet1.xml": b"<a>" + b"0" * (30 * 1024 * 1024) + b"</a>"})
    r = client.post("/api/check", files={"workbook": ("炸弹.xlsx", bomb)})
    assert r.status_code == 400 and "炸弹.xlsx" in r.json()["error"] and "安全" in r.json()["error"]


def test_help_does_not_import_the_server():
    import subprocess
    import sys

    code = "import sys; from perfxl.cli import main; main(['--help']) if False else None; " \
           "import perfxl.cli; print('starlette' in sys.modules, 'uvicorn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "False False"


BLANK_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")


@pytest.mark.parametrize("name,data", [("扫描件.pdf", BLANK_PDF), ("坏.pdf", b"%PDF-1.4\nnot a pdf body"),
                                       ("其实是文本.pdf", "基本支出2998.29万元".encode()),
                                       ("旧报告.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)])
def test_refused_report_says_what_the_cli_says(client, capsys, monkeypatch, tmp_path, name, data):
    report = tmp_path / name
    report.write_bytes(data)
    monkeypatch.setenv("PATH", "/nonexistent")        # no LibreOffice: an old .doc is refused, not converted
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["check", "--narrative", name, "--format", "json"]) == 2
    expected = capsys.readouterr().err.removeprefix("perfxl：").rstrip("\n")
    r = post_check(client, None, report)
    assert r.status_code == 400 and r.json()["error"] == expected
    assert name in expected


@pytest.mark.libreoffice
def test_pdf_report_equals_cli(client, capsys, monkeypatch, tmp_path, libreoffice):
    import subprocess

    import docx

    document = docx.Document()
    for line in REPORT.read_text(encoding="utf-8").splitlines()[:20]:
        document.add_paragraph(line)
    document.save(tmp_path / "报告.docx")
    subprocess.run([libreoffice.soffice_path(), "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "报告.docx")], capture_output=True, timeout=180, check=True)
    pdf = tmp_path / "报告.pdf"
    (tmp_path / EXAMPLE_WORKBOOK.name).write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    expected = cli_json(capsys, monkeypatch, tmp_path, EXAMPLE_WORKBOOK.name, "--narrative", pdf.name)
    assert json.loads(expected)["inputs"]["narrative"] == "报告.pdf"
    r = post_check(client, EXAMPLE_WORKBOOK, pdf)
    assert r.status_code == 200 and r.content == expected



def test_unexpected_failure_is_chinese_json(monkeypatch):
    def broken(*args, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "check", broken)
    app = server.create_app()
    try:
        with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c:
            r = post_check(c, EXAMPLE_WORKBOOK)
            assert r.status_code == 500 and r.json()["exit_code"] == 2
            assert r.json()["error"].startswith("处理时出现意外错误（RuntimeError）")
            assert r.headers["x-frame-options"] == "DENY"
            assert list(app.store.root.iterdir()) == []
    finally:
        app.store.close()


@pytest.mark.parametrize("name,plain", [("北山镇.xlsx", "北山镇.xlsx"), ("../../x.xlsx", "x.xlsx"),
                                        ("C:\\\\材料\\\\y.xlsx", "y.xlsx"), ("CON.xlsx", "_CON.xlsx"),
                                        ("a:b?.xlsx", "a_b_.xlsx"), ("..", "文件1"), ("ok. ", "ok")])
def test_batch_upload_names_are_plain(name, plain):
    assert server.plain_name(name, "文件1") == plain


@pytest.mark.parametrize("name", ["CON/a.xlsx", "a/NUL.txt", "a:b.xlsx", "dir /x.xlsx"])
def test_batch_zip_refuses_names_unsafe_elsewhere(client, name):
    r = client.post("/api/batch", files={"archive": ("县局.zip", _zip({name: b"x"}))})
    assert r.status_code == 400 and "路径不安全" in r.json()["error"]


def test_ui_batch_takes_one_zip_as_files(client, tmp_path):
    folder = _county_folder(tmp_path / "县局")
    archive = _zip_folder(folder, tmp_path / "县局.zip")
    job = client.post("/ui/batch", files=[("files", ("县局.zip", archive.read_bytes()))]).json()
    assert job["total"] == 4
    import time
    for _ in range(600):
        status = client.get(f"/ui/batch/{job['job']}").json()
        if status["state"] != "running":
            break
        time.sleep(0.1)
    assert status["state"] == "done"
    assert sorted(x["file"] for x in status["records"])[0] == "县局/乙/一张表.xlsx"   # folders kept
    r = client.post("/ui/batch", files=[("files", ("a.zip", b"x")), ("files", ("b.xlsx", b"x"))])
    assert r.status_code == 400 and r.json()["error"] == "压缩包请单独上传（一次一个 .zip）。"
