"""Students 31-38: slips carried on, an isolated slip, rounding/truncation carried on."""
import os
import subprocess

import openpyxl
import docx
from docx.shared import Cm
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P as TP, Span

from common import Student, fmt, soffice_convert, work, RNG
from lstm_model import forward, sig
import answers
import plots
import nb

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

K = ["g", "f", "q", "a", "s", "h", "y"]
X = [0.7, 0.5, 0.7]
RC = forward()


def s31():
    # sign slip in g(2): +0.3*h(1) instead of -0.3*h(1); carried on
    R = forward(slip={(2, "g"): lambda v: sig(0.1 + 0.3 * 0.5 + 0.3 * RC[0]["h"])})
    st = Student("Kwame Mensah", "slip carried on: sign error in g(2) (used +W^g h), all later values follow; ODT saved by LibreOffice from DOCX, table steps x quantities")
    wd = work(st.name)
    fn = "Kwame_Mensah_ES9.odt"
    ans = answers.pick("en", skip=("16b",))
    st.answers(ans)
    d = docx.Document()
    d.add_heading("Exercise Sheet 9", 1)
    d.add_paragraph("Kwame Mensah (working alone)")
    d.add_heading("Question 16", 2)
    for k in ["16a", "16c", "16d", "16e"]:
        d.add_paragraph(f"{k[2]}) {ans[k]}")
    d.add_heading("Question 17", 2)
    d.add_paragraph("Results of the forward pass (all values rounded to 4 digits):")
    tb = d.add_table(rows=4, cols=8)
    tb.style = "Table Grid"
    for j, hname in enumerate(["time", "g(t)", "f(t)", "q(t)", "cell input", "s(t)", "h(t)", "output(t)"]):
        tb.cell(0, j).text = hname
    for t in range(3):
        tb.cell(1 + t, 0).text = f"t{t+1}"
        for j, k in enumerate(K):
            w = fmt(R[t][k], 4)
            tb.cell(1 + t, 1 + j).text = w
            st.val(k, t + 1, w, fn, f"table 1 row t{t+1}")
    png = plots.plot(os.path.join(wd, "p.png"), R, keys=("g", "f", "q", "h", "y"))
    d.add_picture(png, width=Cm(12))
    d.add_paragraph("t=1 vs t=3: " + ans["17same"])
    src = os.path.join(wd, "Kwame_Mensah_ES9.docx")
    d.save(src)
    soffice_convert(src, "odt", st.dir)
    st.plot = True
    st.made_by(fn, "python-docx -> LibreOffice --convert-to odt")
    st.notes = "g(2)=σ(0.1+0.15+0.3·0.2610)=0.5813 instead of 0.5428; s(2), h(2), y(2) and all of t=3 follow from it. Steps written t1/t2/t3. 16b skipped."


def s32():
    # digit transposition q(1) 0.6177 -> 0.6717, carried on
    R = forward(slip={(1, "q"): lambda v: 0.6717})
    st = Student("Elif Demir", "slip carried on: q(1) written as 0.6717 (digits swapped), used for h(1) and all later steps; HTML made by pandoc --mathjax, values inside \\( ... \\) math")
    wd = work(st.name)
    fn = "elif_demir_sheet9.html"
    ans = answers.pick("en")
    st.answers(ans)
    md = ["---", "title: Deep Learning Sheet 9", "author: Elif Demir", "---", "", "## Question 16", ""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        md += [f"{k[2]}) {ans[k]}", ""]
    md += ["## Question 17", ""]
    for t in range(3):
        md += [f"**t = {t+1}**", ""]
        items = []
        for k, sym in zip(K, ["g", "f", "q", r"\tilde{s}", "s", "h", r"\hat{y}"]):
            w = fmt(R[t][k], 4)
            items.append(f"- \\({sym}^{{({t+1})}} = {w}\\)")
            st.val(k, t + 1, w, fn, f"section t = {t+1}")
        md += items + [""]
    md += ["**Is the output from t = 1 the same as t = 3?** " + ans["17same"], ""]
    src = os.path.join(wd, "demir.md")
    open(src, "w").write("\n".join(md))
    subprocess.run(["pandoc", "-s", "--mathjax", "-f", "markdown+tex_math_single_backslash", src, "-o", st.path(fn)], check=True)
    st.made_by(fn, "pandoc -s --mathjax md -> html")
    st.notes = "q(1)=0.6717 (true 0.6177) -> h(1)=0.2838, y(1)=0.6031 and t=2,3 use h(1)=0.2838. Output written as \\hat{y}. No plot."


def s33():
    # sigma(1.007) mis-evaluated as 0.7234 at t=1, carried on
    R = forward(slip={(1, "a"): lambda v: 0.7234})
    st = Student("Julien Moreau", "slip carried on: candidate(1) = σ(1.007) evaluated as 0.7234; RTF saved by LibreOffice from DOCX; worked lines 'g1 = σ(0.31) = 0.5769'")
    wd = work(st.name)
    fn = "Moreau_Julien_TD9.rtf"
    ans = answers.pick("en", skip=("16a", "16e"))
    st.answers(ans)
    d = docx.Document()
    d.add_paragraph("Julien Moreau — Deep Learning TD 9")
    d.add_paragraph("Exercise 16")
    for k in ["16b", "16c", "16d"]:
        d.add_paragraph(f"{k[2]}. {ans[k]}")
    d.add_paragraph("Exercise 17")
    hp, sp = 0.0, 0.0
    for t in range(3):
        d.add_paragraph(f"Step {t+1}:  x{t+1} = {X[t]},  h{t} = {fmt(hp,4)},  s{t} = {fmt(sp,4)}")
        zg = 0.1 + 0.3 * X[t] - 0.3 * hp
        zf = 0.25 * X[t] + 0.3 * hp
        zq = 0.2 + 0.4 * X[t] + 0.3 * hp
        za = 1 + 0.01 * X[t] + 0.1 * hp
        lines = [("g", f"g{t+1} = σ({fmt(zg,4)}) = "), ("f", f"f{t+1} = σ({fmt(zf,4)}) = "), ("q", f"q{t+1} = σ({fmt(zq,4)}) = "),
                 ("a", f"c{t+1} = σ({fmt(za,4)}) = "), ("s", f"s{t+1} = f{t+1}·s{t} + g{t+1}·c{t+1} = "),
                 ("h", f"h{t+1} = ReLU(s{t+1})·q{t+1} = "), ("y", f"out{t+1} = σ(5·h{t+1} − 1) = ")]
        for k, pre in lines:
            w = fmt(R[t][k], 4)
            d.add_paragraph("    " + pre + w)
            st.val(k, t + 1, w, fn, f"Step {t+1} block")
        hp, sp = R[t]["h"], R[t]["s"]
    d.add_paragraph("Question: same output at t = 1 and t = 3? " + ans["17same"])
    src = os.path.join(wd, "Moreau_Julien_TD9.docx")
    d.save(src)
    soffice_convert(src, "rtf", st.dir)
    st.made_by(fn, "python-docx -> LibreOffice --convert-to rtf")
    st.notes = "Letter c = candidate here (c1 = σ(1.007) = 0.7234, should be 0.7324); s, h, out and step 2-3 follow. Restated h{t-1}, s{t-1} and pre-activations in σ(...) are intermediates. 16a, 16e skipped. No plot."


def s34():
    # forgot q only in h(2); carried on into t=3
    R = forward(slip={(2, "h"): lambda v: RC[1]["s"]})
    st = Student("Marta Kowalczyk", "slip carried on: h(2) = ReLU(s(2)) without q at step 2 only, carried into t=3; notebook used as a document (markdown cells only, LaTeX math)")
    fn = "Kowalczyk_Marta_ex9.ipynb"
    ans = answers.pick("en", skip=("16d",))
    st.answers(ans)
    cells = [("md", "# Exercise sheet 9\n*Marta Kowalczyk*"),
             ("md", "## Question 16\n" + "\n".join(f"**{k[2]})** {ans[k]}\n" for k in ["16a", "16b", "16c", "16e"])),
             ("md", "## Question 17\nAll computed by hand (calculator), 4 decimals.")]
    for t in range(3):
        lines = [f"### Time step {t+1}", ""]
        for k, sym in zip(K, ["g", "f", "q", r"\tilde s", "s", "h", r"\text{out}"]):
            w = fmt(R[t][k], 4)
            lines.append(f"$${sym}^{{({t+1})}} = {w}$$")
            st.val(k, t + 1, w, fn, f"markdown cell 'Time step {t+1}'")
        cells.append(("md", "\n".join(lines)))
    cells.append(("md", "**Same output at t=1 and t=3?**\n\n" + ans["17same"]))
    nb.build(cells, st.path(fn))
    st.made_by(fn, "nbformat, markdown cells only")
    st.notes = "h(2)=0.6328 (=s(2), q(2) not applied); t=3 gates use h(2)=0.6328 but h(3)=ReLU(s(3))·q(3) again. 16d skipped. No plot."


def s35():
    # copied x3 = 0.5 instead of 0.7 for the whole step 3
    R = forward(x=[0.7, 0.5, 0.5])
    st = Student("Diego Fernández", "slip: used x(3)=0.5 instead of 0.7 in step 3; XLSX with numbers typed as TEXT with decimal commas; quantities as rows")
    fn = "Fernandez_Diego_P9.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws["A1"] = "Diego Fernández - Práctica 9 - Q17"
    ws["A3"] = "t"
    ws["B3"], ws["C3"], ws["D3"] = "1", "2", "3"
    ws["A4"] = "x"
    ws["B4"], ws["C4"], ws["D4"] = "0,7", "0,5", "0,5"
    names = ["Input gate", "Forget gate", "Output gate", "Candidate", "Cell state", "Hidden state", "Output"]
    for i, k in enumerate(K):
        ws.cell(row=5 + i, column=1, value=names[i])
        for t in range(3):
            w = fmt(R[t][k], 4, comma=True)
            c = ws.cell(row=5 + i, column=2 + t, value=w)
            st.val(k, t + 1, w, fn, f"Hoja1!{c.coordinate}")
    ans = answers.pick("en", only=("16b", "16c", "16d", "17same"))
    st.answers(ans)
    ws["F3"] = "Q16"
    ws["F4"] = "b) " + ans["16b"]
    ws["F5"] = "c) " + ans["16c"]
    ws["F6"] = "d) " + ans["16d"]
    ws["F8"] = "Q17: " + ans["17same"]
    wb.save(st.path(fn))
    st.made_by(fn, "openpyxl, all numbers as strings with decimal comma")
    st.notes = "Row x shows 0,5 for t=3 (copy slip). Step 3 values are those for x=0.5. Steps '1','2','3' are text cells. No plot."


def s36():
    R = forward(rnd=2)
    st = Student("Yuki Nakamura", "rounding carried on: every value rounded to 2 decimals and the rounded value used further (y(1)=0.57, q(3)=0.64, h(3)=0.49); DOCX made by pandoc, pipe table t rows")
    wd = work(st.name)
    fn = "nakamura_yuki_sheet9.docx"
    ans = answers.pick("en")
    st.answers(ans)
    md = ["# Exercise Sheet 9 — Yuki Nakamura", "", "## Q16", ""]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        md += [f"{k[2]}) {ans[k]}", ""]
    md += ["## Q17", "", "I rounded to two decimals after every step.", "",
           "| t | g | f | q | s~ | s | h | output |", "|---|---|---|---|---|---|---|---|"]
    for t in range(3):
        vals = [fmt(R[t][k], 2) for k in K]
        md.append(f"| {t+1} | " + " | ".join(vals) + " |")
        for k, w in zip(K, vals):
            st.val(k, t + 1, w, fn, f"table 1 row t={t+1}")
    md += ["", "![](plot.png)", "", ans["17same"], ""]
    plots.plot(os.path.join(wd, "plot.png"), R, keys=("s", "h", "y"))
    src = os.path.join(wd, "nakamura.md")
    open(src, "w").write("\n".join(md))
    subprocess.run(["pandoc", "nakamura.md", "-o", st.path(fn)], check=True, cwd=wd)
    st.plot = True
    st.made_by(fn, "pandoc md -> docx (pipe table, embedded PNG)")
    st.notes = "Rounded-and-carried: differs from correctly rounded results at y(1) 0.57 vs 0.58, q(3) 0.64 vs 0.65, h(3) 0.49 vs 0.50."


def s37():
    R = forward(rnd=2, trunc=True)
    st = Student("Pedro Alves", "truncation carried on: every value cut (not rounded) to 2 decimals and reused; CSV ',' separated with a title line and an x row; quantities as rows")
    fn = "pedro_alves_lstm.csv"
    L = ["Pedro Alves - exercise 9 - LSTM forward (values truncated to 2 decimals)", ",t=1,t=2,t=3", "x,0.7,0.5,0.7"]
    for k, nm in zip(K, ["input gate", "forget gate", "output gate", "candidate", "cell state", "hidden", "output"]):
        vals = [fmt(R[t][k], 2) for t in range(3)]
        L.append(nm + "," + ",".join(vals))
        for t in range(3):
            st.val(k, t + 1, vals[t], fn, f"line {len(L)}")
    open(st.path(fn), "w", encoding="utf-8").write("\n".join(L) + "\n")
    st.made_by(fn, "hand-written CSV")
    st.notes = "Truncation carried on: q(1)=0.61, s(1)=0.41, h(1)=0.25, y(1)=0.56, etc. No text answers, no plot."


def s38():
    R = forward()
    st = Student("Sven Larsen", "isolated slip: y(2) written 0.7128 (digits swapped, true 0.7218), nothing depends on it; ODT (odfpy) with one heading per step and 'name: value' lines, 4 decimals")
    fn = "larsen_sven_exercise9.odt"
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    ans = answers.pick("en", skip=("16a", "16b"))
    st.answers(ans)
    doc.text.addElement(H(outlinelevel=1, text="Exercise 9 – Sven Larsen"))
    doc.text.addElement(H(outlinelevel=2, text="Question 16"))
    for k in ["16c", "16d", "16e"]:
        doc.text.addElement(TP(text=f"{k[2]}) {ans[k]}"))
    doc.text.addElement(H(outlinelevel=2, text="Question 17"))
    vals = {(t, k): fmt(R[t][k], 4) for t in range(3) for k in K}
    vals[(1, "y")] = "0.7128"
    for t in range(3):
        doc.text.addElement(H(outlinelevel=3, text=f"Step {t+1}"))
        for k, nm in zip(K, ["input gate", "forget gate", "output gate", "cell input", "cell state", "hidden state", "output"]):
            p = TP()
            p.addElement(Span(stylename=bold, text=nm + ": "))
            p.addText(vals[(t, k)])
            doc.text.addElement(p)
            st.val(k, t + 1, vals[(t, k)], fn, f"heading 'Step {t+1}'")
    doc.text.addElement(TP(text="Same output for t=1 and t=3? " + ans["17same"]))
    doc.save(st.path(fn))
    st.made_by(fn, "odfpy text document")
    st.notes = "Only y(2) wrong (0.7128 vs 0.7218); isolated because the output does not feed back. 16a,16b skipped. No plot."


ALL = [s31, s32, s33, s34, s35, s36, s37, s38]
