from common import *
import openpyxl
from openpyxl.styles import Font


def s11():
    st = Student("Fatma Demir", PIDS[10], "slip:g@2 carried",
                 notes="docx made with pandoc from Markdown. Sign slip in g(2): used +0.3·h(1) instead of −0.3·h(1) "
                       "(σ(0.3283) = 0.5813 instead of 0.5428); s(2), h(2), output(2) and all of step 3 follow "
                       "correctly from the wrong g(2). Worked lines: pre-activation then value; only the final value counts.")
    h1 = forward()[0]["hidden"]
    rows = forward(slip=(2, "input_gate", lambda v: sig(0.1 + 0.3 * 0.5 + 0.3 * h1)))
    hp = [0.0, rows[0]["hidden"], rows[1]["hidden"]]
    d = TextDoc()
    d.extend(["---", "title: Exercise Sheet 9", "author: Fatma Demir (Mat.-Nr. 305562)", "---", "",
              "# Question 16", ""])
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 4), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 1), "16e": pick("en", "16e", 3)}
    for k, v in ans.items():
        d.add(f"**{k[-1]})** {v}")
        d.add("")
    d.extend(["# Question 17", "", "Initial values: h(0) = 0, s(0) = 0.", ""])
    vals = []
    for t in range(1, 4):
        r, x, h = rows[t - 1], X[t - 1], hp[t - 1]
        sign = "+" if t == 2 else "−"
        hs = fmt(h, 4) if t > 1 else "0"
        d.add(f"## t = {t} (x = {x})")
        d.add("")
        items = [("input_gate", "g", f"σ(0.1 + 0.3·{x} {sign} 0.3·{hs})"),
                 ("forget_gate", "f", f"σ(0.25·{x} + 0.3·{hs})"),
                 ("output_gate", "q", f"σ(0.2 + 0.4·{x} + 0.3·{hs})"),
                 ("candidate", "s~", f"σ(1 + 0.01·{x} + 0.1·{hs})"),
                 ("cell_state", "s", None), ("hidden", "h", None), ("output", "output", None)]
        for k, lab, expr in items:
            w = fmt(r[k], 4)
            line = f"- {lab}({t}) = {expr} = {w}" if expr else f"- {lab}({t}) = {w}"
            d.add(line)
            vals.append((k, t, w, f"{lab}({t}) ="))
        d.add("")
    same = ("No. The input is the same but h and s from the previous step are different (0 at the start), "
            "so output(3) ≠ output(1).")
    d.extend(["**Is the output from t = 1 the same as t = 3?** " + same, "",
              "(Sorry, no plot, I ran out of time.)"])
    md = st.s("demir.md")
    md.write_text(d.text(), encoding="utf-8")
    pandoc([str(md), "-o", str(st.p("Demir_Sheet9.docx"))])
    paras = docx_paragraphs(st.p("Demir_Sheet9.docx"))
    for k, t, w, ctx in vals:
        st.val(k, t, w, "Demir_Sheet9.docx", f"paragraph {docx_find(paras, w, ctx)}")
    st.answers(**ans)
    st.text["17same"] = same


def s12():
    import docx
    st = Student("Jürgen Weiß", PIDS[11], "correct-rounded-3 (prose, decimal comma)",
                 notes="odt (written in python-docx, saved by LibreOffice as odt). Values only in German prose "
                       "sentences, 3 decimals with decimal comma. 16b not answered.")
    rows = forward()
    w = rows_fmt(rows, 3, comma=True)
    doc = docx.Document()
    doc.add_paragraph("Jürgen Weiß – Deep Learning, Blatt 9")
    doc.add_paragraph("Aufgabe 16")
    ans = {"16a": pick("de", "16a", 2), "16c": pick("de", "16c", 1), "16d": pick("de", "16d", 1),
           "16e": pick("de", "16e", 2)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_paragraph("Aufgabe 17")
    doc.add_paragraph("Ich habe mit h(0) = s(0) = 0 angefangen und alles mit dem Taschenrechner gerechnet "
                      "(Zwischenergebnisse gespeichert, am Ende auf drei Stellen gerundet).")
    sents = []
    sents.append(("Im ersten Zeitschritt (x = 0,7) ergibt sich für das Eingangsgate g ≈ {input_gate}, für das "
                  "Vergessensgate f ≈ {forget_gate} und für das Ausgangsgate q ≈ {output_gate}. Der Kandidat "
                  "(Zellinput) ist {candidate}, damit ist der Zellzustand s(1) = {cell_state} und h(1) = {hidden}. "
                  "Die Ausgabe beträgt {output}."))
    sents.append(("Im zweiten Zeitschritt (x = 0,5) erhalte ich g = {input_gate}, f = {forget_gate}, q = {output_gate} "
                  "und als Kandidat {candidate}. Der Zellzustand beträgt nach dem zweiten Schritt {cell_state}, "
                  "h(2) = {hidden}, die Ausgabe ist {output}."))
    sents.append(("Im dritten Schritt (wieder x = 0,7) sind die Gates g = {input_gate}, f = {forget_gate} und "
                  "q = {output_gate}, der Kandidat {candidate}, der Zellzustand {cell_state}, h(3) = {hidden} und "
                  "die Ausgabe {output}."))
    for t, s in enumerate(sents, 1):
        doc.add_paragraph(s.format(**w[t - 1]))
    same = ("Die Ausgabe ist nicht gleich, obwohl die Eingabe gleich ist, weil im dritten Schritt der Zellzustand "
            "und h vom vorherigen Schritt mit eingehen.")
    doc.add_paragraph(same)
    src = st.s("Weiss_Blatt9.docx")
    doc.save(src)
    odt = soffice(src, "odt", st.dir)
    paras = office_paras(odt, st.scratch)
    ctx = ["Im ersten Zeitschritt", "Im zweiten Zeitschritt", "Im dritten Schritt"]
    for t in range(1, 4):
        for k in QUANT:
            st.val(k, t, w[t - 1][k], "Weiss_Blatt9.odt", f"paragraph {docx_find(paras, w[t-1][k], ctx[t-1])}")
    st.answers(**ans)
    st.text["17same"] = same


def s13():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    st = Student("Olga Petrova", PIDS[12], "correct-rounded-4",
                 notes="PDF made with reportlab. Letters: c = candidate (cell input), y = output. Q16 on page 1, "
                       "Q17 table + plot on page 2. Footer 'Page N of 2' on each page.")
    rows = forward()
    ss = getSampleStyleSheet()
    story = [Paragraph("Deep Learning SoSe 2018 — Exercise Sheet 9", ss["Title"]),
             Paragraph("Olga Petrova, student id 311203", ss["Normal"]), Spacer(1, 12),
             Paragraph("Question 16", ss["Heading2"])]
    ans = {"16a": pick("en", "16a", 4), "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 1),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        story.append(Paragraph(f"<b>{k[-1]})</b> {v.replace('<', '&lt;').replace('>', '&gt;')}", ss["Normal"]))
        story.append(Spacer(1, 6))
    story += [PageBreak(), Paragraph("Question 17", ss["Heading2"]),
              Paragraph("Input gate g, forget gate f, output gate q, cell input c = σ(b + Ux + Wh), "
                        "state s = f·s + g·c, h = ReLU(s)·q, y = σ(5h − 1).", ss["Normal"]), Spacer(1, 8)]
    data = [["t", "x", "g", "f", "q", "c", "s", "h", "y"]]
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        data.append([str(t), str(X[t - 1])] + ws)
        for k, w in zip(QUANT, ws):
            st.val(k, t, w, "petrova_ex9.pdf", "page 2")
    tb = Table(data)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 12)]
    png = plot_values(rows, st.s("plot.png"), labels=dict(input_gate="g", forget_gate="f", output_gate="q",
                      candidate="c", cell_state="s", hidden="h", output="y"))
    story += [Image(str(png), width=400, height=267)]
    same = "No. At t = 3 the previous hidden state h2 and state s2 are nonzero, so the result differs from t = 1 even though x is equal."
    story += [Spacer(1, 8), Paragraph("<b>Same output for t = 1 and t = 3?</b> " + same, ss["Normal"])]

    def footer(canvas, doc_):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(270, 20, f"Page {doc_.page} of 2")
    SimpleDocTemplate(str(st.p("petrova_ex9.pdf")), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s14():
    from openpyxl.chart import LineChart, Reference
    st = Student("Kevin Braun", PIDS[13], "correct-full-precision (formulas, displayed 6 decimals)",
                 notes="xlsx saved by LibreOffice Calc: every value is a formula (=1/(1+EXP(-(...)))) referencing the "
                       "sheet 'Parameter'; cached results are stored. Number format 0.000000. Rows = time steps. "
                       "Line chart in the sheet.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Forward"
    pr = wb.create_sheet("Parameter")
    params = [("Ug", 0.3), ("Wg", -0.3), ("bg", 0.1), ("Uf", 0.25), ("Wf", 0.3), ("bf", 0), ("Uq", 0.4),
              ("Wq", 0.3), ("bq", 0.2), ("U", 0.01), ("W", 0.1), ("b", 1), ("V", 5), ("c", -1)]
    ref = {}
    for i, (n, v) in enumerate(params, 1):
        pr.cell(i, 1, n)
        pr.cell(i, 2, v)
        ref[n] = f"Parameter!$B${i}"
    hdr = ["t", "x", "g", "f", "q", "cell input", "s", "h", "output"]
    ws["A1"] = "Kevin Braun – Übung 9 / Aufgabe 17"
    for j, h in enumerate(hdr):
        ws.cell(3, 1 + j, h)
    ws.cell(4, 1, 0)
    ws.cell(4, 7, 0)
    ws.cell(4, 8, 0)
    for t in range(1, 4):
        r = 4 + t
        ws.cell(r, 1, t)
        ws.cell(r, 2, X[t - 1])
        hp, sp = f"H{r-1}", f"G{r-1}"
        sg = lambda b, U, W: f"=1/(1+EXP(-({ref[b]}+{ref[U]}*B{r}+{ref[W]}*{hp})))"
        ws.cell(r, 3, sg("bg", "Ug", "Wg"))
        ws.cell(r, 4, sg("bf", "Uf", "Wf"))
        ws.cell(r, 5, sg("bq", "Uq", "Wq"))
        ws.cell(r, 6, sg("b", "U", "W"))
        ws.cell(r, 7, f"=D{r}*{sp}+C{r}*F{r}")
        ws.cell(r, 8, f"=MAX(G{r},0)*E{r}")
        ws.cell(r, 9, f"=1/(1+EXP(-({ref['V']}*H{r}+{ref['c']})))")
        for j in range(3, 10):
            ws.cell(r, j).number_format = "0.000000"
    ch = LineChart()
    ch.title = "LSTM"
    ch.add_data(Reference(ws, min_col=7, max_col=9, min_row=3, max_row=7), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=4, max_row=7))
    ws.add_chart(ch, "K3")
    ws["A10"] = "t=1 und t=3 haben dasselbe x, aber nicht dieselbe Ausgabe, weil h und s vom Schritt davor eingehen."
    src = st.s("braun_lstm.xlsx")
    wb.save(src)
    out = soffice(src, "xlsx", st.dir)
    wb2 = openpyxl.load_workbook(out, data_only=True)
    w2 = wb2["Forward"]
    for t in range(1, 4):
        for j, k in enumerate(QUANT):
            c = w2.cell(4 + t, 3 + j)
            v = c.value
            assert isinstance(v, float), (c.coordinate, v)
            st.val(k, t, fmt(v, 6), "braun_lstm.xlsx", f"Forward!{c.coordinate}", value=v)
    st.text["17same"] = "t=1 und t=3 haben dasselbe x, aber nicht dieselbe Ausgabe, weil h und s vom Schritt davor eingehen."
    st.plot = True


def s15():
    st = Student("Emma Richter", PIDS[14], "misconception:no-c (output = σ(5h), bias c forgotten)",
                 notes="ods saved by LibreOffice (from an xlsx). German row labels, columns 'Zeitschritt 1..3'. "
                       "Output computed without c = −1; all other values correct. Values typed with 4 decimals. "
                       "Q16 answers on sheet 'Aufgabe 16'.")
    rows = forward("no-c")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aufgabe 17"
    ws["A1"] = "Emma Richter, Blatt 9"
    ws["A3"] = "Größe"
    for t in range(1, 4):
        ws.cell(3, 1 + t, f"Zeitschritt {t}")
    ws["A4"] = "Eingabe x"
    for t in range(1, 4):
        ws.cell(4, 1 + t, X[t - 1])
    labels = ["Eingangsgate g", "Vergessensgate f", "Ausgangsgate q", "Kandidat (Zellinput)", "Zellzustand s",
              "versteckter Zustand h", "Ausgabe"]
    for i, (k, lab) in enumerate(zip(QUANT, labels)):
        ws.cell(5 + i, 1, lab)
        for t in range(1, 4):
            v = rnd(rows[t - 1][k], 4)
            c = ws.cell(5 + i, 1 + t, v)
            st.val(k, t, fmt(v, 4), "Richter_Blatt9.ods", f"'Aufgabe 17'!{c.coordinate}", value=v)
    ws["A13"] = "Ausgabe = sigmoid(V*h)"
    same = "Nein, weil sich der Zellzustand von Schritt zu Schritt aufbaut."
    ws["A14"] = "t=1 vs. t=3: " + same
    w2 = wb.create_sheet("Aufgabe 16")
    ans = {"16a": pick("de", "16a", 3), "16b": pick("de", "16b", 3), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 2), "16e": pick("de", "16e", 1)}
    for i, (k, v) in enumerate(ans.items(), 1):
        w2.cell(i, 1, k)
        w2.cell(i, 2, v)
    src = st.s("Richter_Blatt9.xlsx")
    wb.save(src)
    soffice(src, "ods", st.dir)
    st.answers(**ans)
    st.text["17same"] = same


def s16():
    st = Student("Ahmed Hassan", PIDS[15], "correct-rounded-4",
                 notes="PDF made with pandoc (pdflatex engine) from Markdown with inline TeX math; numbered list per "
                       "step, e.g. $h^{(2)} = 0.3907$.")
    rows = forward()
    d = TextDoc()
    d.extend(["---", "title: 'Deep Learning: Exercise Sheet 9'", "author: Ahmed Hassan -- 308764", "date: June 27, 2018",
              "geometry: margin=2.5cm", "---", "", "# Question 16", ""])
    ans = {"16a": pick("en", "16a", 1), "16b": pick("en", "16b", 1), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        d.add(f"({k[-1]}) {v}")
        d.add("")
    d.extend(["# Question 17 (10 points)", "",
              "Equations (Goodfellow et al., ch. 10.10.1): $g^{(t)} = \\sigma(b^g + U^g x^{(t)} + W^g h^{(t-1)})$, "
              "analogous for $f^{(t)}$ and $q^{(t)}$, $\\tilde{s}^{(t)} = \\sigma(b + U x^{(t)} + W h^{(t-1)})$, "
              "$s^{(t)} = f^{(t)} s^{(t-1)} + g^{(t)} \\tilde{s}^{(t)}$, $h^{(t)} = \\mathrm{ReLU}(s^{(t)})\\, q^{(t)}$, "
              "$\\text{output}_t = \\sigma(5 h^{(t)} - 1)$.", ""])
    names = dict(input_gate="g^{(%d)}", forget_gate="f^{(%d)}", output_gate="q^{(%d)}", candidate="\\tilde{s}^{(%d)}",
                 cell_state="s^{(%d)}", hidden="h^{(%d)}", output="\\text{output}_{%d}")
    vals = []
    for t in range(1, 4):
        d.add(f"## Step {t} ($x^{{({t})}} = {X[t-1]}$)")
        d.add("")
        for i, k in enumerate(QUANT, 1):
            w = fmt(rows[t - 1][k], 4)
            d.add(f"{i}. ${names[k] % t} = {w}$")
            vals.append((k, t, w))
        d.add("")
    same = ("No. $x^{(1)} = x^{(3)}$, but at $t=3$ the hidden state $h^{(2)}$ and the cell state $s^{(2)}$ are not zero, "
            "so the gates and the state differ from $t=1$ and the output is larger.")
    d.extend(["**Plot:** see figure below.", "", "![Values per step](plot.png){ width=70% }", "",
              "**Is the output from t = 1 the same as t = 3?** " + same, ""])
    md = st.s("hassan.md")
    md.write_text(d.text(), encoding="utf-8")
    plot_values(rows, st.s("plot.png"), keys=["cell_state", "hidden", "output"], title="s, h and output")
    pandoc([md.name, "-o", "Hassan_Sheet9.pdf", "--pdf-engine=pdflatex"], cwd=st.scratch)
    shutil.copy(st.s("Hassan_Sheet9.pdf"), st.p("Hassan_Sheet9.pdf"))
    pages = pdf_pages(st.p("Hassan_Sheet9.pdf"))
    for k, t, w in vals:
        st.val(k, t, w, "Hassan_Sheet9.pdf", f"page {pdf_find(pages, w, after=f'Step {t}')}")
    st.answers(**ans)
    st.text["17same"] = ("No. x(1) = x(3), but at t=3 the hidden state h(2) and the cell state s(2) are not zero, so the "
                         "gates and the state differ from t=1 and the output is larger.")
    st.plot = True


def s17():
    import docx
    st = Student("Marie Dubois", PIDS[16], "misconception:swap-UW (U applied to h, W to x in all units)",
                 notes="rtf saved by LibreOffice from a Word document. She writes g = σ(W^g x + U^g h + b^g) "
                       "(U and W swapped everywhere), so all values are consistently off. Table: quantities as rows.")
    rows = forward("swap-UW")
    doc = docx.Document()
    doc.add_heading("Exercise Sheet 9 — Marie Dubois", 1)
    doc.add_paragraph("Matriculation number: 313390")
    doc.add_heading("Question 16", 2)
    ans = {"16a": "h_t = f(U h_{t-1} + W x_t); final output h_5 = f(U f(U f(U f(U f(W x_1) + W x_2) + W x_3) + W x_4) + W x_5)",
           "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 2), "16d": pick("en", "16d", 1),
           "16e": pick("en", "16e", 1)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Question 17", 2)
    doc.add_paragraph("g = σ(W^g·x + U^g·h + b^g), f = σ(W^f·x + U^f·h + b^f), q = σ(W^q·x + U^q·h + b^q), "
                      "cell input = σ(W·x + U·h + b), s = f·s + g·(cell input), h = ReLU(s)·q, out = σ(V·h + c)")
    tb = doc.add_table(rows=8, cols=4)
    tb.style = "Table Grid"
    for j, h in enumerate(["", "t = 1", "t = 2", "t = 3"]):
        tb.cell(0, j).text = h
    labels = ["input gate", "forget gate", "output gate", "cell input", "cell state", "hidden state", "output"]
    for i, (k, lab) in enumerate(zip(QUANT, labels), 1):
        tb.cell(i, 0).text = lab
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4)
            tb.cell(i, t).text = w
            st.val(k, t, w, "Dubois_Ex9.rtf", f"table 1, row {i + 1}, col {t + 1}")
    same = "No, the output at t = 3 is higher because the cell state accumulates over the steps."
    doc.add_paragraph(same)
    src = st.s("Dubois_Ex9.docx")
    doc.save(src)
    soffice(src, "rtf", st.dir)
    st.answers(**ans)
    st.text["17same"] = same


def s18():
    import docx
    st = Student("Felix Wolf", PIDS[17], "slip:s@2 carried",
                 notes="doc (Word 97) saved by LibreOffice. Addition slip in s(2): wrote 0.6238 instead of 0.6328 "
                       "(digits swapped); h(2), output(2) and step 3 computed correctly from 0.6238. Decimal point.")
    rows = forward(slip=(2, "cell_state", lambda v: 0.6238))
    doc = docx.Document()
    doc.add_paragraph("Felix Wolf – Matrikelnr. 299034 – Deep Learning Übung 9")
    doc.add_heading("Aufgabe 16", 2)
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 3), "16c": pick("de", "16c", 2),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Aufgabe 17", 2)
    doc.add_paragraph("Werte (auf 4 Stellen gerundet):")
    tb = doc.add_table(rows=8, cols=4)
    tb.style = "Table Grid"
    for j, h in enumerate(["", "t=1", "t=2", "t=3"]):
        tb.cell(0, j).text = h
    labels = ["Eingangsgate g", "Vergessensgate f", "Ausgangsgate q", "Zellinput s̃", "Zellzustand s", "h", "Ausgabe"]
    for i, (k, lab) in enumerate(zip(QUANT, labels), 1):
        tb.cell(i, 0).text = lab
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4)
            tb.cell(i, t).text = w
            st.val(k, t, w, "Wolf_Uebung9.doc", f"table 1, row {i + 1}, col {t + 1}")
    same = ("Nein. Die Eingabe ist zwar gleich, aber bei t=3 sind h(2) und s(2) nicht 0, deshalb ist die Ausgabe "
            "anders (größer).")
    doc.add_paragraph("Ist Ausgabe(1) = Ausgabe(3)? " + same)
    src = st.s("Wolf_Uebung9.docx")
    doc.save(src)
    soffice(src, "doc", st.dir)
    st.answers(**ans)
    st.text["17same"] = same


def s19():
    st = Student("Hannah Zimmermann", PIDS[18], "correct-rounded-4 (steps counted from 0)",
                 notes="Tab-separated .csv. She counts time steps from 0: her t=0,1,2 are the sheet's t=1,2,3 "
                       "(no initial-state row). Her 17same answer refers to 't=0' and 't=2' and restates the outputs.")
    rows = forward()
    d = TextDoc()
    d.add("t\tx\tg\tf\tq\tcand\ts\th\toutput")
    for t, r in enumerate(rows, 1):
        ws = [fmt(r[k], 4) for k in QUANT]
        d.add("\t".join([str(t - 1), str(X[t - 1])] + ws), [(k, t, w) for k, w in zip(QUANT, ws)])
    d.write(st, "zimmermann_lstm.csv")
    a = TextDoc()
    a.extend(["Hannah Zimmermann, Sheet 9", "", "16)"])
    ans = {"16a": pick("en", "16a", 0), "16b": pick("en", "16b", 2), "16c": pick("en", "16c", 0),
           "16d": pick("en", "16d", 0), "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        a.add(f"  {k[-1]}) {v}")
    o1, o3 = fmt(rows[0]["output"], 4), fmt(rows[2]["output"], 4)
    same = (f"No: output at t=0 is {o1}, at t=2 it is {o3}. Same x but the memory (s, h) from the earlier steps "
            f"is different.")
    a.extend(["", "17) values in zimmermann_lstm.csv (tab separated, t = 0..2 are the three inputs)"])
    a.add("    " + same, [("output", 1, o1), ("output", 3, o3)])
    a.write(st, "answers.txt")
    st.answers(**ans)
    st.text["17same"] = same


def s20():
    st = Student("Paul Krüger", PIDS[19], "rounded-3-carried",
                 notes="CSV in windows-1252 (umlauts), ';' separator, decimal comma, CRLF. Rounded every value to "
                       "3 decimals and kept computing with the rounded values (s(1) = 0,422, h(3) = 0,494 ...).")
    rows = forward(rnd=3)
    d = TextDoc()
    d.add("Übung 9 - Paul Krüger;;;")
    d.add("Größe;t=1;t=2;t=3")
    labels = ["Eingangsgate g", "Vergessensgate f", "Ausgangsgate q", "Zelleingang (Kandidat)", "Zellzustand s",
              "verdeckter Zustand h", "Ausgabe y"]
    for k, lab in zip(QUANT, labels):
        ws = [fmt(rows[t][k], 3, comma=True) for t in range(3)]
        d.add(";".join([lab] + ws), [(k, t + 1, ws[t]) for t in range(3)])
    d.add(";;;")
    d.add("gerechnet mit 3 Nachkommastellen;;;")
    d.write(st, "A17_Krüger.csv", encoding="cp1252", newline="\r\n")


def s21():
    st = Student("Sarah Koch", PIDS[20], "correct-full-precision (pandas, 6 decimals shown)",
                 notes="Notebook with a pandas DataFrame as cell output (text/plain and text/html), index t = 1..3, "
                       "columns g, f, q, s_tilde, s, h, out. Plot via df.plot(). Answers in German markdown cells.")
    code1 = ("import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt\n\n"
             "sig = lambda z: 1/(1+np.exp(-z))\nx = [0.7, 0.5, 0.7]")
    code2 = ("h = s = 0\nres = []\nfor t, xt in enumerate(x, start=1):\n"
             "    g = sig(0.1 + 0.3*xt - 0.3*h)\n    f = sig(0.0 + 0.25*xt + 0.3*h)\n"
             "    q = sig(0.2 + 0.4*xt + 0.3*h)\n    s_tilde = sig(1 + 0.01*xt + 0.1*h)\n"
             "    s = f*s + g*s_tilde\n    h = max(0, s)*q\n    out = sig(5*h - 1)\n"
             "    res.append(dict(t=t, g=g, f=f, q=q, s_tilde=s_tilde, s=s, h=h, out=out))\n"
             "df = pd.DataFrame(res).set_index('t')\ndf")
    code3 = "df.plot(marker='o', xticks=[1, 2, 3], title='LSTM Vorwärtsdurchlauf')\nplt.show()"
    ans = {"16a": pick("de", "16a", 0), "16b": pick("de", "16b", 0), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 0)}
    same = ("Nein: out bei t=1 ist ca. 0,58, bei t=3 ca. 0,81. Obwohl x gleich ist, sind h und s bei t=3 nicht mehr 0 "
            "(Gedächtnis des LSTM).")
    cells = [("md", "# Übungsblatt 9\n**Sarah Koch** (Matr. 306120)"),
             ("md", "## Aufgabe 16\n" + "\n".join(f"- **{k[-1]})** {v}" for k, v in ans.items())),
             ("md", "## Aufgabe 17"), ("code", code1), ("code", code2), ("code", code3),
             ("md", "**Ist die Ausgabe bei t = 1 gleich der bei t = 3?**\n\n" + same)]
    nb = make_notebook(cells, st.p("Blatt09_Koch.ipynb"))
    out = nb.cells[4].outputs[0]["data"]["text/plain"].splitlines()
    cols = out[0].split()
    assert cols == ["g", "f", "q", "s_tilde", "s", "h", "out"], cols
    for line in out[2:]:
        parts = line.split()
        t = int(parts[0])
        for k, w in zip(QUANT, parts[1:]):
            st.val(k, t, w, "Blatt09_Koch.ipynb", f"cell 5 output (DataFrame), row t={t}")
    st.val("output", 1, "0,58", "Blatt09_Koch.ipynb", "cell 7 (markdown)")
    st.val("output", 3, "0,81", "Blatt09_Koch.ipynb", "cell 7 (markdown)")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s22():
    st = Student("Leon Bauer", PIDS[21], "incomplete: only h and output",
                 notes="Plain text in windows-1252. Only h(t) and the output are given (no gates, candidate or cell "
                       "state). 3 decimals, decimal comma. No Q16.")
    rows = forward()
    d = TextDoc()
    d.extend(["Leon Bauer - Blatt 9", "", "Aufgabe 17", "",
              "Für h(0)=0 und s(0)=0 habe ich folgende Werte für h und die Ausgabe bekommen:", ""])
    for t in range(1, 4):
        wh, wo = fmt(rows[t - 1]["hidden"], 3, comma=True), fmt(rows[t - 1]["output"], 3, comma=True)
        d.add(f"h({t}) = {wh}      Ausgabe({t}) = {wo}", [("hidden", t, wh), ("output", t, wo)])
    same = "Nein, die Ausgabe wird größer, weil h mit jedem Schritt größer wird."
    d.extend(["", same, ""])
    d.write(st, "bauer_blatt9.txt", encoding="cp1252", newline="\r\n")
    st.text["17same"] = same


def s23():
    st = Student("Yuki Tanaka", PIDS[22], "correct-rounded-4",
                 notes="Markdown with TeX math ($...$ and \\(...\\)), one section per time step. plot referenced as "
                       "lstm.png (present).")
    rows = forward()
    d = TextDoc()
    d.extend(["# Exercise Sheet 9", "", "Yuki Tanaka (Matrikelnummer 314055)", "", "## Question 16", ""])
    ans = {"16a": "$h^{(5)} = f(W h^{(4)} + U x_5)$ with $h^{(t)} = f(W h^{(t-1)} + U x_t)$, $h^{(0)} = 0$, i.e. "
                  "$y = f(W f(W f(W f(W f(U x_1) + U x_2) + U x_3) + U x_4) + U x_5)$",
           "16b": pick("en", "16b", 0), "16c": pick("en", "16c", 0), "16d": pick("en", "16d", 3),
           "16e": pick("en", "16e", 0)}
    for k, v in ans.items():
        d.add(f"**({k[-1]})** {v}")
        d.add("")
    d.extend(["## Question 17", ""])
    for t in range(1, 4):
        r = rows[t - 1]
        w = {k: fmt(r[k], 4) for k in QUANT}
        d.add(f"### $t = {t}$, $x_{t} = {X[t-1]}$")
        d.add("")
        if t == 2:
            d.add(f"- \\(g^{{({t})}} = {w['input_gate']}\\), \\(f^{{({t})}} = {w['forget_gate']}\\), "
                  f"\\(q^{{({t})}} = {w['output_gate']}\\)",
                  [("input_gate", t, w["input_gate"]), ("forget_gate", t, w["forget_gate"]), ("output_gate", t, w["output_gate"])])
            d.add(f"- \\(\\tilde{{s}}^{{({t})}} = {w['candidate']}\\)", [("candidate", t, w["candidate"])])
            d.add(f"- \\(s^{{({t})}} = {w['cell_state']}\\)", [("cell_state", t, w["cell_state"])])
            d.add(f"- \\(h^{{({t})}} = {w['hidden']}\\)", [("hidden", t, w["hidden"])])
            d.add(f"- \\(\\hat y_{{{t}}} = {w['output']}\\)", [("output", t, w["output"])])
        else:
            d.add(f"- $g_{{{t}}} = {w['input_gate']}$, $f_{{{t}}} = {w['forget_gate']}$, $q_{{{t}}} = {w['output_gate']}$",
                  [("input_gate", t, w["input_gate"]), ("forget_gate", t, w["forget_gate"]), ("output_gate", t, w["output_gate"])])
            d.add(f"- $\\tilde{{s}}_{t} = {w['candidate']}$", [("candidate", t, w["candidate"])])
            d.add(f"- $s_{t} = {w['cell_state']}$", [("cell_state", t, w["cell_state"])])
            d.add(f"- $h_{{{t}}} = {w['hidden']}$", [("hidden", t, w["hidden"])])
            d.add(f"- $\\hat y_{{{t}}} = {w['output']}$", [("output", t, w["output"])])
        d.add("")
    same = ("No. $x_1 = x_3$, but $h^{(2)}$ and $s^{(2)}$ enter step 3 while step 1 starts from zero state, so "
            "$\\hat y_3 \\neq \\hat y_1$.")
    d.extend(["![plot of all quantities](lstm.png)", "", "**Same output at t=1 and t=3?** " + same, ""])
    d.write(st, "tanaka_sheet9.md")
    plot_values(rows, st.p("lstm.png"), style="bars")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s24():
    import docx
    st = Student("Lea Schäfer", PIDS[23], "misconception:no-forget (s = g·s̃, f·s_prev dropped)",
                 notes="PDF exported by LibreOffice from an odt (odt made by LibreOffice from a Word file). German, "
                       "one block per Zeitschritt, decimal comma. s(t) = g(t)·s̃(t) without f·s(t−1): gates at t=2 "
                       "still right (h(1) right), s(2) onward wrong.")
    rows = forward("no-forget")
    doc = docx.Document()
    doc.add_heading("Deep Learning – Übungsblatt 9", 1)
    doc.add_paragraph("Lea Schäfer (Matr.-Nr. 302288)")
    doc.add_heading("Aufgabe 16", 2)
    ans = {"16a": pick("de", "16a", 1), "16b": pick("de", "16b", 1), "16c": pick("de", "16c", 0),
           "16d": pick("de", "16d", 0), "16e": pick("de", "16e", 2)}
    for k, v in ans.items():
        doc.add_paragraph(f"{k[-1]}) {v}")
    doc.add_heading("Aufgabe 17", 2)
    doc.add_paragraph("Formeln: g(t) = σ(b_g + U_g·x(t) + W_g·h(t−1)), f(t) und q(t) analog, "
                      "s̃(t) = σ(b + U·x(t) + W·h(t−1)), s(t) = g(t)·s̃(t), h(t) = ReLU(s(t))·q(t), "
                      "Ausgabe(t) = σ(5·h(t) − 1).")
    labels = [("input_gate", "Eingangsgate g"), ("forget_gate", "Vergessensgate f"), ("output_gate", "Ausgangsgate q"),
              ("candidate", "Kandidat s̃"), ("cell_state", "Zellzustand s"), ("hidden", "h"), ("output", "Ausgabe")]
    vals = []
    for t in range(1, 4):
        doc.add_heading(f"Zeitschritt {t} (x = {fmt(X[t-1], 1, comma=True)})", 3)
        for k, lab in labels:
            w = fmt(rows[t - 1][k], 4, comma=True)
            doc.add_paragraph(f"{lab}({t}) = {w}")
            vals.append((k, t, w, f"{lab}({t})"))
    same = "Nein, die Ausgabe bei t = 3 ist etwas größer, da h(2) in die Gates eingeht."
    doc.add_paragraph(same)
    png = plot_values(rows, st.s("plot.png"), lang="de", keys=["cell_state", "hidden", "output"])
    from docx.shared import Cm
    doc.add_picture(str(png), width=Cm(12))
    src = st.s("Schaefer_Blatt9.docx")
    doc.save(src)
    odt = soffice(src, "odt", st.scratch)
    pdf = soffice(odt, "pdf", st.dir)
    pages = pdf_pages(pdf)
    for k, t, w, ctx in vals:
        st.val(k, t, w, pdf.name, f"page {pdf_find(pages, w, ctx)}")
    st.answers(**ans)
    st.text["17same"] = same
    st.plot = True


def s25():
    st = Student("Niklas Lange", PIDS[24], "slip:h@1 carried",
                 notes="xlsx (openpyxl) with all values typed as TEXT cells with decimal comma ('0,5769'). "
                       "Multiplication slip h(1) = 0,2160 instead of 0,2610 (digits swapped), all later values "
                       "computed correctly from it. No Q16.")
    rows = forward(slip=(1, "hidden", lambda v: 0.2160))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabelle1"
    ws["A1"] = "Niklas Lange"
    ws["A2"] = "Aufgabe 17"
    ws["B4"], ws["C4"], ws["D4"] = "1", "2", "3"
    ws["A4"] = "t"
    labels = ["g(t)", "f(t)", "q(t)", "s~(t)", "s(t)", "h(t)", "out(t)"]
    for i, (k, lab) in enumerate(zip(QUANT, labels)):
        ws.cell(5 + i, 1, lab)
        for t in range(1, 4):
            w = fmt(rows[t - 1][k], 4, comma=True)
            c = ws.cell(5 + i, 1 + t, w)
            st.val(k, t, w, "Lange_A17.xlsx", f"Tabelle1!{c.coordinate}")
    ws["A13"] = "Ausgabe t=1 und t=3 ist nicht gleich weil das LSTM sich den Zustand merkt."
    wb.save(st.p("Lange_A17.xlsx"))
    st.text["17same"] = "Ausgabe t=1 und t=3 ist nicht gleich weil das LSTM sich den Zustand merkt."
