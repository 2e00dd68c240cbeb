"""Safe input and output: read regular files only (with bounded reads), never write onto an
input, a device or a folder, never leave a half-written file behind, never overwrite without
--force (even when two runs race for the same name)."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import PerfxlError

# Timestamp stamped into generated packages so that the same input gives the same bytes.
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
FIXED_ISO_TIME = "2020-01-01T00:00:00Z"
MAX_NAME_BYTES = 255          # one path component, on every common file system
MAX_NAME_CHARS = 60           # names perfxl builds from content (unit names…)


# -- OS conditions as one Chinese sentence ------------------------------------------------

def os_error_message(exc: OSError, path: "Path | str | None" = None) -> str:
    """One Chinese sentence for an ordinary OS condition (full disk, no permission…)."""
    where = path if path is not None else (exc.filename if exc.filename is not None else "")
    shown = f"“{where}”" if where != "" else "文件"
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"磁盘空间不足，无法写入{shown}，请清理磁盘或换一个输出位置后重试。"
    if code == errno.EROFS:
        return f"{shown}所在的磁盘是只读的，无法写入，请换一个输出位置。"
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return f"没有访问{shown}的权限，请检查文件权限（或关闭占用它的程序），或换一个位置。"
    if code == errno.ENAMETOOLONG:
        return f"文件名或路径过长（{shown}），请换一个短一些的文件名或位置。"
    if code == errno.ENOTDIR:
        return f"路径{shown}中有一部分是文件而不是文件夹，请检查路径。"
    if code == errno.EISDIR:
        return f"{shown}是一个文件夹，请指定文件名。"
    if code == errno.ELOOP:
        return f"{shown}是循环的快捷方式（符号链接），无法打开，请检查该路径。"
    if code == errno.ENOENT:
        return f"找不到{shown}，请检查文件名和路径。"
    if code in (errno.EMFILE, errno.ENFILE):
        return "同时打开的文件过多，请关闭一些程序后重试。"
    if code == errno.EIO:
        return f"读写{shown}时出现磁盘错误，请检查磁盘或换一个位置后重试。"
    return f"读写{shown}时出错（系统错误码 {code}），请检查磁盘、路径和权限后重试。"


# -- inputs -----------------------------------------------------------------------------

def _not_regular(p: Path) -> str:
    return f"“{p}”不是普通文件（可能是设备、管道，或指向它们的快捷方式），请指定保存在磁盘上的文件。"


def check_input(path: Path) -> Path:
    """Refuse, in one sentence, a workbook path that cannot be read at all."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            raise PerfxlError(f"“{p}”是一个失效的快捷方式（符号链接），请指定实际的文件。") from None
        raise PerfxlError(f"找不到文件“{p}”，请检查文件名和路径。") from None
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, p)) from None
    if stat.S_ISDIR(st.st_mode):
        raise PerfxlError(f"“{p}”是一个文件夹，请指定其中的 .xlsx 文件。")
    if not stat.S_ISREG(st.st_mode):
        raise PerfxlError(_not_regular(p))
    return p


def open_regular(path: Path, what: str = "文件") -> IO[bytes]:
    """Open ``path`` for reading only if it is a regular file: never blocks on a FIFO,
    never reads a device such as /dev/zero (directly or through a symlink)."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise PerfxlError(f"找不到{what}“{p}”，请检查文件名和路径。") from None
    except IsADirectoryError:
        raise PerfxlError(f"“{p}”是一个文件夹，请指定{what}。") from None
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, p)) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise PerfxlError(f"“{p}”是一个文件夹，请指定{what}。")
        raise PerfxlError(_not_regular(p))
    return os.fdopen(fd, "rb")


def read_limited(path: Path, limit: int, too_big: str, what: str = "文件") -> bytes:
    """The bytes of a regular file, refused with ``too_big`` beyond ``limit`` bytes."""
    with open_regular(path, what) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PerfxlError(too_big)
    return data


# -- outputs ----------------------------------------------------------------------------

def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
    except (OSError, RuntimeError):   # a symlink loop resolves to nothing
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(target: Path, tree: Path) -> bool:
    try:
        t, root = target.resolve(), tree.resolve()
    except (OSError, RuntimeError):
        return False
    return t == root or root in t.parents


def _check_folder(target: Path) -> None:
    parent = target.parent
    try:
        st = os.stat(parent)
    except (FileNotFoundError, NotADirectoryError):
        for up in parent.parents:
            if up.exists() and not up.is_dir():
                raise PerfxlError(f"输出路径“{target}”中的“{up}”是一个文件，不是文件夹，请换一个输出位置。") from None
        if parent.exists() and not parent.is_dir():
            raise PerfxlError(f"输出路径“{target}”中的“{parent}”是一个文件，不是文件夹，请换一个输出位置。") from None
        raise PerfxlError(f"输出文件夹“{parent}”不存在，请先建立该文件夹或换一个输出位置。") from None
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, parent)) from None
    if not stat.S_ISDIR(st.st_mode):
        raise PerfxlError(f"输出路径“{target}”中的“{parent}”是一个文件，不是文件夹，请换一个输出位置。")
    if not os.access(parent, os.W_OK):
        raise PerfxlError(f"没有在“{parent}”中写文件的权限，请换一个输出位置。")


def _refuse_existing(target: Path, force: bool) -> None:
    """Only regular files are ever replaced, and only with --force."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(target) and not force:   # a dangling symlink is still a name in use
            raise PerfxlError(f"文件“{target}”已存在；如确需覆盖，请加上 --force，或用 -o 换一个文件名。") from None
        return
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, target)) from None
    if stat.S_ISDIR(st.st_mode):
        raise PerfxlError(f"“{target}”是一个文件夹，请在 -o 中写出文件名（例如“{target / '结果.xlsx'}”）。")
    if not stat.S_ISREG(st.st_mode):
        raise PerfxlError(f"“{target}”不是普通文件（可能是设备或管道），perfxl 只会写入普通文件，请用 -o 换一个输出文件名。")
    if not force:
        raise PerfxlError(f"文件“{target}”已存在；如确需覆盖，请加上 --force，或用 -o 换一个文件名。")
    if not os.access(target, os.W_OK):
        raise PerfxlError(f"文件“{target}”是只读的，perfxl 不会覆盖它；请换一个输出文件名，或先取消它的只读属性。")


def check_output_path(path: "Path | str", *, force: bool = False, inputs: Iterable[Path] = (),
                      trees: Iterable[Path] = ()) -> Path:
    """Refuse an output that would overwrite an input of the run (``inputs``, or anything
    already inside one of the folders ``trees``), a device, FIFO or folder, an existing
    file without ``force``, or a name the file system cannot hold."""
    if not str(path).strip():
        raise PerfxlError("输出文件名为空，请在 -o 后写上文件名。")
    target = Path(path)
    if target.name in ("", ".", "..") or str(path).endswith(("/", os.sep)):
        raise PerfxlError(f"“{path}”不是文件名，请在 -o 中写出完整的文件名（例如 结果.xlsx）。")
    if len(os.fsencode(target.name)) > MAX_NAME_BYTES:
        raise PerfxlError(f"输出文件名过长（超过 {MAX_NAME_BYTES} 字节），请换一个短一些的文件名。")
    for src in inputs:
        if src is not None and _same_file(target, Path(src)):
            raise PerfxlError(f"输出文件“{target}”就是输入文件，perfxl 不会改写您的原文件，请用 -o 指定另一个文件名。")
    for tree in trees:
        if os.path.lexists(target) and _inside(target, Path(tree)):
            raise PerfxlError(f"输出文件“{target}”在被检查的文件夹“{tree}”中，perfxl 不会改写其中的文件，"
                              "请用 -o 把结果写到该文件夹以外。")
    _check_folder(target)
    _refuse_existing(target, force)
    return target


def _finish_mode(tmp: str) -> None:
    # mkstemp creates 0600; give the output the permissions a plain open() would.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)


def _publish(tmp: str, target: Path, force: bool) -> None:
    """Move the finished temporary file into place: with ``force`` replacing a regular file
    only; without, creating the name exclusively so a concurrent run is refused."""
    if force:
        _refuse_existing(target, True)
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise PerfxlError(f"文件“{target}”已存在；如确需覆盖，请加上 --force，或用 -o 换一个文件名。") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS,
                             getattr(errno, "ENOTSUP", -1), getattr(errno, "EOPNOTSUPP", -1)):
            raise
        # no hard links here (FAT, some network shares): claim the name, then replace it
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            raise PerfxlError(f"文件“{target}”已存在；如确需覆盖，请加上 --force，或用 -o 换一个文件名。") from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _temp_beside(target: Path) -> tuple[int, str]:
    import tempfile  # (and with it random) only when a file is written

    try:
        return tempfile.mkstemp(prefix=".perfxl-", suffix=target.suffix, dir=target.parent)
    except PermissionError:
        raise PerfxlError(f"没有在“{target.parent}”中写文件的权限，请换一个输出位置。") from None
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, target)) from None


def atomic_write(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path`` and move it into place."""
    target = Path(path)
    fd, tmp = _temp_beside(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _finish_mode(tmp)
        _publish(tmp, target, force)
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, target)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextlib.contextmanager
def atomic_path(path: Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a filename; moved into
    place only when the block finishes without error."""
    target = Path(path)
    fd, tmp = _temp_beside(target)
    os.close(fd)
    try:
        yield Path(tmp)
        _finish_mode(tmp)
        _publish(tmp, target, force)
    except OSError as exc:
        raise PerfxlError(os_error_message(exc, target)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def safe_filename(text: str, fallback: str = "空白", limit: int = MAX_NAME_CHARS) -> str:
    """A file-name part built from content (a unit name…): no separators, no "..", no
    control or reserved characters, bounded length; ``fallback`` when nothing is left."""
    name = _UNSAFE_NAME.sub("_", str(text))
    name = re.sub(r"\.{2,}", "_", name).strip(" ._")
    name = name[:limit].strip(" .")
    return name or fallback


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
