from common import *
import openpyxl
from openpyxl.styles import Font


def _okafor_pdf(st_dir, scratch):
    """Group hand-in of Samuel Okafor and Ibrahim Al-Sayed (same PDF in both folders)."""
    rows_ok = forward()
    h2 = rows_ok[1]["hidden"]
    h1 = rows_ok[0]["hidden"]
    # slip: in the candidate of step 3 he used h(1) instead of h(2)
    rows = forward(slip=(3, "candidate", lambda v: sig(1 + 0.01 * 0.7 + 0.1 * h1)))
    W = rows_fmt(rows, 4)
    hp = ["0", W[0]["hidden"], W[1]["hidden"]]
    sp = ["0", W[0]["cell_state"], W[1]["cell_state"]]
    L = [r"\documentclass[a4paper,11pt]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}",
         r"\usepackage{amsmath}", r"\usepackage[margin=2.2cm]{geometry}", r"\usepackage{fancyhdr}",
         r"\pagestyle{fancy}\fancyhf{}\rhead{Deep Learning SS18 -- Sheet 9}\lhead{Okafor \& Al-Sayed}\cfoot{\thepage}",
         r"\begin{document}",
         r"\begin{center}{\Large Exercise Sheet 9}\\[4pt] Group: Samuel Okafor (4412xxx), Ibrahim Al-Sayed\end{center}",
         r"\section*{Question 16}", r"\begin{description}"]
    ans = {"16a": r"$o^{(5)} = V f(U x_5 + W f(U x_4 + W f(U x_3 + W f(U x_2 + W f(U x_1)))))$",
           "16b": "GRU merges input and forget gate into one update gate and has no output gate, so it has fewer "
                  "parameters and is faster to compute.",
           "16c": "Gradient clipping means rescaling the gradient vector when its norm is larger than a threshold; "
                  "it prevents the exploding gradient problem in RNNs.",
           "16d": "The gradients of early time steps become exponentially small because of repeated multiplication "
                  "with the recurrent Jacobian, so the network cannot learn long-term dependencies.",
           "16e": "Gated, additive memory (cell state) through which gradients can flow almost unchanged, which "
                  "allows learning long dependencies."}
    for k, v in ans.items():
        L.append(r"\item[" + k[-1] + ")] " + v)
    L += [r"\end{description}", r"\section*{Question 17}",
          r"We write $a^{(t)} = \sigma(b + U x^{(t)} + W h^{(t-1)})$ for the cell input and $o^{(t)} = \sigma(V h^{(t)} + c)$ "
          r"for the output of the network (not to be confused with the output gate $q^{(t)}$)."]
    for t in range(1, 4):
        x = X[t - 1]
        w = W[t - 1]
        hprev = "h^{(1)}" if t == 3 else f"h^{{({t-1})}}"
        hval = hp[0] if t == 1 else (W[0]["hidden"] if t == 3 else hp[t - 1])
        L += [r"\subsection*{$t = %d$, $x^{(%d)} = %s$}" % (t, t, x), r"\begin{align*}",
              r"g^{(%d)} &= \sigma(0.1 + 0.3 \cdot %s - 0.3 \cdot %s) = %s &"
              r"f^{(%d)} &= \sigma(0.25 \cdot %s + 0.3 \cdot %s) = %s\\" % (t, x, hp[t - 1], w["input_gate"], t, x, hp[t - 1], w["forget_gate"]),
              r"q^{(%d)} &= \sigma(0.2 + 0.4 \cdot %s + 0.3 \cdot %s) = %s &"
              r"a^{(%d)} &= \sigma(1 + 0.01 \cdot %s + 0.1 \cdot %s) = %s\\" % (t, x, hp[t - 1], w["output_gate"], t, x, hval, w["candidate"]),
              r"s^{(%d)} &= %s \cdot %s + %s \cdot %s = %s &" % (t, w["forget_gate"], sp[t - 1], w["input_gate"], w["candidate"], w["cell_state"]),
              r"h^{(%d)} &= \max(0, %s) \cdot %s = %s\\" % (t, w["cell_state"], w["output_gate"], w["hidden"]),
              r"o^{(%d)} &= \sigma(5 \cdot %s - 1) = %s" % (t, w["hidden"], w["output"]),
              r"\end{align*}"]
    L += [r"\subsection*{Plot}", r"\begin{center}\setlength{\unitlength}{1cm}\begin{picture}(9,5)",
          r"\put(0,0){\vector(1,0){9}}\put(0,0){\vector(0,1){5}}\put(8.6,-0.4){$t$}"]
    for t in range(1, 4):
        L.append(r"\put(%.1f,-0.4){%d}" % (t * 2.5, t))
        for k, sym in [("hidden", r"\circle*{0.15}"), ("output", r"\circle{0.2}"), ("cell_state", r"\makebox(0,0){$\times$}")]:
            L.append(r"\put(%.2f,%.2f){%s}" % (t * 2.5, rows[t - 1][k] * 5, sym))
    L += [r"\end{picture}\\[4pt] $\bullet$ $h^{(t)}$, $\circ$ $o^{(t)}$, $\times$ $s^{(t)}$\end{center}",
          r"\paragraph{Same output for $t=1$ and $t=3$?} No. The input is identical, but $s^{(2)}$ and $h^{(2)}$ "
          r"carry information from the earlier inputs into step 3, whereas step 1 starts from $h^{(0)} = s^{(0)} = 0$. "
          r"Hence $o^{(3)} \neq o^{(1)}$.", r"\end{document}"]
    tex = scratch / "sheet9_okafor_alsayed.tex"
    tex.write_text("\n".join(L), encoding="utf-8")
    pdf = pdflatex(tex)
    text = {"16a": "o(5) = V f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))", **{k: ans[k] for k in ["16b", "16c", "16d", "16e"]},
            "17same": "No. The input is identical, but s(2) and h(2) carry information from the earlier inputs into "
                      "step 3, whereas step 1 starts from h(0) = s(0) = 0. Hence o(3) ≠ o(1)."}
    return pdf, W, text


def _okafor_common(st, pdf, W, text):
    shutil.copy(pdf, st.p(pdf.name))
    pages = pdf_pages(st.p(pdf.name))
    lab = dict(input_gate="g(%d) =", forget_gate="f (%d) =", output_gate="q(%d) =", candidate="a(%d) =",
               cell_state="s(%d) =", hidden="h(%d) =", output="o(%d) =")
    for t in range(1, 4):
        for k in QUANT:
            st.val(k, t, W[t - 1][k], pdf.name, f"page {pdf_find(pages, W[t-1][k], after=f't = {t}, x')}")
    st.text.update(text)
    st.plot = True


def s41():
    st = Student("Samuel Okafor", PIDS[40], "slip:candidate@3 carried (group)",
                 notes="GROUP hand-in with Ibrahim Al-Sayed (identical PDF in both folders; group submissions earn 0 "
                       "points per the sheet). pdflatex, align* per step. Letters: a = cell input, o = network OUTPUT "
                       "(q = output gate). Slip: a(3) computed with h(1) instead of h(2) (0.7375 instead of 0.7400), "
                       "s(3), h(3), o(3) follow from it. Plot drawn with LaTeX picture environment.")
    pdf, W, text = _okafor_pdf(st.dir, st.scratch)
    _okafor_common(st, pdf, W, text)


def s42():
    st = Student("Ibrahim Al-Sayed", PIDS[41], "slip:candidate@3 carried (group)",
                 notes="GROUP hand-in with Samuel Okafor: the same PDF as in Samuel Okafor's folder.")
    pdf, W, text = _okafor_pdf(st.dir, st.scratch)
    _okafor_common(st, pdf, W, text)


def s43():
    st = Student("Johanna Lorenz", PIDS[42], "correct-rounded-3 (decimal comma, ≈)",
                 notes="RTF made with pandoc (-s -t rtf) from Markdown. German key-value lines 'h(2) ≈ 0,391', "
                       "grouped per Zeitschritt.")
    rows = forward()
    d = TextDoc()
    d.extend(["# Blatt 9 – Johanna Lorenz (Matr. 301990)", "", "## Aufgabe 16", ""])
    ans = {"16a": pick("de", "16a", 1), "16b": pick("de", "16b", 3), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 1), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        d.add(f"{k[-1]}) {v}")
        d.add("")
    d.extend(["## Aufgabe 17", ""])
    names = [("input_gate", "g"), ("forget_gate", "f"), ("output_gate", "q"), ("candidate", "s̃"),
             ("cell_state", "s"), ("hidden", "h"), ("output", "Ausgabe")]
    vals = []
    for t in range(1, 4):
        d.add(f"**Zeitschritt {t}** (x = {fmt(X[t-1], 1, comma=True)}):")
        d.add("")
        for k, nm in names:
            w = fmt(rows[t - 1][k], 3, comma=True)
            d.add(f"{nm}({t}) ≈ {w}  ")
            vals.append((k, t, w))
        d.add("")
    same = "Nein – die Ausgabe bei t=3 ist größer, da der Zellzustand s(2) ≠ 0 ist (Gedächtnis)."
    d.extend([same, ""])
    md = st.s("lorenz.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-s", "-t", "rtf", "-o", str(st.p("Lorenz_Blatt9.rtf"))])
    paras = office_paras(st.p("Lorenz_Blatt9.rtf"), st.scratch)
    for k, t, w in vals:
        st.val(k, t, w, "Lorenz_Blatt9.rtf", f"paragraph {docx_find(paras, w, after=f'Zeitschritt {t}')}")
    st.answers(**ans)
    st.text["17same"] = same


def s44():
    import docx
    st = Student("Rafael Costa", PIDS[43], "misconception:tanh-candidate+tanh-s (full Olah LSTM)",
                 notes="doc (Word 97) saved by LibreOffice from an odt. Olah notation: i_t, f_t, o_t (output GATE), "
                       "C~_t = tanh(...), C_t, h_t = o_t * tanh(C_t), y_t. Both tanh choices from colah's blog -> "
                       "consistently off from C~(1) on.")
    rows = forward("tanh-candidate+tanh-s")
    doc = docx.Document()
    doc.add_paragraph("Rafael Costa – Deep Learning Sheet 9")
    doc.add_paragraph("Q17 – I used the standard LSTM equations (colah.github.io):")
    for eq in ["i_t = σ(U_g x_t + W_g h_{t-1} + b_g)", "f_t = σ(U_f x_t + W_f h_{t-1} + b_f)",
               "o_t = σ(U_q x_t + W_q h_{t-1} + b_q)", "C~_t = tanh(U x_t + W h_{t-1} + b)",
               "C_t = f_t * C_{t-1} + i_t * C~_t", "h_t = o_t * tanh(C_t)", "y_t = σ(V h_t + c)"]:
        doc.add_paragraph(eq, style="List Bullet")
    tb = doc.add_table(rows=8, cols=4)
    tb.style = "Table Grid"
    for j, h in enumerate(["", "t = 1", "t = 2", "t = 3"]):
        tb.cell(0, j).text = h
    for i, (k, nm) in enumerate(zip(QUANT, ["i_t", "f_t", "o_t", "C~_t", "C_t", "h_t", "y_t"]), 1):
        tb.cell(i, 0).text = nm
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4)
            tb.cell(i, t).text = w
            st.val(k, t, w, "Costa_Sheet9.doc", f"table 1, row {i + 1}, col {t + 1}")
    same = "No, y_3 > y_1 because C_2 and h_2 are carried over."
    doc.add_paragraph(same)
    doc.add_paragraph("Q16: see other file? (forgot) – a) h5 = tanh(W h4 + U x5) ... b) GRU faster.")
    src = st.s("Costa_Sheet9.docx")
    doc.save(src)
    odt = soffice(src, "odt", st.scratch)
    soffice(odt, "doc", st.dir)
    st.text["17same"] = same
    st.text["16a"] = "h5 = tanh(W h4 + U x5) ..."
    st.text["16b"] = "GRU faster."


def s45():
    st = Student("Katharina Mayer", PIDS[44], "incomplete: only steps 1-2",
                 notes="xlsx (openpyxl). Only time steps 1 and 2 filled in; column t=3 is empty. Values typed with "
                       "4 decimals as numbers. Parameter table at the top.")
    rows = forward()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blatt9"
    ws["A1"] = "Katharina Mayer"
    ws.append([])
    ws.append(["", "U", "W", "b"])
    for r in [("Ug/Wg/bg", 0.3, -0.3, 0.1), ("Uf/Wf/bf", 0.25, 0.3, 0), ("Uq/Wq/bq", 0.4, 0.3, 0.2), ("U/W/b", 0.01, 0.1, 1)]:
        ws.append(list(r))
    ws.append([])
    ws.append(["", "t=1", "t=2", "t=3"])
    labels = ["g", "f", "q", "s_tilde", "s", "h", "output"]
    for i, (k, lab) in enumerate(zip(QUANT, labels)):
        vs = [rnd(rows[t][k], 4) for t in range(2)]
        ws.append([lab] + vs)
        for t in range(2):
            c = ws.cell(10 + i, 2 + t)
            st.val(k, t + 1, fmt(vs[t], 4), "Mayer_Sheet9.xlsx", f"Blatt9!{c.coordinate}", value=vs[t])
    ws["A18"] = "t=3 noch nicht fertig"
    wb.save(st.p("Mayer_Sheet9.xlsx"))


def s46():
    st = Student("Oliver Schmid", PIDS[45], "misconception:no-recurrence (h_prev reset to 0 in every step)",
                 notes="Notebook; bug: h_prev = 0 is set inside the loop, so the gates never see h(t-1) "
                       "(s is carried correctly). g/f/q/cand at t=3 equal those at t=1. Values printed as "
                       "'t=1: g=0.5769 ...'. He answers 17same with 'the gates are the same, output differs'.")
    code1 = ("import math\nsig = lambda v: 1 / (1 + math.exp(-v))\nxs = [0.7, 0.5, 0.7]\n"
             "params = dict(Ug=0.3, Wg=-0.3, bg=0.1, Uf=0.25, Wf=0.3, bf=0, Uq=0.4, Wq=0.3, bq=0.2, U=0.01, W=0.1, b=1)")
    code2 = ("p = params\ns = 0\nfor t, x in enumerate(xs, 1):\n    h_prev = 0\n"
             "    g = sig(p['bg'] + p['Ug']*x + p['Wg']*h_prev)\n    f = sig(p['bf'] + p['Uf']*x + p['Wf']*h_prev)\n"
             "    q = sig(p['bq'] + p['Uq']*x + p['Wq']*h_prev)\n    cand = sig(p['b'] + p['U']*x + p['W']*h_prev)\n"
             "    s = f*s + g*cand\n    h = max(0, s)*q\n    y = sig(5*h - 1)\n    h_prev = h\n"
             "    print(f't={t}: g={g:.4f} f={f:.4f} q={q:.4f} cand={cand:.4f} s={s:.4f} h={h:.4f} y={y:.4f}')")
    same = ("The gates at t=3 are exactly the same as at t=1 (same x), but the output is not the same because the cell "
            "state s(2) is added via the forget gate.")
    cells = [("md", "# Sheet 9 — Oliver Schmid"), ("md", "## Q17"), ("code", code1), ("code", code2),
             ("md", "**t=1 vs t=3:** " + same)]
    nb = make_notebook(cells, st.p("Schmid_sheet9.ipynb"))
    lines = nb.cells[3].outputs[0]["text"].splitlines()
    names = ["g", "f", "q", "cand", "s", "h", "y"]
    for n, line in enumerate(lines, 1):
        t = int(line.split(":")[0][2:])
        parts = dict(p.split("=") for p in line.split(": ")[1].split())
        for k, nm in zip(QUANT, names):
            st.val(k, t, parts[nm], "Schmid_sheet9.ipynb", f"cell 4 output, line {n}")
    st.text["17same"] = same


def s47():
    st = Student("Ayşe Öztürk", PIDS[46], "correct-rounded-4 (leading comma ',5769')",
                 notes="Plain text, German. Values written calculator-style without leading zero and with decimal "
                       "comma (',5769'). Key-value per line 'g(1) = ,5769'. Parameters restated at the top.")
    rows = forward()
    d = TextDoc()
    d.extend(["Ayşe Öztürk – Übungsblatt 9 – Deep Learning", "",
              "Aufgabe 16", "a) " + pick("de", "16a", 0), "b) " + pick("de", "16b", 1),
              "c) " + pick("de", "16c", 1), "d) " + pick("de", "16d", 0), "e) " + pick("de", "16e", 1), "",
              "Aufgabe 17", "Gegeben: Ug=,3 Wg=-,3 bg=,1 / Uf=,25 Wf=,3 bf=0 / Uq=,4 Wq=,3 bq=,2 / U=,01 W=,1 b=1 / V=5 c=-1",
              "x = ,7 / ,5 / ,7", ""])
    names = ["g", "f", "q", "s~", "s", "h", "Ausgabe"]
    for t in range(1, 4):
        d.add(f"Schritt {t}:")
        for k, nm in zip(QUANT, names):
            w = fmt(rows[t - 1][k], 4, comma=True, lead=True)
            d.add(f"  {nm}({t}) = {w}", [(k, t, w)])
        d.add("")
    same = "Nein, weil s und h vom vorherigen Schritt nicht mehr 0 sind."
    d.extend(["Gleich bei t=1 und t=3? " + same])
    d.write(st, "oeztuerk_blatt9.txt")
    st.answers(**{"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 1), "16c": pick("de", "16c", 1),
                  "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 1)})
    st.text["17same"] = same


def s48():
    import docx
    from docx.shared import Cm
    st = Student("Benjamin Kühn", PIDS[47], "slip:f@2 carried",
                 notes="PDF exported by LibreOffice from a docx; table with quantities as rows. Slip in f(2): "
                       "σ(0.25·0.5 + 0.3·0.2610) = σ(0.2033) computed as 0.5370 (σ(0.1483), i.e. 0.3·0.2610 "
                       "taken as 0.0233); s(2) onward carried correctly. Plot below the table.")
    rows = forward(slip=(2, "forget_gate", lambda v: 0.5370))
    doc = docx.Document()
    doc.add_heading("Übung 9 – Benjamin Kühn", 1)
    doc.add_paragraph("Matrikelnummer 304411 · Deep Learning SS 2018")
    doc.add_heading("Aufgabe 16", 2)
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Aufgabe 17", 2)
    tb = doc.add_table(rows=8, cols=4)
    tb.style = "Table Grid"
    for j, h in enumerate(["", "h(1)/t=1", "t=2", "t=3"][:1] + ["t = 1", "t = 2", "t = 3"]):
        tb.cell(0, j).text = h
    labels = ["g(t) Input Gate", "f(t) Forget Gate", "q(t) Output Gate", "s̃(t)", "s(t)", "h(t)", "output(t)"]
    vals = []
    for i, (k, lab) in enumerate(zip(QUANT, labels), 1):
        tb.cell(i, 0).text = lab
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4)
            tb.cell(i, t).text = w
            vals.append((k, t, w))
    png = plot_values(rows, st.s("plot.png"), lang="de", keys=["cell_state", "hidden", "output"], figsize=(5, 3))
    doc.add_paragraph("")
    doc.add_picture(str(png), width=Cm(11))
    same = "Nein. Gleiche Eingabe, aber bei t=3 sind h(2) und s(2) vorhanden, bei t=1 nicht."
    doc.add_paragraph(same)
    src = st.s("Kuehn_Uebung9.docx")
    doc.save(src)
    pdf = soffice(src, "pdf", st.dir)
    pages = pdf_pages(pdf)
    for k, t, w in vals:
        st.val(k, t, w, pdf.name, f"page {pdf_find(pages, w)}")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s49():
    st = Student("Lina Haddad", PIDS[48], "correct-rounded-4",
                 notes="Hand-written HTML with nested lists and <sub> steps: 'h<sub>2</sub> = 0.3907' "
                       "(renders as h₂; as plain text 'h2 = 0.3907').")
    rows = forward()
    d = TextDoc()
    d.extend(["<html><head><meta charset='utf-8'><title>DL sheet 9</title></head><body>",
              "<h2>Lina Haddad &mdash; Exercise sheet 9</h2>", "<h3>Q16</h3>", "<ul>"])
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 1), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        d.add(f"  <li>({k[-1]}) {v}</li>")
    d.extend(["</ul>", "<h3>Q17 &ndash; forward pass</h3>", "<ul>"])
    names = [("input_gate", "input gate g"), ("forget_gate", "forget gate f"), ("output_gate", "output gate q"),
             ("candidate", "cell input s&#771;"), ("cell_state", "cell state s"), ("hidden", "hidden h"),
             ("output", "output")]
    for k, nm in names:
        d.add(f"  <li>{nm}<ul>")
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4)
            sym = nm.split()[-1] if k != "output" else "out"
            d.add(f"    <li>{sym}<sub>{t}</sub> = {w}</li>", [(k, t, w)])
        d.add("  </ul></li>")
    same = "No. The state s and h from step 2 goes into step 3, in step 1 it is 0. So the output is bigger at t=3."
    d.extend(["</ul>", f"<p>{same}</p>", "</body></html>"])
    d.write(st, "haddad_sheet9.html")
    st.answers(**ans)
    st.text["17same"] = same


def s50():
    import pandas as pd
    st = Student("Noah Weber", PIDS[49], "correct-full-precision (pandas to_csv, transposed, t=0 column)",
                 notes="CSV from pandas DataFrame.to_csv(): quantities as rows, columns t0..t3 where t0 is the initial "
                       "state (only s and h = 0.0, other cells empty). Full float precision.")
    rows = forward()
    cols = {"t0": {"s": 0.0, "h": 0.0}}
    names = ["g", "f", "q", "c_tilde", "s", "h", "y"]
    for t, r in enumerate(rows, 1):
        cols[f"t{t}"] = {nm: r[k] for k, nm in zip(QUANT, names)}
    df = pd.DataFrame(cols).reindex(names)
    df.index.name = "var"
    df.to_csv(st.p("weber_lstm.csv"))
    lines = st.p("weber_lstm.csv").read_text().splitlines()
    for i, (k, nm) in enumerate(zip(QUANT, names)):
        n = 2 + i
        parts = lines[n - 1].split(",")
        assert parts[0] == nm
        for t in range(1, 4):
            st.val(k, t, parts[1 + t], "weber_lstm.csv", f"line {n}")
    plot_values(rows, st.p("weber_plot.png"), style="lines", keys=["hidden", "output"])
    st.plot = True


def s51():
    st = Student("Charlotte Walter", PIDS[50], "slip:q@3 carried",
                 notes="ods saved by LibreOffice from xlsx. German, rows = Zeitschritte, columns = quantities "
                       "(decimal point). Slip in q(3): 0.6540 instead of 0.6450; h(3) and output(3) follow from it. "
                       "Numbers stored rounded to 4 decimals.")
    rows = forward(slip=(3, "output_gate", lambda v: 0.6540))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabelle1"
    ws.append(["Name: Charlotte Walter", None, None, "Matr.: 305977"])
    ws.append([])
    ws.append(["Zeitschritt", "x", "Eingangsgate", "Vergessensgate", "Ausgangsgate", "Kandidat", "Zellzustand",
               "h", "Ausgabe"])
    ws.append([0, None, None, None, None, None, 0, 0, None])
    for t, r in enumerate(rows, 1):
        vs = [rnd(r[k], 4) for k in QUANT]
        ws.append([t, X[t - 1]] + vs)
        for j, (k, v) in enumerate(zip(QUANT, vs)):
            st.val(k, t, fmt(v, 4), "Walter_Blatt9.ods", f"Tabelle1!{'CDEFGHI'[j]}{4 + t}", value=v)
    ws.append([])
    ws.append(["Frage: gleich bei t=1 und t=3? Nein, da das LSTM den vorherigen Zustand mitnimmt."])
    src = st.s("Walter_Blatt9.xlsx")
    wb.save(src)
    soffice(src, "ods", st.dir)
    st.text["17same"] = "Nein, da das LSTM den vorherigen Zustand mitnimmt."


def s52():
    import docx
    st = Student("Daniel Engel", PIDS[51], "correct (scientific notation, German '5,769E-01')",
                 notes="RTF saved by LibreOffice from docx. Values in German Excel scientific format with decimal "
                       "comma ('5,769E-01'); table steps as rows.")
    rows = forward()
    doc = docx.Document()
    doc.add_paragraph("Daniel Engel – Blatt 9")
    doc.add_paragraph("Aufgabe 17 (Werte aus meiner Excel-Tabelle kopiert, wissenschaftliches Format)")
    tb = doc.add_table(rows=4, cols=8)
    for j, h in enumerate(["t", "g", "f", "q", "s~", "s", "h", "y"]):
        tb.cell(0, j).text = h
    for t, r in enumerate(rows, 1):
        tb.cell(t, 0).text = str(t)
        for j, k in enumerate(QUANT, 1):
            w = fmt(r[k], 3, sci=True, comma=True).upper()
            tb.cell(t, j).text = w
            st.val(k, t, w, "Engel_Blatt9.rtf", f"table 1, row {t + 1}, col {j + 1}")
    doc.add_paragraph("Aufgabe 16")
    ans = {"16b": pick("de", "16b", 0), "16c": pick("de", "16c", 1), "16d": pick("de", "16d", 1)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    src = st.s("Engel_Blatt9.docx")
    doc.save(src)
    soffice(src, "rtf", st.dir)
    st.answers(**ans)
