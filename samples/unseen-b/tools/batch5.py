"""Students 39-55: incomplete, text only, plot only, drafts, extra files, more notations."""
import json
import os
import subprocess

import numpy as np
import openpyxl
import xlwt
import docx
from docx.shared import Cm

from common import Student, fmt, soffice_convert, pdflatex, work, RNG, texesc
from lstm_model import forward
import answers
import plots
import nb

K = ["g", "f", "q", "a", "s", "h", "y"]
X = [0.7, 0.5, 0.7]
R = forward()


def s39():
    st = Student("Hannah Becker", "incomplete: only time step 1 (all seven values), note that t=2,3 are missing; German DOCX, decimal commas")
    fn = "Becker_Hannah_Blatt09.docx"
    ans = answers.pick("de", only=("16a", "16b", "16c"))
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Hannah Becker – Übungsblatt 9")
    d.add_paragraph("Aufgabe 16")
    for k in ["16a", "16b", "16c"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_paragraph("Aufgabe 17")
    d.add_paragraph("Zeitschritt t = 1 (x = 0,7; h(0) = s(0) = 0):")
    for k, nm in zip(K, ["Eingangsgate g(1)", "Vergessensgate f(1)", "Ausgangsgate q(1)", "Kandidat s̃(1)", "Zellzustand s(1)", "h(1)", "Ausgabe(1)"]):
        w = fmt(R[0][k], 4, comma=True)
        d.add_paragraph(f"{nm} = {w}", style="List Bullet")
        st.val(k, 1, w, fn, f"list under 'Zeitschritt t = 1'")
    d.add_paragraph("t = 2 und t = 3 habe ich leider nicht mehr geschafft.")
    d.save(st.path(fn))
    st.made_by(fn, "python-docx, bullet list")
    st.notes = "Steps 2 and 3 missing; 16d, 16e and the 17 question not answered. No plot."


def s40():
    st = Student("Omar Haddad", "incomplete: only h and output for the three steps, written as comments under the code in a .py file; plus a short answers.txt")
    fn = "omar_haddad_q17.py"
    code = '''# Omar Haddad - DL exercise 9 - Q17
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

x = [0.7, 0.5, 0.7]
h, s = 0, 0
for t in range(3):
    g = sigmoid(0.1 + 0.3 * x[t] - 0.3 * h)
    f = sigmoid(0 + 0.25 * x[t] + 0.3 * h)
    q = sigmoid(0.2 + 0.4 * x[t] + 0.3 * h)
    c = sigmoid(1 + 0.01 * x[t] + 0.1 * h)
    s = f * s + g * c
    h = max(s, 0) * q
    out = sigmoid(5 * h - 1)
    print(t + 1, round(h, 3), round(out, 3))

# Output I got:
'''
    for t in range(3):
        code += f"# {t+1} {round(R[t]['h'], 3)} {round(R[t]['y'], 3)}\n"
    lines = code.splitlines()
    for t in range(3):
        ln = lines.index(f"# {t+1} {round(R[t]['h'], 3)} {round(R[t]['y'], 3)}") + 1
        st.val("h", t + 1, str(round(R[t]["h"], 3)), fn, f"line {ln}")
        st.val("y", t + 1, str(round(R[t]["y"], 3)), fn, f"line {ln}")
    code += "# (columns: t, h, output)\n"
    open(st.path(fn), "w").write(code)
    ans = answers.pick("en", only=("16b", "16d", "17same"))
    st.answers(ans)
    open(st.path("answers.txt"), "w").write(f"Omar Haddad\n\n16 b) {ans['16b']}\n16 d) {ans['16d']}\n\n17) {ans['17same']}\n")
    st.made_by(fn, "Python source; printed results pasted as comments")
    st.made_by("answers.txt", "text")
    st.notes = "Gates, candidate and s are only computed in code, never written as numbers. Column legend given below the comment rows. No plot."


def s41():
    st = Student("Ingrid Johansson", "incomplete: steps 1 and 2 filled, t=3 column left with '?' and a TODO; XLSX, quantities rows, 4-decimal numbers")
    fn = "Johansson_Ingrid_ex9.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LSTM"
    ws.append(["Ingrid Johansson", "Exercise 9"])
    ws.append([])
    ws.append(["", "t=1", "t=2", "t=3"])
    names = ["g", "f", "q", "cell input", "s", "h", "output"]
    for i, k in enumerate(K):
        row = [names[i]] + [round(R[t][k], 4) for t in range(2)] + ["?"]
        ws.append(row)
        for t in range(2):
            st.val(k, t + 1, repr(round(R[t][k], 4)), fn, f"LSTM!{'BC'[t]}{4+i}", value=round(R[t][k], 4))
    ws["F4"] = "TODO: t=3"
    ans = answers.pick("en", only=("16a", "16b", "16c", "16d", "16e"))
    st.answers(ans)
    ws2 = wb.create_sheet("Q16")
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        ws2.append([k, ans[k]])
    wb.save(st.path(fn))
    st.made_by(fn, "openpyxl")
    st.notes = "Step 3 missing ('?'). 17 'same?' not answered. No plot."


def s42():
    st = Student("Liam O'Connor", "text answers only: PDF (LibreOffice from DOCX) with Q16 and the Q17 'same?' answer, forward pass not done")
    wd = work(st.name)
    fn = "OConnor_Liam_Sheet9.pdf"
    ans = answers.pick("en")
    ans["17same"] = "No. Even though x(1) = x(3) = 0.7, the state s and the hidden state h are carried over from the earlier steps, so the gates get different inputs at t=3."
    st.answers(ans)
    d = docx.Document()
    d.add_heading("Liam O'Connor – Exercise Sheet 9", 1)
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        d.add_paragraph(f"16 {k[2]}) {ans[k]}")
    d.add_paragraph("17) I did not manage to finish the forward pass in time.")
    d.add_paragraph("Same output at t=1 and t=3? " + ans["17same"])
    src = os.path.join(wd, "OConnor_Liam_Sheet9.docx")
    d.save(src)
    soffice_convert(src, "pdf", st.dir)
    st.made_by(fn, "python-docx -> LibreOffice pdf")
    st.notes = "No Q17 values. The only numbers are the input 0.7 and step numbers."


def s43():
    st = Student("Zoë Müller", "text answers only: German Markdown with Q16 answers; Q17 only the formulas, no numbers")
    fn = "zoe_mueller_blatt9.md"
    ans = answers.pick("de", skip=("17same",))
    st.answers(ans)
    L = ["# Blatt 9 – Zoë Müller", "", "## Aufgabe 16", ""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        L += [f"{k[2]}) {ans[k]}", ""]
    L += ["## Aufgabe 17", "", "g(t) = σ(b^g + U^g x(t) + W^g h(t−1))", "", "f(t) = σ(b^f + U^f x(t) + W^f h(t−1))", "",
          "q(t) = σ(b^q + U^q x(t) + W^q h(t−1))", "", "s(t) = f(t)·s(t−1) + g(t)·σ(b + U x(t) + W h(t−1))", "",
          "h(t) = ReLU(s(t))·q(t)", "", "(Rechnung kommt noch)", ""]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L))
    st.made_by(fn, "Markdown")
    st.notes = "Formulas only, no forward-pass values; 17 'same?' not answered."


def s44():
    st = Student("Vikram Singh", "plot only: a single PNG with the curves of all quantities, values annotated inside the image only")
    fn = "Vikram_Singh_Q17_plot.png"
    plots.plot(st.path(fn), R, annotate=True, title="Vikram Singh - Q17 LSTM forward pass", figsize=(8, 5))
    st.plot = True
    st.made_by(fn, "matplotlib with value annotations (image only)")
    st.notes = "The numbers exist only as pixels in the image, so values is empty."


def s45():
    st = Student("Nadia Petrova", "draft + final: LSTM_draft.xlsx (earlier tanh-candidate attempt, incomplete) and LSTM_final.xlsx (correct, 4 decimals, steps as rows); only the final counts")
    Rt = forward("tanh_cand")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DRAFT", "", "", "", "", "", ""])
    ws.append(["t", "g", "f", "q", "cand", "s", "h"])
    for t in range(2):
        ws.append([t + 1] + [round(Rt[t][k], 4) for k in K[:6]])
    wb.save(st.path("LSTM_draft.xlsx"))
    fn = "LSTM_final.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "final"
    ws.append(["Nadia Petrova - Sheet 9 - FINAL VERSION (please grade this one)"])
    ws.append(["t", "x", "input gate", "forget gate", "output gate", "candidate", "cell state", "hidden", "output"])
    for t in range(3):
        ws.append([t + 1, X[t]] + [round(R[t][k], 4) for k in K])
        for j, k in enumerate(K):
            st.val(k, t + 1, repr(round(R[t][k], 4)), fn, f"final!{'CDEFGHI'[j]}{3+t}", value=round(R[t][k], 4))
    ans = answers.pick("en", only=("17same",))
    st.answers(ans)
    ws["A7"] = "Same output at t=1 and t=3?"
    ws["A8"] = ans["17same"]
    wb.save(st.path(fn))
    st.made_by("LSTM_draft.xlsx", "openpyxl (tanh candidate, t=1..2 only, marked DRAFT)")
    st.made_by(fn, "openpyxl")
    st.notes = "Draft values (tanh candidate) must be ignored. No Q16, no plot."


def s46():
    st = Student("Kim Min-jun", "correct; the exercise sheet itself uploaded as an extra PDF; own DOCX with a parameter table and a result table (steps as columns, 4 decimals)")
    wd = work(st.name)
    src = os.path.join(wd, "sheet.md")
    open(src, "w").write(open("/work/shared/exercise-sheet-09.md").read())
    subprocess.run(["pandoc", src, "-o", st.path("exercise-sheet-09.pdf"), "--pdf-engine=pdflatex"], check=True, cwd=wd)
    fn = "KimMinjun_HW9.docx"
    ans = answers.pick("en")
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Kim Min-jun (김민준)  /  Matriculation number 312660")
    d.add_heading("Q16", 2)
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        d.add_paragraph(f"({k[2]}) {ans[k]}")
    d.add_heading("Q17", 2)
    d.add_paragraph("Given parameters:")
    pt = d.add_table(rows=5, cols=4)
    pt.style = "Table Grid"
    rows = [["", "U", "W", "b"], ["g", "0.3", "-0.3", "0.1"], ["f", "0.25", "0.3", "0"], ["q", "0.4", "0.3", "0.2"], ["cell", "0.01", "0.1", "1"]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            pt.cell(i, j).text = v
    d.add_paragraph("V = 5, c = -1, h(0) = s(0) = 0")
    d.add_paragraph("Results:")
    tb = d.add_table(rows=9, cols=4)
    tb.style = "Table Grid"
    for j, hname in enumerate(["", "t=1", "t=2", "t=3"]):
        tb.cell(0, j).text = hname
    tb.cell(1, 0).text = "x"
    for t in range(3):
        tb.cell(1, 1 + t).text = str(X[t])
    names = ["g (input gate)", "f (forget gate)", "q (output gate)", "cell input", "s", "h", "output"]
    for i, k in enumerate(K):
        tb.cell(2 + i, 0).text = names[i]
        for t in range(3):
            w = fmt(R[t][k], 4)
            tb.cell(2 + i, 1 + t).text = w
            st.val(k, t + 1, w, fn, f"table 2 row '{names[i]}' col t={t+1}")
    png = plots.plot(os.path.join(wd, "p.png"), R, style="bars")
    d.add_picture(png, width=Cm(13))
    d.add_paragraph(ans["17same"])
    d.save(st.path(fn))
    st.plot = True
    st.made_by("exercise-sheet-09.pdf", "the course's sheet (shared/exercise-sheet-09.md) through pandoc/pdflatex: a distractor upload")
    st.made_by(fn, "python-docx: parameter table + result table + picture")
    st.notes = "exercise-sheet-09.pdf is the sheet, not an answer. Table 1 holds parameters."


def s47():
    st = Student("Amara Okafor", "correct; PDF by LibreOffice from DOCX; gates written as percentages ('57.69 %'), other quantities as decimals, key-value lines per step")
    wd = work(st.name)
    fn = "Amara_Okafor_DL_Sheet9.pdf"
    ans = answers.pick("en", skip=("16a",))
    st.answers(ans)
    d = docx.Document()
    d.add_heading("Deep Learning — Sheet 9", 1)
    d.add_paragraph("Amara Okafor")
    d.add_heading("Question 16", 2)
    for k in ["16b", "16c", "16d", "16e"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_heading("Question 17", 2)
    d.add_paragraph("Gate activations are given as percentages (how much is let through).")
    for t in range(3):
        d.add_paragraph(f"t = {t+1}").runs[0].bold = True
        for k, nm in zip(K, ["input gate", "forget gate", "output gate", "cell input", "cell state", "hidden state", "output"]):
            if k in "gfq":
                w = f"{R[t][k]*100:.2f} %"
            else:
                w = fmt(R[t][k], 4)
            d.add_paragraph(f"{nm}: {w}")
            st.val(k, t + 1, w, fn, f"block 't = {t+1}'")
    d.add_paragraph(ans["17same"])
    src = os.path.join(wd, "Amara_Okafor_DL_Sheet9.docx")
    d.save(src)
    soffice_convert(src, "pdf", st.dir)
    st.made_by(fn, "python-docx -> LibreOffice pdf")
    st.notes = "Gate values in percent: '57.69 %' = 0.5769 (value recorded as fraction). 16a skipped. No plot."


def s48():
    st = Student("Tomás Herrera", "correct; hand-written HTML with <sub>/<sup> step markers (h<sub>2</sub> = 0.3907), Unicode minus in restated parameters, group note")
    fn = "herrera_tomas_ej9.html"
    ans = answers.pick("en", skip=("16c",))
    st.answers(ans)
    H = ["<html><head><meta charset='utf-8'><title>Sheet 9</title></head><body>",
         "<h2>Sheet 9 &mdash; Tom&aacute;s Herrera</h2>",
         "<p><i>Discussed the exercise with Ana Luc&iacute;a Torres, but written up on my own.</i></p>",
         "<h3>Q16</h3>"]
    for k in ["16a", "16b", "16d", "16e"]:
        H.append(f"<p>{k[2]}) {ans[k].replace('<', '&lt;').replace('>', '&gt;')}</p>")
    H += ["<h3>Q17</h3>",
          "<p>Parameters: U<sup>g</sup> = 0.3, W<sup>g</sup> = \u22120.3, b<sup>g</sup> = 0.1; U<sup>f</sup> = 0.25, W<sup>f</sup> = 0.3, b<sup>f</sup> = 0; "
          "U<sup>q</sup> = 0.4, W<sup>q</sup> = 0.3, b<sup>q</sup> = 0.2; U = 0.01, W = 0.1, b = 1; V = 5, c = \u22121</p>"]
    for t in range(3):
        H.append(f"<p><b>t = {t+1}</b><br>")
        for k, sym in zip(K, ["g", "f", "q", "s&#771;", "s", "h", "output"]):
            w = fmt(R[t][k], 4)
            H.append(f"{sym}<sub>{t+1}</sub> = {w}<br>")
            st.val(k, t + 1, w, fn, f"paragraph 't = {t+1}'")
        H.append("</p>")
    H += [f"<p><b>Output t=1 vs t=3:</b> {ans['17same']}</p>", "</body></html>"]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(H))
    st.made_by(fn, "hand-written HTML")
    st.notes = "Restated parameters with Unicode minus are distractors. 16c skipped. No plot."


def s49():
    st = Student("Ahmed Hassan", "correct; notebook whose result is a printed dict of lists {'g': [...], ...} rounded to 4 digits (round() drops trailing zeros)")
    fn = "Hassan_Ahmed_Ex9.ipynb"
    ans = answers.pick("en", only=("16a", "16d", "17same"))
    st.answers(ans)
    cells = [
        ("md", "# Ex 9 – Ahmed Hassan"),
        ("md", f"**16 a)** {ans['16a']}\n\n**16 d)** {ans['16d']}"),
        ("code", "import math\nsig = lambda z: 1 / (1 + math.exp(-z))\nrelu = lambda z: max(0, z)\n\nx = [0.7, 0.5, 0.7]\nres = {k: [] for k in ['g', 'f', 'q', 'cand', 's', 'h', 'out']}\nh = s = 0.0\n"
                 "for xt in x:\n    g = sig(0.1 + 0.3*xt - 0.3*h)\n    f = sig(0.25*xt + 0.3*h)\n    q = sig(0.2 + 0.4*xt + 0.3*h)\n    cand = sig(1 + 0.01*xt + 0.1*h)\n"
                 "    s = f*s + g*cand\n    h = relu(s)*q\n    out = sig(5*h - 1)\n    for k, v in zip(res, [g, f, q, cand, s, h, out]):\n        res[k].append(round(v, 4))\nprint(res)"),
        ("md", f"**Same output?** {ans['17same']}"),
    ]
    book = nb.build(cells, st.path(fn))
    out = book.cells[2].outputs[0]["text"]
    d = eval(out)
    for k, key in zip(K, ["g", "f", "q", "cand", "s", "h", "out"]):
        for t in range(3):
            w = repr(d[key][t])
            st.val(k, t + 1, w, fn, f"cell 3 output, key '{key}' position {t}")
    st.made_by(fn, "nbformat, executed by tools/nb.py")
    st.notes = "Steps only by list position. round() gives 0.261, 0.645, 0.74 (trailing zeros dropped). No plot."


def s50():
    st = Student("Eva Horváth", "correct; numpy.savetxt output: tab-separated, '# ' header with c/y letters (c = candidate), e-notation numbers")
    fn = "horvath_eva_lstm.tsv"
    arr = np.array([[t + 1] + [R[t][k] for k in K] for t in range(3)])
    path = st.path(fn)
    np.savetxt(path, arr, fmt=["%d"] + ["%.6e"] * 7, delimiter="\t", header="t\tg\tf\tq\tc\ts\th\ty")
    for t in range(3):
        for k in K:
            st.val(k, t + 1, f"{R[t][k]:.6e}", fn, f"line {t+2}")
    ans = answers.pick("en", skip=("16e",))
    st.answers(ans)
    txt = "Eva Horváth, exercise sheet 9\n\n" + "".join(f"16{k[2]}: {ans[k]}\n" for k in ["16a", "16b", "16c", "16d"])
    txt += "\n17: values in horvath_eva_lstm.tsv (c = cell input/candidate, s = cell state, y = output). Plot: horvath_plot.png\n17: " + ans["17same"] + "\n"
    open(st.path("horvath_eva_answers.txt"), "w", encoding="utf-8").write(txt)
    plots.plot(st.path("horvath_plot.png"), R, labels={"a": "c", "y": "y", "g": "g", "f": "f", "q": "q", "s": "s", "h": "h"})
    st.plot = True
    st.made_by(fn, "numpy.savetxt (%.6e, tab)")
    st.made_by("horvath_eva_answers.txt", "text")
    st.made_by("horvath_plot.png", "matplotlib")
    st.notes = "c is the candidate here (not the bias c=-1 and not a cell state). 16e skipped."


def s51():
    st = Student("Mei Lin", "correct; Markdown worked equations with Unicode subscripts (c₁, h₂, y₃), c = candidate, y = output; pre-activations shown")
    fn = "MeiLin_sheet9.md"
    ans = answers.pick("en")
    st.answers(ans)
    sub = "₀₁₂₃"
    L = ["# Sheet 9 (Mei Lin)", "", "## 16", ""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        L.append(f"{k[2]}) {ans[k]}")
    L += ["", "## 17", "", "c = cell input (candidate), s = cell state, y = output σ(5h − 1)", ""]
    hp = 0.0
    for t in range(3):
        i = sub[t + 1]
        p = sub[t]
        L.append(f"**t = {t+1}**  ")
        L.append(f"g{i} = σ(0.1 + 0.3·{X[t]} − 0.3·h{p}) = {fmt(R[t]['g'],4)}  ")
        L.append(f"f{i} = σ(0.25·{X[t]} + 0.3·h{p}) = {fmt(R[t]['f'],4)}  ")
        L.append(f"q{i} = σ(0.2 + 0.4·{X[t]} + 0.3·h{p}) = {fmt(R[t]['q'],4)}  ")
        L.append(f"c{i} = σ(1 + 0.01·{X[t]} + 0.1·h{p}) = {fmt(R[t]['a'],4)}  ")
        L.append(f"s{i} = f{i}·s{p} + g{i}·c{i} = {fmt(R[t]['s'],4)}  ")
        L.append(f"h{i} = ReLU(s{i})·q{i} = {fmt(R[t]['h'],4)}  ")
        L.append(f"y{i} = σ(5·h{i} − 1) = {fmt(R[t]['y'],4)}  ")
        for k in K:
            st.val(k, t + 1, fmt(R[t][k], 4), fn, f"block 't = {t+1}'")
        L.append("")
    L.append("Is y₁ = y₃? " + ans["17same"])
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "Markdown with Unicode subscripts")
    st.notes = "No plot."


def s52():
    st = Student("Jakob Lindqvist", "correct; plain text with a/o letters (a = cell input, o = output) and numbers without leading zero (',5769' style from a pocket calculator, decimal comma)")
    fn = "lindqvist_uppg9.txt"
    ans = answers.pick("en", only=("16b", "16c", "17same"))
    st.answers(ans)
    L = ["Jakob Lindqvist", "Sheet 9", "", "16b: " + ans["16b"], "16c: " + ans["16c"], "", "17:",
         "notation: g,f,q gates, a = cell input, s = state, h = hidden, o = output", ""]
    for t in range(3):
        parts = []
        for k, sym in zip(K, ["g", "f", "q", "a", "s", "h", "o"]):
            w = fmt(R[t][k], 4, comma=True, lead0=False)
            parts.append(f"{sym}{t+1}={w}")
            st.val(k, t + 1, w, fn, f"line {len(L)+1}")
        L.append("   ".join(parts))
    L += ["", "o1 vs o3: " + ans["17same"]]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "text")
    st.notes = "Numbers like ',5769' (no leading zero, decimal comma). o = OUTPUT. No plot."


def s53():
    st = Student("Ana Lucía Torres", "correct; pdflatex PDF, python-style indices from 0 (x_0..x_2, h_0..h_2 are the three steps, initial state h_{-1}=s_{-1}=0); one subsection per step")
    wd = work(st.name)
    fn = "Torres_AnaLucia_hoja9.pdf"
    ans = answers.pick("en", skip=("16b",))
    st.answers(ans)
    L = [r"""\documentclass[a4paper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{amsmath}
\usepackage[margin=2.5cm]{geometry}
\begin{document}
\noindent\textbf{Ana Luc\'ia Torres} \hfill Deep Learning, sheet 9\\
\noindent\emph{(discussed with Tom\'as Herrera)}
\section*{Question 16}"""]
    for k in ["16a", "16c", "16d", "16e"]:
        L.append(r"\noindent(" + k[2] + ") " + texesc(ans[k]) + r"\par\medskip")
    L.append(r"""\section*{Question 17}
I index the sequence from 0 like in code: $x_0 = 0.7$, $x_1 = 0.5$, $x_2 = 0.7$, with initial state $h_{-1} = s_{-1} = 0$.""")
    syms = ["g", "f", "q", r"\tilde{s}", "s", "h", r"\mathrm{out}"]
    for t in range(3):
        L.append(r"\subsection*{Step $%d$ ($x_%d = %s$)}" % (t, t, X[t]))
        L.append(r"\begin{align*}")
        rows = []
        for k, sym in zip(K, syms):
            w = fmt(R[t][k], 4)
            rows.append(r"%s_{%d} &= %s" % (sym, t, w))
            st.val(k, t + 1, w, fn, f"subsection 'Step {t}'")
        L.append(r" \\ ".join(rows))
        L.append(r"\end{align*}")
    L.append(r"\noindent\textbf{Is $\mathrm{out}_0 = \mathrm{out}_2$?} " + texesc(ans["17same"]) + "\n" + r"\end{document}")
    tex = os.path.join(wd, "Torres_AnaLucia_hoja9.tex")
    open(tex, "w").write("\n".join(L))
    pdflatex(tex, st.dir)
    st.made_by(fn, "pdflatex, align* per step, 0-based indices")
    st.notes = "Steps are written 0,1,2 (stated): index 0 = sheet step 1. h_{-1}, s_{-1} are initial states. 16b skipped. No plot. The question text's 't = 1 ... t = 3' refers to the sheet."


def s54():
    st = Student("Lucas Martin", "correct; two uploads Blatt9_v1.xls (only t=1, older) and Blatt9_v2.xls (complete; German row labels; 3-decimal numbers) — v2 counts; XLS written by LibreOffice")
    wd = work(st.name)
    for ver in (1, 2):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Tabelle1"
        ws["A1"] = f"Lucas Martin – Übungsblatt 9 – Version {ver}"
        ws["A3"] = "Zeitschritt"
        steps = 1 if ver == 1 else 3
        for t in range(steps):
            ws.cell(row=3, column=2 + t, value=t + 1)
        names = ["Eingangsgate", "Vergessensgate", "Ausgangsgate", "Zelleingabe", "Zellzustand", "versteckter Zustand", "Ausgabe"]
        for i, k in enumerate(K):
            ws.cell(row=4 + i, column=1, value=names[i])
            for t in range(steps):
                v = round(R[t][k], 3) if ver == 2 else round(R[t][k], 2)
                ws.cell(row=4 + i, column=2 + t, value=v)
                if ver == 2:
                    st.val(k, t + 1, repr(v), "Blatt9_v2.xls", f"Tabelle1!{'BCD'[t]}{4+i}", value=v)
        if ver == 2:
            ans = answers.pick("de", only=("16c", "16e", "17same"))
            st.answers(ans)
            ws["A13"] = "16c) " + ans["16c"]
            ws["A14"] = "16e) " + ans["16e"]
            ws["A15"] = "17) " + ans["17same"]
        src = os.path.join(wd, f"Blatt9_v{ver}.xlsx")
        wb.save(src)
        soffice_convert(src, "xls", st.dir, filt="MS Excel 97")
    st.made_by("Blatt9_v1.xls", "openpyxl -> LibreOffice xls (older upload, t=1 only, 2 decimals)")
    st.made_by("Blatt9_v2.xls", "openpyxl -> LibreOffice xls (final)")
    st.notes = "v1 is superseded by v2 (same file name with higher version). Only v2 values listed. No plot."


def s55():
    st = Student("Tobias Brenner", "correct; XLSX written by a script with Excel formulas and NO cached results (openpyxl), so the numbers exist only as formulas; steps as columns")
    fn = "brenner_blatt9.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LSTM"
    ws["A1"] = "Tobias Brenner, Blatt 9, A17 (Excel rechnet beim Öffnen)"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "", "t=0", "t=1", "t=2", "t=3"
    ws["A4"] = "x"
    for t in range(3):
        ws.cell(row=4, column=3 + t, value=X[t])
    labels = ["g", "f", "q", "s~", "s", "h", "out"]
    for i, lab in enumerate(labels):
        ws.cell(row=5 + i, column=1, value=lab)
    ws["B9"] = 0
    ws["B10"] = 0
    for t in range(3):
        col = "CDE"[t]
        prev = "BCD"[t]
        f = {
            "g": f"=1/(1+EXP(-(0.1+0.3*{col}4-0.3*{prev}10)))",
            "f": f"=1/(1+EXP(-(0+0.25*{col}4+0.3*{prev}10)))",
            "q": f"=1/(1+EXP(-(0.2+0.4*{col}4+0.3*{prev}10)))",
            "a": f"=1/(1+EXP(-(1+0.01*{col}4+0.1*{prev}10)))",
            "s": f"={col}6*{prev}9+{col}5*{col}8",
            "h": f"=MAX(0,{col}9)*{col}7",
            "y": f"=1/(1+EXP(-(5*{col}10-1)))",
        }
        for i, k in enumerate(K):
            ws[f"{col}{5+i}"] = f[k]
            st.val(k, t + 1, f[k], fn, f"LSTM!{col}{5+i} (formula, no cached value)", value=R[t][k])
    ans = answers.pick("de", only=("17same",))
    st.answers(ans)
    ws["A13"] = ans["17same"]
    wb.save(st.path(fn))
    st.made_by(fn, "openpyxl with formula strings; no cached values")
    st.notes = "written = the formula text; value = what the formula evaluates to. Column t=0 holds the initial state (s=0 in B9, h=0 in B10). Steps t=1..3 are columns C..E. No Q16, no plot."


ALL = [s39, s40, s41, s42, s43, s44, s45, s46, s47, s48, s49, s50, s51, s52, s53, s54, s55]
