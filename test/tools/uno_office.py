"""LibreOffice driven through UNO for the tests' own office files: one place that starts a private,
headless LibreOffice, connects to it, and quits it and its profile afterwards; and the heading
numbering a Chinese report uses. Imported by the scripts beside it (run with Debian's /usr/bin/python3)."""
import contextlib
import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

# (numbering type, prefix, suffix) of levels 1–4, as a Chinese 公文 numbers its headings: 一、 （一） 1. （1）
HEADING_LEVELS = [
    ("com.sun.star.style.NumberingType.NUMBER_LOWER_ZH", "", "、"),
    ("com.sun.star.style.NumberingType.NUMBER_LOWER_ZH", "（", "）"),
    ("com.sun.star.style.NumberingType.ARABIC", "", "."),
    ("com.sun.star.style.NumberingType.ARABIC", "（", "）"),
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.25)
    raise RuntimeError("LibreOffice did not start")


@contextlib.contextmanager
def office():
    """A LibreOffice of its own (a fresh profile, a pipe named for this process): yields (context, desktop)."""
    profile = tempfile.mkdtemp(prefix="jianbao-uno-")
    pipe = "jianbao%d" % os.getpid()
    process = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore", "--nologo",
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        ctx = _connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        yield ctx, desktop
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


def heading_numbering(doc, name="公文标题编号", levels=len(HEADING_LEVELS)):
    """A list style numbering headings 一、（一）1.（1）, each level showing only its own number; returns its name."""
    style = doc.createInstance("com.sun.star.style.NumberingStyle")
    doc.getStyleFamilies().getByName("NumberingStyles").insertByName(name, style)
    rules = style.getPropertyValue("NumberingRules")
    for level, (kind, prefix, suffix) in enumerate(HEADING_LEVELS[:levels]):
        props = {p.Name: p.Value for p in rules.getByIndex(level)}
        props.update({"NumberingType": uno.getConstantByName(kind), "Prefix": prefix, "Suffix": suffix, "ParentNumbering": 1, "StartWith": 1})
        # LibreOffice 7.2 and later write the label from ListFormat (`%1%` stands for the number).
        props["ListFormat"] = "%s%%%d%%%s" % (prefix, level + 1, suffix)
        value = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(prop(k, v) for k, v in props.items()))
        uno.invoke(rules, "replaceByIndex", (level, value))
    style.setPropertyValue("NumberingRules", rules)
    return name
