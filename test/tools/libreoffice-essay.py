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
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

PARAGRAPH_BREAK = 0  # com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.25)
    raise RuntimeError("LibreOffice did not start")


def heading_list(doc):
    """A numbering style of three levels as Chinese reports number their headings: 一、 （一） 1."""
    style = doc.createInstance("com.sun.star.style.NumberingStyle")
    doc.StyleFamilies.getByName("NumberingStyles").insertByName("报告标题编号", style)
    rules = style.NumberingRules
    zh = uno.getConstantByName("com.sun.star.style.NumberingType.NUMBER_LOWER_ZH")
    arabic = uno.getConstantByName("com.sun.star.style.NumberingType.ARABIC")
    for level, (kind, prefix, suffix) in enumerate([(zh, "", "、"), (zh, "（", "）"), (arabic, "", ".")]):
        props = {p.Name: p.Value for p in rules.getByIndex(level)}
        props.update({"NumberingType": kind, "Prefix": prefix, "Suffix": suffix, "ParentNumbering": 1, "StartWith": 1})
        # LibreOffice 7.2 and later write the label from ListFormat (`%1%` stands for the number).
        props["ListFormat"] = "%s%%%d%%%s" % (prefix, level + 1, suffix)
        value = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(prop(k, v) for k, v in props.items()))
        uno.invoke(rules, "replaceByIndex", (level, value))
    style.NumberingRules = rules
    return "报告标题编号"


def main():
    essay_file, out = sys.argv[1:3]
    with open(essay_file, encoding="utf-8") as f:
        essay = json.load(f)
    profile = tempfile.mkdtemp(prefix="jianbao-uno-")
    pipe = "jianbaoessay%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore", "--nologo",
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        numbering = heading_list(doc)
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
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(["rm", "-rf", profile])


if __name__ == "__main__":
    main()
