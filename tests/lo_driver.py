"""Drive LibreOffice through UNO: open, edit, recalculate, save as .xlsx or PDF.

Run by LibreOffice's own Python (``python3`` with the ``uno`` module), never imported by
perfxl itself: ``python3 lo_driver.py JOB.json``.  The job lists files and, per file,
operations (insert rows, set cells) done by the real engine, so that references and
defined names move exactly as they do when a person edits the sheet.
"""

import json
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "pdf": "calc_pdf_Export"}


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _connect(job):
    pipe = job["pipe"]
    soffice = subprocess.Popen([
        job.get("soffice", "soffice"), "--headless", "--invisible", "--nologo", "--norestore",
        "--nodefault", "--nolockcheck", "-env:UserInstallation=" + uno.systemPathToFileUrl(job["profile_dir"]),
        "--accept=pipe,name=%s;urp;" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or soffice.poll() is not None:
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return soffice, desktop


def _apply(doc, op):
    sheet = doc.Sheets.getByName(op["sheet"])
    if op["op"] == "insert_rows":
        sheet.Rows.insertByIndex(op["row"] - 1, op["count"])
    elif op["op"] == "set":
        cell = sheet.getCellRangeByName(op["cell"])
        value = op["value"]
        if isinstance(value, str):
            cell.String = value
        else:
            cell.Value = value
    else:
        raise SystemExit("unknown operation " + op["op"])


def main(job_path):
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    soffice, desktop = _connect(job)
    try:
        for task in job["files"]:
            props = [_prop("Hidden", True)]
            if task.get("filter"):
                props.append(_prop("FilterName", task["filter"]))
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(task["in"]), "_blank", 0, tuple(props))
            if doc is None:
                raise SystemExit("LibreOffice could not open " + task["in"])
            for op in task.get("ops", []):
                _apply(doc, op)
            fmt = task.get("format", "xlsx")
            if fmt == "basic":
                # what LibreOffice made of the file's VBA project: library -> module -> source
                libs = {}
                basic = doc.BasicLibraries
                for lib_name in basic.getElementNames():
                    basic.loadLibrary(lib_name)
                    lib = basic.getByName(lib_name)
                    libs[lib_name] = {m: lib.getByName(m) for m in lib.getElementNames()}
                with open(task["out"], "w", encoding="utf-8") as fh:
                    json.dump(libs, fh, ensure_ascii=False)
            else:
                doc.calculateAll()
                doc.storeToURL(uno.systemPathToFileUrl(task["out"]), (_prop("FilterName", FILTERS[fmt]),))
            doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            soffice.wait(timeout=30)
        except Exception:
            soffice.kill()


if __name__ == "__main__":
    main(sys.argv[1])
