"""Shared helpers for the sample-submission generators.

Run the generators with Debian's Python (/usr/bin/python3), which has
python3-openpyxl, python3-docx, python3-reportlab, python3-pil and python3-yaml.
External tools used: soffice (LibreOffice, headless), pdflatex, pandoc.
"""
import os
import shutil
import subprocess
import tempfile

TOOLS = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(TOOLS)

# Fixed date for pdflatex so that regenerated PDFs do not differ only by timestamps.
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1530000000", FORCE_SOURCE_DATE="1", TZ="UTC")

_LO_PROFILE = None


def fmt(v, d, comma=False):
    """Round to d decimals the way a student would type it."""
    s = "%.*f" % (d, v)
    if s.startswith("-"):
        s = "-" + s[1:]
    return s.replace(".", ",") if comma else s


def soffice_convert(src, fmt_to, outdir, infilter=None):
    """Convert src with LibreOffice headless into outdir; returns the output path."""
    global _LO_PROFILE
    if _LO_PROFILE is None:
        _LO_PROFILE = tempfile.mkdtemp(prefix="korrektor_lo_profile_")
    cmd = ["soffice", "-env:UserInstallation=file://" + _LO_PROFILE, "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt_to, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + fmt_to.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError("soffice did not produce " + out)
    return out


def pdflatex(tex_path, dest_pdf):
    """Compile a .tex file (twice) in a temp dir and copy the PDF to dest_pdf."""
    work = tempfile.mkdtemp(prefix="korrektor_tex_")
    shutil.copy(tex_path, work)
    name = os.path.basename(tex_path)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name],
                       cwd=work, check=True, stdout=subprocess.DEVNULL, env=ENV)
    shutil.copy(os.path.join(work, name[:-4] + ".pdf"), dest_pdf)
    shutil.rmtree(work)


def pandoc_pdf(md_path, dest_pdf):
    """pandoc markdown -> LaTeX -> PDF (pdflatex). lmodern is not installed, so use Times."""
    subprocess.run(["pandoc", md_path, "-V", "fontfamily=times", "-V", "geometry:margin=2.5cm",
                    "-o", dest_pdf], check=True, env=ENV)


def cleanup():
    if _LO_PROFILE and os.path.isdir(_LO_PROFILE):
        shutil.rmtree(_LO_PROFILE, ignore_errors=True)


def _item(i):
    """Items like h[2]@2 contain flow indicators and must be quoted in YAML."""
    return '"%s"' % i if any(ch in i for ch in "[]{},:#") else i


def write_expected(path, header, students):
    """students: list of dicts with id, name, files, status (optional), wrong, missing."""
    lines = ["# " + l for l in header.strip().splitlines()] + [""]
    for s in students:
        lines.append('"%s":' % s["id"])
        lines.append("  name: %s" % s["name"])
        lines.append("  files: [%s]" % ", ".join(s["files"]))
        if s.get("status"):
            lines.append("  status: %s" % s["status"])
        lines.append("  wrong: [%s]" % ", ".join(_item(i) for i in s.get("wrong", [])))
        lines.append("  missing: [%s]" % ", ".join(_item(i) for i in s.get("missing", [])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
