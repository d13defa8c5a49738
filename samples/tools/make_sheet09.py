#!/usr/bin/python3
"""Generate the sample submissions for exercise sheet 9 (Q16 short answers, Q17 LSTM forward pass).

Usage:  /usr/bin/python3 samples/tools/make_sheet09.py
Writes samples/sheet09/<id>_<First>_<Last>.<ext> (or a folder per student) and
samples/sheet09/expected.yaml.  See samples/README.md for what each file tests.
"""
import csv
import math
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (SAMPLES, TOOLS, fmt, soffice_convert, pdflatex, pandoc_pdf,  # noqa: E402
                    cleanup, write_expected)

OUT = os.path.join(SAMPLES, "sheet09")
STEPS = (1, 2, 3)
QTY = ("g", "f", "q", "candidate", "s", "h", "output")
X = {1: 0.7, 2: 0.5, 3: 0.7}

# Reference values as published (6 decimals); REF below is recomputed at full precision so that
# rounding to 5 decimals is not a double rounding of the 6-decimal table.
REF6 = {
    "g":         {1: 0.576885, 2: 0.542819, 3: 0.548052},
    "f":         {1: 0.543639, 2: 0.550652, 3: 0.572534},
    "q":         {1: 0.617748, 2: 0.617348, 3: 0.645015},
    "candidate": {1: 0.732433, 2: 0.737129, 3: 0.740019},
    "s":         {1: 0.422530, 2: 0.632794, 3: 0.767865},
    "h":         {1: 0.261017, 2: 0.390654, 3: 0.495284},
    "output":    {1: 0.575685, 2: 0.721772, 3: 0.814031},
}


def _forward():
    sig = lambda z: 1.0 / (1.0 + math.exp(-z))  # noqa: E731
    ref = {k: {} for k in QTY}
    h = s = 0.0
    for t in STEPS:
        x = X[t]
        g = sig(0.1 + 0.3 * x - 0.3 * h)
        f = sig(0.0 + 0.25 * x + 0.3 * h)
        q = sig(0.2 + 0.4 * x + 0.3 * h)
        cand = sig(1.0 + 0.01 * x + 0.1 * h)
        s = f * s + g * cand
        h = max(s, 0.0) * q
        out = sig(5.0 * h - 1.0)
        for k, v in zip(QTY, (g, f, q, cand, s, h, out)):
            ref[k][t] = v
            assert abs(v - REF6[k][t]) < 6e-7, (k, t, v)
    return ref


REF = _forward()

Q16_EN = [
    ("a)", "y = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5), the same W and U at every step."),
    ("b)", "GRUs have fewer gates and parameters, so they train faster and need less memory."),
    ("c)", "Gradient clipping rescales the gradient when its norm is above a threshold; "
           "it prevents exploding gradients."),
    ("d)", "The gradient gets multiplied by small factors at every time step in backpropagation "
           "through time, so it becomes almost zero for early steps."),
    ("e)", "Gates and the additive cell state let information and gradients flow over many steps, "
           "so long-term dependencies can be learned."),
]
Q17_WHY_EN = ("No. The input is 0.7 at t = 1 and at t = 3, but the LSTM keeps a cell state and a "
              "hidden state from the previous steps, so the output at t = 3 is larger.")

students = []  # entries for expected.yaml


def row_values(t, d, comma=False, qty=QTY, override=None):
    override = override or {}
    return [override.get((k, t), fmt(REF[k][t], d, comma)) for k in qty]


def add(sid, first, last, files, wrong=(), missing=(), status=None):
    students.append(dict(id=sid, name="%s %s" % (first, last), files=list(files),
                         wrong=list(wrong), missing=list(missing), status=status))


def base(sid, first, last):
    return "%s_%s_%s" % (sid, first, last)


# ---------------------------------------------------------------- 1: openpyxl formulas
def s01_formulas(tmp):
    import openpyxl
    sid, first, last = "271001", "Anna", "Becker"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Exercise 17"
    ws.append(["t", "x", "g", "f", "q", "cand", "s", "h", "output"])
    for r, t in zip((2, 3, 4), STEPS):
        hp = "H%d" % (r - 1) if r > 2 else "0"
        sp = "G%d" % (r - 1) if r > 2 else "0"
        ws.append([
            t, X[t],
            "=1/(1+EXP(-(0.1+0.3*B{r}-0.3*{hp})))".format(r=r, hp=hp),
            "=1/(1+EXP(-(0+0.25*B{r}+0.3*{hp})))".format(r=r, hp=hp),
            "=1/(1+EXP(-(0.2+0.4*B{r}+0.3*{hp})))".format(r=r, hp=hp),
            "=1/(1+EXP(-(1+0.01*B{r}+0.1*{hp})))".format(r=r, hp=hp),
            "=D{r}*{sp}+C{r}*F{r}".format(r=r, sp=sp),
            "=MAX(G{r},0)*E{r}".format(r=r),
            "=1/(1+EXP(-(5*H{r}-1)))".format(r=r),
        ])
    ws["K1"] = "Anna Becker, 271001"
    ws["K3"] = "Output t=1 vs t=3: not the same, the state carries over from earlier steps."
    fn = base(sid, first, last) + ".xlsx"
    wb.save(os.path.join(OUT, fn))
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 2: LibreOffice xlsx, title rows
def s02_lo_title(tmp):
    sid, first, last = "271002", "Jonas", "Hoffmann"
    rows = [["Name: Jonas Hoffmann", "Matr. 271002"], ["Exercise 17"], [],
            ["t", "g", "f", "q", "candidate", "s", "h", "output"]]
    for t in STEPS:
        rows.append([str(t)] + row_values(t, 5))
    rows += [[], ["Same output at t=1 and t=3?", Q17_WHY_EN], [], ["Exercise 16"]]
    rows += [[k, v] for k, v in Q16_EN]
    src = os.path.join(tmp, base(sid, first, last) + ".csv")
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    out = soffice_convert(src, "xlsx", OUT, infilter="CSV:44,34,76,1")
    add(sid, first, last, [os.path.basename(out)])


# ---------------------------------------------------------------- 3: German CSV, cp1252
def s03_german_csv(tmp):
    sid, first, last = "271003", "Lena", "Wagner"
    fn = base(sid, first, last) + ".csv"
    lines = ["Zeitschritt;g;f;q;s~;s;h;Ausgabe"]
    for t in STEPS:
        lines.append(";".join([str(t)] + row_values(t, 4, comma=True)))
    lines.append("")
    lines.append("Antwort;Nein, die Ausgabe bei t=3 ist größer, weil der Zellzustand die "
                 "vorherigen Schritte enthält.")
    with open(os.path.join(OUT, fn), "w", encoding="windows-1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 4: English CSV, 2 decimals
def s04_csv_2dec(tmp):
    sid, first, last = "271004", "Maximilian", "Koch"
    fn = base(sid, first, last) + ".csv"
    with open(os.path.join(OUT, fn), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["step", "g", "f", "q", "cand", "s", "h", "out"])
        for t in STEPS:
            w.writerow([t] + row_values(t, 2))
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 5: transposed, LibreOffice xlsx
def s05_transposed(tmp):
    sid, first, last = "271005", "Sophie", "Bauer"
    labels = {"g": "g", "f": "f", "q": "q", "candidate": "s~", "s": "s", "h": "h", "output": "output"}
    rows = [["Sophie Bauer 271005 - LSTM forward pass"], [],
            ["", "t=1", "t=2", "t=3"]]
    for k in QTY:
        rows.append([labels[k]] + [fmt(REF[k][t], 3) for t in STEPS])
    src = os.path.join(tmp, base(sid, first, last) + ".csv")
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    out = soffice_convert(src, "xlsx", OUT, infilter="CSV:44,34,76,1")
    add(sid, first, last, [os.path.basename(out)])


# ---------------------------------------------------------------- 6: LaTeX booktabs
def s06_latex(tmp):
    sid, first, last = "271006", "Felix", "Richter"
    fn = base(sid, first, last) + ".pdf"
    pdflatex(os.path.join(TOOLS, "tex", base(sid, first, last) + ".tex"), os.path.join(OUT, fn))
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 7: prose, docx -> LibreOffice PDF
def s07_prose(tmp):
    import docx
    sid, first, last = "271007", "Marie", "Klein"
    d = lambda k, t: fmt(REF[k][t], 4)  # noqa: E731
    doc = docx.Document()
    doc.add_heading("Deep Learning - Exercise Sheet 9", level=1)
    doc.add_paragraph("Marie Klein (271007)")
    doc.add_heading("Question 16", level=2)
    for k, v in Q16_EN:
        doc.add_paragraph("%s %s" % (k, v))
    doc.add_heading("Question 17", level=2)
    doc.add_paragraph(
        "At t = 1 the input gate is g = %s, the forget gate f = %s, the output gate q = %s and "
        "the candidate value s~ = %s. The new cell state is s = %s, so the hidden state is h = %s "
        "and the output is %s." % (d("g", 1), d("f", 1), d("q", 1), d("candidate", 1),
                                   d("s", 1), d("h", 1), d("output", 1)))
    doc.add_paragraph(
        "For the second step: g(2) = %s, f(2) = %s, q(2) = %s, candidate(2) = %s, s(2) = %s, "
        "h(2) = %s and output(2) = %s." % tuple(d(k, 2) for k in QTY))
    doc.add_paragraph(
        "In the third step (t = 3) the gates are g\u2083 = %s, f\u2083 = %s and q\u2083 = %s, and the "
        "candidate is s~\u2083 = %s. The cell state grows to s\u2083 = %s, the hidden state at t=3 "
        "is %s and the output at t=3 is %s." % tuple(d(k, 3) for k in QTY))
    doc.add_paragraph(
        "The output at t = 1 (%s) is not the same as at t = 3 (%s) although x is 0.7 both times, "
        "because the cell state keeps information from the earlier steps."
        % (d("output", 1), d("output", 3)))
    src = os.path.join(tmp, base(sid, first, last) + ".docx")
    doc.save(src)
    out = soffice_convert(src, "pdf", OUT)
    add(sid, first, last, [os.path.basename(out)])


# ---------------------------------------------------------------- 8: wrong values, openpyxl
def s08_wrong(tmp):
    import openpyxl
    sid, first, last = "271008", "Paul", "Wolf"
    override = {("s", 2): 0.6523, ("output", 3): 0.7914}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Paul Wolf - Exercise 17 (LSTM)"])
    ws.append(["step", "g", "f", "q", "s~", "s", "h", "output"])
    for t in STEPS:
        ws.append([t] + [override.get((k, t), round(REF[k][t], 4)) for k in QTY])
    for row in ws.iter_rows(min_row=3, min_col=2):
        for c in row:
            c.number_format = "0.0000"
    fn = base(sid, first, last) + ".xlsx"
    wb.save(os.path.join(OUT, fn))
    add(sid, first, last, [fn], wrong=["s@2", "output@3"])


# ---------------------------------------------------------------- 9: step 3 missing, CSV
def s09_missing_step(tmp):
    sid, first, last = "271009", "Hannah", "Schroeder"
    fn = base(sid, first, last) + ".csv"
    with open(os.path.join(OUT, fn), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["t", "g", "f", "q", "candidate", "s", "h", "y"])
        for t in (1, 2):
            w.writerow([t] + row_values(t, 5))
    add(sid, first, last, [fn], missing=["%s@3" % k for k in QTY])


# ---------------------------------------------------------------- 10: truncated xlsx
def s10_corrupt(tmp):
    import openpyxl
    sid, first, last = "271010", "Tim", "Neumann"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tim Neumann 271010"])
    ws.append(["t", "g", "f", "q", "cand", "s", "h", "output"])
    for t in STEPS:
        ws.append([t] + [round(REF[k][t], 4) for k in QTY])
    full = os.path.join(tmp, "full.xlsx")
    wb.save(full)
    data = open(full, "rb").read()
    fn = base(sid, first, last) + ".xlsx"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data[:len(data) // 2])
    add(sid, first, last, [fn], status="error")


# ---------------------------------------------------------------- 11: reportlab table PDF
def s11_reportlab(tmp):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    sid, first, last = "271011", "Laura", "Schwarz"
    fn = base(sid, first, last) + ".pdf"
    st = getSampleStyleSheet()
    story = [Paragraph("Exercise Sheet 9", st["Title"]),
             Paragraph("Name: Laura Schwarz &nbsp;&nbsp; Student ID: 271011", st["Normal"]),
             Spacer(1, 12), Paragraph("Question 16", st["Heading2"])]
    for k, v in Q16_EN:
        story.append(Paragraph("<b>%s</b> %s" % (k, v), st["Normal"]))
    story += [Spacer(1, 12), Paragraph("Question 17", st["Heading2"]),
              Paragraph("Forward pass of the LSTM for the sequence x = 0.7, 0.5, 0.7:", st["Normal"]),
              Spacer(1, 6)]
    data = [["t", "g", "f", "q", "candidate", "s", "h", "output"]]
    for t in STEPS:
        data.append([str(t)] + row_values(t, 6))
    tbl = Table(data)
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    story += [tbl, Spacer(1, 12),
              Paragraph("<b>Is the output from t = 1 the same as t = 3?</b> " + Q17_WHY_EN, st["Normal"])]
    doc = SimpleDocTemplate(os.path.join(OUT, fn), pagesize=A4, title="Exercise Sheet 9",
                            author="Laura Schwarz", invariant=1)
    doc.build(story)
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 12: folder with CSV + PNG plot
def s12_folder(tmp):
    from PIL import Image, ImageDraw
    sid, first, last = "271012", "Lukas", "Zimmermann"
    folder = base(sid, first, last)
    d = os.path.join(OUT, folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "values.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["t", "g", "f", "q", "c~", "s", "h", "y"])
        for t in STEPS:
            w.writerow([t] + row_values(t, 3))
    # the student's plot: s, h and output over t
    W, H, L, B = 420, 300, 50, 40
    img = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(img)
    px = lambda t: L + (t - 1) * (W - L - 60) / 2  # noqa: E731
    py = lambda v: H - B - v * (H - B - 20)  # noqa: E731
    dr.line([(L, H - B), (W - 20, H - B)], fill="black")
    dr.line([(L, H - B), (L, 10)], fill="black")
    for t in STEPS:
        dr.line([(px(t), H - B), (px(t), H - B + 5)], fill="black")
        dr.text((px(t) - 3, H - B + 8), str(t), fill="black")
    for v in (0.0, 0.5, 1.0):
        dr.line([(L - 5, py(v)), (L, py(v))], fill="black")
        dr.text((L - 30, py(v) - 5), "%.1f" % v, fill="black")
    dr.text((W - 30, H - B + 8), "t", fill="black")
    for k, col in (("s", "blue"), ("h", "green"), ("output", "red")):
        pts = [(px(t), py(REF[k][t])) for t in STEPS]
        dr.line(pts, fill=col, width=2)
        for x, y in pts:
            dr.ellipse([x - 3, y - 3, x + 3, y + 3], fill=col)
        dr.text((pts[-1][0] + 8, pts[-1][1] - 5), k, fill=col)
    img = img.convert("P", palette=Image.ADAPTIVE, colors=16)
    img.save(os.path.join(d, "plot.png"), optimize=True)
    add(sid, first, last, [folder + "/values.csv", folder + "/plot.png"])


# ---------------------------------------------------------------- 13: text cells with decimal commas
def s13_text_commas(tmp):
    import openpyxl
    sid, first, last = "271013", "Julia", "Braun"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aufgabe 17"
    ws.append(["Julia Braun", "271013"])
    ws.append([])
    ws.append(["Zeitschritt", "Eingangsgate g", "Vergessensgate f", "Ausgangsgate q",
               "Kandidat s~", "Zellzustand s", "Versteckter Zustand h", "Ausgabe"])
    for t in STEPS:
        ws.append([t] + row_values(t, 4, comma=True))  # strings like "0,5769"
    ws.append([])
    ws.append(["Gleiche Ausgabe bei t=1 und t=3?",
               "Nein, wegen des Zellzustands hängt die Ausgabe von den vorherigen Schritten ab."])
    fn = base(sid, first, last) + ".xlsx"
    wb.save(os.path.join(OUT, fn))
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 14: pandoc markdown -> PDF
def s14_pandoc(tmp):
    sid, first, last = "271014", "Leon", "Krueger"
    fn = base(sid, first, last) + ".pdf"
    pandoc_pdf(os.path.join(TOOLS, "md", base(sid, first, last) + ".md"), os.path.join(OUT, fn))
    add(sid, first, last, [fn])


# ---------------------------------------------------------------- 15: LaTeX prose, q and candidate missing
def s15_latex_prose(tmp):
    sid, first, last = "271015", "Emma", "Hartmann"
    fn = base(sid, first, last) + ".pdf"
    pdflatex(os.path.join(TOOLS, "tex", base(sid, first, last) + ".tex"), os.path.join(OUT, fn))
    add(sid, first, last, [fn], missing=["q@1", "q@2", "q@3",
                                        "candidate@1", "candidate@2", "candidate@3"])


HEADER = """
Expected grading results for samples/sheet09 (generated by tools/make_sheet09.py).
Items are quantity@step with quantities g, f, q, candidate, s, h, output and steps 1..3.
Every item not listed under wrong/missing is present and correct (within the student's rounding).
status: error marks a file that cannot be opened; its wrong/missing lists are not applicable.
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="korrektor_sheet09_")
    try:
        for fn in (s01_formulas, s02_lo_title, s03_german_csv, s04_csv_2dec, s05_transposed,
                   s06_latex, s07_prose, s08_wrong, s09_missing_step, s10_corrupt,
                   s11_reportlab, s12_folder, s13_text_commas, s14_pandoc, s15_latex_prose):
            fn(tmp)
            print("made", students[-1]["id"], students[-1]["files"])
        write_expected(os.path.join(SAMPLES, "expected", "sheet09.yaml"), HEADER, students)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        cleanup()


if __name__ == "__main__":
    main()
