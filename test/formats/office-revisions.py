"""Open documents in LibreOffice as a user would and save them as text or PDF,
optionally after accepting or rejecting every tracked change.

Usage: python3 office-revisions.py PROFILE_DIR JOBS_FILE

Each line of JOBS_FILE is ACTION<TAB>INPUT<TAB>OUTPUT, ACTION one of open,
accept, reject (Edit > Track Changes > Accept All / Reject All); OUTPUT
ends in .txt (UTF-8 text, LF), .pdf or .docx. One office serves every job, since
starting LibreOffice is most of the cost. The tests use it to check that
Galley's files open in LibreOffice and that its revisions mean there what
they are meant to.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, jobs_file = sys.argv[1], sys.argv[2]
    with open(jobs_file, encoding="utf-8") as f:
        jobs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    pipe = "galley%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(300):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            raise SystemExit("LibreOffice did not start")
        smgr = context.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        commands = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}
        for action, source, output in jobs:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                raise SystemExit("LibreOffice could not open " + source)
            if action in commands:
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), commands[action], "", 0, ())
            if output.endswith(".pdf"):
                store = (prop("FilterName", "writer_pdf_Export"),)
            elif output.endswith(".docx"):
                store = (prop("FilterName", "MS Word 2007 XML"),)
            else:
                store = (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF"))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(output)), store)
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as the office quits
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
