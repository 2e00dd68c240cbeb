"""``perfxl serve``: a local page and a JSON API over the same pipeline as the command line.

The page (static/) is plain HTML, CSS and JavaScript shipped in the package: it works
offline.  Every call into perfxl goes through ``service``.

Security: loopback by default; any other address needs an access code on every request.
Uploads are written under server-chosen names into a private folder (0700) that is
deleted when the response is done; results offered for download wait under an
unguessable token for a few minutes, then go.  Request bodies are capped, batch archives
are checked entry by entry before anything is unpacked, POSTs from other origins are
refused, and every response carries security headers.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import shutil
import socket
import tempfile
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import PerfxlError
from . import service

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}

MAX_BODY = 256 * 1024 * 1024        # one request: a county's folder zipped stays far below
MAX_ZIP_ENTRIES = 5000              # files in a batch archive
MAX_ZIP_UNPACKED = 1024 * 1024 * 1024   # all files of a batch archive, unpacked
MAX_UPLOAD_FILES = 2000             # files in one batch upload
DOWNLOAD_TTL = 15 * 60              # seconds a checked copy or summary stays downloadable
JOB_TTL = 60 * 60                   # seconds a finished batch stays viewable
CODE_COOKIE = "perfxl_code"
CODE_HEADER = "x-perfxl-code"
EXIT_HEADER = "X-Perfxl-Exit-Code"

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                 b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def display_name(name: str | None, default: str) -> str:
    """A name to show for an uploaded file: its last path component, printable, not too
    long.  It is never used as a path."""
    name = re.split(r"[\\/]", name or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[-120:] if name and name not in (".", "..") else default


def _suffix(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ""


def page_response(message: str, status: int) -> Response:
    """A refusal a person sees in the browser: one Chinese sentence on a page."""
    from html import escape

    body = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>perfxl</title></head>'
            f"<body><h1>perfxl 网页版</h1><p>{escape(message)}</p></body></html>")
    return Response(body.encode("utf-8"), status_code=status, media_type="text/html; charset=utf-8")


def error_response(message: str, status: int = 400, exit_code: int = service.EXIT_USAGE) -> JSONResponse:
    return JSONResponse({"error": message, "exit_code": exit_code}, status_code=status,
                        headers={EXIT_HEADER: str(exit_code)})


# -- private files ------------------------------------------------------------------------

@dataclass
class Download:
    path: Path
    filename: str
    media: str
    expires: float


class Store:
    """The server's private folder: per-request upload folders and expiring downloads."""

    def __init__(self, ttl: float = DOWNLOAD_TTL) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="perfxl-web-"))   # mode 0700
        self.ttl = ttl
        self._downloads: dict[str, Download] = {}
        self._lock = threading.Lock()

    def upload_dir(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="up-", dir=self.root))

    def new_download(self, filename: str, media: str) -> tuple[str, Path]:
        """A token and the path to write the download to."""
        self.purge()
        token = secrets.token_urlsafe(24)
        folder = Path(tempfile.mkdtemp(prefix="dl-", dir=self.root))
        path = folder / ("result" + _suffix(filename))
        with self._lock:
            self._downloads[token] = Download(path, filename, media, time.monotonic() + self.ttl)
        return token, path

    def get(self, token: str) -> Download | None:
        self.purge()
        with self._lock:
            item = self._downloads.get(token)
        return item if item is not None and item.path.exists() else None

    def purge(self) -> None:
        now = time.monotonic()
        with self._lock:
            expired = [t for t, d in self._downloads.items() if d.expires <= now]
            gone = [self._downloads.pop(t) for t in expired]
        for d in gone:
            shutil.rmtree(d.path.parent, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._downloads.clear()
        shutil.rmtree(self.root, ignore_errors=True)


# -- uploads ------------------------------------------------------------------------------

async def _form(request: Request):
    try:
        return await request.form(max_files=MAX_UPLOAD_FILES, max_fields=50)
    except PerfxlError:
        raise
    except _BodyTooLarge:
        raise
    except Exception:
        raise PerfxlError("上传的内容无法解析（不是完整的文件上传表单），请重新选择文件后再试。") from None


async def _save(upload, folder: Path, stem: str) -> Path:
    """Write an uploaded file under a name the server chose (``stem`` plus a plain suffix)."""
    path = folder / (stem + _suffix(upload.filename or ""))
    with open(path, "xb") as fh:
        while chunk := await upload.read(1024 * 1024):
            fh.write(chunk)
    return path


def _upload(form, key: str):
    item = form.get(key)
    return item if item is not None and hasattr(item, "filename") and item.filename else None


_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def _plain_part(part: str) -> bool:
    """A file or folder name that is safe on every system: no separators, no control or
    reserved characters, not a device name, not "." or "..", not too long."""
    return (0 < len(part) <= 200 and part not in (".", "..") and not re.search(r'[<>:"|?*\\/]', part)
            and not any(unicodedata.category(c)[0] == "C" for c in part) and part == part.rstrip(". ")
            and part.split(".")[0].upper() not in _WINDOWS_DEVICES)


def plain_name(name: str, default: str) -> str:
    """An uploaded file's display name made into a plain file name (batch uploads keep
    names, so that reports pair with their workbooks by name)."""
    name = re.sub(r'[<>:"|?*]', "_", display_name(name, default)).rstrip(". ")
    if name.split(".")[0].upper() in _WINDOWS_DEVICES or not _plain_part(name):
        name = "_" + name if _plain_part("_" + name) else default
    return name


def _safe_member(name: str) -> list[str] | None:
    """The path parts of an archive member, or None when the name is not a plain relative path."""
    name = name.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or not all(_plain_part(p) for p in parts):
        return None
    return parts


def member_name(info: zipfile.ZipInfo) -> str:
    """An archive member's name as its author wrote it.  Without the UTF-8 flag (bit 11)
    the zip format says CP437, but Windows' own "send to compressed folder" on a Chinese
    system stores GBK there, and some tools store UTF-8 without setting the flag."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def single_top_folder(archive: Path) -> str | None:
    """The one folder every file of the archive sits in (a zipped folder), if there is one."""
    try:
        with zipfile.ZipFile(archive) as zf:
            tops = {(_safe_member(member_name(i)) or ["", ""])[0] for i in zf.infolist() if not i.is_dir()}
            deep = all(len(_safe_member(member_name(i)) or []) > 1 for i in zf.infolist() if not i.is_dir())
    except (zipfile.BadZipFile, OSError):
        return None
    return tops.pop() if len(tops) == 1 and deep and "" not in tops else None


def unpack_archive(archive: Path, target: Path, shown: str, strip: str | None = None) -> int:
    """Unpack a batch .zip after checking every entry: count, declared and actual sizes,
    and names (no absolute paths, no ``..``); ``strip`` is a top folder left out, so a
    zipped folder unpacks as that folder.  Returns the number of files written."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        raise PerfxlError(f"“{shown}”不是有效的 .zip 压缩包，请重新压缩后再试。") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise PerfxlError(f"压缩包“{shown}”中有 {len(infos)} 个文件，超过 {MAX_ZIP_ENTRIES} 个，请分批上传。")
        if sum(i.file_size for i in infos) > MAX_ZIP_UNPACKED:
            raise PerfxlError(f"压缩包“{shown}”解压后超过 {MAX_ZIP_UNPACKED // 1024 // 1024}MB，为安全起见不予解压，请分批上传。")
        for info in infos:
            if _safe_member(member_name(info)) is None:
                raise PerfxlError(f"压缩包“{shown}”中的“{member_name(info)}”路径不安全（绝对路径、含“..”或特殊字符），"
                                  "为安全起见不予解压，请重新压缩后再试。")
        written = 0
        for info in infos:
            name = member_name(info)
            parts = _safe_member(name)
            if any(p.startswith("__MACOSX") for p in parts):
                continue
            if strip is not None and len(parts) > 1 and parts[0] == strip:
                parts = parts[1:]
            dest = target.joinpath(*parts)
            if target.resolve() not in dest.resolve().parents:
                raise PerfxlError(f"压缩包“{shown}”中的“{name}”路径不安全，为安全起见不予解压。")
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, open(dest, "xb") as out:
                    while chunk := src.read(1024 * 1024):
                        written += len(chunk)
                        if written > MAX_ZIP_UNPACKED:
                            raise PerfxlError(f"压缩包“{shown}”解压后超过 {MAX_ZIP_UNPACKED // 1024 // 1024}MB，"
                                              "为安全起见不予解压，请分批上传。")
                        out.write(chunk)
            except FileExistsError:
                raise PerfxlError(f"压缩包“{shown}”中“{name}”出现了两次，请重新压缩后再试。") from None
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError):
                raise PerfxlError(f"压缩包“{shown}”中的“{name}”无法解压，可能已损坏或加密，请重新压缩后再试。") from None
        return len(infos)


# -- what the page shows beyond the JSON ----------------------------------------------------

_SENTENCE_END = "。！？；!?\n"


def _cell_text(cell, value: Any = None) -> str:
    value = cell.value if value is None else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if "%" in (cell.number_format or ""):
            return f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%"
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def _ref(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    if not m:
        return None
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def sheet_rows(grids: list, cells: list[str], computed: dict[str, Any] | None = None,
               max_rows: int = 8, max_cols: int = 16) -> list[dict[str, Any]]:
    """For each sheet a finding points at: its flagged rows as a small table, flagged cells marked."""
    computed = computed or {}
    col_letter = service.col_letter

    by_title = {g.title: g for g in grids}
    wanted: dict[str, set[tuple[int, int]]] = {}
    for address in cells:
        sheet, _, ref = address.rpartition("!")
        pos = _ref(ref)
        if sheet in by_title and pos:
            wanted.setdefault(sheet, set()).add(pos)
    tables = []
    for sheet, marks in wanted.items():
        grid = by_title[sheet]
        rows = sorted({r for r, _ in marks})[:max_rows]
        last = max(min(grid.max_col, max_cols), max(c for _, c in marks if c <= max_cols + 10) if marks else 1)
        last = min(last, max_cols + 10)
        body = []
        for r in rows:
            shown = []
            for c in range(1, last + 1):
                cell, text = grid.get(r, c), ""
                ref = f"{col_letter(c)}{r}"
                if cell.merged_from is None:
                    text = _cell_text(cell, computed.get(f"{sheet}!{ref}") if cell.value is None else None)
                elif cell.merged_from[1] == c:   # a label merged down over several rows
                    text = _cell_text(grid.get(*cell.merged_from))
                shown.append({"text": text, "ref": ref, "marked": (r, c) in marks})
            body.append({"row": r, "cells": shown})
        tables.append({"sheet": sheet, "columns": [col_letter(c) for c in range(1, last + 1)], "rows": body,
                       "more_rows": len({r for r, _ in marks}) - len(rows)})
    return tables


def sentences(text: str | None, spans: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The report sentences a finding quotes, each as parts to show, its figures marked
    (several figures of one sentence are marked in one quote)."""
    if not spans:
        return []
    quotes: dict[tuple[int, int], list[tuple[int, int]]] = {}
    loose = []
    for span in spans:
        start, end = span.get("start"), span.get("end")
        if text is None or not isinstance(start, int) or not isinstance(end, int) or text[start:end] != span.get("text"):
            loose.append([{"text": span.get("text") or "", "mark": True}])
            continue
        s = max(max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1, start - 200)
        e = min((i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0), default=len(text))
        e = min(e + 1, end + 200, len(text))
        quotes.setdefault((s, e), []).append((start, end))
    out = []
    for (s, e), marks in quotes.items():
        parts, at = [], s
        for start, end in sorted(set(marks)):
            if start < at:          # overlapping figures: the first one wins
                continue
            if start > at:
                parts.append({"text": text[at:start], "mark": False})
            parts.append({"text": text[start:end], "mark": True})
            at = end
        if at < e:
            parts.append({"text": text[at:e], "mark": False})
        parts[0]["text"] = parts[0]["text"].lstrip() if not parts[0]["mark"] else parts[0]["text"]
        parts[-1]["text"] = parts[-1]["text"].rstrip() if not parts[-1]["mark"] else parts[-1]["text"]
        out.append(parts)
    return out + loose


# -- batch jobs -----------------------------------------------------------------------------

@dataclass
class Job:
    total: int = 0
    done: int = 0
    state: str = "running"          # running, done, failed
    error: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    downloads: dict[str, str] = field(default_factory=dict)
    finished: float = 0.0


class App:
    def __init__(self, access_code: str | None = None, max_body: int = MAX_BODY) -> None:
        self.access_code = access_code
        self.max_body = max_body
        self.store = Store()
        self.jobs: dict[str, Job] = {}
        self.work = threading.Semaphore(2)     # checks at once: memory stays bounded
        self.asgi = Starlette(routes=[
            Route("/", self.index),
            Route("/static/{name}", self.static),
            Route("/api/rules", self.api_rules),
            Route("/api/check", self.api_check, methods=["POST"]),
            Route("/api/batch", self.api_batch, methods=["POST"]),
            Route("/ui/check", self.ui_check, methods=["POST"]),
            Route("/ui/batch", self.ui_batch, methods=["POST"]),
            Route("/ui/batch/{token}", self.ui_batch_status),
            Route("/ui/template", self.ui_template, methods=["POST"]),
            Route("/ui/draft", self.ui_draft, methods=["POST"]),
            Route("/download/{token}", self.download),
        ], exception_handlers={404: self.not_found, 405: self.not_allowed, Exception: self.unexpected,
                               _BodyTooLarge: lambda request, exc: self._too_large()},
            lifespan=self._lifespan)

    @contextlib.asynccontextmanager
    async def _lifespan(self, app):
        try:
            yield
        finally:
            self.store.close()

    # -- ASGI entry: the guards every request passes ----------------------------------------

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":     # none are served
            return await send({"type": "websocket.close", "code": 1008})
        if scope["type"] != "http":
            return await self.asgi(scope, receive, send)

        started = False

        async def send_secure(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(SECURITY_HEADERS)]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        refusal = self._refuse(scope)
        if refusal is not None:
            return await refusal(scope, receive, send_secure)
        headers = _headers(scope)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await self._too_large()(scope, receive, send_secure)
        seen = 0

        async def receive_capped():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge()
            return message

        try:
            await self.asgi(scope, receive_capped, send_secure)
        except _BodyTooLarge:
            if not started:
                await self._too_large()(scope, receive, send_secure)

    def _too_large(self):
        return error_response(f"上传的内容超过 {self.max_body // 1024 // 1024}MB 上限，请分批上传。", 413)

    def _refuse(self, scope) -> Response | None:
        headers = _headers(scope)
        host = headers.get("host", "")
        hostname = re.sub(r":\d+$", "", host)
        if not self.access_code and not is_loopback(hostname):   # DNS rebinding: a foreign name for 127.0.0.1
            return error_response("请求的主机名不符，已拒绝（请使用启动时显示的地址）。", 421)
        if scope["method"] not in ("GET", "HEAD"):
            origin = headers.get("origin")
            site = headers.get("sec-fetch-site")
            if origin is not None and origin != f"http://{host}":
                return error_response("拒绝来自其他网页的请求（跨站请求）。", 403)
            if origin is None and site not in (None, "same-origin", "none"):
                return error_response("拒绝来自其他网页的请求（跨站请求）。", 403)
        if self.access_code and not self._has_code(scope, headers):
            if scope["method"] == "GET" and "text/html" in headers.get("accept", ""):
                return page_response("需要访问码：请使用启动 perfxl serve 时命令行窗口中显示的带访问码的地址。", 401)
            return error_response("需要访问码：请使用启动时显示的带访问码的地址，"
                                  "或在请求头 X-Perfxl-Code 中提供访问码。", 401)
        return None

    def _has_code(self, scope, headers) -> bool:
        code = self.access_code.encode()
        given = headers.get(CODE_HEADER)
        if given is None and "cookie" in headers:
            cookie = SimpleCookie()
            try:
                cookie.load(headers["cookie"])
            except Exception:
                pass
            given = cookie[CODE_COOKIE].value if CODE_COOKIE in cookie else None
        if given is None and scope["path"] == "/" and scope["method"] == "GET":
            given = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("code") or [None])[0]
        return given is not None and hmac.compare_digest(given.encode(), code)

    # -- pages ------------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        if self.access_code and request.query_params.get("code"):
            # the code from the address moves into a cookie, out of the address bar
            response = Response(status_code=303, headers={"location": "/"})
            response.set_cookie(CODE_COOKIE, self.access_code, httponly=True, samesite="strict")
            return response
        return Response((STATIC / "index.html").read_bytes(), media_type=STATIC_TYPES[".html"])

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = STATIC / name
        if not re.fullmatch(r"[a-z0-9_-]+\.(css|js|svg)", name) or not path.is_file():
            return await self.not_found(request, None)
        return Response(path.read_bytes(), media_type=STATIC_TYPES[path.suffix])

    async def not_found(self, request: Request, exc) -> Response:
        return error_response("没有这个页面。", 404)

    async def unexpected(self, request: Request, exc) -> Response:
        if os.environ.get("PERFXL_DEBUG"):
            raise exc
        return error_response(f"处理时出现意外错误（{type(exc).__name__}），请把文件发给维护人员；"
                              "设置 PERFXL_DEBUG=1 后重新启动可查看详细信息。", 500)

    async def not_allowed(self, request: Request, exc) -> Response:
        return error_response("不支持这种请求方式。", 405)

    # -- API ------------------------------------------------------------------------------

    async def api_rules(self, request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(service.rules))

    async def _checked(self, request: Request):
        """Read a check form (``workbook``, optional ``narrative``) and check it."""
        form = await _form(request)
        book, report, last = _upload(form, "workbook"), _upload(form, "narrative"), _upload(form, "previous")
        if book is None and report is None:
            raise PerfxlError("请选择要检查的工作簿（.xlsx），也可以同时选择自评报告。")
        folder = self.store.upload_dir()
        try:
            book_path = await _save(book, folder, "workbook") if book else None
            report_path = await _save(report, folder, "narrative") if report else None
            last_path = await _save(last, folder, "previous") if last else None
            book_name = display_name(book.filename, "工作簿.xlsx") if book else None
            report_name = display_name(report.filename, "自评报告") if report else None
            last_name = display_name(last.filename, "上年工作簿.xlsx") if last else None

            def run():
                with self.work:
                    return service.check(book_path, report_path, workbook_name=book_name,
                                         narrative_name=report_name, previous=last_path, previous_name=last_name)

            checked = await run_in_threadpool(run)
            return checked, folder, book_name
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            await form.close()

    async def api_check(self, request: Request) -> Response:
        try:
            checked, folder, _ = await self._checked(request)
        except PerfxlError as exc:
            return error_response(str(exc))
        try:
            text = checked.json()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return Response(text.encode("utf-8"), media_type="application/json; charset=utf-8",
                        headers={EXIT_HEADER: str(checked.exit_code)})

    async def ui_check(self, request: Request) -> Response:
        """The page's check: the JSON, plus rows and sentences to show, plus download links."""
        try:
            checked, folder, book_name = await self._checked(request)
        except PerfxlError as exc:
            return error_response(str(exc))
        try:
            text = checked.json()
            result = json.loads(text)
            downloads = {}
            stem = os.path.splitext(book_name or "检查结果")[0]
            token, path = self.store.new_download(f"{stem}_检查结果.json", "application/json")
            path.write_text(text, encoding="utf-8")
            downloads["json"] = f"/download/{token}"
            if checked.workbook is not None:
                token, path = self.store.new_download(f"{stem}_检查结果.xlsx", XLSX)
                await run_in_threadpool(checked.checked_copy, path)
                downloads["xlsx"] = f"/download/{token}"
        except PerfxlError as exc:
            return error_response(str(exc))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        computed = checked.computed_values()
        views = [{"tables": sheet_rows(checked.grids, f["cells"], computed),
                  "sentences": sentences(checked.narrative_text, f["narrative"])} for f in result["findings"]]
        return JSONResponse({"result": result, "summary_line": checked.review.summary_line(), "views": views,
                             "sheet_order": checked.review.sheet_order, "downloads": downloads,
                             "exit_code": checked.exit_code}, headers={EXIT_HEADER: str(checked.exit_code)})

    async def _batch_folder(self, request: Request) -> tuple[Path, Path, str]:
        """The uploaded batch unpacked into a private folder: (folder to delete, root, shown name)."""
        form = await _form(request)
        folder = self.store.upload_dir()
        try:
            files = [f for f in form.getlist("files") if hasattr(f, "filename") and f.filename]
            archive = _upload(form, "archive")
            if archive is None and len(files) == 1 and _suffix(files[0].filename) == ".zip":
                archive, files = files[0], []
            if archive is not None:
                shown_zip = display_name(archive.filename, "批量.zip")
                if _suffix(shown_zip) != ".zip":
                    raise PerfxlError(f"“{shown_zip}”不是 .zip 压缩包，请把文件夹压缩为 .zip 后上传。")
                saved = await _save(archive, folder, "archive")
                # A zipped folder is checked as that folder (named like `perfxl batch 各乡镇`).
                top = await run_in_threadpool(single_top_folder, saved)
                shown = top or shown_zip[:-4] or "批量"
                root = folder / "root"
                root.mkdir()
                await run_in_threadpool(unpack_archive, saved, root, shown_zip, top)
                saved.unlink()
                return folder, root, shown
            if not files:
                raise PerfxlError("请选择要批量检查的工作簿，或一个 .zip 压缩包。")
            root = folder / "root"
            root.mkdir()
            used: set[str] = set()
            for i, f in enumerate(files):
                name = plain_name(f.filename or "", f"文件{i + 1}")
                if name.lower().endswith(".zip"):
                    raise PerfxlError("压缩包请单独上传（一次一个 .zip）。")
                if name.startswith(".") or name in used:
                    name = f"{i + 1}_{name.lstrip('.')}"
                used.add(name)
                with open(root / name, "xb") as out:
                    while chunk := await f.read(1024 * 1024):
                        out.write(chunk)
            return folder, root, "上传文件"
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            await form.close()

    async def api_batch(self, request: Request) -> Response:
        try:
            folder, root, shown = await self._batch_folder(request)
        except PerfxlError as exc:
            return error_response(str(exc))
        try:
            target = folder / "batch.json"

            def run():
                with self.work:
                    return service.batch_json(service.batch_records(root, shown), shown, target)

            code = await run_in_threadpool(run)
            text = target.read_text(encoding="utf-8")
        except PerfxlError as exc:
            return error_response(str(exc))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return Response(text.encode("utf-8"), media_type="application/json; charset=utf-8",
                        headers={EXIT_HEADER: str(code)})

    async def ui_batch(self, request: Request) -> Response:
        """Start a batch review in the background; the page polls its progress."""
        self._purge_jobs()
        try:
            folder, root, shown = await self._batch_folder(request)
        except PerfxlError as exc:
            return error_response(str(exc))
        try:
            total = service.count_workbooks(root)
            if not total:
                raise PerfxlError("上传的文件中没有 .xlsx 工作簿。")
        except PerfxlError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return error_response(str(exc))
        token = secrets.token_urlsafe(24)
        job = self.jobs[token] = Job(total=total)
        threading.Thread(target=self._run_batch, args=(job, folder, root, shown), daemon=True).start()
        return JSONResponse({"job": token, "total": total})

    def _run_batch(self, job: Job, folder: Path, root: Path, shown: str) -> None:
        try:
            def progress():
                for record in service.batch_records(root, shown):
                    job.records.append(record)
                    job.done += 1
                    yield record

            with self.work:
                token, path = self.store.new_download(f"{shown}_检查汇总.json", "application/json")
                service.batch_json(progress(), shown, path)
                job.downloads["json"] = f"/download/{token}"
                token, path = self.store.new_download(f"{shown}_检查汇总.xlsx", XLSX)
                service.summary_workbook(job.records, path)
                job.downloads["xlsx"] = f"/download/{token}"
            job.state = "done"
        except PerfxlError as exc:
            job.state, job.error = "failed", str(exc)
        except Exception as exc:
            job.state, job.error = "failed", f"批量检查时出现意外错误（{type(exc).__name__}），请把文件发给维护人员。"
        finally:
            job.finished = time.monotonic()
            shutil.rmtree(folder, ignore_errors=True)

    def _purge_jobs(self) -> None:
        now = time.monotonic()
        for token in [t for t, j in self.jobs.items() if j.state != "running" and now - j.finished > JOB_TTL]:
            self.jobs.pop(token, None)

    async def ui_batch_status(self, request: Request) -> Response:
        job = self.jobs.get(request.path_params["token"])
        if job is None:
            return error_response("没有这个批量检查任务（可能已过期），请重新上传。", 404)
        body: dict[str, Any] = {"state": job.state, "done": job.done, "total": job.total, "error": job.error}
        if job.state == "done":
            body["records"] = job.records
            body["downloads"] = job.downloads
        return JSONResponse(body)

    async def _file_answer(self, request: Request, make, media: str) -> Response:
        """A file made from the posted form (``make(form, folders)`` gives its name and bytes);
        the upload folders it asked for are removed whatever happens."""
        form = await _form(request)
        folders: list[Path] = []
        try:
            name, data = await make(form, folders)
        except PerfxlError as exc:
            return error_response(str(exc))
        finally:
            await form.close()
            for folder in folders:
                shutil.rmtree(folder, ignore_errors=True)
        return Response(data, media_type=media, headers={"content-disposition": _attachment(name)})

    async def ui_template(self, request: Request) -> Response:
        return await self._file_answer(request, self._template, XLSX)

    async def _template(self, form, folders: list[Path]) -> tuple[str, bytes]:
        unit = (form.get("unit") or "").strip()[:100] or None
        year_text = (form.get("year") or "").strip()
        if year_text and not re.fullmatch(r"\d{4}", year_text):
            raise PerfxlError("年度请填写四位数字，例如 2024。")
        year = int(year_text) if year_text else None
        if year is not None and not 2000 <= year <= 2100:
            raise PerfxlError("年度请填写 2000 至 2100 之间的年份。")
        source = _upload(form, "source")
        if source is not None:
            folders.append(self.store.upload_dir())
            path = await _save(source, folders[-1], "source")
            shown = display_name(source.filename, "工作簿.xlsx")
            return await run_in_threadpool(service.next_year, path, year, unit, source_name=shown)
        if year is None:
            raise PerfxlError("请填写评价年度，例如 2024。")
        return await run_in_threadpool(service.blank_template, unit, year)

    async def ui_draft(self, request: Request) -> Response:
        """The 自评报告 draft of an uploaded workbook (same as ``perfxl report``)."""
        return await self._file_answer(request, self._draft, DOCX)

    async def _draft(self, form, folders: list[Path]) -> tuple[str, bytes]:
        upload = _upload(form, "workbook")
        if upload is None:
            raise PerfxlError("请先选择填好的工作簿（.xlsx）。")
        folders.append(self.store.upload_dir())
        path = await _save(upload, folders[-1], "workbook")
        shown = display_name(upload.filename, "工作簿.xlsx")
        return await run_in_threadpool(service.report_draft, path, workbook_name=shown)

    async def download(self, request: Request) -> Response:
        item = self.store.get(request.path_params["token"])
        if item is None:
            return error_response("下载链接已过期或不存在，请重新检查。", 404)
        return Response(item.path.read_bytes(), media_type=item.media,
                        headers={"content-disposition": _attachment(item.filename)})


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class _BodyTooLarge(Exception):
    pass


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _attachment(filename: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def create_app(access_code: str | None = None, max_body: int = MAX_BODY) -> App:
    return App(access_code, max_body)


def serve(host: str = "127.0.0.1", port: int = 8765, open_browser: bool = True,
          access_code: str | None = None) -> None:
    """Run the server until Ctrl+C."""
    import logging

    import uvicorn

    # Libraries' own English diagnostics (python-multipart on a malformed upload) are not
    # for users: the request gets its Chinese answer, the console stays quiet.
    for name in ("multipart", "python_multipart"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    sock = bind(host, port)
    if not is_loopback(host):
        print(f"注意：服务监听 {host}，同一网络中的其他电脑也能访问，每次访问都需要访问码。")
        if not access_code:
            access_code = secrets.token_urlsafe(12)
            print(f"已生成访问码：{access_code}")
    app = create_app(access_code=access_code)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{port}/"
    if access_code:
        url += f"?code={quote(access_code)}"
    print(f"perfxl 网页版已启动：{url}\n按 Ctrl+C 停止。")
    if open_browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            server_header=False, date_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        app.store.close()


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a taken port is one Chinese sentence."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror:
        raise PerfxlError(f"监听地址“{host}”无效，请用 --host 指定本机的 IP 地址（默认 127.0.0.1）。") from None
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":   # on Windows this flag would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise PerfxlError(f"无法在 {host}:{port} 启动服务（{exc.strerror or exc}），"
                          "端口可能已被占用，请用 --port 换一个端口。") from None
    return sock
