#!/usr/bin/env python3
"""Mutation score per package group from PIT's mutations.xml (README "Mutation testing (PIT)").

Usage: scripts/pit-groups.py [target/pit-reports/mutations.xml] [--survivors GROUP]

Groups: core; the readers (io.retentiondesk.*input.* and the value-file reader wherever it lives); jira.rest;
jira.adminpage; and the access checks, which live inside those two: RestAccess, the lines of each REST method that
call it, AdminPageServlet.admitted (login, administrator, WebSudo) and doPost's XSRF check. A mutant counts as
killed when PIT detected it (killed, timed out, memory or run error), as PIT's own score does.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src/main/java"


def access_lines():
    """(class, line) pairs of the access checks outside RestAccess and AdminPageServlet.admitted."""
    lines = set()
    for f in (SRC / "io/retentiondesk/jira/rest").glob("*.java"):
        cls = "io.retentiondesk.jira.rest." + f.stem
        for n, text in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if "access.refuse" in text or "refused.isPresent()" in text or "return refused.get()" in text:
                lines.add((cls, n))
    servlet = SRC / "io/retentiondesk/jira/adminpage/AdminPageServlet.java"
    if servlet.exists():
        cls = "io.retentiondesk.jira.adminpage.AdminPageServlet"
        inside = False
        for n, text in enumerate(servlet.read_text(encoding="utf-8").splitlines(), 1):
            if "admitted(req, resp)" in text and "private" not in text:
                lines.add((cls, n))
            if "validateFormEncodedToken" in text:
                inside = True
            if inside:
                lines.add((cls, n))
                if "return;" in text:
                    inside = False
    return lines


def groups_of(m, access):
    cls, method, line = m["class"], m["method"], m["line"]
    outer = cls.split("$")[0]
    found = []
    if outer.startswith("io.retentiondesk.core."):
        found.append("core")
    if re.match(r"io\.retentiondesk\.(.*\.)?input\.", outer) or "ValueFile" in outer:
        found.append("readers")
    if outer.startswith("io.retentiondesk.jira.rest."):
        found.append("jira.rest")
    if outer.startswith("io.retentiondesk.jira.adminpage."):
        found.append("jira.adminpage")
    if (outer == "io.retentiondesk.jira.rest.RestAccess"
            or (outer == "io.retentiondesk.jira.adminpage.AdminPageServlet" and method == "admitted")
            or (outer, line) in access):
        found.append("access checks")
    return found


def main():
    args = sys.argv[1:]
    survivors = None
    if "--survivors" in args:
        i = args.index("--survivors")
        survivors = args[i + 1]
        del args[i:i + 2]
    path = Path(args[0]) if args else ROOT / "target/pit-reports/mutations.xml"
    access = access_lines()
    order = ["core", "readers", "jira.rest", "jira.adminpage", "access checks"]
    totals = {g: [0, 0] for g in order}
    for e in ET.parse(path).getroot():
        m = {"class": e.findtext("mutatedClass"), "method": e.findtext("mutatedMethod"),
             "line": int(e.findtext("lineNumber")), "status": e.get("status"),
             "detected": e.get("detected") == "true", "mutator": e.findtext("mutator").rsplit(".", 1)[-1],
             "description": e.findtext("description")}
        for g in groups_of(m, access):
            totals[g][0] += 1
            totals[g][1] += m["detected"]
            if survivors == g and not m["detected"]:
                print(f"{m['status']:12} {m['class']}.{m['method']}:{m['line']} {m['mutator']}: {m['description']}")
    if survivors:
        return
    print("| package group | mutations | killed | score |")
    print("|---|---|---|---|")
    for g in order:
        n, k = totals[g]
        if n:
            print(f"| {g} | {n} | {k} | {100 * k / n:.0f} % |")


if __name__ == "__main__":
    main()
