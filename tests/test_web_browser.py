"""The page in a real browser (Debian's Chromium, headless) against a running server on loopback."""

import contextlib
import json
import os
import socket
import threading
import time
from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from perfxl.web import server  # noqa: E402

from . import county  # noqa: E402
from .conftest import EXAMPLE_WORKBOOK, ROOT  # noqa: E402

pytestmark = pytest.mark.browser

REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"
SCREENSHOT = ROOT / "docs" / "web.png"
TIMEOUT = 120_000   # ms: against hangs only


@contextlib.contextmanager
def running(app):
    """``app`` served on a free loopback port in a thread; yields its address."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(600):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(30)
        sock.close()
        app.store.close()


@pytest.fixture(scope="module")
def base_url():
    with running(server.create_app()) as url:
        yield url


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT)
    problems = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("request", lambda r: problems.append(f"request outside the server: {r.url}")
          if not r.url.startswith((base_url, "blob:", "data:")) else None)
    pg.problems = problems
    pg.goto(base_url + "/")
    yield pg
    context.close()


def _expected_problems(problems):
    """Console errors the page caused on purpose (a refused upload answers 400)."""
    return [p for p in problems if "status of 400" not in p]


def test_check_page_shows_findings_and_marked_cells(page, base_url, tmp_path):
    assert page.title() == "perfxl 绩效自评检查（网页版）"
    page.set_input_files("#check-workbook", str(EXAMPLE_WORKBOOK))
    page.set_input_files("#check-narrative", str(REPORT))
    page.click("#check-run")
    page.wait_for_selector("#check-result:not([hidden])")
    assert page.inner_text("#check-summary") == "总得分 99.97，评价等级 优；错误 7 项，警告 7 项，提示 20 项。"
    assert page.inner_text("#check-title") == "北山镇人民政府（2023 年度）"
    groups = page.locator(".sheet-group > h3").all_inner_texts()
    assert groups[:2] == ["【附件3基础数据表】", "【附件4绩效自评表】"] and groups[-1] == "【报告正文及其他】"
    assert page.locator(".finding").count() == 34
    assert page.locator(".finding.sev-error").count() == 7
    # the table finding: its rows of the sheet with the flagged cell marked
    card = page.locator(".finding", has_text="项目支出").filter(has=page.locator("td.marked")).first
    assert card.locator("td.marked").first.get_attribute("title") == "F14"
    assert "项目支出：" in card.locator("table.sheet").first.inner_text()
    # the narrative finding: the report sentence with the figure highlighted
    marks = page.locator(".finding.sev-error .quote mark").all_inner_texts()
    assert "82.58%" in marks
    assert page.locator("td.marked").count() >= 20
    page.screenshot(path=str(tmp_path / "full.png"), full_page=True)
    if os.environ.get("PERFXL_KEEP_SCREENSHOT"):
        Path(os.environ["PERFXL_KEEP_SCREENSHOT"]).write_bytes((tmp_path / "full.png").read_bytes())
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size < 300 * 1024
    # download the checked copy and open it
    with page.expect_download() as info:
        page.click("#dl-xlsx")
    copy = tmp_path / info.value.suggested_filename
    info.value.save_as(copy)
    assert copy.name == "北山镇2023_检查结果.xlsx"
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == "检查结果"
    assert wb["附件3基础数据表"]["F14"].comment is not None
    with page.expect_download() as info:
        page.click("#dl-json")
    saved = tmp_path / "r.json"
    info.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8"))["summary"]["errors"] == 7
    assert page.problems == []


def test_check_page_with_last_years_workbook(page, tmp_path):
    from .years import build_pair

    now, last = build_pair(tmp_path, from_budget=True)
    page.set_input_files("#check-workbook", str(now))
    page.set_input_files("#check-previous", str(last))
    page.click("#check-run")
    page.wait_for_selector("#check-result:not([hidden])")
    assert f"上年：{last.name}" in page.inner_text("#check-inputs")
    assert page.locator(".finding", has_text="疑似把上年预算数当成了上年决算数").count() >= 1
    assert page.problems == []


def test_refused_file_shows_chinese_message(page, tmp_path):
    bad = tmp_path / "坏表.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    page.set_input_files("#check-workbook", str(bad))
    page.click("#check-run")
    page.wait_for_selector("#check-error:not([hidden])")
    message = page.inner_text("#check-error")
    assert message.startswith("“坏表.xlsx”不是有效的 .xlsx 文件") and "另存为" in message
    assert page.locator("#check-result").is_hidden()
    assert _expected_problems(page.problems) == []


def test_batch_upload_with_progress(page, tmp_path):
    files = [tmp_path / "北山镇.xlsx", tmp_path / "北山镇.txt"]
    files[0].write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    files[1].write_bytes(REPORT.read_bytes())
    files.append(county.build(tmp_path / "县表.xlsx"))
    files.append(county.build(tmp_path / "一张表.xlsx", one_sheet=True))
    bad = tmp_path / "坏.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    files.append(bad)
    page.click("#tab-batch")
    assert page.locator("#panel-check").is_hidden()
    page.set_input_files("#batch-files", [str(f) for f in files])
    page.click("#batch-run")
    page.wait_for_selector("#batch-status:not([hidden])")
    page.wait_for_selector("#batch-result:not([hidden])")
    assert page.get_attribute("#batch-progress", "max") == "4"
    assert page.eval_on_selector("#batch-progress", "p => p.value") == 4
    assert page.inner_text("#batch-count") == "已检查 4 / 4 份"
    assert page.inner_text("#batch-summary").startswith("共检查 4 份，其中 1 份无法读取")
    rows = page.locator("#batch-table tbody tr")
    assert rows.count() == 4
    bad_row = rows.filter(has_text="坏.xlsx")
    assert "无法读取" in bad_row.inner_text()
    beishan = rows.filter(has_text="北山镇.xlsx")
    assert "北山镇人民政府" in beishan.inner_text()
    beishan.locator("a").click()
    target = page.evaluate("location.hash")
    detail = page.locator(target)
    assert "北山镇.xlsx" in detail.locator("h2").inner_text()
    assert detail.locator(".finding").count() > 10
    assert detail.locator(".sheet-group > h3").all_inner_texts()[-1] == "【报告正文及其他】"
    with page.expect_download() as info:
        page.click("#dl-batch-xlsx")
    out = tmp_path / "汇总.xlsx"
    info.value.save_as(out)
    assert openpyxl.load_workbook(out).sheetnames == ["汇总", "问题清单", "统计图"]
    assert _expected_problems(page.problems) == []


def test_template_tab_downloads(page, tmp_path):
    page.click("#tab-template")
    page.fill("#template-unit", "测试镇人民政府")
    page.fill("#template-year", "2024")
    with page.expect_download() as info:
        page.click("#template-form button")
    assert info.value.suggested_filename == "测试镇人民政府_2024年绩效自评表.xlsx"
    out = tmp_path / "t.xlsx"
    info.value.save_as(out)
    assert "附件3基础数据表" in openpyxl.load_workbook(out).sheetnames
    page.set_input_files("#nextyear-source", str(EXAMPLE_WORKBOOK))
    with page.expect_download() as info:
        page.click("#nextyear-form button")
    assert info.value.suggested_filename == "北山镇人民政府_2024年绩效自评表.xlsx"
    page.set_input_files("#draft-workbook", str(EXAMPLE_WORKBOOK))
    with page.expect_download() as info:
        page.click("#draft-form button")
    assert info.value.suggested_filename == "北山镇人民政府_2023年部门整体支出绩效自评报告（草稿）.docx"
    info.value.save_as(tmp_path / "d.docx")
    assert (tmp_path / "d.docx").read_bytes()[:2] == b"PK"
    page.click("#tab-rules")
    page.wait_for_selector("#rules-table tbody tr")
    assert page.locator("#rules-table tbody tr").count() > 20
    assert page.problems == []


def test_access_code_page_works_after_the_printed_address(browser):
    # the server as `perfxl serve --host 0.0.0.0` runs it (still bound to loopback here)
    with running(server.create_app(access_code="abc-123")) as url:
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(TIMEOUT)
        assert page.goto(url + "/").status == 401
        assert "需要访问码" in page.inner_text("body")
        page.goto(url + "/?code=abc-123")
        assert page.url == url + "/"                   # the code left the address bar for a cookie
        page.set_input_files("#check-workbook", str(EXAMPLE_WORKBOOK))
        page.click("#check-run")
        page.wait_for_selector("#check-result:not([hidden])")
        assert page.inner_text("#check-summary").startswith("总得分 99.97")
        page.click("#tab-rules")
        page.wait_for_selector("#rules-table tbody tr")
        context.close()


def test_stopped_server_is_said_in_chinese(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    with running(server.create_app()) as url:
        page.goto(url + "/")
    page.set_input_files("#check-workbook", str(EXAMPLE_WORKBOOK))
    page.click("#check-run")
    page.wait_for_selector("#check-error:not([hidden])")
    assert page.inner_text("#check-error").startswith("无法连接到 perfxl 服务")
    context.close()
