"""Shared helpers for generating the unseen-b student submissions.

Every generator registers the values it writes through Student.val(...), so the
truth file records exactly what ended up in the files.
"""
import json
import os
import re
import shutil
import subprocess
import random

BASE = "/work/unseen-b"
SUB = os.path.join(BASE, "submissions")
TOOLS = os.path.join(BASE, "tools")
LO_PROFILE = "file://" + os.path.join(TOOLS, ".lo_profile")
SEED = 614973  # chosen for this set; recorded in README.md
RNG = random.Random(SEED)

QNAMES = ["input_gate", "forget_gate", "output_gate", "candidate", "cell_state", "hidden", "output"]
KEY2Q = dict(zip(["g", "f", "q", "a", "s", "h", "y"], QNAMES))

_used_numbers = set()


def participant_number():
    while True:
        n = int("55" + "".join(str(RNG.randint(0, 9)) for _ in range(5)))
        if n not in _used_numbers:
            _used_numbers.add(n)
            return n


def parse_written(w):
    """The number as written -> float (decimal comma, leading comma, %, ≈, e-notation, unicode minus)."""
    s = w.strip()
    s = s.replace("\u2212", "-").replace("\u2248", "").replace("~", "").replace("\u00a0", " ").strip()
    s = s.lstrip("=").strip()
    pct = s.endswith("%")
    s = s.rstrip("%").strip()
    s = s.replace(" ", "")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    if s.startswith("."):
        s = "0" + s
    if s.startswith("-."):
        s = "-0" + s[1:]
    v = float(s)
    if pct:
        v = v / 100.0
    return v


def fmt(v, nd=4, comma=False, trunc=False, lead0=True):
    if trunc:
        f = 10 ** nd
        v = int(v * f) / f
    s = f"{v:.{nd}f}"
    if not lead0 and s.startswith("0."):
        s = s[1:]
    if comma:
        s = s.replace(".", ",")
    return s


class Student:
    all = []

    def __init__(self, name, scenario, notes=""):
        self.name = name
        self.participant = participant_number()
        self.folder = f"{name}_{self.participant}_assignsubmission_file"
        self.dir = os.path.join(SUB, self.folder)
        if os.path.exists(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        self.scenario = scenario
        self.notes = notes
        self.values = []
        self.text = {k: None for k in ["16a", "16b", "16c", "16d", "16e", "17same"]}
        self.plot = False
        self.made = []  # (file, how it was made)
        Student.all.append(self)

    @property
    def first(self):
        return self.name.split()[0]

    @property
    def last(self):
        return self.name.split()[-1]

    def path(self, fn):
        p = os.path.join(self.dir, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def val(self, key, step, written, file, where, value=None):
        q = KEY2Q.get(key, key)
        assert q in QNAMES, key
        assert step in (1, 2, 3)
        for v in self.values:
            assert not (v["quantity"] == q and v["step"] == step), (self.name, q, step)
        self.values.append({"quantity": q, "step": step, "written": written,
                            "value": parse_written(written) if value is None else value,
                            "file": file, "where": where})

    def answers(self, d):
        for k, v in d.items():
            assert k in self.text
            self.text[k] = v

    def made_by(self, fn, how):
        self.made.append((fn, how))

    def files(self):
        out = []
        for root, _, fs in os.walk(self.dir):
            for f in fs:
                out.append(os.path.relpath(os.path.join(root, f), self.dir))
        return sorted(out)

    def truth(self):
        return {"folder": self.folder, "participant": self.participant, "name": self.name,
                "files": self.files(), "scenario": self.scenario, "values": self.values,
                "text_answers": self.text, "plot": self.plot, "notes": self.notes}


def soffice_convert(src, fmt_, outdir, filt=None):
    """Convert with LibreOffice headless, own profile inside tools/."""
    target = fmt_ if filt is None else f"{fmt_}:{filt}"
    r = subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                        "--convert-to", target, "--outdir", outdir, src],
                       capture_output=True, text=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + fmt_.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice failed for {src}: {r.stdout} {r.stderr}")
    return out


def pdflatex(texfile, outdir):
    wd = os.path.dirname(texfile)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                            os.path.basename(texfile)], cwd=wd, capture_output=True, text=True)
    pdf = os.path.splitext(texfile)[0] + ".pdf"
    if r.returncode != 0 or not os.path.exists(pdf):
        raise RuntimeError(r.stdout[-3000:])
    dest = os.path.join(outdir, os.path.basename(pdf))
    if os.path.abspath(dest) != os.path.abspath(pdf):
        shutil.move(pdf, dest)
    return dest


def work(name):
    """A scratch dir (inside tools/) for intermediate files that are not handed in."""
    d = os.path.join(TOOLS, "build", re.sub(r"[^A-Za-z0-9_]+", "_", name))
    os.makedirs(d, exist_ok=True)
    return d


def texesc(s):
    """Escape a free-text answer for LaTeX the way a student would fix it by hand."""
    out = s.replace("\\", r"\textbackslash{}").replace("_", r"\_").replace("%", r"\%").replace("&", r"\&").replace("#", r"\#")
    out = out.replace("||", r"$\|$").replace("->", r"$\rightarrow$").replace("<", r"$<$").replace(">", r"$>$")
    return out
