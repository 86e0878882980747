"""Edits cells of an .xlsx with openpyxl (another .xlsx writer than ExcelJS, Excel or LibreOffice) and saves it.

Usage: python3 openpyxl_edit.py FILE.xlsx EDITS.json   (same EDITS.json as uno_edit.py)
"""
import datetime
import json
import sys

import openpyxl


def main(path, edits_path):
    edits = json.load(open(edits_path, encoding="utf-8"))
    workbook = openpyxl.load_workbook(path)
    for edit in edits:
        cell = workbook[edit["sheet"]][edit["cell"]]
        if "text" in edit:
            cell.value = edit["text"]
        elif "number" in edit:
            cell.value = edit["number"]
        elif "date" in edit:
            cell.value = datetime.date.fromisoformat(edit["date"])
            cell.number_format = "dd/mm/yyyy"
    workbook.save(path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
