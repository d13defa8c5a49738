#!/usr/bin/python3
"""Sanity check of the generated samples against expected.yaml.

Usage:  /usr/bin/python3 samples/tools/verify_samples.py
For every student: each listed file must exist and open (pdftotext for PDFs, LibreOffice
recalculating export to CSV for spreadsheets, PIL for PNGs); a student with status: error
must have a file that does not open.  The numbers found in the files are then compared with
the reference: every item that is neither wrong nor missing must appear rounded to some
number of decimals (1..15; spreadsheets store 0.500000 as 0.5); for wrong and missing items the
reference value must NOT appear (checked at 3..6 decimals, where collisions are unlikely).
This is a bag-of-numbers check, not a layout-aware parser.
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_rnn2  # noqa: E402
import make_sheet09  # noqa: E402
from common import SAMPLES, soffice_convert, cleanup  # noqa: E402

NUM_DOT = re.compile(r"[-\u2212]?\d+\.\d+")
NUM_COMMA = re.compile(r"[-\u2212]?\d+,\d+")


def items_sheet09():
    return {"%s@%d" % (k, t): make_sheet09.REF[k][t] for k in make_sheet09.QTY for t in make_sheet09.STEPS}


def items_rnn2():
    out = {}
    for t, r in make_rnn2.REF.items():
        for q in ("a", "h"):
            for i in (0, 1):
                out["%s[%d]@%d" % (q, i + 1, t)] = r[q][i]
        out["output@%d" % t] = r["output"]
    return out


def extract(path, tmp):
    """Return the text of a file, or raise if it does not open."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    if ext == "csv":
        raw = open(path, "rb").read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("windows-1252")
    if ext in ("xlsx", "xls", "ods"):
        import openpyxl
        if ext == "xlsx":
            openpyxl.load_workbook(path)  # raises on a corrupt file
        # LibreOffice recalculates formulas that have no cached value
        out = soffice_convert(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                              tmp)
        return open(out, encoding="utf-8").read()
    if ext == "png":
        from PIL import Image
        Image.open(path).verify()
        return ""
    raise ValueError("unknown extension " + ext)


def numbers(text):
    """(value, decimals) for every decimal number in the text (decimal point or comma)."""
    # a file uses either decimal points or decimal commas; "1,0.57" is a list, not 1.0
    num = NUM_DOT if NUM_DOT.search(text) else NUM_COMMA
    out = set()
    for m in num.finditer(text):
        tok = m.group(0).replace("\u2212", "-").replace(",", ".")
        out.add((float(tok), len(tok.split(".")[1])))
    return out


def found(ref, nums, min_dec):
    """Is ref present, correctly rounded to the token's own number of decimals?"""
    return any(d >= min_dec and abs(v - ref) <= max(0.5 * 10 ** -d, 1e-9) * (1 + 1e-9)
               for v, d in nums)


def check(folder, items):
    exp = yaml.safe_load(open(os.path.join(os.path.dirname(folder.rstrip("/")), "expected", os.path.basename(folder.rstrip("/")) + ".yaml"), encoding="utf-8"))
    ok = True
    for sid, e in exp.items():
        tmp = tempfile.mkdtemp(prefix="korrektor_verify_")
        texts, errors = [], []
        for fn in e["files"]:
            p = os.path.join(folder, fn)
            if not os.path.exists(p):
                errors.append(fn + ": missing file")
                continue
            try:
                texts.append(extract(p, tmp))
            except Exception as ex:  # noqa: BLE001
                errors.append("%s: %s" % (fn, type(ex).__name__))
        if e.get("status") == "error":
            res = "OK (does not open: %s)" % "; ".join(errors) if errors else "FAIL: opens fine"
            ok &= bool(errors)
            print(sid, e["name"], res)
            continue
        if errors:
            print(sid, e["name"], "FAIL", errors)
            ok = False
            continue
        nums = set().union(*(numbers(t) for t in texts))
        bad = []
        for item, ref in items.items():
            if item in e["wrong"] or item in e["missing"]:
                if found(ref, nums, 3):
                    bad.append(item + " listed as wrong/missing but reference value present")
            elif not found(ref, nums, 1):
                bad.append(item + " not found")
        ok &= not bad
        print(sid, e["name"], "OK" if not bad else "FAIL", bad if bad else "",
              "(%d numbers)" % len(nums))
    return ok


def main():
    try:
        a = check(os.path.join(SAMPLES, "sheet09"), items_sheet09())
        b = check(os.path.join(SAMPLES, "rnn2"), items_rnn2())
    finally:
        cleanup()
    print("ALL OK" if a and b else "SOME CHECKS FAILED")
    sys.exit(0 if a and b else 1)


if __name__ == "__main__":
    main()
