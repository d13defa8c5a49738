from common import *
import openpyxl
from openpyxl.styles import Font


def s53():
    import docx
    st = Student("Małgorzata Nowak", PIDS[52], "incomplete: only cell state, hidden and output",
                 notes="docx (python-docx). Gates and candidate not reported, only s, h and output per step "
                       "(bullets), 4 decimals. Q16 a-c only.")
    rows = forward()
    doc = docx.Document()
    doc.add_paragraph("Małgorzata Nowak – Exercise sheet 9")
    doc.add_paragraph("Question 16")
    ans = {"16a": pick("en", "16a", 1), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_paragraph("Question 17")
    doc.add_paragraph("I only wrote down the states and the outputs (the gates are in my notes):")
    vals = []
    for t in range(1, 4):
        r = rows[t - 1]
        ws, wh, wo = fmt(r["cell_state"], 4), fmt(r["hidden"], 4), fmt(r["output"], 4)
        doc.add_paragraph(f"t = {t}: s = {ws}, h = {wh}, output = {wo}", style="List Bullet")
        vals += [(k, t, w) for k, w in [("cell_state", ws), ("hidden", wh), ("output", wo)]]
    doc.save(st.p("Nowak_sheet9.docx"))
    paras = docx_paragraphs(st.p("Nowak_sheet9.docx"))
    for k, t, w in vals:
        st.val(k, t, w, "Nowak_sheet9.docx", f"paragraph {docx_find(paras, w, f't = {t}:')}")
    st.answers(**ans)


def s54():
    st = Student("Greta Schulze", PIDS[53], "text-only (refers to a notebook that was not uploaded)",
                 notes="Markdown with Q16 answers and 17same; Q17 values 'see notebook' but no notebook in the hand-in.")
    d = TextDoc()
    ans = {"16a": pick("en", "16a", 2), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 1)}
    d.extend(["# Sheet 9 (Greta Schulze)", "", "## Q16", ""])
    for k, v in ans.items():
        d.add(f"- **{k}**: {v}")
    same = "No, because the LSTM has a memory (the cell state), so the same input gives a different output later."
    d.extend(["", "## Q17", "", "The forward pass is in `lstm_sheet9.ipynb` (computed with numpy, plot at the end).", "",
              "*Is the output from t = 1 the same as t = 3?* " + same, ""])
    d.write(st, "README.md", register=False)
    st.answers(**ans)
    st.text["17same"] = same


def s55():
    st = Student("Henrik Sørensen", PIDS[54], "misconception:no-forget",
                 notes="PDF from pandoc (pdflatex) with a pipe table, steps as rows, English column words. "
                       "Cell state computed as s = g·candidate (forget term missing).")
    rows = forward("no-forget")
    d = TextDoc()
    d.extend(["---", "title: Exercise 9", "author: Henrik Sorensen", "---", "", "## Question 16", ""])
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 1), "16c": pick("en", "16c", 1),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
        d.add("")
    d.extend(["## Question 17", "", "$s_t = g_t \\cdot \\tilde s_t$, $h_t = \\mathrm{ReLU}(s_t) q_t$, "
              "$\\text{out}_t = \\sigma(5 h_t - 1)$", "",
              "| step | input gate | forget gate | output gate | candidate | state | hidden | output |",
              "|---|---|---|---|---|---|---|---|"])
    vals = []
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        d.add(f"| {t} | " + " | ".join(ws) + " |")
        vals += [(k, t, w) for k, w in zip(QUANT, ws)]
    same = "No, because h(t-1) changes the gates, the output at step 3 is slightly higher."
    d.extend(["", same, ""])
    md = st.s("sorensen.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-o", str(st.p("sorensen_ex9.pdf")), "--pdf-engine=pdflatex"])
    pages = pdf_pages(st.p("sorensen_ex9.pdf"))
    for k, t, w in vals:
        st.val(k, t, w, "sorensen_ex9.pdf", f"page {pdf_find(pages, w)}")
    st.answers(**ans)
    st.text["17same"] = same


def s56():
    st = Student("Valentina Rossi", PIDS[55], "values-only-in-plot",
                 notes="Notebook: the code computes the forward pass but never prints it; the only output is a "
                       "matplotlib figure (image/png) with the values annotated (2 decimals, correct). No values in "
                       "text -> values list empty.")
    code1 = ("import numpy as np\nimport matplotlib.pyplot as plt\nsigma = lambda z: 1/(1+np.exp(-z))\n"
             "x = np.array([0.7, 0.5, 0.7])")
    code2 = ("h, s = 0.0, 0.0\nH, S, O = [], [], []\nfor xt in x:\n    g = sigma(0.1 + 0.3*xt - 0.3*h)\n"
             "    f = sigma(0.25*xt + 0.3*h)\n    q = sigma(0.2 + 0.4*xt + 0.3*h)\n    cand = sigma(1 + 0.01*xt + 0.1*h)\n"
             "    s = f*s + g*cand\n    h = max(s, 0)*q\n    H.append(h); S.append(s); O.append(sigma(5*h - 1))")
    code3 = ("t = [1, 2, 3]\nfor vals, lab in [(S, 's'), (H, 'h'), (O, 'output')]:\n    plt.plot(t, vals, 'o-', label=lab)\n"
             "    for ti, v in zip(t, vals):\n        plt.annotate(f'{v:.2f}', (ti, v), xytext=(3, 5), textcoords='offset points')\n"
             "plt.legend(); plt.xticks(t); plt.title('LSTM forward pass')\nplt.show()")
    same = "Non è uguale / not the same: the state from the steps before is different."
    cells = [("md", "# Esercizio 9 — Valentina Rossi"), ("code", code1), ("code", code2), ("code", code3),
             ("md", "Output at t=1 vs t=3: " + same)]
    make_notebook(cells, st.p("rossi_ex9.ipynb"))
    st.text["17same"] = same
    st.plot = True


def s57():
    st = Student("Finn Schröder", PIDS[56], "correct (formulas only, no cached values)",
                 notes="xlsx written with openpyxl containing only FORMULAS (no cached results, never opened in "
                       "Excel/Calc). A reader must evaluate the formulas (e.g. via LibreOffice). 'written' is the "
                       "formula, 'value' the formula's result.")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "lstm"
    ws["A1"] = "Finn Schröder – sheet 9"
    ws.append(["t", "x", "g", "f", "q", "s~", "s", "h", "out"])
    ws.append([0, None, None, None, None, None, 0, 0, None])
    for t in range(1, 4):
        r = 3 + t
        p = r - 1
        row = [t, X[t - 1],
               f"=1/(1+EXP(-(0.1+0.3*B{r}-0.3*H{p})))",
               f"=1/(1+EXP(-(0.25*B{r}+0.3*H{p})))",
               f"=1/(1+EXP(-(0.2+0.4*B{r}+0.3*H{p})))",
               f"=1/(1+EXP(-(1+0.01*B{r}+0.1*H{p})))",
               f"=D{r}*G{p}+C{r}*F{r}",
               f"=MAX(0,G{r})*E{r}",
               f"=1/(1+EXP(-(5*H{r}-1)))"]
        ws.append(row)
        for j, k in enumerate(QUANT):
            st.val(k, t, row[2 + j], "schroeder_sheet9.xlsx", f"lstm!{'CDEFGHI'[j]}{r}", value=rows[t - 1][k])
    wb.save(st.p("schroeder_sheet9.xlsx"))


def s58():
    import docx
    from docx.oxml import parse_xml
    st = Student("Zoë Martin", PIDS[57], "correct-rounded-4 (Word equations)",
                 notes="docx whose values are inside Word equation objects (OMML, m:oMath) like h^(2)=0.3907 - "
                       "python-docx paragraph.text does not see them; LibreOffice does. One paragraph per step.")
    rows = forward()
    M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    def omath(base, sup, val):
        return (f'<m:oMath xmlns:m="{M}"><m:sSup><m:e><m:r><m:t>{base}</m:t></m:r></m:e>'
                f'<m:sup><m:r><m:t>({sup})</m:t></m:r></m:sup></m:sSup><m:r><m:t>={val}</m:t></m:r></m:oMath>')
    doc = docx.Document()
    doc.add_paragraph("Zoë Martin – Exercise Sheet 9 – Q17 only")
    doc.add_paragraph("Forward pass (rounded to 4 decimals); s̃ is the cell input, y the output.")
    names = ["g", "f", "q", "s̃", "s", "h", "y"]
    for t in range(1, 4):
        p = doc.add_paragraph(f"Step {t}: ")
        for j, (k, nm) in enumerate(zip(QUANT, names)):
            w = fmt(rows[t - 1][k], 4)
            p._p.append(parse_xml(omath(nm, t, w)))
            if j < 6:
                p.add_run(",  ")
            st.val(k, t, w, "martin_q17.docx", f"paragraph {2 + t} (equation {j + 1})")
    same = "No, different, because of the memory (h and s of step 2)."
    doc.add_paragraph("t=1 vs. t=3: " + same)
    doc.save(st.p("martin_q17.docx"))
    st.text["17same"] = same


def s59():
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    st = Student("Anton Fuchs", PIDS[58], "scan (handwriting photo, no text layer)",
                 notes="Deliberate scan: a single-page image-only PDF (no text layer). Handwriting-like text with "
                       "Q17 values rounded to 3 decimals, correct: g .577/.543/.548, f .544/.551/.573, "
                       "q .618/.617/.645, s~ .732/.737/.740, s .423/.633/.768, h .261/.391/.495, "
                       "y .576/.722/.814 (in the image as 0,577 etc.). values list empty because the numbers exist "
                       "only in the image; 17same answer also only in the image.")
    rows = forward()
    W_, H_ = 1654, 2339
    img = Image.new("L", (W_, H_), 242)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 40)
    big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 54)
    rng = random.Random(7)
    y = 120
    def line(txt, f=font, dy=70):
        nonlocal y
        dr.text((140 + rng.randint(-8, 8), y + rng.randint(-4, 4)), txt, fill=rng.randint(20, 60), font=f)
        y += dy
    line("Anton Fuchs   Blatt 9   Aufg. 17", big, 110)
    names = ["g", "f", "q", "s~", "s", "h", "y"]
    line("        t=1      t=2      t=3", dy=80)
    for k, nm in zip(QUANT, names):
        line(f"{nm:<6}" + "   ".join(fmt(rows[t][k], 3, comma=True) for t in range(3)))
    y += 60
    line("y(1) ≠ y(3), weil s und h von vorher mitgenommen")
    line("werden (Gedächtnis)!")
    arr = np.array(img).astype(float)
    arr += np.random.default_rng(3).normal(0, 9, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).rotate(1.3, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img.save(st.p("Scan_Fuchs_Blatt9.pdf"), "PDF", resolution=200.0)
    st.text["17same"] = "y(1) ≠ y(3), weil s und h von vorher mitgenommen werden (Gedächtnis)! [only in the scan image]"


def s60():
    st = Student("Elif Arslan", PIDS[59], "rounded-2-carried (prose)",
                 notes="Plain text, English prose sentences, one paragraph per step; rounded to 2 decimals at every "
                       "step and continued with the rounded numbers.")
    rows = forward(rnd=2)
    w = rows_fmt(rows, 2)
    d = TextDoc()
    d.extend(["Elif Arslan", "Deep Learning - Exercise Sheet 9", "", "Question 16:"])
    ans = {"16a": pick("en", "16a", 3), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 2), "16e": pick("en", "16e", 1)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
    d.extend(["", "Question 17:", "(I rounded everything to two decimals.)", ""])
    ord_ = ["first", "second", "third"]
    for t in range(1, 4):
        W = w[t - 1]
        d.add(f"In the {ord_[t-1]} step (x = {X[t-1]}) the input gate is {W['input_gate']}, the forget gate "
              f"{W['forget_gate']} and the output gate {W['output_gate']}.",
              [("input_gate", t, W["input_gate"]), ("forget_gate", t, W["forget_gate"]), ("output_gate", t, W["output_gate"])])
        d.add(f"The cell input is {W['candidate']}, so the cell state becomes {W['cell_state']} and the hidden "
              f"state becomes {W['hidden']}.",
              [("candidate", t, W["candidate"]), ("cell_state", t, W["cell_state"]), ("hidden", t, W["hidden"])])
        d.add(f"This gives an output of {W['output']}.", [("output", t, W["output"])])
        d.add("")
    same = "No. The output grows because the cell state keeps information from the previous steps."
    d.extend([same, ""])
    d.write(st, "arslan_sheet9.txt")
    st.answers(**ans)
    st.text["17same"] = same


def s61():
    st = Student("Sebastian Lehmann", PIDS[60], "correct-rounded-4 (+ exercise sheet uploaded)",
                 notes="pdflatex tabular with a t=0 row (initial state) and t=1..3; he also uploaded the exercise "
                       "sheet itself (exercise-sheet-09.pdf, made with pandoc from the sheet's Markdown) - a "
                       "distractor with parameters only.")
    rows = forward()
    sheet_md = Path("/work/shared/exercise-sheet-09.md")
    shutil.copy(sheet_md, st.s("exercise-sheet-09.md"))
    pandoc(["exercise-sheet-09.md", "-o", "exercise-sheet-09.pdf", "--pdf-engine=pdflatex"], cwd=st.scratch)
    shutil.copy(st.s("exercise-sheet-09.pdf"), st.p("exercise-sheet-09.pdf"))
    L = [r"\documentclass[a4paper]{scrartcl}" if False else r"\documentclass[a4paper]{article}",
         r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
         r"\usepackage{amsmath}", r"\usepackage{booktabs}", r"\usepackage{graphicx}", r"\usepackage[margin=2.5cm]{geometry}",
         r"\begin{document}", r"\section*{Deep Learning -- Übungsblatt 9}", r"Sebastian Lehmann, Matrikelnummer 298123",
         r"\subsection*{Aufgabe 16}", r"\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi})}"]
    ans = {"16a": r"$y_5 = f(W h_4 + U x_5) = f(W f(W f(W f(W f(U x_1) + U x_2) + U x_3) + U x_4) + U x_5)$",
           "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0), "16d": pick("de", "16d", 0),
           "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        L.append(r"\item " + v.replace("< 1", "$<1$"))
    L += [r"\end{enumerate}", r"\subsection*{Aufgabe 17}",
          r"Vorwärtsdurchlauf (gerundet auf 4 Stellen); Zeile $t=0$ ist der Anfangszustand.\\[6pt]",
          r"\begin{tabular}{lccccccc}\toprule",
          r"$t$ & $g^{(t)}$ & $f^{(t)}$ & $q^{(t)}$ & $\tilde s^{(t)}$ & $s^{(t)}$ & $h^{(t)}$ & $\mathrm{output}_t$\\\midrule",
          r"0 & & & & & 0 & 0 & \\"]
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        L.append(f"{t} & " + " & ".join(ws) + r" \\")
        for k, w in zip(QUANT, ws):
            st.val(k, t, w, "Lehmann_Blatt9.pdf", "page 2")
    png = plot_values(rows, st.s("plot.png"), lang="de", figsize=(6, 3.5))
    L += [r"\bottomrule\end{tabular}", r"\\[1em]\includegraphics[width=0.8\textwidth]{plot.png}",
          r"\paragraph{Ist die Ausgabe bei $t=1$ gleich der bei $t=3$?} Nein. Die Eingabe ist gleich, aber bei $t=3$ "
          r"gehen $h^{(2)}$ und $s^{(2)}$ ein, die ungleich 0 sind.", r"\end{document}"]
    tex = st.s("Lehmann_Blatt9.tex")
    tex.write_text("\n".join(L), encoding="utf-8")
    shutil.copy(pdflatex(tex), st.p("Lehmann_Blatt9.pdf"))
    pages = pdf_pages(st.p("Lehmann_Blatt9.pdf"))
    # fix page numbers from the real layout
    for v in st.values:
        v["where"] = f"page {pdf_find(pages, v['written'], after='Anfangszustand')}"
    st.answers(**ans)
    st.text["16a"] = "y5 = f(W h4 + U x5) = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5)"
    st.text["17same"] = "Nein. Die Eingabe ist gleich, aber bei t=3 gehen h(2) und s(2) ein, die ungleich 0 sind."
    st.plot = True


def s62():
    import docx
    st = Student("Nora Seidel", PIDS[61], "correct-rounded-3",
                 notes="xls saved by LibreOffice (from xlsx), numbers rounded to 3 decimals, layout with a title row, "
                       "an 'x' row and quantities as rows, columns labelled 1 2 3. Q16 answers in a separate .doc "
                       "(LibreOffice from docx).")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "A17"
    ws.append(["LSTM Vorwärts – Nora Seidel"])
    ws.append(["Zeit", 1, 2, 3])
    ws.append(["x", 0.7, 0.5, 0.7])
    labs = ["g", "f", "q", "Zellinput", "s", "h", "y"]
    for i, (k, lab) in enumerate(zip(QUANT, labs)):
        vs = [rnd(rows[t][k], 3) for t in range(3)]
        ws.append([lab] + vs)
        for t in range(3):
            st.val(k, t + 1, fmt(vs[t], 3, strip=True), "Seidel_A17.xls", f"A17!{'BCD'[t]}{4 + i}", value=vs[t])
    src = st.s("Seidel_A17.xlsx")
    wb.save(src)
    soffice(src, "xls", st.dir)
    doc = docx.Document()
    doc.add_paragraph("Nora Seidel – Blatt 9 – Aufgabe 16 (Aufgabe 17 in der Excel-Datei)")
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    same = "Nein, bei t=3 ist y größer (0,814 statt 0,576), weil h und s aus Schritt 2 mitgenommen werden."
    doc.add_paragraph("Aufgabe 17: " + same)
    src2 = st.s("Seidel_A16.docx")
    doc.save(src2)
    soffice(src2, "doc", st.dir)
    st.val("output", 1, "0,576", "Seidel_A16.doc", "paragraph 7 (17same answer)")
    st.val("output", 3, "0,814", "Seidel_A16.doc", "paragraph 7 (17same answer)")
    st.answers(**ans)
    st.text["17same"] = same


def s63():
    import zipfile
    st = Student("Jakob Winter", PIDS[62], "correct-rounded-4 (zip with notebook + csv)",
                 notes="abgabe_winter.zip contains lstm.ipynb (DataFrame rounded to 4 decimals as output, plot) and "
                       "ergebnisse.csv (German ; csv exported from pandas with decimal=','). Both carry the same values; "
                       "both are listed.")
    import pandas as pd
    code1 = ("import numpy as np, pandas as pd\nimport matplotlib.pyplot as plt\n"
             "sig = lambda z: 1 / (1 + np.exp(-z))")
    code2 = ("x = [0.7, 0.5, 0.7]\nh = s = 0.0\nzeilen = []\nfor t, xt in enumerate(x, 1):\n"
             "    g = sig(0.1 + 0.3*xt - 0.3*h)\n    f = sig(0.25*xt + 0.3*h)\n    q = sig(0.2 + 0.4*xt + 0.3*h)\n"
             "    kand = sig(1 + 0.01*xt + 0.1*h)\n    s = f*s + g*kand\n    h = max(s, 0.0)*q\n"
             "    y = sig(5*h - 1)\n    zeilen.append([t, g, f, q, kand, s, h, y])\n"
             "df = pd.DataFrame(zeilen, columns=['t', 'g', 'f', 'q', 'kand', 's', 'h', 'y']).set_index('t').round(4)\n"
             "df.to_csv('ergebnisse.csv', sep=';', decimal=',')\ndf")
    code3 = "df[['s', 'h', 'y']].plot(marker='o')\nplt.xticks([1, 2, 3])\nplt.show()"
    wd = st.s("abgabe")
    wd.mkdir()
    cwd = os.getcwd()
    os.chdir(wd)
    try:
        nb = make_notebook([("md", "# Blatt 9 – Jakob Winter\nAufgabe 17"), ("code", code1), ("code", code2),
                            ("code", code3), ("md", "Die Ausgabe bei t=1 und t=3 ist verschieden, da das LSTM "
                                                    "sich über s und h an die vorherigen Eingaben erinnert.")],
                           wd / "lstm.ipynb")
    finally:
        os.chdir(cwd)
    out = nb.cells[2].outputs[0]["data"]["text/plain"].splitlines()
    for line in out[2:]:
        p = line.split()
        t = int(p[0])
        for k, w in zip(QUANT, p[1:]):
            st.val(k, t, w, "abgabe_winter.zip!lstm.ipynb", f"cell 3 output (DataFrame), row t={t}")
    lines = (wd / "ergebnisse.csv").read_text().splitlines()
    for n, line in enumerate(lines[1:], 2):
        p = line.split(";")
        t = int(p[0])
        for k, w in zip(QUANT, p[1:]):
            st.val(k, t, w, "abgabe_winter.zip!ergebnisse.csv", f"line {n}")
    with zipfile.ZipFile(st.p("abgabe_winter.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(wd / "lstm.ipynb", "lstm.ipynb")
        z.write(wd / "ergebnisse.csv", "ergebnisse.csv")
    st.text["17same"] = ("Die Ausgabe bei t=1 und t=3 ist verschieden, da das LSTM sich über s und h an die vorherigen "
                         "Eingaben erinnert.")
    st.plot = True


def s64():
    st = Student("Mara Albrecht", PIDS[63], "correct-rounded-4 (v2 final); v1 had slip s@1",
                 notes="DRAFT + FINAL: LSTM_v1.xlsx (older, slip in s(1) = 0,4252) and LSTM_v2_final.xlsx "
                       "(corrected). Only v2 counts; values listed from v2. Both openpyxl; numbers stored rounded to "
                       "4 decimals; steps as rows; text answers in a cell comment-like note.")
    def make(rows, fname, note):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Aufgabe17"
        ws.append(["Mara Albrecht", None, note])
        ws.append(["Schritt", "x", "g", "f", "q", "s~", "s", "h", "Ausgabe"])
        for t, r in enumerate(rows, 1):
            ws.append([t, X[t - 1]] + [rnd(r[k], 4) for k in QUANT])
        ws.append([])
        ws.append(["t=1 vs t=3: nicht gleich, weil s(2) und h(2) eingehen."])
        wb.save(st.p(fname))
        return ws
    make(forward(slip=(1, "cell_state", lambda v: 0.4252)), "LSTM_v1.xlsx", "Version 1")
    rows = forward()
    make(rows, "LSTM_v2_final.xlsx", "Version 2 (korrigiert) – bitte diese bewerten")
    for t, r in enumerate(rows, 1):
        for j, k in enumerate(QUANT):
            v = rnd(r[k], 4)
            st.val(k, t, fmt(v, 4), "LSTM_v2_final.xlsx", f"Aufgabe17!{'CDEFGHI'[j]}{2 + t}", value=v)
    st.text["17same"] = "nicht gleich, weil s(2) und h(2) eingehen."


def s65():
    st = Student("Kenji Watanabe", PIDS[64], "misconception:tanh-s",
                 notes=".tsv (tab-separated), transposed: quantities as rows, columns step1..step3, 3 decimals. "
                       "h = q·tanh(s). Row labels in English words.")
    rows = forward("tanh-s")
    d = TextDoc()
    d.add("quantity\tstep1\tstep2\tstep3")
    labels = ["input gate", "forget gate", "output gate", "cell candidate", "cell state", "hidden state", "output"]
    for k, lab in zip(QUANT, labels):
        ws = [fmt(rows[t][k], 3) for t in range(3)]
        d.add("\t".join([lab] + ws), [(k, t + 1, ws[t]) for t in range(3)])
    d.write(st, "watanabe_q17.tsv")


def s66():
    st = Student("Leonie Braun", PIDS[65], "correct-full-precision (with pre-activation rows)",
                 notes="xlsx saved by LibreOffice. Rows alternate pre-activation ('net g') and activation ('g'): "
                       "the net rows are intermediates, NOT answers. Labels use 'h(t=1)' style column headers. "
                       "Numbers stored as computed (formulas with cached values), format 0.00000.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rechnung"
    ws["A1"] = "Leonie Braun · Blatt 9 · A17"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "", "(t=1)", "(t=2)", "(t=3)"
    ws["A4"] = "x"
    for t in range(3):
        ws.cell(4, 2 + t, X[t])
    ws["A5"] = "h(t-1)"
    ws["B5"] = 0
    ws["A6"] = "s(t-1)"
    ws["B6"] = 0
    spec = [("net g", "=0.1+0.3*{c}4-0.3*{c}5"), ("g", "=1/(1+EXP(-{c}7))"),
            ("net f", "=0+0.25*{c}4+0.3*{c}5"), ("f", "=1/(1+EXP(-{c}9))"),
            ("net q", "=0.2+0.4*{c}4+0.3*{c}5"), ("q", "=1/(1+EXP(-{c}11))"),
            ("net s~", "=1+0.01*{c}4+0.1*{c}5"), ("s~", "=1/(1+EXP(-{c}13))"),
            ("s", "={c}10*{c}6+{c}8*{c}14"), ("h", "=MAX({c}15,0)*{c}12"),
            ("net out", "=5*{c}16-1"), ("output", "=1/(1+EXP(-{c}17))")]
    for i, (lab, f) in enumerate(spec):
        r = 7 + i
        ws.cell(r, 1, lab)
        for t in range(3):
            c = "BCD"[t]
            ws.cell(r, 2 + t, f.format(c=c)).number_format = "0.00000"
    for t in (1, 2):
        c, p = "BCD"[t], "BCD"[t - 1]
        ws[f"{c}5"] = f"={p}16"
        ws[f"{c}6"] = f"={p}15"
    src = st.s("braun_blatt9.xlsx")
    wb.save(src)
    out = soffice(src, "xlsx", st.dir)
    wb2 = openpyxl.load_workbook(out, data_only=True)["Rechnung"]
    rowof = dict(input_gate=8, forget_gate=10, output_gate=12, candidate=14, cell_state=15, hidden=16, output=18)
    for k in QUANT:
        for t in range(3):
            c = wb2.cell(rowof[k], 2 + t)
            st.val(k, t + 1, fmt(c.value, 5), out.name, f"Rechnung!{c.coordinate}", value=c.value)


def s67():
    st = Student("Fabian Horn", PIDS[66], "wrong-file (only the exercise sheet uploaded)",
                 notes="He uploaded the exercise sheet itself (converted to docx) instead of his solution: only the "
                       "sheet's parameters/inputs, no answers at all.")
    shutil.copy(Path("/work/shared/exercise-sheet-09.md"), st.s("sheet.md"))
    pandoc(["sheet.md", "-o", "Uebungsblatt_09.docx"], cwd=st.scratch)
    shutil.copy(st.s("Uebungsblatt_09.docx"), st.p("Uebungsblatt_09.docx"))


def s68():
    st = Student("Pedro Alves", PIDS[67], "correct-rounded-4 (header-less rows, order in code)",
                 notes="lstm_out.txt holds three header-less rows of 7 numbers (space separated); the column order is "
                       "only given in lstm.py (ORDER = ['g', 'f', 'q', 'c', 's', 'h', 'y'], c = candidate, "
                       "y = output). No Q16.")
    src = '''# Pedro Alves - DL sheet 9 - Q17
import numpy as np

ORDER = ['g', 'f', 'q', 'c', 's', 'h', 'y']   # c = cell input (candidate), y = output

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

x = [0.7, 0.5, 0.7]
h = s = 0.0
for xt in x:
    g = sigmoid(0.1 + 0.3 * xt - 0.3 * h)
    f = sigmoid(0.0 + 0.25 * xt + 0.3 * h)
    q = sigmoid(0.2 + 0.4 * xt + 0.3 * h)
    c = sigmoid(1.0 + 0.01 * xt + 0.1 * h)
    s = f * s + g * c
    h = max(s, 0) * q
    y = sigmoid(5 * h - 1)
    print(' '.join('%.4f' % v for v in (g, f, q, c, s, h, y)))
'''
    st.p("lstm.py").write_text(src)
    out = run(["/usr/bin/python3", "lstm.py"], cwd=st.dir).stdout
    st.p("lstm_out.txt").write_text(out)
    for n, line in enumerate(out.splitlines(), 1):
        for k, w in zip(QUANT, line.split()):
            st.val(k, n, w, "lstm_out.txt", f"line {n}")


def s69():
    st = Student("Tarek Mansour", PIDS[68], "correct-rounded-4 (Octave printout, h[2] style)",
                 notes="MATLAB/Octave user: lstm_sheet9.m plus the console output (octave_output.txt) with lines "
                       "'g[1] = 0.5769' (brackets as step markers) and, at the end, Octave's display of the vectors "
                       "h and y (format short) - those repeat h and output and are listed too. No Q16.")
    rows = forward()
    m = """% Deep Learning sheet 9 - Q17 - Tarek Mansour
x = [0.7 0.5 0.7];
sig = @(z) 1 ./ (1 + exp(-z));
h = zeros(1,3); s = zeros(1,3); y = zeros(1,3);
hp = 0; sp = 0;
for t = 1:3
  g = sig(0.1 + 0.3*x(t) - 0.3*hp);
  f = sig(0 + 0.25*x(t) + 0.3*hp);
  q = sig(0.2 + 0.4*x(t) + 0.3*hp);
  c = sig(1 + 0.01*x(t) + 0.1*hp);   % cell input
  s(t) = f*sp + g*c;
  h(t) = max(s(t), 0) * q;
  y(t) = sig(5*h(t) - 1);
  fprintf('g[%d] = %.4f\\nf[%d] = %.4f\\nq[%d] = %.4f\\nc[%d] = %.4f\\ns[%d] = %.4f\\nh[%d] = %.4f\\ny[%d] = %.4f\\n\\n', ...
          t, g, t, f, t, q, t, c, t, s(t), t, h(t), t, y(t));
  hp = h(t); sp = s(t);
end
h
y
plot(1:3, h, 'o-', 1:3, y, 's-'); legend('h', 'y'); xlabel('t');
print -dpng lstm_plot.png
"""
    st.p("lstm_sheet9.m").write_text(m)
    d = TextDoc()
    d.extend([">> lstm_sheet9"])
    nm = ["g", "f", "q", "c", "s", "h", "y"]
    for t in range(1, 4):
        for k, n in zip(QUANT, nm):
            w = f"{rows[t-1][k]:.4f}"
            d.add(f"{n}[{t}] = {w}", [(k, t, w)])
        d.add("")
    for k, n in [("hidden", "h"), ("output", "y")]:
        ws = [f"{rows[t][k]:.4f}" for t in range(3)]
        d.extend([f"{n} =", ""])
        d.add("   " + "   ".join(ws), [(k, t + 1, ws[t]) for t in range(3)])
        d.add("")
    d.add(">> ")
    d.write(st, "octave_output.txt")
    plot_values(rows, st.p("lstm_plot.png"), keys=["hidden", "output"],
                labels=dict(hidden="h", output="y"), figsize=(5.6, 4.2))
    st.plot = True


def s70():
    st = Student("Sven Köhler", PIDS[69], "correct-truncated-4 (one sheet per time step)",
                 notes="xlsx saved by LibreOffice; one worksheet per time step ('t=1', 't=2', 't=3'), key-value "
                       "rows. Values TRUNCATED (not rounded) to 4 decimals, e.g. g(1) = 0.5768, s(2) = 0.6327. "
                       "Each sheet restates x, h(t-1) and s(t-1) above the results - for t=2,3 these repeat the "
                       "previous step's h and s and are NOT listed as answers.")
    rows = forward()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    labels = ["g (input gate)", "f (forget gate)", "q (output gate)", "s~ (cell input)", "s (cell state)",
              "h (hidden)", "y (output)"]
    for t in range(1, 4):
        ws = wb.create_sheet(f"t={t}")
        ws["A1"] = f"Zeitschritt {t} – Sven Köhler"
        ws["A3"], ws["B3"] = "x", X[t - 1]
        ws["A4"], ws["B4"] = "h(t-1)", 0 if t == 1 else trunc(rows[t - 2]["hidden"], 4)
        ws["A5"], ws["B5"] = "s(t-1)", 0 if t == 1 else trunc(rows[t - 2]["cell_state"], 4)
        for i, (k, lab) in enumerate(zip(QUANT, labels)):
            v = trunc(rows[t - 1][k], 4)
            ws.cell(7 + i, 1, lab)
            c = ws.cell(7 + i, 2, v)
            c.number_format = "0.0000"
            st.val(k, t, fmt(v, 4), "koehler_lstm.xlsx", f"'t={t}'!{c.coordinate}", value=v)
    src = st.s("koehler_lstm.xlsx")
    wb.save(src)
    soffice(src, "xlsx", st.dir)
