"""Build all unseen sheet-9 submissions, truth.json and submissions.zip.
Run with Debian's python:  /usr/bin/python3 /work/unseen/tools/build.py"""
import sys, shutil, zipfile, importlib
sys.path.insert(0, "/work/unseen/tools")
from common import *

if SUB.exists():
    shutil.rmtree(SUB)
SUB.mkdir(parents=True)
funcs = []
for m in ["students_1", "students_2", "students_3", "students_4", "students_5"]:
    mod = importlib.import_module(m)
    funcs += [(n, getattr(mod, n)) for n in dir(mod) if n.startswith("s") and n[1:].isdigit()]
funcs.sort()
only = set(sys.argv[1:])
for n, f in funcs:
    if only and n not in only:
        continue
    print("building", n, flush=True)
    f()
for st in Student.all:
    seen = {}
    for v in st.values:
        seen[(v["quantity"], v["step"])] = seen.get((v["quantity"], v["step"]), 0) + 1
    dups = sorted(f"{q}@{t}" for (q, t), n in seen.items() if n > 1)
    if dups:
        st.notes += (" Some values are written more than once (" + ", ".join(dups) + "; e.g. repeated in the "
                     "17same answer or in a second printout/file); every occurrence is listed.")
recs = write_truth(Student.all, ROOT / "truth.json")
zp = ROOT / "submissions.zip"
if zp.exists():
    zp.unlink()
with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
    for p in sorted(SUB.rglob("*")):
        if p.is_file():
            z.write(p, p.relative_to(SUB))
print(len(recs), "students written")
