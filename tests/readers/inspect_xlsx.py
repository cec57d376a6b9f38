"""Prints what openpyxl, an independent reader, sees in workbooks: sheets, tables, validations, formats, data bars."""
import json
import sys

import openpyxl


def inspect(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        sheets.append({
            "title": ws.title,
            "state": ws.sheet_state,
            "tables": dict(ws.tables.items()),
            "freeze": ws.freeze_panes,
            "printTitleRows": ws.print_title_rows,
            "validations": [
                {
                    "type": dv.type,
                    "sqref": str(dv.sqref),
                    "formula1": dv.formula1,
                    "prompt": dv.prompt,
                    "strict": bool(dv.showErrorMessage),
                }
                for dv in ws.data_validations.dataValidation
            ],
            "conditionalFormats": [
                {
                    "sqref": str(cf.sqref),
                    "type": rule.type,
                    "color": rule.dataBar.color.rgb if rule.dataBar else None,
                }
                for cf in ws.conditional_formatting
                for rule in cf.rules
            ],
            "cells": {
                ref: {"value": ws[ref].value, "format": ws[ref].number_format}
                for ref in sys.argv[2:]
                if ws.max_row >= 4
            },
        })
    return {"sheets": sheets}


# Dates as ISO text: JSON has none.
print(json.dumps(inspect(sys.argv[1]), ensure_ascii=False, default=lambda v: v.isoformat()))
