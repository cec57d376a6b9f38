"""What python-docx (Debian's python3-docx) sees in a .docx: paragraphs, tables, header, footer, page setup."""
import json
import sys

import docx
from docx.oxml.ns import qn


def cm(length):
    return round(length.cm, 2) if length is not None else None


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    tables = []
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        repeated = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]
        tables.append({"rows": rows, "headerRepeated": repeated})
    runs = [run for p in document.paragraphs for run in p.runs]
    view = {
        "paragraphs": [p.text for p in document.paragraphs],
        "tables": tables,
        "header": [p.text for p in section.header.paragraphs] if not section.header.is_linked_to_previous else [],
        "footer": [p.text for p in section.footer.paragraphs],
        "footerFields": [
            instr.text for instr in section.footer._element.iter(qn("w:instrText"))
        ],
        "page": {
            "width": cm(section.page_width),
            "height": cm(section.page_height),
            "top": cm(section.top_margin),
            "right": cm(section.right_margin),
            "bottom": cm(section.bottom_margin),
            "left": cm(section.left_margin),
        },
        "font": document.styles["Normal"].font.name,
        "size": document.styles["Normal"].font.size.pt if document.styles["Normal"].font.size else None,
        "runFonts": sorted({run.font.name for run in runs if run.font.name}),
    }
    json.dump(view, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
