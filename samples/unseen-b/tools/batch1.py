"""Students 1-10."""
import os
import shutil

import openpyxl
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
import docx
from docx.shared import Cm
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import Student, fmt, soffice_convert, pdflatex, work, RNG, texesc
from lstm_model import forward, P
import answers
import plots
import nb

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

R = forward()
K = ["g", "f", "q", "a", "s", "h", "y"]


def s01():
    st = Student("Lena Hoffmann", "correct; xlsx (openpyxl), quantities as rows, t=1..3 columns, full-precision numbers shown with format 0.0000, parameter block above, line chart, Q16 on 2nd sheet")
    fn = "Hoffmann_Lena_Blatt9.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q17"
    ws["A1"] = "Deep Learning - Exercise Sheet 9"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lena Hoffmann, Matr.-Nr. 318842"
    ws["A4"] = "Parameters"
    ws["A4"].font = Font(bold=True)
    prm = [("U^g", 0.3), ("W^g", -0.3), ("b^g", 0.1), ("U^f", 0.25), ("W^f", 0.3), ("b^f", 0),
           ("U^q", 0.4), ("W^q", 0.3), ("b^q", 0.2), ("U", 0.01), ("W", 0.1), ("b", 1), ("V", 5), ("c", -1)]
    for i, (k, v) in enumerate(prm):
        ws.cell(row=5 + i // 3, column=1 + 2 * (i % 3), value=k)
        ws.cell(row=5 + i // 3, column=2 + 2 * (i % 3), value=v)
    r0 = 12
    ws.cell(row=r0, column=1, value="")
    for t in range(3):
        c = ws.cell(row=r0, column=2 + t, value=f"t={t+1}")
        c.font = Font(bold=True)
    ws.cell(row=r0 + 1, column=1, value="x")
    for t, x in enumerate([0.7, 0.5, 0.7]):
        ws.cell(row=r0 + 1, column=2 + t, value=x)
    names = ["input gate g", "forget gate f", "output gate q", "cell input (s~)", "cell state s", "hidden h", "output"]
    for i, k in enumerate(K):
        ws.cell(row=r0 + 2 + i, column=1, value=names[i])
        for t in range(3):
            v = R[t][k]
            c = ws.cell(row=r0 + 2 + i, column=2 + t, value=v)
            c.number_format = "0.0000"
            st.val(k, t + 1, repr(v), fn, f"Q17!{c.coordinate}", value=v)
    ws.column_dimensions["A"].width = 18
    ch = LineChart()
    ch.title = "LSTM forward pass"
    ch.x_axis.title = "t"
    data = Reference(ws, min_col=1, max_col=4, min_row=r0 + 2, max_row=r0 + 8)
    ch.add_data(data, from_rows=True, titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=2, max_col=4, min_row=r0, max_row=r0))
    ws.add_chart(ch, "F12")
    ans = answers.pick("en")
    ws2 = wb.create_sheet("Q16")
    for i, k in enumerate(["16a", "16b", "16c", "16d", "16e"]):
        ws2.cell(row=1 + i, column=1, value=k[2] + ")")
        ws2.cell(row=1 + i, column=2, value=ans[k])
    ws["A21"] = "Is output(1) = output(3)?"
    ws["B21"] = ans["17same"]
    st.answers(ans)
    wb.save(st.path(fn))
    st.plot = True
    st.made_by(fn, "openpyxl; LineChart object embedded (plot)")
    st.notes = "Cells hold full float precision, displayed with 4 decimals. Parameter block rows 5-9 and x row 13 are distractors."


def s02():
    st = Student("Mateusz Wiśniewski", "correct; comma-separated CSV (t,x,g,f,q,s_tilde,s,h,output) + reportlab PDF with Q16 answers and plot")
    fn = "lstm_forward.csv"
    lines = ["t,x,g,f,q,s_tilde,s,h,output"]
    for t in range(3):
        row = [str(t + 1), str([0.7, 0.5, 0.7][t])] + [fmt(R[t][k], 4) for k in K]
        lines.append(",".join(row))
        for j, k in enumerate(K):
            st.val(k, t + 1, row[2 + j], fn, f"line {t+2}")
    open(st.path(fn), "w", newline="").write("\r\n".join(lines) + "\r\n")
    st.made_by(fn, "hand-written CSV, CRLF line ends")
    png = plots.plot(os.path.join(work(st.name), "plot.png"), R, title="LSTM, sheet 9")
    ans = answers.pick("en", skip=("16a",))
    st.answers(ans)
    pdf = "Wisniewski_Mateusz_ex09.pdf"
    c = canvas.Canvas(st.path(pdf), pagesize=A4)
    W, H = A4
    c.setFont("DejaVuB", 14)
    c.drawString(50, H - 60, "Exercise Sheet 9 - Mateusz Wiśniewski (matr. 291144)")
    c.setFont("DejaVu", 10)
    y = H - 95
    c.drawString(50, y, "Question 16")
    y -= 18
    from reportlab.lib.utils import simpleSplit
    for k in ["16b", "16c", "16d", "16e"]:
        for ln in simpleSplit(f"{k[2]}) {ans[k]}", "DejaVu", 10, W - 100):
            c.drawString(60, y, ln)
            y -= 14
        y -= 4
    y -= 10
    c.drawString(50, y, "Question 17")
    y -= 16
    c.drawString(60, y, "The forward pass values are in the file lstm_forward.csv (computed with a python script).")
    y -= 14
    for ln in simpleSplit(ans["17same"], "DejaVu", 10, W - 100):
        c.drawString(60, y, ln)
        y -= 14
    c.drawImage(png, 60, y - 300, width=420, height=280)
    c.showPage()
    c.save()
    st.plot = True
    st.made_by(pdf, "reportlab, DejaVu font, PNG plot drawn on page")
    st.notes = "x column in CSV is a distractor. 16a skipped."


def s03():
    st = Student("Jana Dvořáková", "correct; Excel-style German CSV: ';' separator, decimal commas, cp1252 (name mangled to '?'), Olah notation i/f/o/C~/C/h/y, 3 decimals; German answers in txt")
    fn = "LSTM_Jana.csv"
    lines = ["Jana Dvořáková;Übung 9;;;;;;;", ";;;;;;;;", "Zeitschritt;x;i;f;o;C~;C;h;y"]
    for t in range(3):
        row = [str(t + 1), fmt([0.7, 0.5, 0.7][t], 1, comma=True)] + [fmt(R[t][k], 3, comma=True) for k in K]
        lines.append(";".join(row))
        for j, k in enumerate(K):
            st.val(k, t + 1, row[2 + j], fn, f"line {t+4}")
    open(st.path(fn), "w", encoding="cp1252", errors="replace", newline="").write("\r\n".join(lines) + "\r\n")
    st.made_by(fn, "CSV as saved by German Excel: cp1252, ';', decimal comma; 'ř' became '?'")
    ans = answers.pick("de")
    st.answers(ans)
    txt = "Antworten.txt"
    body = "Jana Dvořáková - Deep Learning Übung 9\n\nAufgabe 16\n"
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        body += f"{k[2]}) {ans[k]}\n"
    body += "\nAufgabe 17\nWerte siehe LSTM_Jana.csv (i = Input-Gate, f = Forget-Gate, o = Output-Gate, C~ = Kandidat, C = Zellzustand).\n"
    body += "Ist die Ausgabe bei t=1 gleich wie bei t=3? " + ans["17same"] + "\n"
    open(st.path(txt), "w", encoding="utf-8").write(body)
    st.made_by(txt, "UTF-8 text")
    st.notes = "Olah notation: o is the output GATE, y the output. No plot."


def s04():
    st = Student("Hiroshi Tanaka", "correct; Jupyter notebook with numpy, real printed arrays (8 digits), inline matplotlib plot, Q16 in markdown")
    fn = "ex9_tanaka.ipynb"
    ans = answers.pick("en")
    st.answers(ans)
    cells = [
        ("md", "# Deep Learning — Exercise Sheet 9\n**Hiroshi Tanaka** (Matrikelnummer 287310)"),
        ("md", "## Question 16\n" + "\n".join(f"**{k[2]})** {ans[k]}\n" for k in ["16a", "16b", "16c", "16d", "16e"])),
        ("md", "## Question 17: LSTM forward pass\nFollowing Goodfellow et al. 10.10.1: the cell input uses sigmoid with U=0.01, W=0.1, b=1."),
        ("code", "import numpy as np\nimport matplotlib.pyplot as plt\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\nx = np.array([0.7, 0.5, 0.7])\nU_g, W_g, b_g = 0.3, -0.3, 0.1\nU_f, W_f, b_f = 0.25, 0.3, 0.0\nU_q, W_q, b_q = 0.4, 0.3, 0.2\nU, W, b = 0.01, 0.1, 1.0\nV, c = 5, -1"),
        ("code", "T = len(x)\ng = np.zeros(T); f = np.zeros(T); q = np.zeros(T)\ncand = np.zeros(T); s = np.zeros(T); h = np.zeros(T); out = np.zeros(T)\nh_prev, s_prev = 0.0, 0.0\nfor t in range(T):\n    g[t] = sigmoid(b_g + U_g * x[t] + W_g * h_prev)\n    f[t] = sigmoid(b_f + U_f * x[t] + W_f * h_prev)\n    q[t] = sigmoid(b_q + U_q * x[t] + W_q * h_prev)\n    cand[t] = sigmoid(b + U * x[t] + W * h_prev)\n    s[t] = f[t] * s_prev + g[t] * cand[t]\n    h[t] = np.maximum(s[t], 0) * q[t]\n    out[t] = sigmoid(V * h[t] + c)\n    h_prev, s_prev = h[t], s[t]\n\nprint('g    =', g)\nprint('f    =', f)\nprint('q    =', q)\nprint('cand =', cand)\nprint('s    =', s)\nprint('h    =', h)\nprint('out  =', out)"),
        ("code", "plt.figure(figsize=(6,4))\nfor name, arr in [('g', g), ('f', f), ('q', q), ('cand', cand), ('s', s), ('h', h), ('out', out)]:\n    plt.plot([1, 2, 3], arr, marker='o', label=name)\nplt.xticks([1, 2, 3]); plt.xlabel('t'); plt.legend(); plt.title('LSTM forward pass')\nplt.show()"),
        ("md", "**Is the output from t = 1 the same as t = 3?**\n\n" + ans["17same"]),
    ]
    book = nb.build(cells, st.path(fn))
    text = book.cells[4].outputs[0]["text"]
    import numpy as np
    for k, lab in zip(K, ["g    =", "f    =", "q    =", "cand =", "s    =", "h    =", "out  ="]):
        arr = np.array([R[t][k] for t in range(3)])
        printed = np.array2string(arr).strip("[]").split()
        assert lab + " [" in text
        for t in range(3):
            st.val(k, t + 1, printed[t], fn, f"cell 5 output, line '{lab.strip()}'")
    st.plot = True
    st.made_by(fn, "nbformat; code cells executed by tools/nb.py, real stdout and PNG outputs")
    st.notes = "Arrays printed by numpy (8 decimals, trailing zeros stripped by numpy)."


def s05():
    st = Student("Aisha Bello", "correct; DOCX worked calculations, one section per time step, pre-activations as distractors, final values 4 decimals, plot picture")
    fn = "Aisha_Bello_Sheet09.docx"
    d = docx.Document()
    d.add_heading("Deep Learning Exercise 9", 0)
    d.add_paragraph("Name: Aisha Bello    Student ID: 301957")
    ans = answers.pick("en", skip=("16e",))
    st.answers(ans)
    d.add_heading("Question 16", 1)
    for k in ["16a", "16b", "16c", "16d"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_heading("Question 17", 1)
    d.add_paragraph("Parameters: Ug = 0.3, Wg = -0.3, bg = 0.1, Uf = 0.25, Wf = 0.3, bf = 0, Uq = 0.4, Wq = 0.3, bq = 0.2, U = 0.01, W = 0.1, b = 1, V = 5, c = -1")
    hp, sp = 0.0, 0.0
    x = [0.7, 0.5, 0.7]
    for t in range(3):
        d.add_heading(f"Time step t = {t+1} (x = {x[t]})", 2)
        zg = 0.1 + 0.3 * x[t] - 0.3 * hp
        zf = 0.25 * x[t] + 0.3 * hp
        zq = 0.2 + 0.4 * x[t] + 0.3 * hp
        za = 1 + 0.01 * x[t] + 0.1 * hp
        H = fmt(hp, 4)
        S = fmt(sp, 4)
        rows = [
            ("g", f"z_g = 0.1 + 0.3·{x[t]} + (−0.3)·{H} = {fmt(zg, 4)}", f"g({t+1}) = σ({fmt(zg, 4)}) = "),
            ("f", f"z_f = 0 + 0.25·{x[t]} + 0.3·{H} = {fmt(zf, 4)}", f"f({t+1}) = σ({fmt(zf, 4)}) = "),
            ("q", f"z_q = 0.2 + 0.4·{x[t]} + 0.3·{H} = {fmt(zq, 4)}", f"q({t+1}) = σ({fmt(zq, 4)}) = "),
            ("a", f"z = 1 + 0.01·{x[t]} + 0.1·{H} = {fmt(za, 4)}", f"cell input({t+1}) = σ({fmt(za, 4)}) = "),
        ]
        for k, l1, l2 in rows:
            d.add_paragraph(l1)
            w = fmt(R[t][k], 4)
            d.add_paragraph(l2 + w)
            st.val(k, t + 1, w, fn, f"section 'Time step t = {t+1}'")
        w = fmt(R[t]["s"], 4)
        d.add_paragraph(f"s({t+1}) = f({t+1})·s({t}) + g({t+1})·cell input({t+1}) = {fmt(R[t]['f'],4)}·{S} + {fmt(R[t]['g'],4)}·{fmt(R[t]['a'],4)} = {w}")
        st.val("s", t + 1, w, fn, f"section 'Time step t = {t+1}'")
        w = fmt(R[t]["h"], 4)
        d.add_paragraph(f"h({t+1}) = ReLU(s({t+1}))·q({t+1}) = {fmt(R[t]['s'],4)}·{fmt(R[t]['q'],4)} = {w}")
        st.val("h", t + 1, w, fn, f"section 'Time step t = {t+1}'")
        w = fmt(R[t]["y"], 4)
        d.add_paragraph(f"output({t+1}) = σ(5·{fmt(R[t]['h'],4)} − 1) = {w}")
        st.val("y", t + 1, w, fn, f"section 'Time step t = {t+1}'")
        hp, sp = R[t]["h"], R[t]["s"]
    png = plots.plot(os.path.join(work(st.name), "plot.png"), R, style="bars", title="All values per time step")
    d.add_heading("Plot", 2)
    d.add_picture(png, width=Cm(14))
    d.add_paragraph("Is the output from t = 1 the same as t = 3? " + ans["17same"])
    d.save(st.path(fn))
    st.plot = True
    st.made_by(fn, "python-docx, headings per step, inline picture")
    st.notes = "Pre-activations z_* and restated s(t-1), h(t-1) inside the chains are intermediates; only the value after the last '=' counts. 16e skipped."


def s06():
    st = Student("Søren Kjær", "correct; pdflatex PDF, align* with g^{(t)} superscripts per step, summary booktabs table, pgfplots plot; table and align both carry values (table counted)")
    fn = "kjaer_sheet9.pdf"
    ans = answers.pick("en")
    st.answers(ans)
    wd = work(st.name)
    L = []
    L.append(r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{amsmath,booktabs,pgfplots}
\usepackage[margin=2.2cm]{geometry}
\pgfplotsset{compat=1.16}
\title{Deep Learning -- Exercise Sheet 9}
\author{S{\o}ren Kj{\ae}r (Matr.\ 312004)}
\date{27.06.2018}
\begin{document}
\maketitle
\section*{Question 16}
\begin{enumerate}""")
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        L.append(r"\item[" + k[2] + ")] " + texesc(ans[k]))
    L.append(r"""\end{enumerate}
\section*{Question 17}
We use $g^{(t)} = \sigma(b^g + U^g x^{(t)} + W^g h^{(t-1)})$, analogous for $f$ and $q$,
$\tilde{s}^{(t)} = \sigma(b + U x^{(t)} + W h^{(t-1)})$, $s^{(t)} = f^{(t)} s^{(t-1)} + g^{(t)} \tilde{s}^{(t)}$.
""")
    for t in range(3):
        L.append(r"\paragraph{$t = %d$}" % (t + 1))
        L.append(r"\begin{align*}")
        parts = []
        for k, sym in zip(K, ["g", "f", "q", r"\tilde{s}", "s", "h", r"\text{output}"]):
            parts.append(r"%s^{(%d)} &= %s" % (sym, t + 1, fmt(R[t][k], 4)) if k != "y" else r"\text{output}_{%d} &= %s" % (t + 1, fmt(R[t][k], 4)))
        L.append(r" \\ ".join(parts))
        L.append(r"\end{align*}")
    L.append(r"""\subsection*{Summary}
\begin{center}\begin{tabular}{lccc}\toprule
 & $t=1$ & $t=2$ & $t=3$ \\ \midrule""")
    for k, sym in zip(K, ["$g$", "$f$", "$q$", r"$\tilde{s}$", "$s$", "$h$", "output"]):
        vals = [fmt(R[t][k], 4) for t in range(3)]
        L.append(sym + " & " + " & ".join(vals) + r" \\")
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, "page 2, summary table" )
    L.append(r"""\bottomrule\end{tabular}\end{center}
\begin{center}\begin{tikzpicture}\begin{axis}[width=10cm,height=6cm,xlabel={$t$},xtick={1,2,3},legend pos=outer north east]""")
    for k, lab in zip(["g", "f", "q", "s", "h", "y"], ["g", "f", "q", "s", "h", "output"]):
        L.append(r"\addplot coordinates {" + " ".join(f"({t+1},{R[t][k]:.4f})" for t in range(3)) + "};")
        L.append(r"\addlegendentry{%s}" % lab)
    L.append(r"""\end{axis}\end{tikzpicture}\end{center}
\noindent\textbf{Same output at $t=1$ and $t=3$?} """ + texesc(ans["17same"]) + r"""
\end{document}""")
    tex = os.path.join(wd, "kjaer_sheet9.tex")
    open(tex, "w").write("\n".join(L))
    pdflatex(tex, st.dir)
    st.plot = True
    st.made_by(fn, "pdflatex (article, amsmath align*, booktabs, pgfplots)")
    st.notes = "Every value appears twice: in the per-step align* blocks (superscripted step) and in the summary table; same numbers. Truth lists the table."


def s07():
    st = Student("Nguyễn Thị Lan", "correct; Markdown table quantities x steps (t = 1 | t = 2 | t = 3), LaTeX-ish row labels, 3 decimals; separate PNG plot")
    fn = "sheet09_nguyen.md"
    ans = answers.pick("en", skip=("16b",))
    st.answers(ans)
    md = ["# Exercise Sheet 9", "", "Nguyen Thi Lan — Mat.No. 305521", "", "## Q16", ""]
    for k in ["16a", "16c", "16d", "16e"]:
        md.append(f"- **{k[2]})** {ans[k]}")
    md += ["", "## Q17", "", "Input: x = (0.7, 0.5, 0.7), h(0) = s(0) = 0.", "",
           "| | t = 1 | t = 2 | t = 3 |", "|---|---|---|---|"]
    labels = ["input gate $g^{(t)}$", "forget gate $f^{(t)}$", "output gate $q^{(t)}$", "cell input $\\tilde s^{(t)}$",
              "state $s^{(t)}$", "hidden $h^{(t)}$", "output $o_t$"]
    for k, lab in zip(K, labels):
        vals = [fmt(R[t][k], 3) for t in range(3)]
        md.append(f"| {lab} | " + " | ".join(vals) + " |")
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, f"line {len(md)}")
    md += ["", "![plot](lstm_plot.png)", "", "**Is output at t=1 equal to t=3?** " + ans["17same"], ""]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(md))
    plots.plot(st.path("lstm_plot.png"), R, keys=("s", "h", "y"), title="s, h and output")
    st.plot = True
    st.made_by(fn, "hand-written Markdown")
    st.made_by("lstm_plot.png", "matplotlib, only s/h/output")
    st.notes = "Notation o_t = output (not a gate). 16b skipped."


def s08():
    st = Student("Carlos Eduardo Ramírez", "correct; plain-text key-value lines 'g(1) = 0.5769', gates 4 decimals, rest 3 decimals with ≈")
    fn = "ramirez_ex9.txt"
    ans = answers.pick("en", skip=("16a", "16e"))
    st.answers(ans)
    L = ["Carlos Eduardo Ramirez", "Deep Learning, Sheet 9", "=" * 30, "", "Q16"]
    L.append("b) " + ans["16b"])
    L.append("c) " + ans["16c"])
    L.append("d) " + ans["16d"])
    L += ["", "Q17 - LSTM forward", ""]
    for t in range(3):
        L.append(f"--- t = {t+1}, x = {[0.7,0.5,0.7][t]} ---")
        for k, nm in zip(K, ["g", "f", "q", "s~", "s", "h", "out"]):
            if k in "gfq":
                w = fmt(R[t][k], 4)
                L.append(f"{nm}({t+1}) = {w}")
            else:
                w = fmt(R[t][k], 3)
                L.append(f"{nm}({t+1}) ≈ {w}")
            st.val(k, t + 1, w, fn, f"line {len(L)}")
        L.append("")
    L.append("Same output at t=1 and t=3? " + ans["17same"])
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "UTF-8 text")
    st.notes = "No plot. 16a, 16e skipped."


def s09():
    st = Student("Fatemeh Hosseini", "correct; PDF exported by LibreOffice from a DOCX; transposed table (steps as rows, columns t|x|g|f|q|s̃|s|h|out)")
    wd = work(st.name)
    ans = answers.pick("en")
    st.answers(ans)
    d = docx.Document()
    d.add_heading("Exercise sheet 9 — Fatemeh Hosseini", 1)
    d.add_paragraph("Question 16")
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        d.add_paragraph(f"({k[2]}) {ans[k]}")
    d.add_paragraph("Question 17")
    d.add_paragraph("Forward pass (sigmoid for all gates and for the cell input, ReLU on the state):")
    tb = d.add_table(rows=4, cols=9)
    tb.style = "Table Grid"
    hdr = ["t", "x", "g", "f", "q", "s̃", "s", "h", "out"]
    for j, hname in enumerate(hdr):
        tb.cell(0, j).text = hname
    fn = "Hosseini_Exercise9.pdf"
    for t in range(3):
        tb.cell(t + 1, 0).text = str(t + 1)
        tb.cell(t + 1, 1).text = str([0.7, 0.5, 0.7][t])
        for j, k in enumerate(K):
            w = fmt(R[t][k], 4)
            tb.cell(t + 1, 2 + j).text = w
            st.val(k, t + 1, w, fn, f"page 1, table row t={t+1}")
    png = plots.plot(os.path.join(wd, "p.png"), R, keys=("h", "y"), title="hidden state and output")
    from docx.shared import Pt
    for row in tb.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    for sec in d.sections:
        sec.left_margin = Cm(1.8)
        sec.right_margin = Cm(1.8)
    d.add_picture(png, width=Cm(12))
    d.add_paragraph(ans["17same"])
    src = os.path.join(wd, "Hosseini_Exercise9.docx")
    d.save(src)
    out = soffice_convert(src, "pdf", st.dir)
    st.plot = True
    st.made_by(fn, "python-docx -> LibreOffice headless --convert-to pdf")


def s10():
    st = Student("Maximilian Groß", "correct; German prose in DOCX with decimal commas, values embedded in sentences per Zeitschritt")
    fn = "Übung9_Groß.docx"
    ans = answers.pick("de")
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Maximilian Groß, Matrikelnummer 311902 — Deep Learning SoSe 2018, Übungsblatt 9")
    d.add_heading("Aufgabe 16", 2)
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_heading("Aufgabe 17", 2)
    d.add_paragraph("Für die Kandidaten-Einheit (U = 0,01, W = 0,1, b = 1) verwende ich wie im Goodfellow die Sigmoid-Funktion. Startwerte: h(0) = 0, s(0) = 0.")
    ords = ["ersten", "zweiten", "dritten"]
    for t in range(3):
        v = {k: fmt(R[t][k], 4, comma=True) for k in K}
        p = (f"Im {ords[t]} Zeitschritt (x = {fmt([0.7,0.5,0.7][t],1,comma=True)}) ergibt sich für das Eingangsgate g = {v['g']}, "
             f"für das Vergessensgate f = {v['f']} und für das Ausgangsgate q = {v['q']}. Der Kandidat für den Zellzustand ist {v['a']}, "
             f"damit beträgt der Zellzustand s = {v['s']}. Der versteckte Zustand ist h = {v['h']} und die Ausgabe {v['y']}.")
        d.add_paragraph(p)
        for k in K:
            st.val(k, t + 1, v[k], fn, f"paragraph 'Im {ords[t]} Zeitschritt'")
    d.add_paragraph("Ist die Ausgabe bei t = 1 dieselbe wie bei t = 3? " + ans["17same"])
    d.save(st.path(fn))
    st.made_by(fn, "python-docx; non-ASCII file name")
    st.notes = "Step given only by ordinal word (ersten/zweiten/dritten Zeitschritt). No plot."


ALL = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10]
