"""Students 56-61: English prose, one sheet per step, screenshot table, unexecuted notebook + CSV,
columns labelled by input, vectors per quantity."""
import os
import subprocess

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import openpyxl
import docx
from docx.shared import Cm
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell
from odf.opendocument import OpenDocumentText
from odf.text import H, P as TP

from common import Student, fmt, soffice_convert, pdflatex, work, RNG, texesc
from lstm_model import forward
import answers
import plots

K = ["g", "f", "q", "a", "s", "h", "y"]
X = [0.7, 0.5, 0.7]
R = forward()


def s56():
    st = Student("Giulia Bianchi", "correct; English prose paragraphs in a PDF exported by LibreOffice from an ODT (odfpy); file name with spaces and '(1)' as re-uploaded")
    wd = work(st.name)
    fn = "DL Sheet 9 final (1).pdf"
    ans = answers.pick("en")
    st.answers(ans)
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Deep Learning – Exercise Sheet 9"))
    doc.text.addElement(TP(text="Giulia Bianchi, matriculation no. 309118"))
    doc.text.addElement(H(outlinelevel=2, text="Question 16"))
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        doc.text.addElement(TP(text=f"{k[2]}) {ans[k]}"))
    doc.text.addElement(H(outlinelevel=2, text="Question 17"))
    v = [{k: fmt(R[t][k], 4) for k in K} for t in range(3)]
    paras = [
        f"In the first step (x = 0.7, with h and s starting at zero) the input gate opens to {v[0]['g']}, the forget gate is {v[0]['f']} and the output gate {v[0]['q']}. "
        f"The cell input unit gives {v[0]['a']}, so the new cell state is {v[0]['s']} and the hidden state becomes {v[0]['h']}. The output of the network is {v[0]['y']}.",
        f"In the second step the input is 0.5. The gates are now {v[1]['g']} (input), {v[1]['f']} (forget) and {v[1]['q']} (output), the cell input is {v[1]['a']}. "
        f"Keeping part of the old state, the cell state grows to {v[1]['s']}, the hidden state to {v[1]['h']} and the output to {v[1]['y']}.",
        f"In the third and last step x is 0.7 again. We get an input gate of {v[2]['g']}, a forget gate of {v[2]['f']}, an output gate of {v[2]['q']} and a cell input of {v[2]['a']}. "
        f"The cell state ends at {v[2]['s']}, the hidden state at {v[2]['h']} and the output at {v[2]['y']}.",
    ]
    for t, p in enumerate(paras):
        doc.text.addElement(TP(text=p))
        for k in K:
            st.val(k, t + 1, v[t][k], fn, f"page 1, paragraph {'first second third'.split()[t]} step")
    doc.text.addElement(TP(text="Is the output from t = 1 the same as t = 3? " + ans["17same"]))
    src = os.path.join(wd, "DL Sheet 9 final (1).odt")
    doc.save(src)
    soffice_convert(src, "pdf", st.dir)
    st.made_by(fn, "odfpy ODT -> LibreOffice pdf")
    st.notes = "Values only in running English prose; steps given by 'first/second/third step'; inputs 0.7/0.5 and 'zero' in the same sentences are distractors. No plot."


def s57():
    st = Student("Mateo Rojas", "correct; XLSX with one sheet per time step (t1, t2, t3) as key-value rows; each sheet restates h_prev/s_prev from the sheet before; PDF export of the same workbook uploaded too")
    wd = work(st.name)
    fn = "Rojas_Mateo_Tarea9.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for t in range(3):
        ws = wb.create_sheet(f"t{t+1}")
        ws["A1"] = f"Mateo Rojas – Q17 – time step {t+1}"
        ws["A3"], ws["B3"] = "x", X[t]
        ws["A4"], ws["B4"] = "h_prev", round(R[t - 1]["h"], 4) if t else 0
        ws["A5"], ws["B5"] = "s_prev", round(R[t - 1]["s"], 4) if t else 0
        for i, (k, nm) in enumerate(zip(K, ["input gate g", "forget gate f", "output gate q", "candidate", "cell state s", "hidden h", "output"])):
            ws.cell(row=7 + i, column=1, value=nm)
            val = round(R[t][k], 4)
            ws.cell(row=7 + i, column=2, value=val)
            st.val(k, t + 1, repr(val), fn, f"t{t+1}!B{7+i}", value=val)
    ans = answers.pick("en", only=("17same", "16b", "16c"))
    st.answers(ans)
    ws = wb.create_sheet("answers")
    ws["A1"] = "16 b)"
    ws["B1"] = ans["16b"]
    ws["A2"] = "16 c)"
    ws["B2"] = ans["16c"]
    ws["A4"] = "17"
    ws["B4"] = ans["17same"]
    wb.save(st.path(fn))
    soffice_convert(st.path(fn), "pdf", st.dir)
    st.made_by(fn, "openpyxl, one sheet per step")
    st.made_by("Rojas_Mateo_Tarea9.pdf", "LibreOffice pdf export of the same workbook (duplicate of the values)")
    st.notes = "h_prev/s_prev rows on sheets t2,t3 repeat h(1),s(1),h(2),s(2) as inputs — not new answers. The PDF repeats every value; truth lists the XLSX. No plot."


def s58():
    st = Student("Sophie Dubois", "partial: the full result table is only a screenshot (PNG inside the DOCX); in text she writes only the three outputs")
    wd = work(st.name)
    fn = "Dubois_Sophie_TP9.docx"
    ans = answers.pick("en", skip=("16e",))
    st.answers(ans)
    fig, ax = plt.subplots(figsize=(6, 2.2))
    ax.axis("off")
    cells = [[n] + [fmt(R[t][k], 4) for t in range(3)] for n, k in zip(["g", "f", "q", "cand", "s", "h", "out"], K)]
    tb = ax.table(cellText=cells, colLabels=["", "t=1", "t=2", "t=3"], loc="center")
    tb.scale(1, 1.1)
    png = os.path.join(wd, "screenshot_excel.png")
    fig.savefig(png, dpi=110, bbox_inches="tight")
    plt.close(fig)
    d = docx.Document()
    d.add_paragraph("Sophie Dubois — TP 9")
    d.add_paragraph("Question 16")
    for k in ["16a", "16b", "16c", "16d"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_paragraph("Question 17")
    d.add_paragraph("My table from Excel:")
    d.add_picture(png, width=Cm(14))
    y = [fmt(R[t]["y"], 3) for t in range(3)]
    d.add_paragraph(f"So the final outputs are y1 = {y[0]}, y2 = {y[1]} and y3 = {y[2]}.")
    for t in range(3):
        st.val("y", t + 1, y[t], fn, "paragraph after the screenshot")
    d.add_paragraph(ans["17same"])
    d.save(st.path(fn))
    st.made_by(fn, "python-docx with a PNG of a matplotlib table (screenshot)")
    st.notes = "All 21 values are visible only in the picture; only y1..y3 (3 decimals) are text. plot=false: the picture is a table, not a plot. 16e skipped."


def s59():
    st = Student("Hamza Qureshi", "correct; notebook handed in WITHOUT outputs (never re-run) plus the header-less results.csv it writes; column order only in the code (np.column_stack([g, f, q, c, s, h, y]))")
    fn_nb = "hamza_ex9.ipynb"
    fn = "results.csv"
    code = ("import numpy as np\nsig = lambda z: 1/(1+np.exp(-z))\nx = np.array([0.7, 0.5, 0.7])\n"
            "g, f, q, c, s, h, y = (np.zeros(3) for _ in range(7))\nhp = sp = 0.0\nfor t in range(3):\n"
            "    g[t] = sig(0.1 + 0.3*x[t] - 0.3*hp)\n    f[t] = sig(0.25*x[t] + 0.3*hp)\n    q[t] = sig(0.2 + 0.4*x[t] + 0.3*hp)\n"
            "    c[t] = sig(1 + 0.01*x[t] + 0.1*hp)   # cell input\n    s[t] = f[t]*sp + g[t]*c[t]\n    h[t] = max(s[t], 0)*q[t]\n"
            "    y[t] = sig(5*h[t] - 1)\n    hp, sp = h[t], s[t]\n"
            "np.savetxt('results.csv', np.column_stack([g, f, q, c, s, h, y]), delimiter=',', fmt='%.4f')")
    bk = new_notebook()
    bk.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}
    ans = answers.pick("en", only=("16c", "16d", "17same"))
    st.answers(ans)
    bk.cells = [new_markdown_cell("# Hamza Qureshi – Exercise 9"),
                new_markdown_cell(f"16 c) {ans['16c']}\n\n16 d) {ans['16d']}"),
                new_markdown_cell("## 17 – forward pass (results are saved to results.csv, one row per time step)"),
                new_code_cell(code),
                new_code_cell("import matplotlib.pyplot as plt\nplt.plot([1,2,3], h, label='h'); plt.plot([1,2,3], y, label='y'); plt.legend()"),
                new_markdown_cell("17: " + ans["17same"])]
    nbformat.write(bk, st.path(fn_nb))
    wd = work(st.name)
    ns = {}
    cwd = os.getcwd()
    os.chdir(wd)
    try:
        exec(code, ns)
    finally:
        os.chdir(cwd)
    lines = open(os.path.join(wd, "results.csv")).read().splitlines()
    open(st.path(fn), "w").write("\n".join(lines) + "\n")
    for t in range(3):
        parts = lines[t].split(",")
        for j, k in enumerate(K):
            assert parts[j] == fmt(R[t][k], 4)
            st.val(k, t + 1, parts[j], fn, f"line {t+1}")
    st.made_by(fn_nb, "nbformat, cells never executed (no outputs)")
    st.made_by(fn, "np.savetxt from the notebook code (run here), no header")
    st.notes = "results.csv has no header and no step column; meaning only from the notebook code. The plot cell was never run: no plot in the hand-in."


def s60():
    st = Student("Fiona MacLeod", "correct; Markdown table whose columns are labelled by the inputs ('x = 0.7 | x = 0.5 | x = 0.7'), steps only by column order; 3 decimals")
    fn = "macleod_sheet9.md"
    ans = answers.pick("en", skip=("16a", "16d"))
    st.answers(ans)
    L = ["Fiona MacLeod — sheet 9", "", "Q16", "", f"b) {ans['16b']}", f"c) {ans['16c']}", f"e) {ans['16e']}", "", "Q17", "",
         "| | x = 0.7 | x = 0.5 | x = 0.7 |", "|:--|--:|--:|--:|"]
    for k, nm in zip(K, ["g", "f", "q", "cell input", "s", "h", "out"]):
        vals = [fmt(R[t][k], 3) for t in range(3)]
        L.append(f"| {nm} | " + " | ".join(vals) + " |")
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, f"line {len(L)}")
    L += ["", ans["17same"], "", "![](macleod_plot.png)"]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    plots.plot(st.path("macleod_plot.png"), R, keys=("y",), title="output")
    st.plot = True
    st.made_by(fn, "Markdown")
    st.made_by("macleod_plot.png", "matplotlib, output only")
    st.notes = "Column headers are the inputs; first and third column both say x = 0.7 — order gives the step. 16a, 16d skipped."


def s61():
    st = Student("Rohan Gupta", "correct; pdflatex PDF with one row vector per quantity over the three steps, e.g. h = (0.2610, 0.3907, 0.4953)")
    wd = work(st.name)
    fn = "RohanGupta_A9.pdf"
    ans = answers.pick("en")
    st.answers(ans)
    L = [r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern,amsmath}
\usepackage[margin=2.5cm]{geometry}
\title{Assignment 9}\author{Rohan Gupta}\date{}
\begin{document}\maketitle
\section*{Q16}\begin{itemize}"""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        L.append(r"\item[(" + k[2] + ")] " + texesc(ans[k]))
    L.append(r"""\end{itemize}
\section*{Q17}
Writing every quantity as a vector over $t = 1, 2, 3$:
\begin{align*}""")
    rows = []
    for k, sym in zip(K, [r"\mathbf{g}", r"\mathbf{f}", r"\mathbf{q}", r"\tilde{\mathbf{s}}", r"\mathbf{s}", r"\mathbf{h}", r"\mathbf{o}"]):
        vals = [fmt(R[t][k], 4) for t in range(3)]
        rows.append(sym + r" &= (" + r",\ ".join(vals) + ")")
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, f"page 1, vector {sym}")
    L.append(r" \\ ".join(rows))
    L.append(r"""\end{align*}
where $\mathbf{o}$ is the network output $\sigma(5h - 1)$.

\noindent """ + texesc(ans["17same"]) + r"""
\end{document}""")
    tex = os.path.join(wd, "RohanGupta_A9.tex")
    open(tex, "w").write("\n".join(L))
    pdflatex(tex, st.dir)
    st.made_by(fn, "pdflatex, vectors in align*")
    st.notes = "Step = position in the vector. o = output (stated). No plot."


ALL = [s56, s57, s58, s59, s60, s61]
