"""Verify /work/unseen-b/truth.json against the files in /work/unseen-b/submissions.

For every listed value: the file exists and the written string is really there —
at the named cell for spreadsheets (cell text, number or formula), on the named line for
line-based text files, or somewhere in the extracted text for documents (DOCX via
python-docx, ODT/DOC/RTF via LibreOffice txt export, PDF via pdftotext, ipynb via its JSON,
ZIP via the named member). Also checks folder names, file lists and the value parse.
Run: /usr/bin/python3 tools/check_truth.py
"""
import html
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_written, soffice_convert  # noqa: E402

BASE = "/work/unseen-b"
SUB = os.path.join(BASE, "submissions")
CACHE = os.path.join(BASE, "tools", "build", "_check_cache")
os.makedirs(CACHE, exist_ok=True)

QN = {"input_gate", "forget_gate", "output_gate", "candidate", "cell_state", "hidden", "output"}
_text_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def alnum(s):
    """Letters and digits only: text answers survive rendering (pandoc emphasis, LaTeX arrows)."""
    return re.sub(r"[\W_]+", "", s)


def decode(b):
    for enc in ("utf-8", "utf-16", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def convert_cached(path, fmt):
    key = re.sub(r"[^A-Za-z0-9]+", "_", os.path.relpath(path, SUB))
    d = os.path.join(CACHE, key)
    os.makedirs(d, exist_ok=True)
    out = os.path.join(d, os.path.splitext(os.path.basename(path))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        soffice_convert(path, fmt, d)
    return out


def doc_text(path, member=None):
    k = (path, member)
    if k in _text_cache:
        return _text_cache[k]
    ext = os.path.splitext(member or path)[1].lower()
    if member is not None:
        with zipfile.ZipFile(path) as z:
            t = decode(z.read(member))
    elif ext in (".txt", ".csv", ".tsv", ".md", ".py"):
        t = decode(open(path, "rb").read())
    elif ext in (".html", ".htm"):
        raw = decode(open(path, "rb").read())
        t = raw + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", raw))
    elif ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        t = "\n".join(parts)
    elif ext in (".odt", ".doc", ".rtf"):
        t = decode(open(convert_cached(path, "txt:Text (encoded):UTF8"), "rb").read())
    elif ext == ".pdf":
        t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        t += "\n" + subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    elif ext == ".ipynb":
        nb = json.load(open(path, encoding="utf-8"))
        parts = []
        for c in nb["cells"]:
            src = c["source"]
            parts.append("".join(src) if isinstance(src, list) else src)
            for o in c.get("outputs", []):
                if "text" in o:
                    parts.append("".join(o["text"]) if isinstance(o["text"], list) else o["text"])
                for mime, v in o.get("data", {}).items():
                    if mime.startswith("text"):
                        parts.append("".join(v) if isinstance(v, list) else v)
        t = "\n".join(parts)
    else:
        raise ValueError("no text reader for " + path)
    _text_cache[k] = t
    return t


def sheet_cell(path, where):
    m = re.match(r"([^!]+)!([A-Z]+[0-9]+)", where)
    if not m:
        return None
    sheet, ref = m.group(1), m.group(2)
    import openpyxl
    ext = os.path.splitext(path)[1].lower()
    x = path if ext == ".xlsx" else convert_cached(path, "xlsx")
    wf = openpyxl.load_workbook(x)
    wv = openpyxl.load_workbook(x, data_only=True)
    return wf[sheet][ref].value, wv[sheet][ref].value


def check_value(folder, v):
    path = os.path.join(SUB, folder, v["file"])
    if not os.path.exists(path):
        return f"missing file {v['file']}"
    if v["quantity"] not in QN or v["step"] not in (1, 2, 3):
        return "bad quantity/step"
    w = v["written"]
    ext = os.path.splitext(path)[1].lower()
    if not w.startswith("="):
        try:
            pv = parse_written(w)
        except ValueError:
            return f"unparseable written {w!r}"
        if abs(pv - v["value"]) > 1e-12 * max(1, abs(pv)):
            return f"value {v['value']} != parsed written {w!r}"
    if ext in (".xlsx", ".xls", ".ods"):
        cell = sheet_cell(path, v["where"])
        if cell is None:
            return f"no cell in where {v['where']!r}"
        formula, cached = cell
        if w.startswith("="):
            return None if formula == w else f"cell formula {formula!r} != {w!r}"
        for c in (formula, cached):
            if isinstance(c, str) and c.strip() == w:
                return None
            if isinstance(c, (int, float)) and abs(c - v["value"]) < 1e-12 * max(1, abs(c)):
                return None
        return f"cell {v['where']} holds {formula!r}/{cached!r}, not {w!r}"
    member = None
    if ext == ".zip":
        member = v["where"].split()[0].rstrip(":")
    t = doc_text(path, member)
    m = re.search(r"line (\d+)", v["where"])
    if m and (ext in (".txt", ".csv", ".tsv", ".md", ".py") or member):
        lines = t.splitlines()
        n = int(m.group(1))
        if n > len(lines) or w not in lines[n - 1]:
            return f"{w!r} not on line {n}: {lines[n-1] if n <= len(lines) else '<eof>'!r}"
        return None
    if w in t or norm(w) in norm(t):
        return None
    return f"{w!r} not found in text of {v['file']}"


def main():
    truth = json.load(open(os.path.join(BASE, "truth.json"), encoding="utf-8"))
    ok = bad = 0
    folders = sorted(os.listdir(SUB))
    tf = sorted(s["folder"] for s in truth)
    if folders != tf:
        print("FAIL folder set differs:", set(folders) ^ set(tf))
        bad += 1
    parts = set()
    for s in truth:
        fld = s["folder"]
        m = re.fullmatch(r"(.+)_(55\d{5})_assignsubmission_file", fld)
        if not m or m.group(1) != s["name"] or int(m.group(2)) != s["participant"] or s["participant"] in parts:
            print("FAIL folder/name/participant", fld)
            bad += 1
        parts.add(s["participant"])
        actual = sorted(os.path.relpath(os.path.join(r, f), os.path.join(SUB, fld))
                        for r, _, fs in os.walk(os.path.join(SUB, fld)) for f in fs)
        if actual != sorted(s["files"]):
            print("FAIL file list", fld, actual, s["files"])
            bad += 1
        seen = set()
        for v in s["values"]:
            key = (v["quantity"], v["step"])
            if key in seen:
                print("FAIL duplicate", fld, key)
                bad += 1
            seen.add(key)
            err = check_value(fld, v)
            if err:
                print("FAIL", fld, v["quantity"], v["step"], err)
                bad += 1
            else:
                ok += 1
        if set(s["text_answers"]) != {"16a", "16b", "16c", "16d", "16e", "17same"}:
            print("FAIL text_answers keys", fld)
            bad += 1
        for k, a in s["text_answers"].items():
            if a is None:
                continue
            found = False
            for f in s["files"]:
                p = os.path.join(SUB, fld, f)
                ext = os.path.splitext(f)[1].lower()
                try:
                    if ext in (".xlsx", ".xls", ".ods"):
                        import openpyxl
                        x = p if ext == ".xlsx" else convert_cached(p, "xlsx")
                        wb = openpyxl.load_workbook(x)
                        txt = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
                    elif ext == ".zip":
                        with zipfile.ZipFile(p) as z:
                            txt = "\n".join(decode(z.read(n)) for n in z.namelist() if not n.endswith(".png"))
                    elif ext == ".png":
                        continue
                    else:
                        txt = doc_text(p)
                except Exception as e:  # noqa: BLE001
                    print("WARN reading", fld, f, e)
                    continue
                probe = alnum(a)[:30]
                if probe in alnum(txt) or probe in alnum(html.unescape(txt)):
                    found = True
                    break
            if found:
                ok += 1
            else:
                print("FAIL text answer not found", fld, k, a[:50])
                bad += 1
    n_vals = sum(len(s["values"]) for s in truth)
    print(f"{len(truth)} students, {n_vals} values")
    print(f"{ok} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
