from common import *
import openpyxl
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font


def s01():
    st = Student("Anna Schneider", PIDS[0], "correct-full-precision (displayed 4 decimals)",
                 notes="xlsx made with openpyxl; cells hold full-precision numbers with number format 0.0000, "
                       "so the sheet shows 4 decimals. 'written' is the displayed text, 'value' the stored number. "
                       "Line chart of h and output in the sheet. Q16 answers on sheet 'Q16'.")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q17"
    ws["A1"] = "Deep Learning – Exercise Sheet 9"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Name: Anna Schneider, Matr.-Nr. 312457"
    ws["A4"] = "Parameters"
    ws["A4"].font = Font(bold=True)
    for j, h in enumerate(["", "U", "W", "b"]):
        ws.cell(5, 1 + j, h)
    prm = [("g", 0.3, -0.3, 0.1), ("f", 0.25, 0.3, 0), ("q", 0.4, 0.3, 0.2), ("cell input", 0.01, 0.1, 1)]
    for i, r in enumerate(prm):
        for j, v in enumerate(r):
            ws.cell(6 + i, 1 + j, v)
    ws["A10"], ws["B10"], ws["C10"], ws["D10"] = "V", 5, "c", -1
    ws["A12"] = "Forward pass"
    ws["A12"].font = Font(bold=True)
    for j, h in enumerate(["", "t=1", "t=2", "t=3"]):
        ws.cell(13, 1 + j, h)
    ws.cell(14, 1, "x")
    for j, x in enumerate(X):
        ws.cell(14, 2 + j, x)
    labels = ["input gate g", "forget gate f", "output gate q", "cell input s~", "cell state s", "hidden h", "output"]
    for i, (k, lab) in enumerate(zip(QUANT, labels)):
        ws.cell(15 + i, 1, lab)
        for t in range(3):
            c = ws.cell(15 + i, 2 + t, rows[t][k])
            c.number_format = "0.0000"
            st.val(k, t + 1, fmt(rows[t][k], 4), "Lstm_Schneider.xlsx", f"Q17!{c.coordinate}", value=rows[t][k])
    ws.column_dimensions["A"].width = 16
    ch = LineChart()
    ch.title = "LSTM forward pass"
    ch.x_axis.title = "t"
    ch.y_axis.title = "value"
    data = Reference(ws, min_col=1, max_col=4, min_row=20, max_row=21)
    ch.add_data(data, from_rows=True, titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=2, max_col=4, min_row=13))
    ws.add_chart(ch, "F12")
    ws2 = wb.create_sheet("Q16")
    a = {k: pick("en", k, 0) for k in ["16a", "16b", "16c", "16d", "16e"]}
    a["16a"] = "h5 = f(W·h4 + U·x5) = f(W·f(W·f(W·f(W·f(U·x1) + U·x2) + U·x3) + U·x4) + U·x5), output = V·h5"
    for i, k in enumerate(["16a", "16b", "16c", "16d", "16e"]):
        ws2.cell(1 + i, 1, k[-1] + ")")
        ws2.cell(1 + i, 2, a[k])
    same = ("No. The input is the same (0.7) but at t=3 the LSTM also gets h(2) and s(2) from the previous steps, "
            "at t=1 these were 0. So the output is higher at t=3.")
    ws["A23"] = "Is output(1) = output(3)?"
    ws["B23"] = same
    st.answers(**a)
    st.text["17same"] = same
    st.plot = True
    wb.save(st.p("Lstm_Schneider.xlsx"))


def s02():
    st = Student("Lukas Meyer", PIDS[1], "correct-rounded-4",
                 notes="Header-less CSV rows; the column order is stated in README.txt. plot.png is the plot.")
    rows = forward()
    d = TextDoc()
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        d.add(",".join([str(t)] + ws), [(k, t, w) for k, w in zip(QUANT, ws)])
    d.write(st, "lstm_results.csv")
    rd = TextDoc()
    rd.extend(["Lukas Meyer - Deep Learning Sheet 9", "",
               "lstm_results.csv: one row per time step t = 1..3.",
               "Columns: t, input gate g, forget gate f, output gate q, candidate (s~), cell state s, hidden h, output",
               "All values rounded to 4 decimals, computed with a small python script.",
               "plot.png: all values over t.", "",
               "Q17: Is output(1) the same as output(3)? -> No, because the LSTM keeps the state s and h from before; "
               "for t=1 they are 0, for t=3 they are not, even though x is 0.7 both times."])
    rd.write(st, "README.txt", register=False)
    st.text["17same"] = ("No, because the LSTM keeps the state s and h from before; for t=1 they are 0, for t=3 they are not, "
                         "even though x is 0.7 both times.")
    ad = TextDoc()
    ans = {"16a": pick("en", "16a", 1), "16b": pick("en", "16b", 1), "16c": pick("en", "16c", 1),
           "16d": pick("en", "16d", 1), "16e": pick("en", "16e", 3)}
    for k, v in ans.items():
        ad.add(f"{k}) {v}")
        ad.add("")
    ad.write(st, "answers.txt", register=False)
    st.answers(**ans)
    plot_values(rows, st.p("plot.png"), title="LSTM forward pass")
    st.plot = True


def s03():
    st = Student("Jonas Wagner", PIDS[2], "correct-rounded-4 (decimal comma)",
                 notes="German Excel-style CSV (windows-1252, ; separator, decimal comma, CRLF), a title line, a t=0 row "
                       "for the initial state. "
                       "Text answers in Antworten.txt.")
    rows = forward()
    d = TextDoc()
    d.add("Übungsblatt 9 – Jonas Wagner;;;;;;;;")
    d.add("t;x;g;f;q;s_tilde;s;h;Ausgabe")
    d.add("0;;;;;;0;0;")
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4, comma=True) for k in QUANT]
        d.add(";".join([str(t), fmt(X[t - 1], 1, comma=True)] + ws), [(k, t, w) for k, w in zip(QUANT, ws)])
    d.write(st, "Blatt9_Aufgabe17.csv", encoding="cp1252", newline="\r\n")
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 1),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0),
           "17same": "Nein, weil der vorherige Zustand (h und s) mit eingeht, bei t=1 war er noch 0."}
    ad = TextDoc()
    ad.add("Jonas Wagner - Übungsblatt 9")
    ad.add("")
    ad.add("Aufgabe 16")
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        ad.add(f"{k[-1]}) {ans[k]}")
    ad.add("")
    ad.add("Aufgabe 17 (Werte siehe CSV)")
    ad.add("Ist die Ausgabe bei t=1 gleich wie bei t=3? " + ans["17same"])
    ad.add("Plot habe ich leider nicht mehr geschafft.")
    ad.write(st, "Antworten.txt", register=False, newline="\r\n")
    st.answers(**ans)


def s04():
    st = Student("Mehmet Kaya", PIDS[3], "correct-full-precision",
                 notes="Notebook; values printed by print(t, g, f, q, cand, s, h, y) in the code cell output "
                       "(full float repr). Plot as image/png output.")
    code_params = ("import numpy as np\nimport matplotlib.pyplot as plt\n\n"
                   "x = [0.7, 0.5, 0.7]\n"
                   "Ug, Wg, bg = 0.3, -0.3, 0.1\nUf, Wf, bf = 0.25, 0.3, 0.0\nUq, Wq, bq = 0.4, 0.3, 0.2\n"
                   "U, W, b = 0.01, 0.1, 1.0\nV, c = 5, -1\n\n"
                   "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))")
    code_loop = ("h, s = 0.0, 0.0\nhist = []\nprint('t g f q cand s h y')\n"
                 "for t in range(1, 4):\n    xt = x[t-1]\n"
                 "    g = sigmoid(bg + Ug*xt + Wg*h)\n    f = sigmoid(bf + Uf*xt + Wf*h)\n"
                 "    q = sigmoid(bq + Uq*xt + Wq*h)\n    cand = sigmoid(b + U*xt + W*h)\n"
                 "    s = f*s + g*cand\n    h = max(s, 0)*q\n    y = sigmoid(V*h + c)\n"
                 "    hist.append((g, f, q, cand, s, h, y))\n    print(t, g, f, q, cand, s, h, y)")
    code_plot = ("hist = np.array(hist)\nnames = ['g', 'f', 'q', 'cand', 's', 'h', 'y']\n"
                 "for i, n in enumerate(names):\n    plt.plot([1, 2, 3], hist[:, i], 'o-', label=n)\n"
                 "plt.xticks([1, 2, 3]); plt.xlabel('t'); plt.legend(); plt.title('LSTM forward pass')\nplt.show()")
    ans = {"16a": pick("en", "16a", 4), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 3), "16e": pick("en", "16e", 0)}
    md16 = "## Question 16\n\n" + "\n".join(f"**{k[-1]})** {v}\n" for k, v in ans.items())
    same = ("No. x is 0.7 at t=1 and at t=3, but the LSTM carries the cell state and hidden state from the steps before, "
            "at t=1 they are 0 and at t=3 they are not, so y is bigger at t=3.")
    cells = [("md", "# Deep Learning - Exercise Sheet 9\nMehmet Kaya"), ("md", md16),
             ("md", "## Question 17\nLSTM as in Goodfellow 10.10.1, cell input with sigmoid, h = ReLU(s)*q."),
             ("code", code_params), ("code", code_loop), ("code", code_plot),
             ("md", "**Is the output from t = 1 the same as t = 3?**\n\n" + same)]
    ns = {}
    nb = make_notebook(cells, st.p("sheet09_kaya.ipynb"), namespace=ns)
    out = nb.cells[4].outputs[0]["text"].splitlines()
    for line in out[1:]:
        parts = line.split()
        t = int(parts[0])
        for k, w in zip(QUANT, parts[1:]):
            st.val(k, t, w, "sheet09_kaya.ipynb", f"cell 5 output, line {t + 1}")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s05():
    st = Student("Sophie Becker", PIDS[4], "correct-rounded-4",
                 notes="pdflatex; one subsection per time step with worked calculations (pre-activations like "
                       "sigma(0.31) are intermediates, not answers). Q16 on page 1, each step on its own page "
                       "(pages 2-4), pgfplots figure of s, h, output and the 17same answer on page 5.")
    rows = forward()
    W = rows_fmt(rows, 4)
    h_prev = [0.0] + [r["hidden"] for r in rows]
    s_prev = [0.0] + [r["cell_state"] for r in rows]
    hp = ["0"] + [W[i]["hidden"] for i in range(3)]
    sp = ["0"] + [W[i]["cell_state"] for i in range(3)]
    ans = {"16a": r"$\hat{y} = f(W f(W f(W f(W f(U x_1) + U x_2) + U x_3) + U x_4) + U x_5)$ (with $h_0 = 0$).",
           "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 1), "16d": pick("en", "16d", 0),
           "16e": pick("en", "16e", 0)}
    def tx(s):
        return s.replace("||g||", r"$\|g\|$").replace("->", r"$\rightarrow$").replace("<", r"$<$")
    L = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}",
         r"\usepackage{lmodern}", r"\usepackage{amsmath,amssymb}", r"\usepackage{geometry}", r"\usepackage{booktabs}",
         r"\usepackage{pgfplots}", r"\pgfplotsset{compat=1.16}",
         r"\title{Deep Learning -- Exercise Sheet 9}", r"\author{Sophie Becker (Matr. 301845)}", r"\date{26.06.2018}",
         r"\begin{document}", r"\maketitle", r"\section*{Question 16}", r"\begin{enumerate}"]
    for k in ["16a", "16b", "16c", "16d", "16e"]:
        L.append(r"\item[" + k[-1] + ")] " + (ans[k] if k == "16a" else tx(ans[k])))
    L += [r"\end{enumerate}", r"\newpage", r"\section*{Question 17}",
          r"Parameters as on the sheet; the cell input uses the sigmoid (Goodfellow 10.10.1), $h^{(t)} = \mathrm{ReLU}(s^{(t)})\, q^{(t)}$."]
    for t in range(1, 4):
        x = X[t - 1]
        r, w = rows[t - 1], W[t - 1]
        zg = 0.1 + 0.3 * x - 0.3 * h_prev[t - 1]
        zf = 0.25 * x + 0.3 * h_prev[t - 1]
        zq = 0.2 + 0.4 * x + 0.3 * h_prev[t - 1]
        zc = 1 + 0.01 * x + 0.1 * h_prev[t - 1]
        zo = 5 * r["hidden"] - 1
        if t > 1:
            L.append(r"\newpage")
        L.append(r"\subsection*{Step $t=%d$, $x^{(%d)} = %s$}" % (t, t, x))
        L.append(r"\begin{align*}")
        L.append(r"g^{(%d)} &= \sigma(0.1 + 0.3\cdot %s - 0.3\cdot %s) = \sigma(%.4f) = %s\\" % (t, x, hp[t - 1], zg, w["input_gate"]))
        L.append(r"f^{(%d)} &= \sigma(0 + 0.25\cdot %s + 0.3\cdot %s) = \sigma(%.4f) = %s\\" % (t, x, hp[t - 1], zf, w["forget_gate"]))
        L.append(r"q^{(%d)} &= \sigma(0.2 + 0.4\cdot %s + 0.3\cdot %s) = \sigma(%.4f) = %s\\" % (t, x, hp[t - 1], zq, w["output_gate"]))
        L.append(r"\tilde{s}^{(%d)} &= \sigma(1 + 0.01\cdot %s + 0.1\cdot %s) = \sigma(%.4f) = %s\\" % (t, x, hp[t - 1], zc, w["candidate"]))
        L.append(r"s^{(%d)} &= f^{(%d)} s^{(%d)} + g^{(%d)} \tilde{s}^{(%d)} = %s\cdot %s + %s \cdot %s = %s\\" % (
            t, t, t - 1, t, t, w["forget_gate"], sp[t - 1], w["input_gate"], w["candidate"], w["cell_state"]))
        L.append(r"h^{(%d)} &= \mathrm{ReLU}(%s)\cdot %s = %s\\" % (t, w["cell_state"], w["output_gate"], w["hidden"]))
        L.append(r"\mathrm{output}_{%d} &= \sigma(5\cdot %s - 1) = \sigma(%.4f) = %s" % (t, w["hidden"], zo, w["output"]))
        L.append(r"\end{align*}")
        for k in QUANT:
            st.val(k, t, w[k], "Becker_Sheet09.pdf", f"page {t + 1}")
    L += [r"\newpage", r"\subsection*{Plot}",
          r"\begin{center}\begin{tikzpicture}\begin{axis}[xlabel={$t$}, ylabel={value}, xtick={1,2,3}, legend pos=outer north east, width=10cm]"]
    for k, lab in zip(["cell_state", "hidden", "output"], ["$s^{(t)}$", "$h^{(t)}$", "output"]):
        coords = " ".join(f"({t},{rows[t-1][k]:.4f})" for t in range(1, 4))
        L.append(r"\addplot coordinates {%s}; \addlegendentry{%s}" % (coords, lab))
    L += [r"\end{axis}\end{tikzpicture}\end{center}",
          r"\paragraph{Is the output from $t=1$ the same as $t=3$?} No. Although $x^{(1)} = x^{(3)} = 0.7$, at $t=3$ the "
          r"previous hidden state and cell state are not zero anymore ($h^{(2)} \neq 0$, $s^{(2)} \neq 0$), so all gates "
          r"and the cell state are different and the output increases.", r"\end{document}"]
    tex = st.s("Becker_Sheet09.tex")
    tex.write_text("\n".join(L), encoding="utf-8")
    pdf = pdflatex(tex)
    shutil.copy(pdf, st.p("Becker_Sheet09.pdf"))
    st.answers(**{k: v for k, v in ans.items()})
    st.text["16a"] = "ŷ = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5) (with h0 = 0)."
    st.text["17same"] = ("No. Although x(1) = x(3) = 0.7, at t=3 the previous hidden state and cell state are not zero "
                         "anymore (h(2) ≠ 0, s(2) ≠ 0), so all gates and the cell state are different and the output increases.")
    st.plot = True


def s06():
    st = Student("Chen Wei", PIDS[5], "misconception:tanh-candidate",
                 notes="Markdown, Olah notation (i = input gate, f, o = OUTPUT GATE, C~ = candidate, C = cell state, "
                       "h, y = output). Candidate computed with tanh (as in colah's blog) -> all values from "
                       "C~(1) on are off consistently. Plot in lstm_plot.png (embedded in md).")
    rows = forward("tanh-candidate")
    d = TextDoc()
    d.extend(["# Deep Learning – Exercise 9", "", "**Chen Wei**, matriculation no. 309921", "",
              "## Q16", ""])
    ans = {"16a": pick("en", "16a", 2), "16b": pick("en", "16b", 4), "16c": pick("en", "16c", 2),
           "16d": pick("en", "16d", 1), "16e": pick("en", "16e", 1)}
    for k, v in ans.items():
        d.add(f"{k[-1]}. {v}")
    d.extend(["", "## Q17 LSTM forward pass", "",
              "I use the notation from colah's blog (Understanding LSTM Networks):", "",
              "- i_t = σ(U^g x_t + W^g h_{t-1} + b^g)  (input gate)",
              "- f_t = σ(U^f x_t + W^f h_{t-1} + b^f)  (forget gate)",
              "- o_t = σ(U^q x_t + W^q h_{t-1} + b^q)  (output gate)",
              "- C̃_t = tanh(U x_t + W h_{t-1} + b)",
              "- C_t = f_t * C_{t-1} + i_t * C̃_t",
              "- h_t = o_t * ReLU(C_t)  (as given on the sheet)",
              "- y_t = σ(5 h_t − 1)", "",
              "| t | x_t | i_t | f_t | o_t | C̃_t | C_t | h_t | y_t |",
              "|---|-----|-----|-----|-----|-----|-----|-----|-----|"])
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        d.add(f"| {t} | {X[t-1]} | " + " | ".join(ws) + " |", [(k, t, w) for k, w in zip(QUANT, ws)])
    same = ("No. Even though x_1 = x_3 = 0.7, the output is not the same because C_2 and h_2 are fed into step 3 "
            "(the LSTM remembers the earlier inputs).")
    d.extend(["", "![plot](lstm_plot.png)", "", "**Is y_1 = y_3?**", "", same, ""])
    d.write(st, "solution.md")
    plot_values(rows, st.p("lstm_plot.png"), style="bars",
                labels=dict(input_gate="i", forget_gate="f", output_gate="o", candidate="C~", cell_state="C",
                            hidden="h", output="y"))
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s07():
    import docx
    from docx.shared import Pt, Cm
    st = Student("Laura Fischer", PIDS[6], "correct-rounded-4 (decimal comma)",
                 notes="docx (python-docx), German. Transposed table: one row per time step. Plot as inline picture.")
    rows = forward()
    doc = docx.Document()
    doc.add_heading("Übungsblatt 9 – Deep Learning", 0)
    doc.add_paragraph("Laura Fischer, Matrikelnummer 297410, Abgabe 27.06.2018")
    doc.add_heading("Aufgabe 16", 1)
    ans = {"16a": pick("de", "16a", 1), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Aufgabe 17", 1)
    doc.add_paragraph("Parameter wie auf dem Blatt (Ug = 0,3; Wg = −0,3; bg = 0,1; Uf = 0,25; Wf = 0,3; bf = 0; "
                      "Uq = 0,4; Wq = 0,3; bq = 0,2; U = 0,01; W = 0,1; b = 1; V = 5; c = −1). "
                      "Startwerte h(0) = s(0) = 0. Gerundet auf 4 Nachkommastellen.")
    hdr = ["t", "x(t)", "g(t)", "f(t)", "q(t)", "s̃(t)", "s(t)", "h(t)", "Ausgabe(t)"]
    tb = doc.add_table(rows=4, cols=len(hdr))
    tb.style = "Table Grid"
    for j, h in enumerate(hdr):
        tb.cell(0, j).text = h
    for t, r in enumerate(rows, 1):
        tb.cell(t, 0).text = str(t)
        tb.cell(t, 1).text = fmt(X[t - 1], 1, comma=True)
        for j, k in enumerate(QUANT):
            w = fmt(r[k], 4, comma=True)
            tb.cell(t, 2 + j).text = w
            st.val(k, t, w, "Fischer_Blatt09.docx", f"table 1, row {t + 1}, col {j + 3}")
    doc.add_paragraph("")
    png = plot_values(rows, st.s("plot.png"), lang="de", title="LSTM Vorwärtsdurchlauf")
    doc.add_picture(str(png), width=Cm(14))
    same = ("Nein. Obwohl x(1) = x(3) = 0,7 ist, gehen bei t = 3 der Zellzustand s(2) und h(2) ein, die bei t = 1 "
            "noch 0 waren. Das LSTM hat also ein Gedächtnis und die Ausgabe ist bei t = 3 größer.")
    doc.add_paragraph("Ist die Ausgabe bei t = 1 gleich der bei t = 3? " + same)
    doc.save(st.p("Fischer_Blatt09.docx"))
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s08():
    import xlwt
    st = Student("Maximilian Hoffmann", PIDS[7], "misconception:tanh-s (h = tanh(s)·q)",
                 notes="xls written with xlwt. Uses h = q·tanh(s) instead of ReLU(s): gates at t=1, candidate(1), "
                       "s(1) are right, h and output wrong from t=1 on and everything after carries. Values typed "
                       "with 5 decimals. No Q16 answers.")
    rows = forward("tanh-s")
    wb = xlwt.Workbook()
    ws = wb.add_sheet("LSTM")
    bold = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Maximilian Hoffmann – Blatt 9, Aufgabe 17", bold)
    hdr = ["Schritt", "x", "Input Gate", "Forget Gate", "Output Gate", "Cell Input", "Cell State", "Hidden State", "Output"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h, bold)
    for t, r in enumerate(rows, 1):
        ws.write(2 + t, 0, t)
        ws.write(2 + t, 1, X[t - 1])
        for j, k in enumerate(QUANT):
            v = rnd(r[k], 5)
            ws.write(2 + t, 2 + j, v)
            col = "ABCDEFGHI"[2 + j]
            st.val(k, t, fmt(v, 5, strip=True), "hoffmann_a17.xls", f"LSTM!{col}{3 + t}", value=v)
    ws.write(7, 0, "h = q * tanh(s)")
    same = "Nein, weil h(t-1) und s(t-1) bei t=3 anders sind als bei t=1."
    ws.write(8, 0, "t=1 vs t=3: " + same)
    wb.save(str(st.p("hoffmann_a17.xls")))
    st.text["17same"] = same


def s09():
    import base64
    st = Student("Priya Raghunathan", PIDS[8], "correct-rounded-4",
                 notes="Hand-written HTML page. Letters: a = candidate (cell input), o = OUTPUT (o = σ(5h−1)), "
                       "g/f/q gates as on the sheet. Plot embedded as base64 PNG.")
    rows = forward()
    png = plot_values(rows, st.s("p.png"), keys=["input_gate", "forget_gate", "output_gate", "candidate",
                                                  "cell_state", "hidden", "output"],
                      labels=dict(input_gate="g", forget_gate="f", output_gate="q", candidate="a",
                                  cell_state="s", hidden="h", output="o"))
    b64 = base64.b64encode(png.read_bytes()).decode()
    d = TextDoc()
    d.extend(["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
              "<title>Sheet 9 - Priya Raghunathan</title>",
              "<style>table{border-collapse:collapse} td,th{border:1px solid #888;padding:4px 8px}</style>",
              "</head>", "<body>", "<h1>Deep Learning &ndash; Exercise Sheet 9</h1>",
              "<p>Priya Raghunathan (Matr.-Nr. 310077)</p>", "<h2>Question 16</h2>", "<ol type=\"a\">"])
    ans = {"16a": pick("en", "16a", 1), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    import html as H
    for k, v in ans.items():
        d.add(f"<li>{H.escape(v)}</li>")
    d.extend(["</ol>", "<h2>Question 17</h2>",
              "<p>Notation: g, f, q are the gates, a<sup>(t)</sup> = &sigma;(b + U x<sup>(t)</sup> + W h<sup>(t-1)</sup>) "
              "is the cell input, s the state, h = ReLU(s)&middot;q and o<sup>(t)</sup> = &sigma;(V h<sup>(t)</sup> + c) "
              "the output.</p>",
              "<table>",
              "<tr><th>t</th><th>x</th><th>g</th><th>f</th><th>q</th><th>a</th><th>s</th><th>h</th><th>o</th></tr>"])
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        d.add(f"<tr><td>{t}</td><td>{X[t-1]}</td>" + "".join(f"<td>{w}</td>" for w in ws) + "</tr>",
              [(k, t, w) for k, w in zip(QUANT, ws)])
    same = ("No: o(1) = {} but o(3) = {}. The input is the same but the LSTM state (s and h) is not zero at t = 3, "
            "so the network 'remembers' the earlier inputs.").format(fmt(rows[0]["output"], 4), fmt(rows[2]["output"], 4))
    d.add("</table>")
    d.add(f'<p><img src="data:image/png;base64,{b64}" alt="plot of all values"></p>')
    d.add(f"<p><b>Same output at t = 1 and t = 3?</b> {same}</p>",
          [("output", 1, fmt(rows[0]["output"], 4)), ("output", 3, fmt(rows[2]["output"], 4))])
    d.extend(["</body>", "</html>"])
    d.write(st, "sheet9.html")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s10():
    st = Student("Tim Schulz", PIDS[9], "correct-full-precision (9 decimals)",
                 notes="txt with a tab-separated block pasted from a spreadsheet (quantities as rows, columns t=1..3).")
    rows = forward()
    d = TextDoc()
    d.extend(["Tim Schulz  Sheet 9", "", "Q16", ""])
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 3), "16c": pick("en", "16c", 4),
           "16d": pick("en", "16d", 1), "16e": pick("en", "16e", 2)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
    d.extend(["", "Q17", "LSTM forward pass (copied from my excel sheet):", "\tt=1\tt=2\tt=3"])
    labels = ["input gate g", "forget gate f", "output gate q", "cell input", "cell state s", "hidden state h", "output"]
    for k, lab in zip(QUANT, labels):
        ws = [f"{rows[t][k]:.9f}".rstrip("0") for t in range(3)]
        d.add(lab + "\t" + "\t".join(ws), [(k, t + 1, ws[t]) for t in range(3)])
    same = "No, because the previous hidden state is used in the gates."
    d.extend(["", "Output t=1 vs t=3: " + same, "", "(no plot, excel chart did not copy)"])
    d.write(st, "sheet9_tim_schulz.txt")
    st.answers(**ans)
    st.text["17same"] = same
