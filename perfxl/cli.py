"""perfxl command line.  Heavy libraries are imported inside the commands that use them,
so ``perfxl --help`` stays fast."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import PerfxlError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".xlsb", ".ods")


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese headings, usage errors and exit status 2."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "用法：", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"perfxl：命令参数有误（{_argparse_zh(message)}），请用 perfxl -h 查看用法。\n")
        sys.exit(EXIT_USAGE)


# argparse's English usage errors (Python 3.9–3.13 wording), in Chinese.
_ARGPARSE_ZH = (
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"ambiguous option: (\S+) could match (.*)", "选项 {0} 不明确，可能是：{1}"),
    (r"argument (\S+): invalid int value: (.*)", "{0} 的值 {1} 不是整数"),
    (r"argument (\S+): invalid (\S+) value: (.*)", "{0} 的值 {2} 无效"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "{0} 的值 {1} 无效，可选：{2}"),
    (r"argument (\S+): expected one argument", "{0} 后面需要一个值"),
    (r"argument (\S+): expected (.*) arguments?", "{0} 后面的值个数不对"),
    (r"argument (\S+): not allowed with argument (.*)", "{0} 不能与 {1} 同时使用"),
    (r"argument (\S+): ignored explicit argument (.*)", "{0} 不接受值 {1}"),
    (r"argument (\S+): (.*)", "{0}：{1}"),
)


def _argparse_zh(message: str) -> str:
    import re

    for pattern, zh in _ARGPARSE_ZH:
        m = re.fullmatch(pattern, message.strip(), re.S)
        if m:
            # argparse quotes values as 'x' (lists as 'a', 'b'): Chinese quotes and 、
            groups = [re.sub(r"'([^']*)'", r"“\1”", g).replace("”, “", "”、“") for g in m.groups()]
            return zh.format(*groups)
    return message if not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", message) else "无法识别的写法"


def _year_arg(text: str) -> int:
    from .forms.datafile import YEARS

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"年度“{text}”不是整数") from None
    if year not in YEARS:
        raise argparse.ArgumentTypeError(f"年度 {year} 不合理，应在 {YEARS.start}–{YEARS.stop - 1} 之间")
    return year


def _jobs_arg(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"核数“{text}”不是整数") from None
    if not 1 <= jobs <= 256:
        raise argparse.ArgumentTypeError(f"核数 {jobs} 不合理，应为 1–256 之间的整数")
    return jobs


def _load_profile(path: str | None):
    from .app.profiles import profile_or_default

    return profile_or_default(path)


def _inputs(args: argparse.Namespace, *paths: "str | Path | None") -> tuple[Path, ...]:
    """Every file the run reads (the given ones and the rule profile): never an output."""
    found = [*paths, getattr(args, "profile", None)]
    return tuple(Path(p) for p in found if p)


def cmd_new(args: argparse.Namespace) -> int:
    from .app.make import new_workbook

    from .files import check_output_path

    if args.unit is not None and not args.unit.strip():
        raise PerfxlError("--unit 后的单位名称是空的，请写上单位名称，例如 --unit 北山镇人民政府。")
    inputs = _inputs(args, args.source)
    if args.output is not None:   # refused before any work
        check_output_path(args.output, force=args.force, inputs=inputs)
    target, year, carried = new_workbook(unit=args.unit, year=args.year,
                                         source=Path(args.source) if args.source else None,
                                         output=Path(args.output) if args.output is not None else None,
                                         force=args.force, profile=_load_profile(args.profile),
                                         form_kind=args.form, inputs=inputs)
    if carried:
        print(carried)
    print(f"已生成 {year} 年度模板：{target}")
    return EXIT_OK


def cmd_fill(args: argparse.Namespace) -> int:
    from .app.make import fill_workbook

    target = fill_workbook(Path(args.data), output=Path(args.output) if args.output is not None else None,
                           force=args.force, profile=_load_profile(args.profile), inputs=_inputs(args, args.data))
    print(f"已根据数据文件生成工作簿：{target}")
    return EXIT_OK


def _write_output(text: str, output: str | None, force: bool, inputs: tuple[Path, ...]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from .files import atomic_write, check_output_path

    target = check_output_path(Path(output), force=force, inputs=inputs)
    atomic_write(target, text.encode("utf-8"), force=force)
    print(f"检查结果已写入：{target}")


def cmd_check(args: argparse.Namespace) -> int:
    from .app.check import check
    from .report.text import render_json, render_text

    if not args.workbook and not args.narrative:
        raise PerfxlError("请指定要检查的工作簿（.xlsx），或用 --narrative 指定自评报告。")
    if args.format == "xlsx" and not args.workbook:
        raise PerfxlError("输出 xlsx 格式需要指定工作簿。")
    if args.previous and not args.workbook:
        raise PerfxlError("使用 --previous 时需要指定本年的工作簿。")
    from .files import check_output_path

    inputs = _inputs(args, args.workbook, args.narrative, args.previous)
    if (args.format == "xlsx" and args.output is not None and Path(args.workbook).suffix.lower() == ".xlsm"
            and Path(args.output).suffix.lower() != ".xlsm"):
        raise PerfxlError(f"“{Path(args.workbook).name}”是含宏的工作簿（.xlsm），另存为“{Path(args.output).name}”会丢掉其中的宏："
                          "请把输出文件名的扩展名改为 .xlsm，或不指定 -o（自动保存为 .xlsm）。")
    if args.output is not None:   # refused before any work
        check_output_path(args.output, force=args.force, inputs=inputs)
    review = check(args.workbook, args.narrative, _load_profile(args.profile), args.sheet,
                   previous=args.previous or None)
    if args.format == "xlsx":
        from .xlsx.findings_sheet import write_checked_copy

        source = Path(args.workbook)
        suffix = ".xlsm" if source.suffix.lower() == ".xlsm" else ".xlsx"    # macros kept where they can be
        out = Path(args.output) if args.output is not None else source.with_name(f"{source.stem}_检查结果{suffix}")
        target = write_checked_copy(source, out, review, force=args.force, inputs=inputs)
        print(f"已生成带“检查结果”工作表的副本：{target}")
    else:
        text = render_json(review) if args.format == "json" else render_text(review)
        _write_output(text, args.output, args.force, inputs)
    return EXIT_FINDINGS if review.has_errors else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .app.draft import prepare_draft

    job = prepare_draft(args.workbook, args.output, force=args.force, profile=_load_profile(args.profile))
    if job.table_errors:
        print(f"注意：表格中有 {job.table_errors} 项错误，草稿按表中数字照录，请先用 perfxl check 核对并修改表格。")
    target = job.write()
    print(f"已生成自评报告草稿：{target}（其中 {job.placeholders} 处【请补充：……】需要人工填写）")
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    import json

    from .narrative.figures import extract_figures
    from .narrative.read import read_narrative

    if Path(args.report).suffix.lower() in WORKBOOK_SUFFIXES and Path(args.report).is_file():
        from .app.gate import require_report_sheet

        require_report_sheet(Path(args.report), args.sheet)
    narrative = read_narrative(Path(args.report), sheet=args.sheet)
    figures = extract_figures(narrative.text)
    keys = ("text", "value", "unit", "decimals", "subject", "kind", "start", "end", "approximate",
            "relation", "year")
    if args.format == "json":
        text = json.dumps([{k: f.as_dict()[k] for k in keys} for f in figures], ensure_ascii=False, indent=2) + "\n"
    else:
        kinds = {"amount": "金额", "percent": "百分比", "count": "数量"}
        lines = [f"共找到 {len(figures)} 个数字（{narrative.source}）："]
        for f in figures:
            extra = "，".join(x for x in (f.relation and f"关系：{f.relation}", f.year and f"{f.year}年",
                                          f.approximate and "约数") if x)
            lines.append(f"{f.start:>6}  {f.text:<14} {kinds[f.kind]:<4} {f.subject or '（无主语）'}"
                         + (f"  [{extra}]" if extra else ""))
        text = "\n".join(lines) + "\n"
    _write_output(text, args.output, args.force, _inputs(args, args.report))
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from .app.catalog import rule_rows

    if args.markdown:
        print("| 规则 | 严重程度 | 范围 | 内容 |\n| --- | --- | --- | --- |")
        for r, severity, scope in rule_rows():
            print(f"| {r.id} | {severity} | {scope} | {r.title} |")
        return EXIT_OK
    for r, severity, scope in rule_rows():
        print(f"{r.id:<24} {severity}  {scope:<4} {r.title}")
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    import tempfile

    from .app.folder import FolderReview, spool_records
    from .batch import write_json
    from .files import check_output_path, safe_filename

    # Python's first use of the temporary folder writes and removes a probe file: done here,
    # before any output exists, so that a Ctrl-C during the run never interrupts it half-way.
    tempfile.gettempdir()

    root = Path(args.folder)
    if root.is_file():
        raise PerfxlError(f"“{root}”是一个文件，不是文件夹：检查单个工作簿请用 perfxl check “{root}”，"
                          "批量检查请给出存放材料的文件夹。")
    if not root.is_dir():
        raise PerfxlError(f"找不到文件夹“{root}”，请检查路径。")
    fmt = args.format
    name = safe_filename(root.resolve().name, "批量检查")
    # by default beside the checked folder (never inside it, where it would be taken for a submission)
    out = (Path(args.output) if args.output is not None
           else root.resolve().parent / f"{name}_检查汇总.{fmt}")
    # nothing already inside the folders is ever an output: every file there is an input
    trees = (root, Path(args.previous)) if args.previous else (root,)
    check_output_path(out, force=args.force, inputs=_inputs(args), trees=trees)

    def skipped(path: Path, why: str) -> None:
        print(f"已跳过“{path.relative_to(root) if path.is_relative_to(root) else path}”：{why}，不作为材料检查。",
              file=sys.stderr)

    with FolderReview(root, args.previous, args.jobs, _load_profile(args.profile), exclude=(out,),
                      progress=sys.stderr.isatty() and not args.quiet, skipped=skipped) as run:
        if fmt == "json":
            tally = write_json(out, root, run.records(), tail=run.json_tail, force=args.force)
        else:
            from .xlsx.summary_book import write_summary

            records, findings, tally = spool_records(run.records())
            try:
                write_summary(out, records, findings, tally.as_dict(), previous=run.unpaired_previous(),
                              force=args.force)
            finally:
                records.close()
                findings.close()
        unpaired = run.unpaired_previous()
    print(f"{tally.line()}汇总已写入：{out}")
    if unpaired is not None:
        paired = len(run.used)
        print(f"跨年对比：与上年配对 {paired} 份；今年 {tally.submissions - paired} 份未找到上年的工作簿，"
              f"上年 {len(unpaired)} 份未配对" + ("：" + "、".join(
                  str(u.get("unit") or Path(u["file"]).name) for u in unpaired[:10]) + ("等" if len(unpaired) > 10 else "")
                  if unpaired else "") + "。")
    return EXIT_FINDINGS if tally.errors else EXIT_OK


def cmd_addin(args: argparse.Namespace) -> int:
    from .excel import addin

    if args.action == "build":
        from .files import atomic_write, check_output_path

        target = check_output_path(args.output if args.output is not None else addin.ADDIN_NAME, force=args.force)
        atomic_write(target, addin.build_addin(), force=args.force)
        print(f"已生成 Excel 加载项：{target}")
    elif args.action == "install":
        path, conf = addin.install()
        print(f"已安装加载项：{path}\n设置文件：{conf}\n请重新打开 Excel，功能区会出现“绩效自评”选项卡。")
    else:
        removed = addin.remove()
        print("已删除：" + "、".join(map(str, removed)) if removed else "没有找到已安装的 perfxl 加载项。")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise PerfxlError(f"端口 {args.port} 无效，请指定 1 至 65535 之间的端口。")
    if args.access_code is not None and not args.access_code.strip():
        raise PerfxlError("访问码不能为空。")
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
        import multipart  # noqa: F401
    except ImportError:
        raise PerfxlError("网页版需要额外的组件，请先运行：pip install \"perfxl[web]\"") from None
    from .web.server import serve

    try:
        serve(args.host, args.port, open_browser=not args.no_browser, access_code=args.access_code)
    except KeyboardInterrupt:   # Ctrl+C is how the server is meant to stop
        pass
    print("perfxl 网页版已停止。")
    return EXIT_OK


def _output_options(p: argparse.ArgumentParser, output_help: str, profile: bool = True) -> None:
    """-o, --profile and --force, worded alike for every command."""
    p.add_argument("-o", "--output", metavar="输出文件", help=output_help)
    if profile:
        p.add_argument("--profile", metavar="规则.toml", help="本地评分规则文件（默认按通用规则）")
    p.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="perfxl",
        description="部门整体支出绩效自评工具：生成附件3/附件4模板、计算控制率与得分、检查填报数据。",
        epilog="示例：perfxl new --unit 北山镇人民政府 --year 2024",
    )
    parser.add_argument("-V", "--version", action="version", version=f"perfxl {__version__}",
                        help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    p = sub.add_parser("new", help="生成空白模板，或根据上年工作簿生成下年空表",
                       description="生成含附件3、附件4的空白工作簿（带公式、校验和打印设置）。")
    p.add_argument("--unit", metavar="单位名称", help="单位名称，例如 北山镇人民政府")
    p.add_argument("--year", type=_year_arg, metavar="年度", help="评价年度，例如 2024（默认为上一年）")
    p.add_argument("--form", choices=("部门", "项目"), default="部门",
                   help="表种：部门（附件3 + 附件4，默认）或 项目（项目支出绩效自评表）")
    p.add_argument("--from", dest="source", metavar="上年.xlsx",
                   help="上年已填好的工作簿：保留单位、指标名称、指标值和分值，清空完成值和得分")
    _output_options(p, "输出文件名（默认：单位_年度年绩效自评表.xlsx）")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("fill", help="根据数据文件（TOML）生成填好的工作簿",
                       description="把数据文件中的数字填入模板，生成工作簿；与公式不符的填报数保留原样。")
    p.add_argument("data", metavar="数据.toml")
    _output_options(p, "输出文件名（默认与数据文件同名）")
    p.set_defaults(func=cmd_fill)

    p = sub.add_parser("check", help="检查填好的附件3/附件4（及自评报告）中的错误和前后不一致",
                       description="检查工作簿中每一处计算和前后不一致，指出单元格、应为值、实为值和可能原因。"
                                   "退出码：0 无错误，1 有错误，2 文件无法使用或参数有误。")
    p.add_argument("workbook", nargs="?", metavar="工作簿.xlsx")
    p.add_argument("--narrative", metavar="自评报告", help="自评报告（.docx 或 .txt），与表格互相核对")
    p.add_argument("--sheet", metavar="工作表", help="报告正文所在的工作表（默认“报告正文”）")
    p.add_argument("--previous", metavar="上年.xlsx", help="上年的工作簿：加做跨年对比（上年决算数、目标偏低等）")
    p.add_argument("--format", choices=("text", "json", "xlsx"), default="text",
                   help="输出格式：text 文字报告（默认）、json、xlsx（带“检查结果”工作表的副本）")
    _output_options(p, "输出文件名（text/json 默认输出到屏幕）")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("report", help="根据填好的附件3/附件4生成自评报告草稿（Word）",
                       description="把表中的预算、执行率、支出结构、“三公”经费、指标完成情况、得分和等级写成"
                                   "自评报告草稿（.docx，公文格式）；只有人能写的内容留作【请补充：……】。")
    p.add_argument("workbook", metavar="工作簿.xlsx")
    _output_options(p, "输出文件名（默认：单位_年度年部门整体支出绩效自评报告（草稿）.docx，与工作簿同一文件夹）")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("figures", help="列出自评报告中识别到的全部数字，便于核对",
                       description="列出报告中的金额、百分比和数量，以及它们所属的项目、关系词和年度。")
    p.add_argument("report", metavar="自评报告")
    p.add_argument("--sheet", metavar="工作表", help="报告正文所在的工作表（报告在工作簿中时）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    _output_options(p, "输出文件名（默认输出到屏幕）", profile=False)
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("batch", help="批量检查一个文件夹中的全部自评表，生成汇总表（县财政局用）",
                       description="检查文件夹（含子文件夹）中的每个工作簿（同名或同文件夹的报告一并核对），"
                                   "生成一张汇总表：每个单位一行、全部问题清单和统计图。")
    p.add_argument("folder", metavar="文件夹")
    _output_options(p, "输出文件名（默认：在该文件夹旁边生成“文件夹名_检查汇总.xlsx”）")
    p.add_argument("--jobs", type=_jobs_arg, metavar="核数", help="同时使用的处理器核数（默认全部）")
    p.add_argument("--format", choices=("xlsx", "json"), default="xlsx", help="输出格式（默认 xlsx）")
    p.add_argument("--previous", metavar="上年文件夹",
                   help="上年的文件夹：按单位名称与今年配对，加做跨年对比，汇总表增加“跨年对比”工作表")
    p.add_argument("--quiet", action="store_true", help="不显示进度条")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("addin", help="Excel 加载项：生成、安装（到 XLSTART）或删除",
                       description="build 生成 perfxl.xlam；install 安装到 Excel 启动文件夹并写入设置；"
                                   "remove 删除（install/remove 仅限 Windows）。")
    p.add_argument("action", choices=("build", "install", "remove"), metavar="build|install|remove")
    _output_options(p, "build 的输出文件名（默认 perfxl.xlam）", profile=False)
    p.set_defaults(func=cmd_addin)

    p = sub.add_parser("serve", help="启动本机网页版（WPS、LibreOffice 用户在浏览器中检查和生成表格）",
                       description="在本机启动网页版并打开浏览器：检查、批量检查、生成模板，并提供 JSON 接口。"
                                   "默认只允许本机访问。")
    p.add_argument("--host", metavar="地址", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机；其他地址需要访问码）")
    p.add_argument("--port", type=int, metavar="端口", default=8765, help="端口（默认 8765）")
    p.add_argument("--no-browser", action="store_true", help="不自动打开浏览器")
    p.add_argument("--access-code", metavar="访问码", help="访问码（监听本机以外的地址时必须使用；不指定则自动生成）")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("rules", help="列出全部检查规则", description="列出每条检查规则的编号、严重程度和内容。")
    p.add_argument("--markdown", action="store_true", help="以 Markdown 表格输出（用于说明文档）")
    p.set_defaults(func=cmd_rules)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A Chinese Windows console (GBK) cannot show every character: never crash on output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    program = argv is None   # run as the perfxl program (console script, python -m perfxl)
    if program and args.func in _ONE_SHOT:
        # a one-shot command: no cyclic garbage worth collecting before the process ends,
        # so no collection passes while hundreds of modules and objects are created
        gc.disable()
    previous = _stop_on_sigterm()
    try:
        return args.func(args)
    except PerfxlError as exc:
        sys.stderr.write(f"perfxl：{exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("perfxl：已取消。\n")
        return EXIT_USAGE
    except OSError as exc:  # full disk, no permission, …: an ordinary condition, not a bug
        from .files import os_error_message

        sys.stderr.write(f"perfxl：{os_error_message(exc)}\n")
        return EXIT_USAGE
    except MemoryError:
        sys.stderr.write("perfxl：内存不足，无法处理该文件；请关闭其他程序，或检查文件是否异常庞大。\n")
        return EXIT_USAGE
    except Exception as exc:  # last line of defence: no traceback for users
        if os.environ.get("PERFXL_DEBUG"):
            raise
        sys.stderr.write(f"perfxl：处理时出现意外错误（{type(exc).__name__}: {exc}），"
                         "请把命令和文件发给维护人员；设置 PERFXL_DEBUG=1 可查看详细信息。\n")
        return EXIT_USAGE
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)
        if program:
            # the process ends next: objects moved out of the collector's reach are simply
            # freed, not traced once more by the final collections at interpreter exit
            gc.freeze()


# Commands that read their inputs, write their outputs and end (not batch, serve, addin).
_ONE_SHOT = (cmd_new, cmd_fill, cmd_check, cmd_report, cmd_figures, cmd_rules)


def _stop_on_sigterm():
    """SIGTERM stops a run the way Ctrl-C does: temporary files removed, workers stopped,
    no half-written output.  Returns the handler to restore (None when not installed)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None

    def stop(signum, frame):
        raise KeyboardInterrupt

    _redeliver_lost_stops()
    return signal.signal(signal.SIGTERM, stop)


def _redeliver_lost_stops() -> None:
    """A stop (Ctrl-C, or SIGTERM turned into one) that lands while Python runs a callback
    (an import lock's cleanup, a finalizer) cannot stop anything there: Python would print
    "Exception ignored …" with a traceback and go on.  It is delivered again instead, as if
    Ctrl-C came once more, so the run still stops and the user sees one sentence."""
    import _thread

    previous = sys.unraisablehook
    if getattr(previous, "_perfxl", False):
        return

    def hook(unraisable):
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            _thread.interrupt_main()
            return
        previous(unraisable)

    hook._perfxl = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


if __name__ == "__main__":
    sys.exit(main())
