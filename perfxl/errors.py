"""The one exception type users ever see: its message is a complete Chinese sentence."""


class PerfxlError(Exception):
    """A failure the user can act on; ``str(err)`` says what to do, in Chinese."""


def toml_error_text(exc: Exception) -> str:
    """tomllib's English parse error as a Chinese phrase: where it is and what is wrong."""
    import re

    message = str(exc)
    where = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if where is None:
        where = re.search(r"\(at end of document\)", message)
        place = "文件末尾" if where else ""
    else:
        place = f"第 {where.group(1)} 行第 {where.group(2)} 列"
    reasons = (
        ("Cannot overwrite a value", "同一名称重复出现"),
        ("Cannot declare", "同一表头重复出现"),
        ("Expected '=' after a key", "名称后面缺少“=”"),
        ("Invalid value", "值的写法不对（文字要加英文双引号，数字不要加引号）"),
        ("Unterminated string", "引号没有配对"),
        ("Illegal character", "有不允许的字符"),
        ("Invalid initial character for a key", "名称的开头有不允许的字符"),
        ("Expected newline or end of document", "一行中写了多个值"),
        ("Unclosed array", "方括号没有配对"),
        ("Unclosed inline table", "花括号没有配对"),
        ("Invalid date or datetime", "日期写法不对"),
    )
    reason = next((zh for en, zh in reasons if en in message), "格式不对")
    if isinstance(exc, UnicodeDecodeError):
        return "文件不是 UTF-8 编码（请在记事本中“另存为”UTF-8）"
    return f"{place}{'：' if place else ''}{reason}"


class UnrecognisedWorkbook(PerfxlError):
    """The workbook holds no form perfxl knows, or a form whose key fields cannot be found.
    Every entry point refuses it (exit 2); the batch counts it apart as "unrecognised".
    ``recognition`` is what was found (a ``reading.recognize.Recognition``)."""

    status = "unrecognised"

    def __init__(self, message: str, recognition: object = None, missing: tuple[str, ...] = ()):
        super().__init__(message)
        self.recognition = recognition
        self.missing = missing
