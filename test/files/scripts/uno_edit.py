"""Edits cells of an .xlsx the way a user does in LibreOffice Calc, then saves it as .xlsx again.

Usage: python3 uno_edit.py FILE.xlsx EDITS.json
EDITS.json: [{"sheet": "Nhiệm vụ", "cell": "M2", "text": "Hoàn thành"} | {"number": 100} | {"date": "2026-06-20"}]
Starts its own headless soffice on a private pipe and profile, so runs never share state.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def serial(iso):
    day = datetime.date.fromisoformat(iso)
    return (day - datetime.date(1899, 12, 30)).days


def main(path, edits_path):
    edits = json.load(open(edits_path, encoding="utf-8"))
    pipe = f"edit{uuid.uuid4().hex}"
    profile = tempfile.mkdtemp(prefix="lo-uno-")
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        for edit in edits:
            cell = doc.Sheets.getByName(edit["sheet"]).getCellRangeByName(edit["cell"])
            if "text" in edit:
                cell.setString(edit["text"])
            elif "number" in edit:
                cell.setValue(edit["number"])
            elif "date" in edit:
                cell.setValue(serial(edit["date"]))
        doc.calculateAll()
        doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
    finally:
        office.terminate()
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
