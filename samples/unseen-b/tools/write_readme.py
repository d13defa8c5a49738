"""Write /work/unseen-b/README.md from truth.json and tools/made.json."""
import collections, json, os
BASE = "/work/unseen-b"
T = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
M = {m["folder"]: m["made"] for m in json.load(open(os.path.join(BASE, "tools", "made.json"), encoding="utf-8"))}
from common import SEED

ext = collections.Counter(os.path.splitext(f)[1].lower() for s in T for f in s["files"])
kinds = collections.Counter()
for s in T:
    sc = s["scenario"]
    k = sc.split(";")[0].split(":")[0].strip()
    kinds[k] += 1
L = ["# unseen-b: blind test set of sheet-9 hand-ins", "",
     f"{len(T)} invented students, {sum(len(s['values']) for s in T)} ground-truth values, random seed **{SEED}** "
     "(`tools/common.py`: drives participant numbers and the choice of free-text answers).",
     "Made blind: only `shared/exercise-sheet-09.md` and `shared/reading-cases.md` were read; nothing of the tool or of earlier sets.", "",
     "## Layout", "",
     "- `submissions/<First Last>_<N>_assignsubmission_file/<files>` — Moodle 'Download all submissions', unzipped; N = 7 digits starting 55.",
     "- `truth.json` — one object per student (schema of the brief). `values` = exactly the Q17 forward-pass numbers the student wrote, at the",
     "  quantity and sheet step (1..3) meant, `value` = the number as written (percent → fraction; leading comma / decimal comma parsed).",
     "  Spreadsheet numeric cells: `written` is Python's repr of the stored double; formula cells without cache: `written` is the formula and",
     "  `value` what it evaluates to. One entry per (quantity, step); where a value is repeated elsewhere (summary table, prose, PDF export) the notes say so.",
     "- `tools/` — generators (`make_all.py` runs `batch1..6.py`), model (`lstm_model.py`), helpers, `check_truth.py`, `write_readme.py`.",
     "  `tools/build/` holds intermediates that were not handed in (sources of converted files) and the checker's conversion cache.", "",
     "## Reproduce", "", "```", "cd /work/unseen-b/tools && /usr/bin/python3 make_all.py && /usr/bin/python3 write_readme.py",
     "/usr/bin/python3 check_truth.py   # every listed value is found in its file (cell / line / extracted text)", "```",
     "Producers: LibreOffice 7.4 headless (profile in tools/.lo_profile), pdflatex (TeX Live), pandoc 2.17, Debian python3 with openpyxl,",
     "python-docx, reportlab, nbformat, xlwt, odfpy, matplotlib, numpy, pandas. Notebooks have real outputs: `tools/nb.py` executes every code cell.",
     "Re-running gives the same content; LibreOffice/pdflatex files differ only in embedded timestamps.", "",
     "## Model (Goodfellow 10.10.1, sheet parameters)", "",
     "g, f, q = σ(b + U·x + W·h_prev) with the gate parameters; candidate = σ(1 + 0.01·x + 0.1·h_prev); s = f·s_prev + g·cand;",
     "h = ReLU(s)·q; output = σ(5h − 1). Correct values (4 d.p.):", "",
     "| t | g | f | q | cand | s | h | output |", "|---|---|---|---|---|---|---|---|"]
from lstm_model import forward
for t, d in enumerate(forward(), 1):
    L.append(f"| {t} | " + " | ".join(f"{d[k]:.4f}" for k in "gfqashy") + " |")
L += ["", "Variants used (see `lstm_model.forward`): tanh_cand, tanh_s, no_forget, swap_UW, no_c, no_q, hprev_is_s, relu_cand (=linear cand),",
      "tanh_cand+tanh_s, linear_out, slips (`slip=`), rounding / truncation carried on (`rnd=`, `trunc=`), wrong input (`x=`).", "",
      "## Counts", "", "File extensions: " + ", ".join(f"{k or '(none)'} {v}" for k, v in sorted(ext.items())), "",
      "Scenario kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()), "",
      f"With a plot: {sum(s['plot'] for s in T)}; with no Q17 values: {sum(not s['values'] for s in T)}; "
      f"with at least one Q16 answer: {sum(any(s['text_answers'][k] for k in ['16a','16b','16c','16d','16e']) for s in T)}; "
      f"answering 17 'same?': {sum(bool(s['text_answers']['17same']) for s in T)}.", "",
      "## Students", ""]
for i, s in enumerate(T, 1):
    L.append(f"### {i}. {s['name']} ({s['participant']}) — {len(s['values'])} values")
    L.append(f"- scenario: {s['scenario']}")
    for fn, how in M[s["folder"]]:
        L.append(f"- `{fn}`: {how}")
    if s["notes"]:
        L.append(f"- notes: {s['notes']}")
    L.append("")
open(os.path.join(BASE, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("\n".join(L[:60]))
