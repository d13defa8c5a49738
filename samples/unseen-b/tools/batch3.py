"""Students 21-30: consistent misconceptions."""
import os
import subprocess

import openpyxl
import docx
from docx.shared import Cm

from common import Student, fmt, soffice_convert, pdflatex, work, RNG, texesc
from lstm_model import forward
import answers
import plots
import nb

K = ["g", "f", "q", "a", "s", "h", "y"]
X = [0.7, 0.5, 0.7]


def s21():
    R = forward("tanh_cand")
    st = Student("Thandiwe Nkosi", "misconception: tanh for the candidate (Olah notation i/f/o/C~/C/h/y); XLSX rows per step, numbers rounded to 4 decimals")
    fn = "Nkosi_T_DL9.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Thandiwe Nkosi"
    ws["A2"] = "Exercise 9, Question 17 - LSTM forward pass (notation from colah.github.io)"
    hdr = ["t", "x_t", "i_t", "f_t", "o_t", "C~_t (tanh)", "C_t", "h_t", "y_t"]
    for j, hname in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=hname)
    for t in range(3):
        ws.cell(row=5 + t, column=1, value=t + 1)
        ws.cell(row=5 + t, column=2, value=X[t])
        for j, k in enumerate(K):
            v = round(R[t][k], 4)
            c = ws.cell(row=5 + t, column=3 + j, value=v)
            st.val(k, t + 1, repr(v), fn, f"Sheet1!{c.coordinate}", value=v)
    ans = answers.pick("en")
    st.answers(ans)
    ws["A10"] = "Q16"
    for i, k in enumerate(["16a", "16b", "16c", "16d", "16e"]):
        ws.cell(row=11 + i, column=1, value=k[2] + ")")
        ws.cell(row=11 + i, column=2, value=ans[k])
    ws["A17"] = "Q17"
    ws["B17"] = ans["17same"]
    wb.save(st.path(fn))
    st.made_by(fn, "openpyxl")
    st.notes = "Consistent tanh candidate: C~(1)=tanh(1.007)=0.7645 etc.; all later values follow from it. o_t is the output gate, y_t the output. No plot."


def s22():
    R = forward("tanh_s")
    st = Student("Arjun Mehta", "misconception: h = tanh(s)*q instead of ReLU(s)*q; notebook with a pandas DataFrame output (text/plain and text/html), 6 decimals")
    fn = "Arjun_Mehta_Assignment9.ipynb"
    ans = answers.pick("en", skip=("16a", "16b"))
    st.answers(ans)
    cells = [
        ("md", "# Assignment 9\nArjun Mehta, 302216\n\n## Q16\n" + "\n".join(f"{k[2]}) {ans[k]}\n" for k in ["16c", "16d", "16e"])),
        ("md", "## Q17"),
        ("code", "import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\nsigma = lambda z: 1/(1+np.exp(-z))\nx = [0.7, 0.5, 0.7]"),
        ("code", "params = dict(Ug=0.3, Wg=-0.3, bg=0.1, Uf=0.25, Wf=0.3, bf=0, Uq=0.4, Wq=0.3, bq=0.2, U=0.01, W=0.1, b=1, V=5, c=-1)\n"
                 "p = params\nrows = []\nh = s = 0\nfor t, xt in enumerate(x, 1):\n"
                 "    g = sigma(p['bg'] + p['Ug']*xt + p['Wg']*h)\n    f = sigma(p['bf'] + p['Uf']*xt + p['Wf']*h)\n"
                 "    q = sigma(p['bq'] + p['Uq']*xt + p['Wq']*h)\n    s_tilde = sigma(p['b'] + p['U']*xt + p['W']*h)\n"
                 "    s = f*s + g*s_tilde\n    h = np.tanh(s)*q   # squash the state before the output gate\n"
                 "    out = sigma(p['V']*h + p['c'])\n    rows.append(dict(t=t, g=g, f=f, q=q, s_tilde=s_tilde, s=s, h=h, output=out))\n"
                 "df = pd.DataFrame(rows).set_index('t')\ndf"),
        ("code", "df.plot(marker='o', figsize=(6,4), title='LSTM forward pass')\nplt.show()"),
        ("md", "**Is the output from t = 1 the same as t = 3?** " + ans["17same"]),
    ]
    book = nb.build(cells, st.path(fn))
    txt = book.cells[3].outputs[0]["data"]["text/plain"]
    lines = txt.splitlines()
    for t in range(3):
        parts = [ln for ln in lines if ln.startswith(str(t + 1) + " ")][0].split()
        for j, k in enumerate(K):
            w = parts[1 + j]
            assert abs(float(w) - R[t][k]) < 1e-6
            st.val(k, t + 1, w, fn, f"cell 4 output (DataFrame), row t={t+1}")
    st.plot = True
    st.made_by(fn, "nbformat, executed by tools/nb.py; DataFrame repr + _repr_html_")
    st.notes = "Consistent tanh(s) in h: h(1)=tanh(0.4225)*0.6177=0.2465; later gates use that h. 16a, 16b skipped."


def s23():
    R = forward("no_forget")
    st = Student("Lukas Schneider", "misconception: forgot f*s_prev (s = g*cand); German Markdown list '* Zellzustand s bei t=2: 0,4001', decimal commas")
    fn = "Blatt09_Schneider.md"
    ans = answers.pick("de", skip=("16a",))
    st.answers(ans)
    nm = {"g": "Eingangsgate g", "f": "Vergessensgate f", "q": "Ausgangsgate q", "a": "Kandidat s~", "s": "Zellzustand s",
          "h": "Hidden State h", "y": "Ausgabe"}
    L = ["# Übungsblatt 9 – Lukas Schneider", "", "## Aufgabe 16", ""]
    for k in ["16b", "16c", "16d", "16e"]:
        L.append(f"**{k[2]})** {ans[k]}  ")
    L += ["", "## Aufgabe 17", "", "Formeln: s(t) = g(t) · s~(t), h(t) = ReLU(s(t)) · q(t), Ausgabe = σ(5·h(t) − 1)", ""]
    for t in range(3):
        L.append(f"### Zeitschritt {t+1} (x = {fmt(X[t],1,comma=True)})")
        L.append("")
        for k in K:
            w = fmt(R[t][k], 4, comma=True)
            L.append(f"* {nm[k]} bei t={t+1}: {w}")
            st.val(k, t + 1, w, fn, f"line {len(L)}")
        L.append("")
    L.append("**Ausgabe bei t=1 gleich wie bei t=3?** " + ans["17same"])
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "hand-written Markdown (German)")
    st.notes = "Consistent omission of f*s_prev: s(2)=g(2)*s~(2)=0.4001. The stated formula line shows it. No plot."


def s24():
    R = forward("swap_UW")
    st = Student("Gabriela Souza", "misconception: U and W swapped for every unit (recurrent weight applied to x); tab-separated .csv with decimal commas; README.txt with answers; plot PNG")
    fn = "gabriela_souza_q17.csv"
    L = ["passo\tentrada\tg\tf\tq\tcand\ts\th\tsaida"]
    for t in range(3):
        row = [str(t + 1), fmt(X[t], 1, comma=True)] + [fmt(R[t][k], 4, comma=True) for k in K]
        L.append("\t".join(row))
        for j, k in enumerate(K):
            st.val(k, t + 1, row[2 + j], fn, f"line {t+2}")
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    ans = answers.pick("en", skip=("16d",))
    st.answers(ans)
    txt = "Gabriela Souza - Exercise sheet 9\n\nQ16\n" + "".join(f"{k[2]}) {ans[k]}\n" for k in ["16a", "16b", "16c", "16e"])
    txt += "\nQ17\nValues in gabriela_souza_q17.csv (columns in Portuguese: passo = step, entrada = input, saida = output).\n"
    txt += "Plot: q17_plot.png\n" + ans["17same"] + "\n"
    open(st.path("README.txt"), "w", encoding="utf-8").write(txt)
    plots.plot(st.path("q17_plot.png"), R, keys=("h", "y", "s"), title="Q17")
    st.plot = True
    st.made_by(fn, "tab-separated, decimal commas, UTF-8")
    st.made_by("README.txt", "UTF-8 text")
    st.made_by("q17_plot.png", "matplotlib")
    st.notes = "Consistent swap: g(1)=σ(0.1-0.3*0.7)=0.4725 etc. Column headers in Portuguese; 'entrada' is x. 16d skipped."


def s25():
    R = forward("no_c")
    st = Student("Jonas Weber", "misconception: output without the bias c (σ(5h)); plain text, mixed German/English, values with 4 decimals after '->'")
    fn = "weber_jonas_blatt9.txt"
    ans = answers.pick("de", skip=("16b", "16e"))
    st.answers(ans)
    L = ["Jonas Weber  Matr 310587", "DL Blatt 9", "", "A16", f"a) {ans['16a']}", f"c) {ans['16c']}", f"d) {ans['16d']}", "",
         "A17 forward pass", "out = sigmoid(V*h)  with V = 5", ""]
    nm = ["g", "f", "q", "cand", "s", "h", "out"]
    for t in range(3):
        L.append(f"t={t+1}:")
        for k, n in zip(K, nm):
            w = fmt(R[t][k], 4)
            L.append(f"  {n:5s} -> {w}")
            st.val(k, t + 1, w, fn, f"line {len(L)}")
    L += ["", "t=1 vs t=3: " + ans["17same"]]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "text")
    st.notes = "Consistent missing c: out(1)=σ(5*0.2610)=0.7867. All other quantities correct. No plot."


def s26():
    R = forward("no_q")
    st = Student("Wang Fang", "misconception: h = ReLU(s) (output gate computed but not applied); pdflatex PDF, table with steps as rows and symbols g^{(t)} etc. in the header")
    wd = work(st.name)
    fn = "WangFang_sheet9.pdf"
    ans = answers.pick("en", skip=("16e",))
    st.answers(ans)
    L = [r"""\documentclass{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{amsmath,booktabs,graphicx}
\usepackage[margin=2cm]{geometry}
\begin{document}
\begin{center}{\Large Deep Learning Exercise Sheet 9}\\[4pt] Wang Fang \quad Student ID 30771\end{center}
\section*{Q16}"""]
    for k in ["16a", "16b", "16c", "16d"]:
        L.append(r"\textbf{" + k[2] + r")} " + texesc(ans[k]) + r"\par\smallskip")
    L.append(r"""\section*{Q17}
$h^{(t)} = \mathrm{ReLU}(s^{(t)})$, \quad $y^{(t)} = \sigma(5 h^{(t)} - 1)$.
\begin{center}
\begin{tabular}{cccccccc}\toprule
$t$ & $g^{(t)}$ & $f^{(t)}$ & $q^{(t)}$ & $\tilde s^{(t)}$ & $s^{(t)}$ & $h^{(t)}$ & $y^{(t)}$ \\ \midrule""")
    for t in range(3):
        vals = [fmt(R[t][k], 4) for k in K]
        L.append(f"{t+1} & " + " & ".join(vals) + r" \\")
        for k, w in zip(K, vals):
            st.val(k, t + 1, w, fn, f"page 1, table row {t+1}")
    png = plots.plot(os.path.join(wd, "plot.png"), R, title="Q17")
    L.append(r"""\bottomrule\end{tabular}\end{center}
\includegraphics[width=0.7\textwidth]{plot.png}

\textbf{Same output?} """ + texesc(ans["17same"]) + r"""
\end{document}""")
    tex = os.path.join(wd, "WangFang_sheet9.tex")
    open(tex, "w").write("\n".join(L))
    pdflatex(tex, st.dir)
    st.plot = True
    st.made_by(fn, "pdflatex, tabular + included PNG")
    st.notes = "Consistent omission of q in h: h(1)=s(1)=0.4225. The stated formula shows it. The ID line (30771) is a distractor. 16e skipped."


def s27():
    R = forward("hprev_is_s")
    st = Student("Dmitri Sokolov", "misconception: uses the previous cell state s(t-1) instead of h(t-1) in all gates; DOCX table quantities x steps, 4 decimals")
    fn = "Sokolov_DL_HW9.docx"
    ans = answers.pick("en")
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Dmitri Sokolov").runs[0].bold = True
    d.add_paragraph("Homework 9 (Deep Learning, SS 2018)")
    d.add_paragraph("Question 16")
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        d.add_paragraph(ans[k], style="List Number")
    d.add_paragraph("Question 17")
    d.add_paragraph("Recurrence: every gate gets b + U·x(t) + W·s(t−1), s(t) = f·s(t−1) + g·cand, h(t) = ReLU(s(t))·q(t).")
    tb = d.add_table(rows=8, cols=4)
    tb.style = "Light Grid Accent 1"
    for j, hname in enumerate(["", "t = 1", "t = 2", "t = 3"]):
        tb.cell(0, j).text = hname
    names = ["g(t)", "f(t)", "q(t)", "cand(t)", "s(t)", "h(t)", "output(t)"]
    for i, k in enumerate(K):
        tb.cell(1 + i, 0).text = names[i]
        for t in range(3):
            w = fmt(R[t][k], 4)
            tb.cell(1 + i, 1 + t).text = w
            st.val(k, t + 1, w, fn, f"table 1 row '{names[i]}' col 't = {t+1}'")
    png = plots.plot(os.path.join(work(st.name), "p.png"), R)
    d.add_picture(png, width=Cm(13))
    d.add_paragraph(ans["17same"])
    d.save(st.path(fn))
    st.plot = True
    st.made_by(fn, "python-docx, table style Light Grid Accent 1, picture")
    st.notes = "Consistent: g(2)=σ(0.1+0.15-0.3*0.4225)=0.5308 etc.; h and output still use ReLU(s)*q. Q16 as a numbered list without letters."


def s28():
    R = forward("relu_cand")
    st = Student("Isabela Costa", "misconception: cell input without squashing (a = b + U x + W h, 'no activation given'); ODT made by pandoc; per-step sections with bold labels")
    wd = work(st.name)
    fn = "Isabela_Costa_Ex9.odt"
    ans = answers.pick("en", skip=("16a", "16c"))
    st.answers(ans)
    md = ["# Exercise 9", "", "*Isabela Costa*", "", "## Question 16", ""]
    for k in ["16b", "16d", "16e"]:
        md += [f"({k[2]}) {ans[k]}", ""]
    md += ["## Question 17", "",
           "The sheet gives U = 0.01, W = 0.1, b = 1 without an activation, so I use the cell input linearly: a(t) = b + U·x(t) + W·h(t−1).", ""]
    for t in range(3):
        md += [f"### t = {t+1}", ""]
        for k, lab in zip(K, ["Input gate", "Forget gate", "Output gate", "Cell input", "Cell state", "Hidden", "Output"]):
            w = fmt(R[t][k], 4)
            md.append(f"**{lab}:** {w}  ")
            st.val(k, t + 1, w, fn, f"section 't = {t+1}'")
        md.append("")
    md += ["**Same output at t=1 and t=3?** " + ans["17same"], ""]
    src = os.path.join(wd, "costa.md")
    open(src, "w").write("\n".join(md))
    subprocess.run(["pandoc", src, "-o", st.path(fn)], check=True)
    st.made_by(fn, "pandoc md -> odt")
    st.notes = "Linear cell input: a(1)=1.007 (>1), a(2)=1.0409, a(3)=1.0620; rest consistent. 16a,16c skipped. No plot."


def s29():
    R = forward("tanh_cand+tanh_s")
    st = Student("Kofi Boateng", "misconception: full Olah LSTM (tanh candidate and h = o*tanh(C)); notebook printing f-strings 't=1: i=0.5769 ...'")
    fn = "kofi_boateng_ex9.ipynb"
    ans = answers.pick("en")
    st.answers(ans)
    cells = [
        ("md", "### Kofi Boateng — Deep Learning exercise 9"),
        ("md", "**Q16**\n\n" + "\n".join(f"{k[2]}) {ans[k]}\n" for k in ["16a", "16b", "16c", "16d", "16e"])),
        ("md", "**Q17** LSTM as in colah's blog: $\\tilde C_t = \\tanh(\\cdot)$, $h_t = o_t \\cdot \\tanh(C_t)$"),
        ("code", "from math import exp, tanh\nsig = lambda z: 1/(1+exp(-z))\nxs = [0.7, 0.5, 0.7]\nh, C = 0.0, 0.0\nhist = []\n"
                 "for t, x in enumerate(xs, 1):\n    i = sig(0.1 + 0.3*x - 0.3*h)\n    f = sig(0.0 + 0.25*x + 0.3*h)\n    o = sig(0.2 + 0.4*x + 0.3*h)\n"
                 "    C_tilde = tanh(1 + 0.01*x + 0.1*h)\n    C = f*C + i*C_tilde\n    h = o*tanh(C)\n    y = sig(5*h - 1)\n    hist.append((i, f, o, C_tilde, C, h, y))\n"
                 "    print(f't={t}: i={i:.4f}  f={f:.4f}  o={o:.4f}  C~={C_tilde:.4f}  C={C:.4f}  h={h:.4f}  y={y:.4f}')"),
        ("code", "import matplotlib.pyplot as plt\nfor j, n in enumerate(['i', 'f', 'o', 'C~', 'C', 'h', 'y']):\n    plt.plot([1, 2, 3], [r[j] for r in hist], marker='o', label=n)\nplt.legend(); plt.xlabel('t')\nplt.show()"),
        ("md", "Output t=1 vs t=3: " + ans["17same"]),
    ]
    book = nb.build(cells, st.path(fn))
    out = "".join(book.cells[3].outputs[0]["text"]).splitlines()
    for t in range(3):
        for k, n in zip(K, ["i", "f", "o", "C~", "C", "h", "y"]):
            w = fmt(R[t][k], 4)
            assert f" {n}={w}" in out[t] or out[t].startswith(f"t={t+1}: {n}={w}")
            st.val(k, t + 1, w, fn, f"cell 4 output line {t+1}")
    st.plot = True
    st.made_by(fn, "nbformat, executed by tools/nb.py")
    st.notes = "Two deviations together (tanh candidate + tanh(C)); Olah letters: o = output gate, y = output."


def s30():
    R = forward("linear_out")
    st = Student("Elena Popescu", "misconception: output = V*h + c without the sigmoid (values > 1 at t=3); ODS saved by LibreOffice (converted from an XLSX); columns per step")
    wd = work(st.name)
    fn = "Popescu_Elena_Sheet9.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q17"
    ws["A1"] = "Elena Popescu – Sheet 9 – Q17"
    ws["A3"] = "step"
    for t in range(3):
        ws.cell(row=3, column=2 + t, value=t + 1)
    names = ["g", "f", "q", "s tilde", "s", "h", "out = V*h + c"]
    for i, k in enumerate(K):
        ws.cell(row=4 + i, column=1, value=names[i])
        for t in range(3):
            v = round(R[t][k], 3)
            ws.cell(row=4 + i, column=2 + t, value=v)
            st.val(k, t + 1, repr(v), fn, f"Q17!{'BCD'[t]}{4+i}", value=v)
    ans = answers.pick("en", only=("17same",))
    st.answers(ans)
    ws["A12"] = ans["17same"]
    src = os.path.join(wd, "Popescu_Elena_Sheet9.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", st.dir)
    st.made_by(fn, "openpyxl -> LibreOffice --convert-to ods")
    st.notes = "Output not squashed: 0.305, 0.953, 1.476. Step header row holds bare numbers 1 2 3. Only the 17 'same?' answer, no Q16. No plot."


ALL = [s21, s22, s23, s24, s25, s26, s27, s28, s29, s30]
