from common import *
import openpyxl
from openpyxl.styles import Font


def s26():
    import docx
    from docx.shared import Cm
    st = Student("Isabel García", PIDS[25], "correct-rounded-3 (Olah letters, sigmoid model)",
                 notes="docx (python-docx); one 2-column table per time step (tables 1-3). Letters: i = input gate, "
                       "f, o = OUTPUT GATE, c~ = candidate (sigmoid as in the book), c = cell state, h, y = output. "
                       "Plot as picture.")
    rows = forward()
    doc = docx.Document()
    doc.add_heading("Exercise sheet 9", 0)
    doc.add_paragraph("Isabel García — Deep Learning SoSe 18")
    doc.add_heading("Q16", 1)
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 3),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 3)}
    for k, v in ans.items():
        doc.add_paragraph(v, style="List Number")
    doc.add_heading("Q17", 1)
    doc.add_paragraph("Notation: i = input gate (g on the sheet), f = forget gate, o = output gate (q), "
                      "c~ = candidate σ(b + U x + W h), c = cell state (s on the sheet), h = ReLU(c)·o, y = σ(5h − 1). "
                      "Values rounded to 3 decimals.")
    labels = ["i", "f", "o", "c~", "c", "h", "y"]
    for t in range(1, 4):
        doc.add_heading(f"Step {t} (x = {X[t-1]})", 2)
        tb = doc.add_table(rows=8, cols=2)
        tb.style = "Light Grid Accent 1"
        tb.cell(0, 0).text, tb.cell(0, 1).text = "variable", "value"
        for i, (k, lab) in enumerate(zip(QUANT, labels), 1):
            w = fmt(rows[t - 1][k], 3)
            tb.cell(i, 0).text = f"{lab}{t}"
            tb.cell(i, 1).text = w
            st.val(k, t, w, "Garcia_Sheet9.docx", f"table {t}, row {i + 1}, col 2")
    png = plot_values(rows, st.s("plot.png"), labels=dict(zip(QUANT, labels)))
    doc.add_picture(str(png), width=Cm(13))
    same = ("No, y3 is bigger than y1. The LSTM has memory: at t=3 the cell state c2 and h2 from the previous steps "
            "are used, at t=1 they were zero.")
    doc.add_paragraph(same)
    doc.save(st.p("Garcia_Sheet9.docx"))
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s27():
    import zipfile
    st = Student("Tobias Schmitt", PIDS[26], "correct-rounded-5 (inside own zip)",
                 notes="Hand-in is a zip of his own files: lstm.py (the script), output.txt (its printout, values with "
                       "5 decimals) and plot.png. 'file' entries use zipname!member.")
    src = '''"""Deep Learning sheet 9, Q17 -- Tobias Schmitt"""
import math
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))

x = [0.7, 0.5, 0.7]
Ug, Wg, bg = 0.3, -0.3, 0.1
Uf, Wf, bf = 0.25, 0.3, 0.0
Uq, Wq, bq = 0.4, 0.3, 0.2
U, W, b = 0.01, 0.1, 1.0
V, c = 5.0, -1.0

h = s = 0.0
hs, ys = [], []
for t, xt in enumerate(x, 1):
    g = sigmoid(bg + Ug * xt + Wg * h)
    f = sigmoid(bf + Uf * xt + Wf * h)
    q = sigmoid(bq + Uq * xt + Wq * h)
    cell_in = sigmoid(b + U * xt + W * h)
    s = f * s + g * cell_in
    h = max(0.0, s) * q
    y = sigmoid(V * h + c)
    hs.append(h); ys.append(y)
    print(f"t={t}: g={g:.5f} f={f:.5f} q={q:.5f} cell_in={cell_in:.5f} s={s:.5f} h={h:.5f} y={y:.5f}")

plt.plot([1, 2, 3], hs, "o-", label="h")
plt.plot([1, 2, 3], ys, "s-", label="y")
plt.xlabel("t"); plt.legend(); plt.savefig("plot.png")
'''
    wd = st.s("Blatt09_Schmitt")
    wd.mkdir()
    (wd / "lstm.py").write_text(src)
    r = run(["/usr/bin/python3", "lstm.py"], cwd=wd)
    (wd / "output.txt").write_text(r.stdout)
    lines = r.stdout.splitlines()
    names = ["g", "f", "q", "cell_in", "s", "h", "y"]
    for n, line in enumerate(lines, 1):
        t = int(line.split(":")[0][2:])
        parts = dict(p.split("=") for p in line.split(": ")[1].split())
        for k, nm in zip(QUANT, names):
            st.val(k, t, parts[nm], "Blatt09_Schmitt.zip!Blatt09_Schmitt/output.txt", f"line {n}")
    with zipfile.ZipFile(st.p("Blatt09_Schmitt.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for fn in ["lstm.py", "output.txt", "plot.png"]:
            z.write(wd / fn, f"Blatt09_Schmitt/{fn}")
    st.plot = True


def s28():
    import docx
    st = Student("Julia Neumann", PIDS[27], "correct-rounded-4 (final); draft had tanh-candidate",
                 notes="DRAFT + FINAL: Sheet9_Neumann_draft.docx (tanh candidate, unfinished, says 'ENTWURF') and "
                       "Sheet9_Neumann_final.pdf (LibreOffice PDF export of the corrected docx). Only the final PDF "
                       "counts; values listed are from it.")
    def build(rows, final):
        doc = docx.Document()
        doc.add_heading("Deep Learning – Exercise Sheet 9", 1)
        doc.add_paragraph("Julia Neumann (matr. 303917)" + ("" if final else "   ENTWURF / DRAFT – not final!"))
        ans = {"16a": pick("en", "16a", 1), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 1),
               "16d": pick("en", "16d", 3), "16e": pick("en", "16e", 0)}
        doc.add_heading("Question 16", 2)
        for k, v in ans.items():
            doc.add_paragraph(f"{k[-1]}) {v}")
        doc.add_heading("Question 17", 2)
        doc.add_paragraph("Candidate unit: " + ("σ(b + U x + W h) (sigmoid, book 10.10.1)" if final else "tanh(b + U x + W h)"))
        tb = doc.add_table(rows=4, cols=8)
        tb.style = "Table Grid"
        for j, h in enumerate(["step", "g", "f", "q", "s̃", "s", "h", "output"]):
            tb.cell(0, j).text = h
        nrows = 3 if final else 2
        for t in range(1, nrows + 1):
            tb.cell(t, 0).text = str(t)
            for j, k in enumerate(QUANT, 1):
                tb.cell(t, j).text = fmt(rows[t - 1][k], 4)
        same = ("No. Same input, but the LSTM state from steps 1 and 2 (s(2), h(2)) enters step 3, while step 1 starts "
                "from zero. Output(1) = {} and output(3) = {}.".format(fmt(rows[0]['output'], 4), fmt(rows[2]['output'], 4)))
        if final:
            doc.add_paragraph(same)
            png = plot_values(rows, st.s("plot.png"))
            from docx.shared import Cm
            doc.add_picture(str(png), width=Cm(12))
        else:
            doc.add_paragraph("TODO: step 3, plot, t=1 vs t=3")
        return doc, ans, same
    d_draft, _, _ = build(forward("tanh-candidate"), False)
    d_draft.save(st.p("Sheet9_Neumann_draft.docx"))
    rows = forward()
    d_final, ans, same = build(rows, True)
    src = st.s("Sheet9_Neumann_final.docx")
    d_final.save(src)
    pdf = soffice(src, "pdf", st.dir)
    pages = pdf_pages(pdf)
    for t in range(1, 4):
        for k in QUANT:
            w = fmt(rows[t - 1][k], 4)
            st.val(k, t, w, pdf.name, f"page {pdf_find(pages, w, after='Candidate unit')} (table)")
    for t in (1, 3):
        w = fmt(rows[t - 1]["output"], 4)
        st.val("output", t, w, pdf.name, f"page {pdf_find(pages, w, after='No. Same input')} (17same answer)")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s29():
    import numpy as np
    st = Student("David Klein", PIDS[28], "correct (scientific notation, 4 digits)",
                 notes="values.csv written by numpy.savetxt(fmt='%.4e', delimiter=','), header line "
                       "'# g,f,q,cand,s,h,out', one row per time step (no t column). plot.png next to it. "
                       "answers.md has Q16 (without a) and 17same.")
    rows = forward()
    arr = np.array([[r[k] for k in QUANT] for r in rows])
    np.savetxt(st.p("values.csv"), arr, fmt="%.4e", delimiter=",", header="g,f,q,cand,s,h,out")
    lines = st.p("values.csv").read_text().splitlines()
    for t in range(1, 4):
        parts = lines[t].split(",")
        for k, w in zip(QUANT, parts):
            st.val(k, t, w, "values.csv", f"line {t + 1}")
    plot_values(rows, st.p("plot.png"), style="lines", title="LSTM, sheet 9 (D. Klein)")
    ans = {"16b": pick("en", "16b", 2), "16c": pick("en", "16c", 4), "16d": pick("en", "16d", 1),
           "16e": pick("en", "16e", 1)}
    same = "no, different because of the recurrent state"
    d = TextDoc()
    d.extend(["David Klein, sheet 9", "", "16"])
    for k, v in ans.items():
        d.add(f"- {k[-1]}: {v}")
    d.extend(["", "17: see values.csv (rows = t1..t3) and plot.png", "- same output t=1 and t=3? " + same])
    d.write(st, "answers.md", register=False)
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s30():
    st = Student("Nguyễn Thị Mai", PIDS[29], "rounded-2-carried",
                 notes="pdflatex (name written without diacritics in the PDF). Table with a t=0 row (initial state) "
                       "and rows t=1..3; every value rounded to 2 decimals with '\\approx' and the rounded values "
                       "carried on (s(1) = 0.42, output(1) = 0.57 instead of 0.58).")
    rows = forward(rnd=2)
    png = plot_values(rows, st.s("fig.png"), keys=["cell_state", "hidden", "output"], figsize=(5, 3.2))
    L = [r"\documentclass{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage{amsmath}", r"\usepackage{graphicx}",
         r"\usepackage[margin=2cm]{geometry}", r"\begin{document}",
         r"\noindent\textbf{Deep Learning -- Sheet 9}\hfill Nguyen Thi Mai, 315102\\[1em]",
         r"\textbf{Question 16}", r"\begin{itemize}"]
    ans = {"16a": r"$y = f(W f(W f(W f(W f(U x_1) + U x_2) + U x_3) + U x_4) + U x_5)$",
           "16b": "fewer parameters, faster", "16c": "rescale gradient if its norm is too large, against exploding gradients",
           "16d": "gradient gets smaller and smaller going back in time", "16e": "gates / memory cell for long term dependencies"}
    for k, v in ans.items():
        L.append(r"\item[(" + k[-1] + ")] " + v)
    L += [r"\end{itemize}", r"\textbf{Question 17} (values rounded to 2 decimals in every step)\\[0.5em]",
          r"\begin{tabular}{c|ccccccc}",
          r"$t$ & $g^{(t)}$ & $f^{(t)}$ & $q^{(t)}$ & $\tilde{s}^{(t)}$ & $s^{(t)}$ & $h^{(t)}$ & $\mathrm{out}^{(t)}$\\ \hline",
          r"0 & -- & -- & -- & -- & 0 & 0 & -- \\"]
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 2) for k in QUANT]
        L.append(f"{t} & " + " & ".join(f"$\\approx {w}$" for w in ws) + r" \\")
        for k, w in zip(QUANT, ws):
            st.val(k, t, w, "sheet9_nguyen.pdf", "page 1")
    L += [r"\end{tabular}\\[1em]", r"\includegraphics[width=0.6\textwidth]{fig.png}\\",
          r"\textbf{Same at $t=1$ and $t=3$?} No, because $s^{(2)}$ and $h^{(2)}$ are not zero (memory of the "
          r"previous inputs), so the output at $t=3$ is larger.", r"\end{document}"]
    tex = st.s("sheet9_nguyen.tex")
    tex.write_text("\n".join(L), encoding="utf-8")
    shutil.copy(pdflatex(tex), st.p("sheet9_nguyen.pdf"))
    st.answers(**ans)
    st.text["16a"] = "y = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5)"
    st.text["17same"] = ("No, because s(2) and h(2) are not zero (memory of the previous inputs), so the output at t=3 "
                         "is larger.")
    st.plot = True


def s31():
    st = Student("Lars Hansen", PIDS[30], "misconception:tanh-candidate",
                 notes="HTML made with pandoc from Markdown (standalone). Table with steps as columns 't1 t2 t3'. "
                       "Candidate with tanh -> everything from the candidate on consistently off.")
    rows = forward("tanh-candidate")
    d = TextDoc()
    d.extend(["% Sheet 9", "% Lars Hansen", "", "## 16", ""])
    ans = {"16a": pick("en", "16a", 2), "16b": pick("en", "16b", 1), "16c": pick("en", "16c", 2),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        d.add(f"* ({k[-1]}) {v}")
    d.extend(["", "## 17", "", "Cell input: $\\tanh(b + Ux + Wh)$, rest as on the sheet.", "",
              "| quantity | t1 | t2 | t3 |", "|:--|--:|--:|--:|"])
    labels = ["input gate g", "forget gate f", "output gate q", "cell input", "state s", "h", "output"]
    vals = []
    for k, lab in zip(QUANT, labels):
        ws = [fmt(rows[t][k], 4) for t in range(3)]
        d.add(f"| {lab} | " + " | ".join(ws) + " |")
        vals += [(k, t + 1, ws[t], lab) for t in range(3)]
    same = "They are not the same: at t3 the previous state is not zero, so the output is higher."
    d.extend(["", same, "", "no plot, sorry", ""])
    md = st.s("hansen.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-s", "--mathjax", "-o", str(st.p("hansen_sheet9.html"))])
    lines = st.p("hansen_sheet9.html").read_text().splitlines()
    # pandoc writes each table cell on its own line: search in order after the label
    for k, t, w, lab in vals:
        st.val(k, t, w, "hansen_sheet9.html", f"line {text_find(lines, w, after=lab)}")
    st.answers(**ans)
    st.text["17same"] = same


def s32():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    st = Student("Ewa Kowalska", PIDS[31], "correct-rounded-4 (Olah letters, sigmoid model)",
                 notes="ods written directly with odfpy (float cells). Column headers in Olah notation i_t, f_t, o_t "
                       "(= output gate q), C~_t (candidate), C_t (cell state), h_t, y_t (output); a t=0 row with "
                       "C_0 = h_0 = 0 above the three steps.")
    rows = forward()
    doc = OpenDocumentSpreadsheet()
    tab = Table(name="LSTM")
    def addrow(cells):
        tr = TableRow()
        for c in cells:
            if isinstance(c, tuple):
                tc = TableCell(valuetype="float", value=c[0])
                tc.addElement(P(text=c[1]))
            elif isinstance(c, (int, float)):
                tc = TableCell(valuetype="float", value=c)
                tc.addElement(P(text=str(c)))
            elif c is None:
                tc = TableCell()
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=c))
            tr.addElement(tc)
        tab.addElement(tr)
    addrow(["Ewa Kowalska – Sheet 9 / Q17"])
    addrow([None])
    addrow(["t", "x_t", "i_t", "f_t", "o_t", "C~_t", "C_t", "h_t", "y_t"])
    addrow([0, None, None, None, None, None, 0, 0, None])
    for t, r in enumerate(rows, 1):
        cells = [t, X[t - 1]]
        for j, k in enumerate(QUANT):
            v = rnd(r[k], 4)
            w = fmt(v, 4)
            cells.append((v, w))
            st.val(k, t, w, "kowalska_q17.ods", f"LSTM!{'CDEFGHI'[j]}{4 + t}", value=v)
        addrow(cells)
    addrow([None])
    addrow(["i = input gate (g), o = output gate (q), C~ = candidate with sigmoid (book), y = output"])
    same = "No – C_2 and h_2 are not zero at t=3, so y_3 > y_1 although x_1 = x_3."
    addrow([same])
    doc.spreadsheet.addElement(tab)
    doc.save(str(st.p("kowalska_q17.ods")))
    st.text["17same"] = same


def s33():
    import docx
    st = Student("Moritz Schwarz", PIDS[32], "text-only (no Q17 values)",
                 notes="docx with Q16 answers and a prose answer to 'same output?' only; no forward-pass numbers "
                       "(only the parameters/inputs mentioned).")
    doc = docx.Document()
    doc.add_paragraph("Moritz Schwarz, 300571 — Blatt 9")
    ans = {"16a": pick("de", "16a", 2), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    doc.add_heading("Aufgabe 16", 2)
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Aufgabe 17", 2)
    doc.add_paragraph("Die Rechnung habe ich auf Papier angefangen aber nicht fertig bekommen. Mit x = 0,7; 0,5; 0,7 "
                      "und h(0) = s(0) = 0 würde man die Gates nacheinander berechnen.")
    same = ("Die Ausgabe bei t = 1 und t = 3 ist nicht gleich, obwohl x gleich ist, weil das LSTM bei t = 3 den "
            "Zellzustand und h aus den vorherigen Schritten benutzt.")
    doc.add_paragraph(same)
    doc.save(st.p("Schwarz_Blatt9.docx"))
    st.answers(**ans)
    st.text["17same"] = same


def s34():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Image
    from reportlab.lib.styles import getSampleStyleSheet
    st = Student("Alina Popescu", PIDS[33], "values-only-in-plot",
                 notes="reportlab PDF. The forward-pass values appear ONLY as annotations inside the embedded plot "
                       "image (3 decimals, correct values: g 0.577/0.543/0.548, f 0.544/0.551/0.573, "
                       "q 0.618/0.617/0.645, cand 0.732/0.737/0.740, s 0.423/0.633/0.768, h 0.261/0.391/0.495, "
                       "out 0.576/0.722/0.814). No numbers in the text layer except parameters; values list empty.")
    rows = forward()
    png = plot_values(rows, st.s("annot.png"), annotate=True, figsize=(8, 5.5), dpi=110,
                      title="LSTM forward pass (all values)")
    ss = getSampleStyleSheet()
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    same = ("No. Both have x = 0.7, but for t = 3 the state from the two previous steps is used, so the output is "
            "higher (see the plot).")
    story = [Paragraph("Exercise Sheet 9 – Alina Popescu", ss["Title"]), Paragraph("Question 16", ss["Heading2"])]
    for k, v in ans.items():
        story.append(Paragraph(f"{k[-1]}) {v}", ss["Normal"]))
    story += [Spacer(1, 10), Paragraph("Question 17", ss["Heading2"]),
              Paragraph("I computed the forward pass in Python (gates with sigmoid, cell input with sigmoid, "
                        "h = ReLU(s)·q). The values of every step are written in the plot:", ss["Normal"]),
              Image(str(png), width=440, height=302), Spacer(1, 6), Paragraph(same, ss["Normal"])]
    SimpleDocTemplate(str(st.p("Popescu_Sheet9.pdf")), pagesize=A4).build(story)
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s35():
    st = Student("Florian Vogel", PIDS[34], "correct (percent, 2 decimals of percent)",
                 notes="CSV exported by LibreOffice from his xlsx with percent-formatted cells: values appear as "
                       "'57.69%'. 'value' is the fraction (0.5769). Columns = quantities, rows = steps.")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["t", "x", "input gate", "forget gate", "output gate", "cell input", "cell state", "h", "output"])
    for t, r in enumerate(rows, 1):
        ws.append([t, X[t - 1]] + [r[k] for k in QUANT])
        for j in range(3, 10):
            ws.cell(t + 1, j).number_format = "0.00%"
    src = st.s("vogel_lstm.xlsx")
    wb.save(src)
    out = soffice(src, "csv:Text - txt - csv (StarCalc)", st.dir, filter_opts="44,34,76,1")
    lines = out.read_text().splitlines()
    for t in range(1, 4):
        parts = lines[t].split(",")
        for k, w in zip(QUANT, parts[2:]):
            assert w.endswith("%"), w
            st.val(k, t, w, out.name, f"line {t + 1}")


def s36():
    st = Student("Clara Hartmann", PIDS[35], "correct-rounded-4 (decimal comma)",
                 notes="odt made with pandoc from Markdown; German bullet lists per quantity "
                       "('* Zellzustand s bei t=2: 0,6328').")
    rows = forward()
    d = TextDoc()
    d.extend(["# Übungsblatt 9 – Clara Hartmann", "", "Matrikelnummer: 296650  ", "Datum: 26.06.2018", "",
              "## Aufgabe 16", ""])
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 2),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
        d.add("")
    d.extend(["## Aufgabe 17", ""])
    labels = [("input_gate", "Eingangsgate g"), ("forget_gate", "Vergessensgate f"), ("output_gate", "Ausgangsgate q"),
              ("candidate", "Kandidat s̃"), ("cell_state", "Zellzustand s"), ("hidden", "Hidden State h"),
              ("output", "Ausgabe")]
    vals = []
    for k, lab in labels:
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4, comma=True)
            d.add(f"* {lab} bei t={t}: {w}")
            vals.append((k, t, w, f"{lab} bei t={t}"))
        d.add("")
    same = "Nein, da h(2) und s(2) bei t = 3 mit eingehen (bei t = 1 noch 0), ist die Ausgabe größer."
    d.extend([same, ""])
    md = st.s("hartmann.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-o", str(st.p("Hartmann_Blatt9.odt"))])
    paras = office_paras(st.p("Hartmann_Blatt9.odt"), st.scratch)
    for k, t, w, ctx in vals:
        st.val(k, t, w, "Hartmann_Blatt9.odt", f"paragraph {docx_find(paras, w, ctx)}")
    st.answers(**ans)
    st.text["17same"] = same


def s37():
    st = Student("Jan Krause", PIDS[36], "correct-rounded-4 (numpy array printout)",
                 notes="txt = copied console output of his script: one numpy array per quantity over t = 1..3 "
                       "(np.round(...,4), so trailing zeros dropped: h = 0.261).")
    import numpy as np
    rows = forward()
    d = TextDoc()
    d.extend(["Jan Krause - Uebung 9 - Aufgabe 17", "", "$ python3 lstm.py"])
    names = ["g", "f", "q", "s_tilde", "s", "h", "out"]
    for k, nm in zip(QUANT, names):
        arr = np.round(np.array([r[k] for r in rows]), 4)
        line = f"{nm} = {arr}"
        ws = line.split("[")[1].rstrip("]").split()
        d.add(line, [(k, t + 1, ws[t]) for t in range(3)])
    d.extend(["", "(reihenfolge ist t=1, t=2, t=3)", "",
              "t=1 und t=3 gleich? nein, weil das lstm die vorherigen schritte im zellzustand speichert"])
    d.write(st, "krause_a17.txt")
    st.text["17same"] = "nein, weil das lstm die vorherigen schritte im zellzustand speichert"


def s38():
    st = Student("Mia Frank", PIDS[37], "misconception:no-c",
                 notes="Notebook, letters a = candidate, o = OUTPUT. Output computed as sigmoid(V*h) (c forgotten). "
                       "Values in a dict printed as the cell's execute_result, plus np.array of o in another cell.")
    code1 = ("import numpy as np\n\ndef sigmoid(x):\n    return 1/(1+np.exp(-x))\n\n"
             "X = [0.7, 0.5, 0.7]\nV, c = 5, -1")
    code2 = ("res = {'g': [], 'f': [], 'q': [], 'a': [], 's': [], 'h': [], 'o': []}\nh_prev, s_prev = 0, 0\n"
             "for x in X:\n    g = sigmoid(0.1 + 0.3*x - 0.3*h_prev)\n    f = sigmoid(0.25*x + 0.3*h_prev)\n"
             "    q = sigmoid(0.2 + 0.4*x + 0.3*h_prev)\n    a = sigmoid(1 + 0.01*x + 0.1*h_prev)\n"
             "    s = f*s_prev + g*a\n    h = max(s, 0)*q\n    o = sigmoid(V*h)\n"
             "    for k, v in zip('gfqasho', [g, f, q, a, s, h, o]):\n        res[k].append(round(float(v), 4))\n"
             "    h_prev, s_prev = h, s\nres")
    code3 = "np.array(res['o'])"
    cells = [("md", "### Mia Frank – Sheet 9, Q17"), ("code", code1), ("code", code2), ("code", code3),
             ("md", "o(1) and o(3) are **not** the same, because s and h from the previous steps are used at t=3.")]
    nb = make_notebook(cells, st.p("frank_q17.ipynb"))
    txt = nb.cells[2].outputs[0]["data"]["text/plain"]
    import ast
    dct = ast.literal_eval(txt)
    for k, key in zip(QUANT, "gfqasho"):
        for t in range(1, 4):
            w = repr(dct[key][t - 1])
            st.val(k, t, w, "frank_q17.ipynb", "cell 3 output (dict)")
    arr = nb.cells[3].outputs[0]["data"]["text/plain"]
    for t, w in enumerate(arr.split("[")[1].split("]")[0].split(","), 1):
        st.val("output", t, w.strip(), "frank_q17.ipynb", "cell 4 output (array)")
    st.text["17same"] = "o(1) and o(3) are not the same, because s and h from the previous steps are used at t=3."


def s39():
    st = Student("Elias Berger", PIDS[38], "correct-rounded-3 (≈, Unicode subscripts)",
                 notes="docx made with pandoc. One line per quantity with Unicode subscript steps: "
                       "'h₁ ≈ 0.261, h₂ ≈ 0.391, h₃ ≈ 0.495'. s̃ for the candidate, ŷ for the output.")
    rows = forward()
    sub = "₁₂₃"
    d = TextDoc()
    d.extend(["Elias Berger – Exercise 9", "", "**16**", ""])
    ans = {"16a": pick("en", "16a", 4), "16b": pick("en", "16b", 4), "16c": pick("en", "16c", 1),
           "16d": pick("en", "16d", 3)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
        d.add("")
    d.add("e) –")
    d.extend(["", "**17**", ""])
    names = ["g", "f", "q", "s̃", "s", "h", "ŷ"]
    vals = []
    for k, nm in zip(QUANT, names):
        ws = [fmt(rows[t][k], 3) for t in range(3)]
        d.add(", ".join(f"{nm}{sub[t]} ≈ {ws[t]}" for t in range(3)))
        d.add("")
        vals += [(k, t + 1, ws[t], f"{nm}{sub[t]} ≈") for t in range(3)]
    same = "ŷ₁ ≠ ŷ₃ — the memory (s₂, h₂) makes the difference."
    d.extend([same, ""])
    md = st.s("berger.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-o", str(st.p("Berger_Ex9.docx"))])
    paras = docx_paragraphs(st.p("Berger_Ex9.docx"))
    for k, t, w, ctx in vals:
        st.val(k, t, w, "Berger_Ex9.docx", f"paragraph {docx_find(paras, w, ctx)}")
    st.answers(**ans)
    st.text["16e"] = None
    st.text["17same"] = same


def s40():
    from openpyxl.chart import BarChart, Reference
    st = Student("Amelie Roth", PIDS[39], "correct-full-precision (displayed 4 decimals)",
                 notes="xls saved by LibreOffice (from an xlsx). Quantities as rows, columns 'Zeitschritt 1..3'; "
                       "stored full precision, format 0.0000; parameter block below; bar chart.")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LSTM"
    ws["A1"] = "Amelie Roth, Blatt 9, A17"
    ws.append([])
    ws.append(["", "Zeitschritt 1", "Zeitschritt 2", "Zeitschritt 3"])
    ws.append(["x"] + X)
    labels = ["g (Input-Gate)", "f (Forget-Gate)", "q (Output-Gate)", "Zelleingabe", "s (Zellzustand)", "h", "Output"]
    for i, (k, lab) in enumerate(zip(QUANT, labels)):
        ws.append([lab] + [rows[t][k] for t in range(3)])
        for t in range(3):
            c = ws.cell(5 + i, 2 + t)
            c.number_format = "0.0000"
            st.val(k, t + 1, fmt(rows[t][k], 4), "Roth_Blatt9.xls", f"LSTM!{c.coordinate}", value=rows[t][k])
    ws.append([])
    ws.append(["Parameter", "U", "W", "b"])
    for r in [("g", 0.3, -0.3, 0.1), ("f", 0.25, 0.3, 0), ("q", 0.4, 0.3, 0.2), ("Zelle", 0.01, 0.1, 1)]:
        ws.append(list(r))
    ws.append(["V", 5, "c", -1])
    ch = BarChart()
    ch.title = "Werte pro Zeitschritt"
    ch.add_data(Reference(ws, min_col=1, max_col=4, min_row=5, max_row=11), from_rows=True, titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=2, max_col=4, min_row=3))
    ws.add_chart(ch, "F3")
    src = st.s("Roth_Blatt9.xlsx")
    wb.save(src)
    soffice(src, "xls", st.dir)
    st.plot = True
