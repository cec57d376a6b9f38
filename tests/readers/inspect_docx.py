"""What python-docx (Debian's python3-docx) sees in a .docx: paragraphs, tables, header, footer, page setup."""
import json
import sys

import docx
from docx.oxml.ns import qn


def cm(length):
    return round(length.cm, 2) if length is not None else None


def is_header(row):
    """A row marked to repeat at the top of every page (w:tblHeader, on unless its val says off)."""
    props = row._tr.trPr
    mark = props.find(qn("w:tblHeader")) if props is not None else None
    return mark is not None and mark.get(qn("w:val"), "true") not in ("0", "false", "off")


def defaults(document):
    """The document's default font and size (docDefaults), which the Normal style inherits."""
    props = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    fonts = props.find(qn("w:rFonts")) if props is not None else None
    size = props.find(qn("w:sz")) if props is not None else None
    return (
        fonts.get(qn("w:ascii")) if fonts is not None else None,
        int(size.get(qn("w:val"))) / 2 if size is not None else None,
    )


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    tables = []
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        repeated = [is_header(row) for row in table.rows]
        tables.append({"rows": rows, "headerRepeated": repeated})
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
        "font": defaults(document)[0],
        "size": defaults(document)[1],
        "tableSizes": sorted({run.font.size.pt for t in document.tables for row in t.rows for cell in row.cells
                              for p in cell.paragraphs for run in p.runs if run.font.size}),
    }
    json.dump(view, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
