"""Generate all unseen-b submissions and truth.json. Run with /usr/bin/python3."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import Student, SUB, BASE

if os.path.exists(SUB):
    shutil.rmtree(SUB)
os.makedirs(SUB)
import batch1
mods = [batch1]
for name in ["batch2", "batch3", "batch4", "batch5", "batch6"]:
    try:
        mods.append(__import__(name))
    except ModuleNotFoundError as e:
        if e.name != name:
            raise
for m in mods:
    for f in m.ALL:
        f()
        print("made", Student.all[-1].folder, flush=True)
truth = [s.truth() for s in Student.all]
json.dump(truth, open(os.path.join(BASE, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
made = [{"folder": s.folder, "made": s.made} for s in Student.all]
json.dump(made, open(os.path.join(BASE, "tools", "made.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(truth), "students")
