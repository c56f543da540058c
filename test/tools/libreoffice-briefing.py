"""Sets a past briefing in LibreOffice Writer through UNO as an office clerk does in Word or WPS, and
saves it as .docx, .doc and PDF.

Run with Debian's /usr/bin/python3 (python3-uno):
  libreoffice-briefing.py BRIEFING.json OUT_BASENAME
BRIEFING.json: {"lines": [...]}, each line a paragraph:
  {"text": str, "size": pt, "bold": bool, "colour": 0xRRGGBB, "align": "left"|"centre"|"right",
   "indent": bool (two characters' first-line indent), "pageBefore": bool}
  {"picture": PNG_PATH}                       a picture in its own centred paragraph
It writes OUT_BASENAME.docx (Word 2007–365), OUT_BASENAME.doc (Word 97–2003) and OUT_BASENAME.pdf.
"""
import json
import os
import sys

import uno
from uno_office import office, prop

PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK
ALIGN = {"left": 0, "right": 1, "centre": 3}  # com.sun.star.style.ParagraphAdjust


def main():
    spec_file, out = sys.argv[1:3]
    with open(spec_file, encoding="utf-8") as f:
        spec = json.load(f)
    with office() as (ctx, desktop):
        smgr = ctx.ServiceManager
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        text = doc.Text
        cursor = text.createTextCursor()
        graphics = smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        page = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE")
        no_break = uno.Enum("com.sun.star.style.BreakType", "NONE")
        for n, line in enumerate(spec["lines"]):
            if n:
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            cursor.ParaStyleName = "Standard"
            cursor.BreakType = page if line.get("pageBefore") else no_break
            cursor.ParaAdjust = ALIGN[line.get("align", "left")]
            size = line.get("size", 16)
            cursor.ParaFirstLineIndent = int(2 * size * 35.28) if line.get("indent") else 0  # 1/100 mm
            cursor.CharHeight = cursor.CharHeightAsian = size
            cursor.CharWeight = cursor.CharWeightAsian = 150.0 if line.get("bold") else 100.0
            cursor.CharColor = line.get("colour", 0)
            if "picture" in line:
                picture = doc.createInstance("com.sun.star.text.TextGraphicObject")
                picture.Graphic = graphics.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(line["picture"]))),))
                picture.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
                picture.Width = 8000
                picture.Height = 5000
                text.insertTextContent(cursor, picture, False)
            elif line["text"]:
                text.insertString(cursor, line["text"], False)
        base = os.path.abspath(out)
        doc.storeToURL(uno.systemPathToFileUrl(base + ".docx"), (prop("FilterName", "MS Word 2007 XML"),))
        doc.storeToURL(uno.systemPathToFileUrl(base + ".doc"), (prop("FilterName", "MS Word 97"),))
        doc.storeToURL(uno.systemPathToFileUrl(base + ".pdf"), (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)


if __name__ == "__main__":
    main()
