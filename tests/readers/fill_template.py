"""Fills cells of a workbook's tables with openpyxl, as another program would, and saves it.

Usage: fill_template.py IN.xlsx OUT.xlsx FILLS.json, where FILLS is a list of
{"table": "Contracts", "cell": "C4", "value": ..., "type": "text" | "number" | "date"}; a date is ISO text.
The sheet is found by its table's name, as our reader finds forms.
"""
import datetime
import json
import sys

import openpyxl


def sheet_of_table(wb, table):
    for ws in wb.worksheets:
        if table in ws.tables:
            return ws
    raise SystemExit(f"no table {table}")


def main(src, dst, fills_path):
    wb = openpyxl.load_workbook(src)
    with open(fills_path, encoding="utf-8") as f:
        fills = json.load(f)
    for fill in fills:
        value = fill["value"]
        if fill["type"] == "date":
            value = datetime.datetime.fromisoformat(value)
        sheet_of_table(wb, fill["table"])[fill["cell"]].value = value
    wb.save(dst)


if __name__ == "__main__":
    main(*sys.argv[1:4])
