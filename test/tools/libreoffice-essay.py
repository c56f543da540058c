"""Types an essay into LibreOffice Writer through UNO as a contributor would, and saves it as Word files.

Run with Debian's /usr/bin/python3 (python3-uno):
  libreoffice-essay.py ESSAY.json OUT_BASENAME
ESSAY.json: {"title": str, "blocks": [...]}, each block one of
  {"heading": level (0-2), "text": str}     a paragraph numbered automatically 一、 / （一） / 1. (one list)
  {"bold": str}                              a bold subhead of its own
  {"text": str, "notes": [str, ...]}         a paragraph, with footnotes at its end
  {"table": [[cell, ...], ...]}              a table
  {"picture": PNG_PATH, "caption": str}      a picture in its own paragraph, the caption centred under it
  {"plain": str}                             a paragraph as it is (a letter's closing line)
It writes OUT_BASENAME.docx (Word 2007–365) and OUT_BASENAME.doc (Word 97–2003).
"""
import json
import os
import sys

import uno
from uno_office import heading_numbering, office, prop

PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK


def main():
    essay_file, out = sys.argv[1:3]
    with open(essay_file, encoding="utf-8") as f:
        essay = json.load(f)
    with office() as (ctx, desktop):
        smgr = ctx.ServiceManager
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        numbering = heading_numbering(doc, "报告标题编号", 3)
        text = doc.Text
        cursor = text.createTextCursor()
        graphics = smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        first = [True]

        def paragraph(content, style="Standard", bold=False, centre=False, level=None):
            if not first[0]:
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            first[0] = False
            cursor.ParaStyleName = style
            cursor.NumberingStyleName = numbering if level is not None else ""
            if level is not None:
                cursor.NumberingLevel = level
            cursor.ParaAdjust = 3 if centre else 0  # CENTER, LEFT
            cursor.CharWeight = cursor.CharWeightAsian = 100.0
            if content:
                text.insertString(cursor, content, False)
            if bold:
                # Bold as a contributor makes it: the typed words selected, then Ctrl+B.
                # Writer keeps a weight for Chinese apart from the one for Latin: both, as its B button sets them.
                cursor.goLeft(len(content), True)
                cursor.CharWeight = cursor.CharWeightAsian = 150.0
                cursor.collapseToEnd()

        paragraph(essay["title"], "Title")
        for block in essay["blocks"]:
            if "heading" in block:
                paragraph(block["text"], level=block["heading"])
            elif "bold" in block:
                paragraph(block["bold"], bold=True)
            elif "table" in block:
                paragraph("")
                rows = block["table"]
                table = doc.createInstance("com.sun.star.text.TextTable")
                table.initialize(len(rows), len(rows[0]))
                text.insertTextContent(cursor, table, False)
                for r, row in enumerate(rows):
                    for c, value in enumerate(row):
                        table.getCellByPosition(c, r).setString(value)
            elif "picture" in block:
                paragraph("", centre=True)
                picture = doc.createInstance("com.sun.star.text.TextGraphicObject")
                picture.Graphic = graphics.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(block["picture"]))),))
                picture.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
                picture.Width = 6000
                picture.Height = 4000
                text.insertTextContent(cursor, picture, False)
                paragraph(block["caption"], centre=True)
            elif "plain" in block:
                paragraph(block["plain"])
            else:
                paragraph(block["text"])
                for note_text in block.get("notes", []):
                    note = doc.createInstance("com.sun.star.text.Footnote")
                    text.insertTextContent(cursor, note, False)
                    note.setString(note_text)
        base = os.path.abspath(out)
        doc.storeToURL(uno.systemPathToFileUrl(base + ".docx"), (prop("FilterName", "MS Word 2007 XML"),))
        doc.storeToURL(uno.systemPathToFileUrl(base + ".doc"), (prop("FilterName", "MS Word 97"),))
        doc.close(True)


if __name__ == "__main__":
    main()
