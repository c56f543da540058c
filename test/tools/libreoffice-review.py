"""Edits a DOCX in LibreOffice with change recording on, as a reviewer does, and saves it as DOCX.

Run with Debian's /usr/bin/python3 (python3-uno):
  libreoffice-review.py IN.docx OUT.docx EDITS.json AUTHOR
EDITS.json is a list of edits, each on the first place `find` occurs (it must occur):
  {"find": text, "replace": text}         the words replaced (an empty replacement deletes them);
  {"find": text, "insertAfter": text}     words typed after them;
  {"find": text, "newParagraphAfter": text}  Enter at the end of their paragraph, then the words typed;
  {"find": text, "newParagraphBefore": text} the words typed at the start of their paragraph, then Enter;
  {"find": text, "split": true}           Enter just before them;
  {"find": text, "joinNext": true}        Delete at the end of their paragraph (it runs on into the next);
  {"find": text, "deleteParagraph": true} their whole paragraph selected with its mark and deleted.
"""
import json
import os
import sys

import uno
from uno_office import office, prop
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def set_author(ctx, author):
    smgr = ctx.ServiceManager
    provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),)
    )
    access.setPropertyValue("givenname", author)
    access.setPropertyValue("sn", "")
    access.commitChanges()


def apply(found, edit):
    """One edit, made with a text cursor as the keys a reviewer presses would make it."""
    text = found.getText()
    if "insertAfter" in edit:
        text.insertString(found.getEnd(), edit["insertAfter"], False)
    elif "replace" in edit:
        found.setString(edit["replace"])
    elif "newParagraphAfter" in edit:
        cursor = text.createTextCursorByRange(found.getEnd())
        cursor.gotoEndOfParagraph(False)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, edit["newParagraphAfter"], False)
    elif "newParagraphBefore" in edit:
        cursor = text.createTextCursorByRange(found.getStart())
        cursor.gotoStartOfParagraph(False)
        text.insertString(cursor, edit["newParagraphBefore"], False)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    elif edit.get("split"):
        text.insertControlCharacter(found.getStart(), PARAGRAPH_BREAK, False)
    elif edit.get("joinNext"):
        cursor = text.createTextCursorByRange(found.getEnd())
        cursor.gotoEndOfParagraph(False)
        cursor.goRight(1, True)
        cursor.setString("")
    elif edit.get("deleteParagraph"):
        cursor = text.createTextCursorByRange(found.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)
        cursor.setString("")
    else:
        raise RuntimeError("unknown edit: " + json.dumps(edit, ensure_ascii=False))


def main():
    source, target, edits_file, author = sys.argv[1:5]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    with office() as (ctx, desktop):
        set_author(ctx, author)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        doc.setPropertyValue("RecordChanges", True)
        for edit in edits:
            search = doc.createSearchDescriptor()
            search.SearchString = edit["find"]
            found = doc.findFirst(search)
            if found is None:
                raise RuntimeError("not found: " + edit["find"])
            apply(found, edit)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main()
