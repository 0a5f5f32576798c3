#!/usr/bin/env python3
"""Looks into and fills XLSX workbooks with openpyxl, for the tests of the XLSX writer and the workshop pack.

  openpyxl_tool.py inspect FILE            JSON on stdout: per sheet its state, frozen pane, data validations,
                                           notes, protection and every non-empty cell value
  openpyxl_tool.py fill FILE OUT CELLS     writes OUT: FILE with the cells of CELLS (a JSON file:
                                           [{"sheet": ..., "cell": "C4", "value": 2}, ...]) set, as a person would
"""
import json
import sys

import openpyxl


def inspect(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        validations = []
        for dv in ws.data_validations.dataValidation:
            validations.append({
                "type": dv.type, "formula1": dv.formula1, "formula2": dv.formula2, "operator": dv.operator,
                "allowBlank": bool(dv.allow_blank), "ranges": str(dv.sqref), "showDropDown": bool(dv.showDropDown),
                "promptTitle": dv.promptTitle, "prompt": dv.prompt, "errorTitle": dv.errorTitle, "error": dv.error,
            })
        cells, notes, fills = {}, {}, {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells[cell.coordinate] = cell.value
                if cell.comment is not None:
                    notes[cell.coordinate] = cell.comment.text
                if cell.fill is not None and cell.fill.fill_type == "solid":
                    fills[cell.coordinate] = cell.fill.fgColor.rgb
        sheets.append({
            "name": ws.title, "state": ws.sheet_state, "freeze": ws.freeze_panes, "validations": validations,
            "notes": notes, "protected": bool(ws.protection.sheet), "cells": cells, "fills": fills,
            "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        })
    names = sorted(wb.defined_names.keys()) if hasattr(wb.defined_names, "keys") else []
    json.dump({"sheets": sheets, "definedNames": names}, sys.stdout, ensure_ascii=False, default=str)


def fill(path, out, cells_path):
    with open(cells_path, encoding="utf-8") as f:
        cells = json.load(f)
    wb = openpyxl.load_workbook(path)
    for entry in cells:
        wb[entry["sheet"]][entry["cell"]] = entry["value"]
    wb.save(out)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "inspect":
        inspect(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
