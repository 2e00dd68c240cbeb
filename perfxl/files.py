"""Safe output: never touch an input, never leave a half-written file behind."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

from .errors import PerfxlError

# Timestamp stamped into generated packages so that the same input gives the same bytes.
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
FIXED_ISO_TIME = "2020-01-01T00:00:00Z"


def check_input(path: Path) -> Path:
    """Refuse, in one sentence, a workbook path that cannot be read at all."""
    p = Path(path)
    if not p.exists():
        raise PerfxlError(f"找不到文件“{p}”，请检查文件名和路径。")
    if p.is_dir():
        raise PerfxlError(f"“{p}”是一个文件夹，请指定其中的 .xlsx 文件。")
    if p.suffix.lower() in (".xls", ".et"):
        raise PerfxlError(f"“{p.name}”是旧版 Excel/WPS 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再试。")
    return p


def check_output_path(path: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> Path:
    """Refuse outputs that would overwrite an input, an unconfirmed file, or a missing folder."""
    target = Path(path)
    for src in inputs:
        src = Path(src)
        if target.resolve() == src.resolve() or (target.exists() and src.exists() and os.path.samefile(target, src)):
            raise PerfxlError(f"输出文件“{target}”就是输入文件，perfxl 不会改写您的原文件，请用 -o 指定另一个文件名。")
    if not target.parent.exists():
        raise PerfxlError(f"输出文件夹“{target.parent}”不存在，请先建立该文件夹或换一个输出位置。")
    if target.exists() and not force:
        raise PerfxlError(f"文件“{target}”已存在；如确需覆盖，请加上 --force，或用 -o 换一个文件名。")
    return target


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".perfxl-", suffix=target.suffix, dir=target.parent)
    except PermissionError:
        raise PerfxlError(f"没有在“{target.parent}”中写文件的权限，请换一个输出位置。") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600; give the output the permissions a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a filename; renamed into
    place only when the block finishes without error."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".perfxl-", suffix=target.suffix, dir=target.parent)
    except PermissionError:
        raise PerfxlError(f"没有在“{target.parent}”中写文件的权限，请换一个输出位置。") from None
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def normalize_package(data: bytes) -> bytes:
    """Rewrite an .xlsx package with fixed timestamps so equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _fix_core_times(content)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


def _fix_core_times(xml: bytes) -> bytes:
    import re

    return re.sub(
        rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
        lambda m: m.group(1) + FIXED_ISO_TIME.encode() + m.group(2),
        xml,
    )
