"""Prints what openpyxl, an independent reader, sees in workbooks: sheets, tables, validations, formats, data bars, charts."""
import json
import sys

import openpyxl


def title_text(title):
    if title is None or title.tx is None or title.tx.rich is None:
        return None
    return "".join(run.t for p in title.tx.rich.p for run in (p.r or []))


def chart_view(chart):
    """A chart's kind, title, anchor and series references; a combination lists its second chart type too."""
    charts = list(getattr(chart, "_charts", None) or [chart])
    return {
        "kinds": [c.tagname for c in charts],
        "barDir": getattr(chart, "barDir", None),
        "grouping": getattr(chart, "grouping", None),
        "title": title_text(chart.title),
        "from": [chart.anchor._from.col, chart.anchor._from.row] if hasattr(chart.anchor, "_from") else None,
        "series": [
            {
                "kind": c.tagname,
                "name": s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else (s.tx.v if s.tx else None),
                "categories": s.cat.strRef.f if s.cat is not None and s.cat.strRef is not None else None,
                "values": s.val.numRef.f if s.val is not None and s.val.numRef is not None else None,
            }
            for c in charts
            for s in c.series
        ],
    }


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
            "printTitleCols": ws.print_title_cols,
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
            "charts": [chart_view(chart) for chart in ws._charts],
            "print": {
                "paperSize": ws.page_setup.paperSize,
                "orientation": ws.page_setup.orientation,
                "fitToWidth": ws.page_setup.fitToWidth,
                "header": [ws.oddHeader.left.text, ws.oddHeader.right.text],
            },
            "rowHeights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height},
            "hiddenColumns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
            "cells": {
                ref: {"value": ws[ref].value, "format": ws[ref].number_format}
                for ref in sys.argv[2:]
                if ws.max_row >= 4
            },
        })
    return {"active": wb.active.title, "sheets": sheets}


# Dates as ISO text: JSON has none.
print(json.dumps(inspect(sys.argv[1]), ensure_ascii=False, default=lambda v: v.isoformat()))
