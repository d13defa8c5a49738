"""Write /work/unseen/README.md from a fixed text plus tables computed from truth.json."""
import json, sys, collections
from pathlib import Path
sys.path.insert(0, "/work/unseen/tools")
from lstm_model import forward, QUANT

ROOT = Path("/work/unseen")
T = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))

PRODUCER = {
 "Anna Schneider": "openpyxl (numbers + number_format 0.0000, LineChart, 2 sheets)",
 "Lukas Meyer": "Python text writing (csv rows without header) + matplotlib png",
 "Jonas Wagner": "Python text writing, cp1252, CRLF",
 "Mehmet Kaya": "nbformat; code really executed, stdout + matplotlib image/png stored as outputs",
 "Sophie Becker": "pdflatex (article, amsmath align*, pgfplots figure)",
 "Chen Wei": "Markdown by hand + matplotlib png",
 "Laura Fischer": "python-docx (table + inline picture)",
 "Maximilian Hoffmann": "xlwt",
 "Priya Raghunathan": "hand-written HTML, base64 PNG",
 "Tim Schulz": "plain text with pasted tab-separated block",
 "Fatma Demir": "pandoc md -> docx",
 "Jürgen Weiß": "python-docx -> soffice --convert-to odt",
 "Olga Petrova": "reportlab platypus (table, image, page footer)",
 "Kevin Braun": "openpyxl formulas -> soffice --convert-to xlsx (LibreOffice recalculates and stores cached values; chart kept)",
 "Emma Richter": "openpyxl -> soffice --convert-to ods",
 "Ahmed Hassan": "pandoc md -> pdf (--pdf-engine=pdflatex), matplotlib figure",
 "Marie Dubois": "python-docx -> soffice --convert-to rtf",
 "Felix Wolf": "python-docx -> soffice --convert-to doc",
 "Hannah Zimmermann": "Python text writing (tab-separated .csv) + answers.txt",
 "Paul Krüger": "Python text writing, cp1252, CRLF",
 "Sarah Koch": "nbformat; executed pandas DataFrame (text/plain + text/html) + df.plot() png",
 "Leon Bauer": "plain text, cp1252, CRLF",
 "Yuki Tanaka": "Markdown with TeX math + matplotlib png",
 "Lea Schäfer": "python-docx -> soffice odt -> soffice pdf",
 "Niklas Lange": "openpyxl (text cells)",
 "Isabel García": "python-docx (3 tables, picture)",
 "Tobias Schmitt": "his lstm.py really run with /usr/bin/python3 (stdout -> output.txt, savefig -> plot.png), zipped",
 "Julia Neumann": "python-docx (draft) ; python-docx -> soffice pdf (final)",
 "David Klein": "numpy.savetxt(fmt='%.4e', delimiter=',') + matplotlib png + Markdown",
 "Nguyễn Thị Mai": "pdflatex (tabular, \\approx, includegraphics)",
 "Lars Hansen": "pandoc md -> standalone html (--mathjax)",
 "Ewa Kowalska": "odfpy (OpenDocumentSpreadsheet, float cells)",
 "Moritz Schwarz": "python-docx",
 "Alina Popescu": "reportlab + matplotlib png with annotations",
 "Florian Vogel": "openpyxl (percent format) -> soffice --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1'",
 "Clara Hartmann": "pandoc md -> odt",
 "Jan Krause": "plain text = numpy array printout (np.round)",
 "Mia Frank": "nbformat; executed, dict execute_result + numpy array repr",
 "Elias Berger": "pandoc md -> docx",
 "Amelie Roth": "openpyxl (BarChart) -> soffice --convert-to xls",
 "Samuel Okafor": "pdflatex (fancyhdr, align*, picture-environment plot)",
 "Ibrahim Al-Sayed": "same PDF as Samuel Okafor (group)",
 "Johanna Lorenz": "pandoc md -> rtf (-s -t rtf)",
 "Rafael Costa": "python-docx -> soffice odt -> soffice doc",
 "Katharina Mayer": "openpyxl",
 "Oliver Schmid": "nbformat; executed, stdout prints",
 "Ayşe Öztürk": "plain text (UTF-8)",
 "Benjamin Kühn": "python-docx -> soffice pdf",
 "Lina Haddad": "hand-written HTML (nested lists, <sub>)",
 "Noah Weber": "pandas DataFrame.to_csv + matplotlib png",
 "Charlotte Walter": "openpyxl -> soffice --convert-to ods",
 "Daniel Engel": "python-docx -> soffice --convert-to rtf",
 "Małgorzata Nowak": "python-docx (List Bullet)",
 "Greta Schulze": "Markdown",
 "Henrik Sørensen": "pandoc md (pipe table) -> pdf (pdflatex)",
 "Valentina Rossi": "nbformat; executed, only a matplotlib image/png output",
 "Finn Schröder": "openpyxl formulas only (no cached values)",
 "Zoë Martin": "python-docx + raw OMML (m:oMath) equation XML",
 "Anton Fuchs": "PIL: rendered 'handwriting' (DejaVu Sans Oblique, jitter, noise, rotation, blur) saved as image-only PDF",
 "Elif Arslan": "plain text prose",
 "Sebastian Lehmann": "pdflatex (booktabs table, includegraphics) + pandoc sheet md -> pdf",
 "Nora Seidel": "openpyxl -> soffice xls ; python-docx -> soffice doc",
 "Jakob Winter": "nbformat (executed; the notebook's own df.to_csv(sep=';', decimal=',') wrote ergebnisse.csv), zipped",
 "Mara Albrecht": "openpyxl (two versions)",
 "Kenji Watanabe": "Python text writing (.tsv)",
 "Leonie Braun": "openpyxl formulas -> soffice --convert-to xlsx (cached values)",
 "Fabian Horn": "pandoc (the sheet's md) -> docx",
 "Pedro Alves": "his lstm.py really run with /usr/bin/python3, stdout -> lstm_out.txt",
 "Tarek Mansour": "Octave-style .m file + console transcript written in Python (printf formats identical) + matplotlib png",
 "Sven Köhler": "openpyxl (3 sheets) -> soffice --convert-to xlsx",
}

HEAD = r"""# Unseen test set – exercise sheet 9 (LSTM forward pass), 70 simulated students

Made blind to the grading tool (nothing under /work/main was opened). Inputs: the sheet
(`/work/shared/exercise-sheet-09.md`), the reading-cases list (`/work/shared/reading-cases.md`) and the
real producers installed on this machine.

## Where things are

| path | what |
|---|---|
| `submissions/<First Last>_<participant>_assignsubmission_file/…` | the hand-ins, Moodle "Download all submissions" layout (unzipped) |
| `submissions.zip` | the same tree zipped (entries relative to `submissions/`) |
| `truth.json` | ground truth, one object per student (schema below) |
| `tools/lstm_model.py` | the forward pass (correct + mistake variants, rounding-carried, slips) |
| `tools/common.py` | helpers: number formatting, line/page/paragraph tracking, soffice/pdflatex/pandoc wrappers, notebook executor, plots, Q16 answer pool |
| `tools/students_1.py … students_5.py` | one function per student (`s01` … `s70`) |
| `tools/build.py` | builds everything: `/usr/bin/python3 tools/build.py` (≈40 s; `build.py s17 s42` rebuilds only some – but then truth.json only holds those, so rebuild all at the end) |
| `tools/check_truth.py` | validates truth.json against the files (see below) |
| `tools/check_open.py` | opens every file with a real reader (LibreOffice → PDF, pdfinfo/pdftotext, nbformat, PIL, zipfile) |
| `tools/make_readme.py` | writes this README (tables are computed from truth.json) |
| `build/` | scratch (sources such as .tex/.md, intermediate docx); not part of the hand-ins |

## The model (Goodfellow 10.10.1, as the sheet)

g = σ(0.1 + 0.3x − 0.3h₋), f = σ(0.25x + 0.3h₋), q = σ(0.2 + 0.4x + 0.3h₋), cand = σ(1 + 0.01x + 0.1h₋),
s = f·s₋ + g·cand, h = ReLU(s)·q, output = σ(5h − 1); x = 0.7, 0.5, 0.7; h₀ = s₀ = 0.

"""

TAIL = r"""
## truth.json conventions

* One object per student: `folder, participant, name, files, scenario, values, text_answers, plot, notes`.
* `values`: exactly the numbers the student wrote as Q17 forward-pass answers, at the quantity and **sheet step
  (1..3)** the student meant (students counting from 0 are mapped: their t=0 → step 1). Parameters, inputs,
  pre-activations (e.g. σ(0.31), `net g` rows), restated previous states (e.g. `h(t-1)` on Sven Köhler's
  sheets) and the initial state row/column t=0 are **not** listed. Values visible only in an image (plot
  annotations, the scan) are not listed; the notes give them.
* `written` = the text as the student's reader sees it; `value` = the number as written. Exceptions,
  all in spreadsheets: where a cell stores a full-precision number and only a number format shortens it
  (Anna Schneider, Kevin Braun, Amelie Roth, Leonie Braun), `written` is the displayed text and `value`
  the stored number; Finn Schröder's workbook holds formulas without cached results, so `written` is the
  formula and `value` its result.
* Every occurrence is listed: if a student repeats values (output values in the 17same answer, a second
  printout, csv + notebook), the same quantity/step appears more than once (always with the same value up to
  rounding). The notes say so.
* `file` is relative to the student folder; a member of the student's own zip is written `archive.zip!member/path`.
* `where`: `Sheet!B7` (sheet names with spaces/`=` quoted: `'Aufgabe 17'!B5`, `'t=2'!B9`), `page N` (PDF,
  1-based), `line N` (text files incl. csv/md/html source, 1-based), `paragraph N` (docx/odt/doc/rtf body
  paragraphs as python-docx counts them, for odt/doc/rtf after LibreOffice→docx), `table T, row R, col C`
  (1-based, header row = row 1), `cell N …` (notebook cells, 1-based, markdown cells included).
* `text_answers`: keys 16a–16e and 17same; the answer text as written (LaTeX flattened to plain text), or null
  if not answered. Anton Fuchs' 17same exists only in the scan image (marked in the text).
* `plot`: the student handed in a plot in any form (png file, chart in the spreadsheet, notebook image
  output, figure in a PDF/docx/HTML).
* Draft + final: Julia Neumann (`…_draft.docx` vs `…_final.pdf`) and Mara Albrecht (`LSTM_v1.xlsx` vs
  `LSTM_v2_final.xlsx`): only the final version's values are listed; the drafts contain other (wrong) numbers.

## check_truth.py

`/usr/bin/python3 tools/check_truth.py` checks the schema, that every listed file exists and every file is
listed, that every `written` string (or its decimal-comma/point spelling) occurs in the text extracted from its
file **and at the stated place** (page, line, paragraph, table cell, sheet cell incl. formula + recalculated
result, notebook cell), that `value` agrees with `written`, and that the values of `correct-*`,
`rounded-*-carried` and `misconception:*` scenarios agree with `lstm_model.forward()` for that scenario
(within the written precision; truncation allowed for `truncated`). Last run: all 70 students, all values OK,
no unchecked locations.

`/usr/bin/python3 tools/check_open.py`: every file opens (office files convert to PDF in LibreOffice,
notebooks validate, zips test clean, PDFs all have a text layer except the deliberate scan).

## Unusual things a grader should know

* **Ibrahim Al-Sayed and Samuel Okafor** handed in the same group PDF (the sheet says group submissions earn 0
  points but count as participation).
* **Fabian Horn** uploaded only the exercise sheet (as docx) – no answers. **Sebastian Lehmann** uploaded the
  sheet as an extra PDF next to his solution.
* **Anton Fuchs**: image-only PDF (scan); nothing to extract without OCR.
* **Alina Popescu, Valentina Rossi**: values only as annotations in a plot image.
* **Greta Schulze**: refers to a notebook that is not in the hand-in. **Moritz Schwarz**: text only.
* **Zoë Martin**: values inside Word equation objects (OMML) – invisible to python-docx `paragraph.text`.
* **Finn Schröder**: formulas without cached values (openpyxl `data_only=True` gives None).
* **Niklas Lange**: numbers typed as text cells with decimal comma.
* **Hannah Zimmermann** counts steps from 0 (t = 0, 1, 2); Jonas Wagner, Ewa Kowalska, Noah Weber,
  Nguyễn Thị Mai, Charlotte Walter, Sebastian Lehmann, Finn Schröder show an explicit initial-state t=0
  row/column before steps 1..3.
* Letter families: `a`/`o` (a = candidate, o = network output): Priya Raghunathan, Mia Frank, Okafor/Al-Sayed.
  `c`/`y` (c = candidate): Olga Petrova, Pedro Alves, Tarek Mansour. Olah (i, f, o = output *gate*, C̃/c~ =
  candidate, C/c = cell state): Chen Wei, Isabel García, Ewa Kowalska, Rafael Costa.
* Header-less rows: Lukas Meyer (order stated in README.txt), Pedro Alves (order only in lstm.py's ORDER list),
  David Klein (order in a `#` header line, no t column).
* Encodings: windows-1252 in Jonas Wagner's csv, Paul Krüger's csv and Leon Bauer's txt; everything else UTF-8.
* Folder names keep non-ASCII characters (ü, ß, ç, ø, ł, ễ, ...), as Moodle does.
"""


def fmt_row(r):
    return " | ".join(f"{r[k]:.6f}" for k in QUANT)


def main():
    out = [HEAD]
    out.append("Correct values (full precision, rounded to 6 here):\n")
    out.append("| t | g | f | q | cand | s | h | output |\n|---|---|---|---|---|---|---|---|")
    for t, r in enumerate(forward(), 1):
        out.append(f"| {t} | {fmt_row(r)} |")
    out.append("\nMistake variants used (values at t = 1, 2, 3 for s / h / output):\n")
    out.append("| variant | s | h | output |\n|---|---|---|---|")
    for v in ["tanh-candidate", "tanh-s", "tanh-candidate+tanh-s", "no-forget", "swap-UW", "no-c", "no-recurrence"]:
        rs = forward(v)
        out.append(f"| {v} | " + " | ".join(", ".join(f"{r[k]:.4f}" for r in rs) for k in ["cell_state", "hidden", "output"]) + " |")
    for d in (2, 3):
        rs = forward(rnd=d)
        out.append(f"| rounded-{d}-carried | " + " | ".join(", ".join(f"{r[k]:.{d}f}" for r in rs) for k in ["cell_state", "hidden", "output"]) + " |")
    # scenario counts
    cnt = collections.Counter()
    for r in T:
        s = r["scenario"].split()[0].rstrip(":")
        if s.startswith("misconception:"):
            fam = s
        elif s.startswith("slip:"):
            fam = "slip (carried)"
        elif s.startswith("rounded"):
            fam = "rounded-carried (" + s + ")"
        elif s.startswith("correct"):
            fam = "correct (" + s + ")"
        else:
            fam = s
        cnt[fam] += 1
    out.append("\n## Scenarios\n")
    out.append("| family | students |\n|---|---|")
    for k, v in sorted(cnt.items()):
        out.append(f"| {k} | {v} |")
    # formats
    fc = collections.Counter()
    for r in T:
        for f in r["files"]:
            fc[Path(f).suffix.lower()] += 1
    out.append("\n## File formats (files per extension; zips additionally contain .ipynb/.csv/.py/.txt/.png)\n")
    out.append(" · ".join(f"`{k}` {v}" for k, v in sorted(fc.items())))
    out.append("\n## Students\n")
    out.append("| # | student | files | producer | scenario | values | plot | notes |\n|---|---|---|---|---|---|---|---|")
    for i, r in enumerate(T, 1):
        out.append(f"| {i} | {r['name']} ({r['participant']}) | {', '.join(r['files'])} | {PRODUCER.get(r['name'], '')} | "
                   f"{r['scenario']} | {len(r['values'])} | {'yes' if r['plot'] else 'no'} | {r['notes']} |")
    out.append(TAIL)
    (ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")
    missing = [r["name"] for r in T if r["name"] not in PRODUCER]
    print("README written; producer missing for", missing)


main()
