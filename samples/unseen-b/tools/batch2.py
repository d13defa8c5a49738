"""Students 11-20."""
import base64
import io
import os
import subprocess
import zipfile

import openpyxl
import xlwt
import docx
import pandas as pd
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

from common import Student, fmt, soffice_convert, work, RNG
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
from lstm_model import forward
import answers
import plots

R = forward()
K = ["g", "f", "q", "a", "s", "h", "y"]
X = [0.7, 0.5, 0.7]


def s11():
    st = Student("Olusegun Adeyemi", "correct; XLS (xlwt) with header-less rows 't, g, f, q, cell input, s, h, output'; the order is stated in a note cell above; numbers rounded to 4 decimals")
    fn = "adeyemi_sheet9.xls"
    wb = xlwt.Workbook()
    ws = wb.add_sheet("LSTM")
    ws.write(0, 0, "Olusegun Adeyemi - DL exercise 9, Q17")
    ws.write(1, 0, "each row: t, g, f, q, cell input, s, h, output")
    for t in range(3):
        ws.write(3 + t, 0, t + 1)
        for j, k in enumerate(K):
            v = round(R[t][k], 4)
            ws.write(3 + t, 1 + j, v)
            col = "BCDEFGH"[j]
            st.val(k, t + 1, repr(v), fn, f"LSTM!{col}{4+t}", value=v)
    ans = answers.pick("en", skip=("16c",))
    st.answers(ans)
    ws.write(7, 0, "t1 vs t3:")
    ws.write(7, 1, ans["17same"])
    ws2 = wb.add_sheet("Q16")
    for i, k in enumerate(["16a", "16b", "16d", "16e"]):
        ws2.write(i, 0, k[2])
        ws2.write(i, 1, ans[k])
    wb.save(st.path(fn))
    st.made_by(fn, "xlwt (BIFF8 .xls)")
    st.notes = "No header row: column meaning only from the note in A2. Column A holds the step number. 16c skipped. No plot."


def s12():
    st = Student("Chen Wei", "correct; single HTML page: pandas DataFrame.to_html table (Olah-style columns i_t f_t o_t c~_t c_t h_t y_t, 6 decimals), base64 plot, answers in <p>")
    fn = "chen_wei_hw9.html"
    df = pd.DataFrame({"t": [1, 2, 3], "x_t": X})
    cols = ["i_t", "f_t", "o_t", "c~_t", "c_t", "h_t", "y_t"]
    for k, c in zip(K, cols):
        df[c] = [R[t][k] for t in range(3)]
    table = df.to_html(index=False, float_format=lambda v: f"{v:.6f}")
    for t in range(3):
        for k in K:
            st.val(k, t + 1, f"{R[t][k]:.6f}", fn, f"table row t={t+1}")
    png = plots.plot(os.path.join(work(st.name), "p.png"), R, keys=("g", "f", "q", "h", "y"),
                     labels={"g": "i_t", "f": "f_t", "q": "o_t", "h": "h_t", "y": "y_t"})
    b64 = base64.b64encode(open(png, "rb").read()).decode()
    ans = answers.pick("en")
    st.answers(ans)
    qs = "".join(f"<li><b>{k[2]})</b> {ans[k]}</li>\n" for k in ["16a", "16b", "16c", "16d", "16e"])
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>HW9 Chen Wei</title>
<style>body{{font-family:Arial;max-width:900px;margin:auto}} table{{border-collapse:collapse}} td,th{{padding:4px 8px}}</style></head>
<body>
<h1>Deep Learning &ndash; Homework 9</h1>
<p>Chen Wei (陈伟), student no. 309987</p>
<h2>Question 16</h2>
<ol type="a" style="list-style:none">
{qs}</ol>
<h2>Question 17 &ndash; LSTM forward pass</h2>
<p>Notation as in colah's blog: i = input gate, f = forget gate, o = output gate, c~ = candidate (here with sigmoid, as the exercise uses the Goodfellow LSTM), c = cell state, h = hidden state, y = output &sigma;(5h &minus; 1).</p>
{table}
<p><img src="data:image/png;base64,{b64}" alt="plot of the gates, h and y"></p>
<p><b>Is the output from t = 1 the same as t = 3?</b> {ans['17same']}</p>
</body></html>
"""
    open(st.path(fn), "w", encoding="utf-8").write(html)
    st.plot = True
    st.made_by(fn, "pandas DataFrame.to_html + hand-written HTML, base64 PNG")
    st.notes = "Column x_t is the input (distractor). Olah names: o_t = output gate, y_t = output, c_t = cell state, c~_t = candidate."


def s13():
    st = Student("Ayşe Yılmaz", "correct; ODS (odfpy), quantities rows, steps counted from 0 (columns t=0,t=1,t=2 for the three inputs), note explains")
    fn = "ayse_yilmaz_lstm.ods"
    doc = OpenDocumentSpreadsheet()
    tab = Table(name="Tabelle1")

    def row(cells):
        tr = TableRow()
        for c in cells:
            if isinstance(c, float):
                tc = TableCell(valuetype="float", value=c)
                tc.addElement(P(text=fmt(c, 4) if c not in X else str(c)))
            elif c is None:
                tc = TableCell()
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=c))
            tr.addElement(tc)
        tab.addElement(tr)

    row(["Ayşe Yılmaz", "Sheet 9 / Question 17"])
    row(["(time index starts at 0 like in python: t=0 is the first input x=0.7)"])
    row([None])
    row(["", "t=0", "t=1", "t=2"])
    row(["x", 0.7, 0.5, 0.7])
    names = ["g (input gate)", "f (forget gate)", "q (output gate)", "cell input", "s (state)", "h", "output"]
    for i, k in enumerate(K):
        vals = [round(R[t][k], 4) for t in range(3)]
        row([names[i]] + vals)
        for t in range(3):
            st.val(k, t + 1, fmt(vals[t], 4), fn, f"Tabelle1!{'BCD'[t]}{6+i}", value=vals[t])
    doc.spreadsheet.addElement(tab)
    doc.save(st.path(fn))
    st.made_by(fn, "odfpy; float cells with value rounded to 4 decimals and text:p shown")
    st.notes = "Steps written t=0,1,2 mean sheet steps 1,2,3 (stated in A2). x row is a distractor. No text answers, no plot."


def s14():
    st = Student("Priya Raghunathan", "correct; XLSX saved by LibreOffice with live formulas and cached results; rows per step including an initial t=0 row (h=0, s=0); parameters in a side block")
    wd = work(st.name)
    fn = "Priya_R_Ex9_LSTM.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LSTM"
    ws["A1"] = "Priya Raghunathan - Exercise 9 (Q17)"
    hdr = ["t", "x", "g", "f", "q", "s_hat", "s", "h", "output"]
    for j, hname in enumerate(hdr):
        ws.cell(row=3, column=1 + j, value=hname)
    prm = [("Ug", 0.3), ("Wg", -0.3), ("bg", 0.1), ("Uf", 0.25), ("Wf", 0.3), ("bf", 0), ("Uq", 0.4), ("Wq", 0.3),
           ("bq", 0.2), ("U", 0.01), ("W", 0.1), ("b", 1), ("V", 5), ("c", -1)]
    for i, (k, v) in enumerate(prm):
        ws.cell(row=3 + i, column=11, value=k)
        ws.cell(row=3 + i, column=12, value=v)
    L = {k: f"$L${3+i}" for i, (k, _) in enumerate(prm)}
    ws["A4"] = 0
    ws["H4"] = 0
    ws["G4"] = 0
    for t in range(1, 4):
        r = 4 + t
        ws.cell(row=r, column=1, value=t)
        ws.cell(row=r, column=2, value=X[t - 1])
        p = r - 1
        ws.cell(row=r, column=3, value=f"=1/(1+EXP(-({L['bg']}+{L['Ug']}*B{r}+{L['Wg']}*H{p})))")
        ws.cell(row=r, column=4, value=f"=1/(1+EXP(-({L['bf']}+{L['Uf']}*B{r}+{L['Wf']}*H{p})))")
        ws.cell(row=r, column=5, value=f"=1/(1+EXP(-({L['bq']}+{L['Uq']}*B{r}+{L['Wq']}*H{p})))")
        ws.cell(row=r, column=6, value=f"=1/(1+EXP(-({L['b']}+{L['U']}*B{r}+{L['W']}*H{p})))")
        ws.cell(row=r, column=7, value=f"=D{r}*G{p}+C{r}*F{r}")
        ws.cell(row=r, column=8, value=f"=MAX(0,G{r})*E{r}")
        ws.cell(row=r, column=9, value=f"=1/(1+EXP(-({L['V']}*H{r}+{L['c']})))")
    src = os.path.join(wd, fn)
    wb.save(src)
    out = soffice_convert(src, "xlsx", st.dir)
    wbv = openpyxl.load_workbook(out, data_only=True)
    wsv = wbv["LSTM"]
    for t in range(1, 4):
        for j, k in enumerate(K):
            cell = wsv.cell(row=4 + t, column=3 + j)
            v = cell.value
            assert abs(v - R[t - 1][k]) < 1e-9, (k, t, v)
            st.val(k, t, repr(v), fn, f"LSTM!{cell.coordinate}", value=v)
    st.made_by(fn, "openpyxl formulas -> LibreOffice --convert-to xlsx (recalculated, cached values stored)")
    st.notes = "Cells are formulas with cached results (15 significant digits). Row 4 is the initial state t=0 (h=0, s=0), not an answer. Parameter block K3:L16 is a distractor. No text answers, no plot."


def s15():
    st = Student("Björn Åkesson", "correct; ZIP of own files: lstm.py, its real printed output (output.txt, 5 decimals), plot.png, answers.md")
    wd = work(st.name)
    zname = "bjorn_akesson_ex9.zip"
    code = '''import math
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))

xs = [0.7, 0.5, 0.7]
Ug, Wg, bg = 0.3, -0.3, 0.1
Uf, Wf, bf = 0.25, 0.3, 0.0
Uq, Wq, bq = 0.4, 0.3, 0.2
U, W, b = 0.01, 0.1, 1.0
V, c = 5.0, -1.0

h, s = 0.0, 0.0
hist = []
print("t    g        f        q        cand     s        h        y")
for t, x in enumerate(xs, start=1):
    g = sigmoid(bg + Ug * x + Wg * h)
    f = sigmoid(bf + Uf * x + Wf * h)
    q = sigmoid(bq + Uq * x + Wq * h)
    cand = sigmoid(b + U * x + W * h)
    s = f * s + g * cand
    h = max(s, 0.0) * q
    y = sigmoid(V * h + c)
    hist.append((g, f, q, cand, s, h, y))
    print(f"{t}    " + "  ".join(f"{v:.5f}" for v in (g, f, q, cand, s, h, y)))

names = ["g", "f", "q", "cand", "s", "h", "y"]
for i, n in enumerate(names):
    plt.plot([1, 2, 3], [row[i] for row in hist], "o-", label=n)
plt.legend(); plt.xlabel("t"); plt.xticks([1, 2, 3])
plt.savefig("plot.png")
'''
    os.makedirs(os.path.join(wd, "ex9"), exist_ok=True)
    open(os.path.join(wd, "ex9", "lstm.py"), "w").write(code)
    r = subprocess.run(["/usr/bin/python3", "lstm.py"], cwd=os.path.join(wd, "ex9"), capture_output=True, text=True, check=True)
    open(os.path.join(wd, "ex9", "output.txt"), "w").write(r.stdout)
    lines = r.stdout.splitlines()
    for t in range(3):
        parts = lines[1 + t].split()
        assert parts[0] == str(t + 1)
        for j, k in enumerate(K):
            assert parts[1 + j] == f"{R[t][k]:.5f}"
            st.val(k, t + 1, parts[1 + j], zname, f"ex9/output.txt line {t+2}")
    ans = answers.pick("en", skip=("16a",))
    st.answers(ans)
    md = "# Exercise 9 - Bjorn Akesson\n\n## Q16\n" + "".join(f"{k[2]}. {ans[k]}\n" for k in ["16b", "16c", "16d", "16e"])
    md += "\n## Q17\nSee `lstm.py`; the printed output is in `output.txt`, the plot in `plot.png`.\n\n" + ans["17same"] + "\n"
    open(os.path.join(wd, "ex9", "answers.md"), "w").write(md)
    with zipfile.ZipFile(st.path(zname), "w", zipfile.ZIP_DEFLATED) as z:
        for f in ["lstm.py", "output.txt", "plot.png", "answers.md"]:
            z.write(os.path.join(wd, "ex9", f), "ex9/" + f)
    st.plot = True
    st.made_by(zname, "zip (folder ex9/) of a script, its real stdout, the PNG it saved and answers.md")
    st.notes = "Values are inside the zip member ex9/output.txt; the script lstm.py contains only parameters. 16a skipped."


def s16():
    st = Student("Emily Carter", "correct; RTF made by pandoc from Markdown; bullet list '- input gate (t=1) = 0.58', 2 decimals (rounded only at the end)")
    wd = work(st.name)
    fn = "Emily_Carter_Sheet9.rtf"
    ans = answers.pick("en")
    st.answers(ans)
    md = ["# Sheet 9", "", "Emily Carter", "", "## Question 16", ""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        md.append(f"{k[2]}) {ans[k]}")
        md.append("")
    md += ["## Question 17", ""]
    nm = {"g": "input gate", "f": "forget gate", "q": "output gate", "a": "candidate", "s": "cell state", "h": "hidden state", "y": "output"}
    for t in range(3):
        for k in K:
            w = fmt(R[t][k], 2)
            md.append(f"- {nm[k]} (t={t+1}) = {w}")
            st.val(k, t + 1, w, fn, f"Question 17 list, '{nm[k]} (t={t+1})'")
        md.append("")
    md += ["Is the output from t = 1 the same as t = 3? " + ans["17same"], ""]
    src = os.path.join(wd, "carter.md")
    open(src, "w").write("\n".join(md))
    subprocess.run(["pandoc", "-s", src, "-o", st.path(fn)], check=True)
    st.made_by(fn, "pandoc -s md -> rtf")
    st.notes = "No plot. Two decimals each."


def s17():
    st = Student("Rafael Oliveira", "correct; legacy .doc (LibreOffice from DOCX); table quantities x 'Step 1..3', decimal commas, 3 decimals")
    wd = work(st.name)
    ans = answers.pick("en", skip=("16d", "16e"))
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Rafael Oliveira - Deep Learning - Lista 9")
    d.add_paragraph("Q16")
    for k in ["16a", "16b", "16c"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_paragraph("Q17")
    tb = d.add_table(rows=8, cols=4)
    tb.style = "Table Grid"
    for j, hname in enumerate(["", "Step 1", "Step 2", "Step 3"]):
        tb.cell(0, j).text = hname
    names = ["Input gate", "Forget gate", "Output gate", "Candidate", "Cell state", "Hidden state", "Output"]
    fn = "Rafael_Oliveira_lista9.doc"
    for i, k in enumerate(K):
        tb.cell(1 + i, 0).text = names[i]
        for t in range(3):
            w = fmt(R[t][k], 3, comma=True)
            tb.cell(1 + i, 1 + t).text = w
            st.val(k, t + 1, w, fn, f"table 1 row '{names[i]}' col 'Step {t+1}'")
    d.add_paragraph("Output t=1 vs t=3: " + ans["17same"])
    src = os.path.join(wd, "Rafael_Oliveira_lista9.docx")
    d.save(src)
    soffice_convert(src, "doc", st.dir, filt="MS Word 97")
    st.made_by(fn, "python-docx -> LibreOffice --convert-to doc:'MS Word 97'")
    st.notes = "Decimal commas. 16d,16e skipped. No plot."


def s18():
    st = Student("Kateřina Nováková", "correct; PDF by pandoc (pdflatex) from Markdown; inline math $g_1 = ...$, a/o letters (a = candidate, o = output), one list per step")
    wd = work(st.name)
    fn = "novakova_du9.pdf"
    ans = answers.pick("en", skip=("16c",))
    st.answers(ans)
    md = ["---", "title: Exercise sheet 9", "author: Kateřina Nováková", "geometry: margin=2.5cm", "---", "",
          "# Question 16", ""]
    for k in ["16a", "16b", "16d", "16e"]:
        md.append(f"**{k[2]})** {ans[k]}")
        md.append("")
    md += ["# Question 17", "",
           "Notation: $g$ input gate, $f$ forget gate, $q$ output gate, $a$ cell input, $s$ state, $h$ hidden, $o$ output $= \\sigma(Vh + c)$.", ""]
    for t in range(3):
        md.append(f"**Step {t+1}** ($x_{t+1} = {X[t]}$):")
        md.append("")
        for k, sym in zip(K, ["g", "f", "q", "a", "s", "h", "o"]):
            w = fmt(R[t][k], 4)
            md.append(f"- ${sym}_{{{t+1}}} = {w}$")
            st.val(k, t + 1, w, fn, f"page 1-2, Step {t+1} list")
        md.append("")
    md += ["**Is the output from t = 1 the same as t = 3?** " + ans["17same"], ""]
    src = os.path.join(wd, "du9.md")
    open(src, "w").write("\n".join(md))
    subprocess.run(["pandoc", src, "-o", os.path.join(wd, fn), "--pdf-engine=pdflatex"], check=True, cwd=wd)
    os.replace(os.path.join(wd, fn), st.path(fn))
    st.made_by(fn, "pandoc md -> pdf (pdflatex), inline math")
    st.notes = "a = candidate, o = OUTPUT (not a gate). 16c skipped. No plot."


def s19():
    st = Student("Mohammed Al-Rashid", "correct; reportlab PDF with one page per time step (table Quantity|Value, 5 decimals), Q16 on page 4, plot on page 5")
    wd = work(st.name)
    fn = "AlRashid_Mohammed_Assignment9.pdf"
    ans = answers.pick("en")
    st.answers(ans)
    c = canvas.Canvas(st.path(fn), pagesize=A4)
    W, H = A4
    names = ["Input gate", "Forget gate", "Output gate", "Cell input (candidate)", "Cell state", "Hidden state", "Output"]
    for t in range(3):
        c.setFont("DejaVuB", 13)
        c.drawString(60, H - 60, f"Mohammed Al-Rashid  |  Assignment 9  |  Q17")
        c.setFont("DejaVuB", 12)
        c.drawString(60, H - 100, f"Time step {t+1} of 3   (x = {X[t]}, h_prev = {fmt(R[t-1]['h'],5) if t else '0'}, s_prev = {fmt(R[t-1]['s'],5) if t else '0'})")
        c.setFont("DejaVu", 11)
        y = H - 140
        c.drawString(80, y, "Quantity")
        c.drawString(300, y, "Value")
        c.line(75, y - 4, 400, y - 4)
        for i, k in enumerate(K):
            y -= 22
            w = fmt(R[t][k], 5)
            c.drawString(80, y, names[i])
            c.drawString(300, y, w)
            st.val(k, t + 1, w, fn, f"page {t+1}")
        c.setFont("DejaVu", 8)
        c.drawString(W / 2 - 10, 30, str(t + 1))
        c.showPage()
    c.setFont("DejaVuB", 12)
    c.drawString(60, H - 60, "Question 16")
    c.setFont("DejaVu", 10)
    y = H - 85
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        for ln in simpleSplit(f"({k[2]}) {ans[k]}", "DejaVu", 10, W - 130):
            c.drawString(70, y, ln)
            y -= 14
        y -= 6
    c.setFont("DejaVuB", 12)
    y -= 10
    c.drawString(60, y, "Question 17 - same output at t=1 and t=3?")
    c.setFont("DejaVu", 10)
    y -= 18
    for ln in simpleSplit(ans["17same"], "DejaVu", 10, W - 130):
        c.drawString(70, y, ln)
        y -= 14
    c.setFont("DejaVu", 8)
    c.drawString(W / 2 - 10, 30, "4")
    c.showPage()
    png = plots.plot(os.path.join(wd, "p.png"), R, title="LSTM forward pass (Q17)")
    c.drawImage(png, 60, H - 420, width=450, height=300)
    c.setFont("DejaVu", 8)
    c.drawString(W / 2 - 10, 30, "5")
    c.showPage()
    c.save()
    st.plot = True
    st.made_by(fn, "reportlab, 5 pages")
    st.notes = "Page headers restate h_prev and s_prev (the previous step's h and s) — same numbers as the previous page, not new answers. Page numbers are distractors."


def s20():
    st = Student("Sakura Ito", "correct; .txt pasted from a spreadsheet: tab-separated, heading line, quantities rows, Excel 'General' display precision (9 decimals)")
    fn = "Ito_Sakura_Q17.txt"
    ans = {"17same": "No, because h and s from the previous steps are different (the LSTM has memory)."}
    st.answers(ans)
    L = ["Sakura Ito  Exercise 9 Question 17 (copied from my Excel sheet)", "", "\tt=1\tt=2\tt=3"]
    L.append("x\t0.7\t0.5\t0.7")
    names = ["g", "f", "q", "s~", "s", "h", "output"]
    for i, k in enumerate(K):
        vals = [f"{R[t][k]:.9f}".rstrip("0") for t in range(3)]
        L.append(names[i] + "\t" + "\t".join(vals))
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, f"line {len(L)}")
    L += ["", "output(1) != output(3): " + ans["17same"]]
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "tab-separated text")
    st.notes = "Only Q17 answered (no Q16). No plot."


ALL = [s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]
