#!/usr/bin/python3
"""Validate /work/unseen/truth.json against the files in /work/unseen/submissions.

Checks: schema; every listed file exists and every file in a folder is listed; every value's
'written' string appears in the text of its file (as extracted from that format) and, where the
'where' field names a page / sheet cell / table cell / paragraph / line / notebook cell, at that
place; 'value' agrees with 'written'; values of correct-* scenarios are within rounding of the true
forward pass, misconception scenarios agree with the corresponding wrong model.
Run: /usr/bin/python3 /work/unseen/tools/check_truth.py"""
import html, io, json, math, re, shutil, subprocess, sys, tempfile, zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lstm_model import forward, QUANT

ROOT = Path("/work/unseen")
SUB = ROOT / "submissions"
TMP = Path(tempfile.mkdtemp(prefix="check_truth_"))
errors, warnings = [], []
KEYS = ["16a", "16b", "16c", "16d", "16e", "17same"]


def err(stu, msg):
    errors.append(f"[{stu}] {msg}")


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + "." + fmt.split(":")[0])


def norm(s):
    s = s.replace("\u2212", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s)


# ------------------------------------------------------------------ extraction per format
class Doc:
    """text: whole text; parts: dict place -> text (pages, cells, paragraphs ...)"""
    def __init__(self):
        self.text = ""
        self.parts = {}
        self.cells = {}      # 'Sheet!A1' -> (value, formula_or_None)


def read_text_bytes(b):
    for enc in ("utf-8", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def extract(path: Path) -> Doc:
    d = Doc()
    ext = path.suffix.lower()
    if ext in (".txt", ".md", ".csv", ".tsv", ".py"):
        t = read_text_bytes(path.read_bytes())
        d.text = t
        for i, l in enumerate(t.splitlines(), 1):
            d.parts[f"line {i}"] = l
    elif ext in (".html", ".htm"):
        t = path.read_text(encoding="utf-8")
        for i, l in enumerate(t.splitlines(), 1):
            d.parts[f"line {i}"] = html.unescape(re.sub(r"<[^>]+>", "", l))
        d.text = html.unescape(re.sub(r"<[^>]+>", " ", t))
    elif ext == ".pdf":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                            text=True).stdout).group(1))
        pages = []
        for i in range(1, n + 1):
            pg = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
                                capture_output=True, text=True).stdout
            d.parts[f"page {i}"] = pg
            pages.append(pg)
        d.text = "\n".join(pages)
    elif ext in (".docx", ".odt", ".doc", ".rtf"):
        src = path
        if ext != ".docx":
            out = TMP / ("conv_" + path.stem)
            out.mkdir(exist_ok=True)
            src = soffice(path, "docx", out)
        import docx
        doc = docx.Document(str(src))
        texts = []
        for i, p in enumerate(doc.paragraphs, 1):
            # include equation (OMML) text
            t = "".join(n.text or "" for n in p._p.iter() if n.tag.endswith("}t"))
            d.parts[f"paragraph {i}"] = t
            texts.append(t)
        for ti, tb in enumerate(doc.tables, 1):
            for ri, row in enumerate(tb.rows, 1):
                for ci, cell in enumerate(row.cells, 1):
                    d.parts[f"table {ti}, row {ri}, col {ci}"] = cell.text
                    texts.append(cell.text)
        d.text = "\n".join(texts)
        if ext != ".docx":     # plain text export as a second opinion
            out = TMP / ("txt_" + path.stem)
            out.mkdir(exist_ok=True)
            d.text += "\n" + soffice(path, "txt:Text (encoded):UTF8", out).read_text(encoding="utf-8", errors="replace")
    elif ext in (".xlsx", ".xls", ".ods"):
        import openpyxl
        src = path
        if ext != ".xlsx":
            out = TMP / ("conv_" + path.stem)
            out.mkdir(exist_ok=True)
            src = soffice(path, "xlsx", out)
        wf = openpyxl.load_workbook(src)
        wv = openpyxl.load_workbook(src, data_only=True)
        # recalculated copy (for formula-only workbooks)
        out = TMP / ("recalc_" + path.stem)
        out.mkdir(exist_ok=True)
        shutil.copy(src, out / ("in_" + src.name))
        rc = soffice(out / ("in_" + src.name), "ods", out)
        rc2 = soffice(rc, "xlsx", out / "x") if rc.exists() else None
        wr = openpyxl.load_workbook(rc2, data_only=True) if rc2 and rc2.exists() else None
        texts = []
        for ws in wf.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = wv[ws.title][c.coordinate].value
                    if v is None and wr is not None:
                        v = wr[ws.title][c.coordinate].value
                    f = c.value if isinstance(c.value, str) and c.value.startswith("=") else None
                    d.cells[f"{ws.title}!{c.coordinate}"] = (v, f)
                    texts.append(str(c.value))
                    if v is not None and f is not None:
                        texts.append(str(v))
        # displayed text via LibreOffice html export
        out = TMP / ("html_" + path.stem)
        out.mkdir(exist_ok=True)
        h = soffice(path, "html", out)
        if h.exists():
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", h.read_text(encoding="utf-8", errors="replace"))))
        d.text = "\n".join(texts)
    elif ext == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        texts = []
        for i, c in enumerate(nb["cells"], 1):
            src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            out = []
            for o in c.get("outputs", []):
                if "text" in o:
                    out.append("".join(o["text"]) if isinstance(o["text"], list) else o["text"])
                for mime in ("text/plain", "text/html"):
                    if mime in o.get("data", {}):
                        t = o["data"][mime]
                        out.append("".join(t) if isinstance(t, list) else t)
            d.parts[f"cell {i}"] = src + "\n" + "\n".join(out)
            texts.append(d.parts[f"cell {i}"])
        d.text = "\n".join(texts)
    else:
        d.text = ""
    d.text = norm(d.text)
    d.parts = {k: norm(v) for k, v in d.parts.items()}
    return d


_cache = {}


def get_doc(folder: Path, fileref: str):
    key = (folder, fileref)
    if key in _cache:
        return _cache[key]
    if "!" in fileref:
        zname, member = fileref.split("!", 1)
        out = TMP / ("zip_" + folder.name[:20] + "_" + Path(member).name)
        out.mkdir(exist_ok=True)
        with zipfile.ZipFile(folder / zname) as z:
            data = z.read(member)
        p = out / Path(member).name
        p.write_bytes(data)
        d = extract(p)
    else:
        d = extract(folder / fileref)
    _cache[key] = d
    return d


# ------------------------------------------------------------------ value helpers
def parse_written(w):
    t = w.strip().replace("\u2212", "-").replace("≈", "").strip()
    pct = t.endswith("%")
    t = t.rstrip("%").strip().replace(",", ".")
    if t.startswith("."):
        t = "0" + t
    v = float(t)
    return v / 100 if pct else v


def decimals(w):
    t = w.strip().rstrip("%").strip()
    m = re.search(r"[.,](\d+)", t)
    if "e" in t.lower():
        mant = re.search(r"[.,](\d+)[eE]", t)
        exp = int(re.search(r"[eE]([+-]?\d+)", t).group(1))
        return (len(mant.group(1)) if mant else 0) - exp
    d = len(m.group(1)) if m else 0
    return d + (2 if w.strip().endswith("%") else 0)


def variants(w):
    """spellings under which a written value may show up in extracted text"""
    out = {w, w.replace("\u2212", "-")}
    try:
        v = parse_written(w)
        d = decimals(w)
        out |= {f"{v:.{d}f}", f"{v:.{d}f}".replace(".", ",")}
    except Exception:
        pass
    return out


def model_rows(scn):
    s = scn.split()[0]
    if s.startswith("misconception:"):
        v = s.split(":", 1)[1]
        return forward(v), 1e-9
    if s.startswith("rounded-2-carried"):
        return forward(rnd=2), 0.0
    if s.startswith("rounded-3-carried"):
        return forward(rnd=3), 0.0
    if s.startswith("correct"):
        return forward(), None
    return None, None


# ------------------------------------------------------------------ main
def main():
    truth = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))
    folders = {p.name for p in SUB.iterdir() if p.is_dir()}
    seen_pids = set()
    nvals = 0
    for rec in truth:
        name = rec["name"]
        for k in ["folder", "participant", "name", "files", "scenario", "values", "text_answers", "plot", "notes"]:
            if k not in rec:
                err(name, f"missing key {k}")
        if rec["folder"] != f"{rec['name']}_{rec['participant']}_assignsubmission_file":
            err(name, "folder name does not follow Moodle pattern")
        if not (1000000 <= rec["participant"] <= 9999999) or rec["participant"] in seen_pids:
            err(name, "participant number not 7-digit/unique")
        seen_pids.add(rec["participant"])
        folder = SUB / rec["folder"]
        if not folder.is_dir():
            err(name, "folder missing")
            continue
        folders.discard(rec["folder"])
        actual = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        if sorted(rec["files"]) != actual:
            err(name, f"files list {rec['files']} != actual {actual}")
        if set(rec["text_answers"]) != set(KEYS):
            err(name, "text_answers keys wrong")
        rows, tol = model_rows(rec["scenario"])
        seen = {}
        for v in rec["values"]:
            nvals += 1
            q, t, w, val, f, where = v["quantity"], v["step"], v["written"], v["value"], v["file"], v["where"]
            if q not in QUANT or t not in (1, 2, 3):
                err(name, f"bad quantity/step {q}/{t}")
            base = f.split("!")[0]
            if base not in rec["files"]:
                err(name, f"value file {f} not in files")
                continue
            doc = get_doc(folder, f)
            # value vs written
            if w.startswith("="):
                pass
            else:
                pw = parse_written(w)
                if abs(pw - val) > 0.5 * 10 ** (-decimals(w)) + 1e-12:
                    err(name, f"value {val} does not match written {w!r}")
            # presence in the file
            found = any(norm(x) in doc.text for x in variants(w))
            # located?
            loc_ok = None
            m = re.match(r"'?([^'!]+)'?!([A-Z]+\d+)", where)
            if m and doc.cells:
                key = f"{m.group(1)}!{m.group(2)}"
                cell = doc.cells.get(key)
                if cell is None:
                    loc_ok = False
                else:
                    cv, cf = cell
                    if w.startswith("="):
                        loc_ok = (cf == w) and cv is not None and abs(float(cv) - val) < 1e-9
                        found = found or loc_ok
                    elif isinstance(cv, (int, float)):
                        loc_ok = abs(cv - val) < 1e-9 or abs(cv - parse_written(w)) < 1e-9
                    else:
                        loc_ok = norm(str(cv)) == norm(w)
                    found = found or loc_ok
            else:
                for pat in [r"(page \d+)", r"(line \d+)", r"(paragraph \d+)", r"(table \d+, row \d+, col \d+)",
                            r"(cell \d+)"]:
                    mm = re.match(pat, where)
                    if mm and mm.group(1) in doc.parts:
                        part = doc.parts[mm.group(1)]
                        loc_ok = any(norm(x) in part for x in variants(w))
                        break
            if not found:
                err(name, f"written {w!r} ({q}@{t}) not found in {f}")
            if loc_ok is False:
                err(name, f"written {w!r} ({q}@{t}) not at {where!r} in {f}")
            elif loc_ok is None:
                warnings.append(f"[{name}] location {where!r} not machine-checked for {w!r}")
            # consistency with the scenario's model
            if rows is not None:
                ref = rows[t - 1][q]
                allowed = (0.5 * 10 ** (-decimals(w)) if not w.startswith("=") else 0) + 1e-9
                if tol == 0.0:
                    allowed = 1e-9
                if "truncated" in rec["scenario"]:
                    allowed = 10 ** (-decimals(w)) + 1e-9
                if "slip" not in rec["scenario"] and abs(val - ref) > allowed + 1e-6:
                    err(name, f"{q}@{t} = {val} inconsistent with scenario model {ref:.6f}")
            # same quantity/step written twice must agree
            if (q, t) in seen and abs(seen[(q, t)] - val) > 0.006:
                err(name, f"{q}@{t} listed twice with different values")
            seen[(q, t)] = val
        if rec["scenario"].startswith(("values-only-in-plot", "text-only", "wrong-file", "scan")) and rec["values"]:
            err(name, "scenario without text values but values listed")
    for f in folders:
        errors.append(f"folder {f} has no truth record")
    print(f"{len(truth)} students, {nvals} values checked")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    shutil.rmtree(TMP, ignore_errors=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
