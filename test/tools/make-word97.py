"""Writes a contributor's essay as LibreOffice's Writer would, and saves it as Word 97 (.doc).

Run with Debian's /usr/bin/python3 (python3-uno):
  make-word97.py SPEC.json OUT.doc
SPEC.json is a list of blocks, in order:
  {"heading": LEVEL, "text": T, "restart": R}
                                      a paragraph of style Heading LEVEL, numbered automatically by one
                                      outline list: 一、 (level 1), （一） (2), 1. (3), （1） (4); with
                                      "restart", its numbering starts again (右键 ▸ 重新开始编号)
  {"runs": [{"text": T, "bold": B}], "footnote": N, "endnote": E, "link": [WORDS, URL]}
                                      a paragraph; optionally a footnote of text N and an endnote of text
                                      E at its end, and the first occurrence of WORDS made a hyperlink to URL
  {"table": [[CELL, ...], ...]}       a table
  {"header": T}                       the running head of every page
  {"toc": true}                       a table of contents (目录) of the headings, filled in at the end
  {"picture": PNG, "width": MM, "caption": T, "float": F}
                                      a picture anchored as a character in a paragraph of its own (with
                                      "float", to the paragraph, text flowing around it), then its
                                      caption as a paragraph
"""
import json
import os
import sys

import uno
from uno_office import heading_numbering, office, prop
from com.sun.star.awt import Size


def main():
    spec_file, target = sys.argv[1:3]
    with open(spec_file, encoding="utf-8") as f:
        spec = json.load(f)
    with office() as (ctx, desktop):
        smgr = ctx.ServiceManager
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        heading_numbering(doc)
        text = doc.getText()
        cursor = text.createTextCursor()
        first = True

        def paragraph(style="Default Paragraph Style"):
            nonlocal first
            if not first:
                text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
            first = False
            cursor.setPropertyValue("ParaStyleName", style)
            cursor.setPropertyValue("NumberingStyleName", "")

        for block in spec:
            if "heading" in block:
                paragraph("Heading %d" % block["heading"])
                cursor.setPropertyValue("NumberingStyleName", "公文标题编号")
                cursor.setPropertyValue("NumberingLevel", block["heading"] - 1)
                cursor.setPropertyValue("ParaIsNumberingRestart", bool(block.get("restart")))
                text.insertString(cursor, block["text"], False)
            elif "runs" in block:
                paragraph()
                for run in block["runs"]:
                    text.insertString(cursor, run["text"], False)
                    # The run just typed, selected and set bold or not, as a person does with Ctrl+B.
                    cursor.goLeft(len(run["text"]), True)
                    for weight in ("CharWeight", "CharWeightAsian"):  # Chinese text takes the Asian font's weight
                        cursor.setPropertyValue(weight, 150.0 if run.get("bold") else 100.0)
                    cursor.collapseToEnd()
                if "link" in block:
                    words, url = block["link"]
                    search = doc.createSearchDescriptor()
                    search.SearchString = words
                    found = doc.findFirst(search)
                    found.setPropertyValue("HyperLinkURL", url)
                for kind, service in (("footnote", "Footnote"), ("endnote", "Endnote")):
                    if kind in block:
                        note = doc.createInstance("com.sun.star.text." + service)
                        text.insertTextContent(cursor, note, False)
                        note.setString(block[kind])
            elif "toc" in block:
                paragraph()
                index = doc.createInstance("com.sun.star.text.ContentIndex")
                index.setPropertyValue("CreateFromOutline", True)
                text.insertTextContent(cursor, index, False)
            elif "header" in block:
                page = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
                page.setPropertyValue("HeaderIsOn", True)
                page.getPropertyValue("HeaderText").setString(block["header"])
            elif "table" in block:
                rows = block["table"]
                paragraph()
                table = doc.createInstance("com.sun.star.text.TextTable")
                table.initialize(len(rows), len(rows[0]))
                text.insertTextContent(cursor, table, False)
                for r, row in enumerate(rows):
                    for c, value in enumerate(row):
                        table.getCellByPosition(c, r).setString(value)
            elif "picture" in block:
                paragraph()
                provider = smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
                graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(block["picture"]))),))
                shape = doc.createInstance("com.sun.star.text.TextGraphicObject")
                shape.setPropertyValue("Graphic", graphic)
                anchor = "AT_PARAGRAPH" if block.get("float") else "AS_CHARACTER"
                shape.setPropertyValue("AnchorType", uno.Enum("com.sun.star.text.TextContentAnchorType", anchor))
                width = int(block.get("width", 60) * 100)
                shape.setPropertyValue("Size", Size(width, width * 3 // 4))
                text.insertTextContent(cursor, shape, False)
                paragraph()
                text.insertString(cursor, block["caption"], False)
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 97"),))
        doc.close(True)


if __name__ == "__main__":
    main()
