#!/usr/bin/python3
"""Open every file of every hand-in with a real reader: LibreOffice for office formats (converted
to PDF), pdfinfo/pdftotext for PDFs (reports whether a text layer exists), nbformat for notebooks,
PIL for images, zipfile for archives (members checked recursively), decoding for text files."""
import io, json, shutil, subprocess, sys, tempfile, zipfile
from pathlib import Path

SUB = Path("/work/unseen/submissions")
TMP = Path(tempfile.mkdtemp(prefix="check_open_"))
bad = []
counts = {}


def lo_pdf(path):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    out = TMP / f"o{abs(hash(str(path)))}"
    out.mkdir()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(path)], capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)
    pdfs = list(out.glob("*.pdf"))
    return pdfs[0] if pdfs else None


def check(path: Path, label: str):
    ext = path.suffix.lower()
    counts[ext] = counts.get(ext, 0) + 1
    try:
        if ext in (".docx", ".odt", ".doc", ".rtf", ".xlsx", ".xls", ".ods"):
            pdf = lo_pdf(path)
            if pdf is None or pdf.stat().st_size < 500:
                raise RuntimeError("LibreOffice could not open/convert")
            return "opens in LibreOffice"
        if ext == ".pdf":
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
            if info.returncode:
                raise RuntimeError(info.stderr)
            txt = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
            return "pdf, text layer: %s" % ("yes" if len(txt.strip()) > 20 else "NO (image only)")
        if ext == ".ipynb":
            import nbformat
            nb = nbformat.read(str(path), as_version=4)
            nbformat.validate(nb)
            return f"valid notebook, {len(nb.cells)} cells"
        if ext == ".png":
            from PIL import Image
            Image.open(path).verify()
            return "png ok"
        if ext == ".zip":
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    raise RuntimeError("corrupt zip")
                sub = TMP / ("z" + str(abs(hash(str(path)))))
                z.extractall(sub)
            res = []
            for p in sorted(sub.rglob("*")):
                if p.is_file():
                    res.append(f"{p.relative_to(sub)}: {check(p, label + '!' + str(p.relative_to(sub)))}")
            return "zip ok [" + "; ".join(res) + "]"
        if ext in (".txt", ".md", ".csv", ".tsv", ".py", ".m", ".html"):
            b = path.read_bytes()
            try:
                b.decode("utf-8")
                enc = "utf-8"
            except UnicodeDecodeError:
                b.decode("cp1252")
                enc = "cp1252"
            return f"text ({enc})"
        return "unchecked type"
    except Exception as e:
        bad.append(f"{label}: {e}")
        return f"FAILED: {e}"


for folder in sorted(SUB.iterdir()):
    for f in sorted(folder.rglob("*")):
        if f.is_file():
            r = check(f, f"{folder.name}/{f.relative_to(folder)}")
            print(f"{folder.name[:40]:40s} {str(f.relative_to(folder))[:34]:34s} {r}")
print("file types:", json.dumps(counts, sort_keys=True))
print("FAILURES:" if bad else "all files open", *bad, sep="\n")
shutil.rmtree(TMP, ignore_errors=True)
