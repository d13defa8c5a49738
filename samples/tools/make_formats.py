"""Makes the sheet-09 samples in further formats (ods, xls, docx, ipynb, txt, md, online-text HTML) into samples/sheet09, and truth.json (the source of samples/expected/sheet09.yaml entries 2711xx). Run from a scratch folder: it writes tmp/ there."""
import json, os, shutil, subprocess, base64, io, copy
from docx import Document
from docx.shared import Pt
from lxml import etree
import openpyxl
from openpyxl.chart import LineChart, Reference

V = {  # t -> quantity -> value (reference)
1: dict(g=0.57689, f=0.54364, q=0.61775, candidate=0.73243, s=0.42253, h=0.26102, output=0.57568),
2: dict(g=0.54282, f=0.55065, q=0.61735, candidate=0.73713, s=0.63279, h=0.39065, output=0.72177),
3: dict(g=0.54805, f=0.57253, q=0.64501, candidate=0.74002, s=0.76786, h=0.49528, output=0.81403)}
Q = ["g", "f", "q", "candidate", "s", "h", "output"]
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sheet09")  # samples/sheet09
os.makedirs(OUT, exist_ok=True)  # never delete the other samples
truth = {}
PNG = base64.b64encode(open("/work/wt/formats/samples/sheet09/271012_Lukas_Zimmermann/plot.png","rb").read()).decode()

def val(t, q, wrong=()):
    v = V[t][q]
    if (q, t) in wrong: v = v + 0.1
    return round(v, 4)

def record(sid, name, fname, *, wrong=(), missing=(), named=True, plot=False, partners=()):
    truth[sid] = dict(name=name, file=fname, wrong=[f"{q}@{t}" for q, t in wrong],
                      missing=[f"{q}@{t}" for q, t in missing], namePresent=named,
                      plotPresent=plot, partners=list(partners))

def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", "tmp", src],
                   check=True, capture_output=True)

os.makedirs("tmp", exist_ok=True)

def workbook(path, name, partner, chart, wrong=()):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Aufgabe 17"
    ws.append([f"Name: {name}"] if name else ["Blatt 9"])
    if partner: ws.append([f"Gruppe: {name}, {partner}"])
    ws.append(["t", "i", "f", "q", "s~", "s", "h", "output"])
    start = ws.max_row
    for t in (1, 2, 3):
        ws.append([t] + [val(t, q, wrong) for q in Q])
    if chart:
        ch = LineChart(); ch.title = "h over t"
        ch.add_data(Reference(ws, min_col=7, min_row=start, max_row=start + 3), titles_from_data=True)
        ws.add_chart(ch, "J2")
    wb.save(path)

# 1 ods with chart, named
workbook("tmp/271101_Clara_Fischer.xlsx", "Clara Fischer", None, True)
soffice("tmp/271101_Clara_Fischer.xlsx", "ods"); shutil.copy("tmp/271101_Clara_Fischer.ods", OUT)
record("271101", "Clara Fischer", "271101_Clara_Fischer.ods", plot=True)
# 2 ods, no name, partner, one wrong
workbook("tmp/271102_Jan_Mueller.xlsx", None, None, False, wrong=[("s", 2)])
soffice("tmp/271102_Jan_Mueller.xlsx", "ods"); shutil.copy("tmp/271102_Jan_Mueller.ods", OUT)
record("271102", "Jan Müller", "271102_Jan_Mueller.ods", wrong=[("s", 2)], named=False)
# 3 xls with chart, partner
workbook("tmp/271103_Mia_Schulz.xlsx", "Mia Schulz", "Ben Weber", True)
soffice("tmp/271103_Mia_Schulz.xlsx", "xls"); shutil.copy("tmp/271103_Mia_Schulz.xls", OUT)
record("271103", "Mia Schulz", "271103_Mia_Schulz.xls", plot=True, partners=["Ben Weber"])
# 4 xls, named (umlaut), no chart
workbook("tmp/271104_Joerg_Krause.xlsx", "Jörg Krause", None, False)
soffice("tmp/271104_Joerg_Krause.xlsx", "xls"); shutil.copy("tmp/271104_Joerg_Krause.xls", OUT)
record("271104", "Joerg Krause", "271104_Joerg_Krause.xls")

# docx helpers
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
def omml(par, pieces):
    """pieces: list of ('r', text) or ('sup', base, sup) or ('sub', base, sub)."""
    om = etree.SubElement(par._p, f"{{{M}}}oMath")
    def run(parent, text):
        r = etree.SubElement(parent, f"{{{M}}}r"); t = etree.SubElement(r, f"{{{M}}}t"); t.text = text
    for p in pieces:
        if p[0] == "r": run(om, p[1])
        else:
            el = etree.SubElement(om, f"{{{M}}}s{'Sup' if p[0]=='sup' else 'Sub'}")
            e = etree.SubElement(el, f"{{{M}}}e"); run(e, p[1])
            s = etree.SubElement(el, f"{{{M}}}{p[0]}"); run(s, p[2])

# 5 docx with table + OMML equations for h, name, partner
d = Document(); d.add_heading("Übungsblatt 9 – Deep Learning", 1)
d.add_paragraph("Name: Nina Vogel (271105)"); d.add_paragraph("Worked with: Tom Berger")
d.add_paragraph("Aufgabe 17 a)")
tb = d.add_table(rows=4, cols=8)
for j, h in enumerate(["t", "g", "f", "q", "candidate", "s", "h", "output"]): tb.cell(0, j).text = h
for t in (1, 2, 3):
    tb.cell(t, 0).text = str(t)
    for j, q in enumerate(Q): tb.cell(t, j + 1).text = f"{val(t, q):.4f}"
d.add_paragraph("Der Output zu t=1 ist nicht gleich dem bei t=3, weil sich der Zustand ändert.")
d.save(f"{OUT}/271105_Nina_Vogel.docx")
record("271105", "Nina Vogel", "271105_Nina_Vogel.docx", partners=["Tom Berger"])
# 6 docx with equations only, picture (plot), no table, name
d = Document(); d.add_paragraph("Deep Learning Blatt 9, Felix Lange")
for t in (1, 2, 3):
    for q, sym in zip(Q, ["i", "f", "q", "s̃", "s", "h", "y"]):
        p = d.add_paragraph()
        omml(p, [("sup", sym, f"({t})"), ("r", f"={val(t, q):.4f}")])
d.add_picture("/work/wt/formats/samples/sheet09/271012_Lukas_Zimmermann/plot.png")
d.save(f"{OUT}/271106_Felix_Lange.docx")
record("271106", "Felix Lange", "271106_Felix_Lange.docx", plot=True)

# ipynb
def nb(cells):
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}}, "cells": cells}
def md(text): return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(True)}
def code(src, outputs): return {"cell_type": "code", "metadata": {}, "execution_count": 1,
                                "source": src.splitlines(True), "outputs": outputs}
def stream(text): return {"output_type": "stream", "name": "stdout", "text": text.splitlines(True)}
def image(): return {"output_type": "display_data", "metadata": {}, "data": {"image/png": PNG, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}
# 7 notebook with printed values and a plot, group members
lines = "".join(f"t={t}: " + ", ".join(f"{q}={val(t, q):.4f}" for q in Q) + "\n" for t in (1, 2, 3))
json.dump(nb([md("# Blatt 9\nGroup members: Lea Hahn, Max Roth\n"),
              code("for t in range(1,4):\n    print(...)", [stream(lines)]),
              code("plt.plot(hs)", [image()])]), open(f"{OUT}/271107_Lea_Hahn.ipynb", "w"), indent=1)
record("271107", "Lea Hahn", "271107_Lea_Hahn.ipynb", plot=True, partners=["Max Roth"])
# 8 notebook without name, no plot, t=3 missing
lines = "".join(f"t = {t}\n" + "".join(f"  {q} = {val(t, q)}\n" for q in Q) for t in (1, 2))
json.dump(nb([md("## Aufgabe 17\n"), code("run()", [stream(lines)])]), open(f"{OUT}/271108_Sara_Koenig.ipynb", "w"), indent=1)
record("271108", "Sara König", "271108_Sara_Koenig.ipynb", named=False,
       missing=[(q, 3) for q in Q])

# 9 txt
txt = "Sebastian Frank, Matrikelnummer 271109\nzusammen mit Paula Meier\n\nAufgabe 17\n"
for t in (1, 2, 3):
    txt += f"t={t}: " + "  ".join(f"{q}={str(val(t, q)).replace('.', ',')}" for q in Q) + "\n"
open(f"{OUT}/271109_Sebastian_Frank.txt", "w").write(txt)
record("271109", "Sebastian Frank", "271109_Sebastian_Frank.txt", partners=["Paula Meier"])
# 10 md with table
mdt = "# Blatt 9 — Emily Schmitt\n\n## Aufgabe 17\n\n| t | g | f | q | candidate | s | h | output |\n|---|---|---|---|---|---|---|---|\n"
for t in (1, 2, 3):
    mdt += f"| {t} | " + " | ".join(f"{val(t, q, [('h', 3)]):.4f}" for q in Q) + " |\n"
mdt += "\nPlot: siehe unten (nicht eingefügt)\n"
open(f"{OUT}/271110_Emily_Schmitt.md", "w").write(mdt)
record("271110", "Emily Schmitt", "271110_Emily_Schmitt.md", wrong=[("h", 3)])
# 11 Moodle online text HTML with table and partner
html = "<p>Name: David Schmid</p><p>Partner: Anna Keller</p><p><strong>Aufgabe 17</strong></p><table border=\"1\"><tbody>"
html += "<tr><td>t</td>" + "".join(f"<td>{h}</td>" for h in ["g", "f", "q", "candidate", "s", "h", "output"]) + "</tr>"
for t in (1, 2, 3):
    html += f"<tr><td>{t}</td>" + "".join(f"<td>{val(t, q)}</td>" for q in Q) + "</tr>"
html += "</tbody></table><p>The output at t=1 differs from t=3.</p>"
open(f"{OUT}/271111_David_Schmid.html", "w").write(html)
record("271111", "David Schmid", "271111_David_Schmid.html", partners=["Anna Keller"])
# 12 HTML prose + img, no name
html = "<div><p>Aufgabe 17</p>" + "".join(f"<p>t = {t}: " + ", ".join(f"{q} = {val(t, q)}" for q in Q) + "</p>" for t in (1, 2, 3))
html += "<p><img src=\"@@PLUGINFILE@@/plot.png\" alt=\"plot\" width=\"400\"></p></div>"
open(f"{OUT}/271112_Tobias_Wirth.html", "w").write(html)
record("271112", "Tobias Wirth", "271112_Tobias_Wirth.html", named=False, plot=True)
# 13 docx from LibreOffice (odt->docx) via pandoc markdown with table and name
open("tmp/p.md", "w").write("Hanna Lorenz\n\nTogether with Kai Busch\n\n" + mdt.split("## Aufgabe 17")[1].replace("4907", "4953"))
subprocess.run(["pandoc", "tmp/p.md", "-o", f"{OUT}/271113_Hanna_Lorenz.docx"], check=True)
record("271113", "Hanna Lorenz", "271113_Hanna_Lorenz.docx", wrong=[("h", 3)], partners=["Kai Busch"])
json.dump(truth, open("truth.json", "w"), indent=1, ensure_ascii=False)
print(len(truth), "submissions")
