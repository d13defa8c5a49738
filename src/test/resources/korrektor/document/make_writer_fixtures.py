#!/usr/bin/python3
"""Writes the Word-processor fixtures of the odt, doc and rtf readers' tests.

Run with Debian's python3 (python3-docx) from this folder:
    /usr/bin/python3 make_writer_fixtures.py
It writes sheet.docx (python-docx, plus one Word equation as raw OMML) into a temporary folder
and converts it with LibreOffice (soffice --headless --convert-to) into odt/sheet.odt,
doc/sheet.doc and rtf/sheet.rtf. LibreOffice stamps dates into its output, so a re-run gives
files that differ in bytes but not in content.
"""
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

from docx import Document
from docx.oxml import parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))


def png(width, height):
    """A small red-on-white PNG, written without an imaging library."""
    rows = b"".join(b"\x00" + b"".join(b"\xff\x00\x00" if x == y % width else b"\xff\xff\xff"
                                      for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


OMML = ('<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        '<m:sSup><m:e><m:r><m:t>h</m:t></m:r></m:e><m:sup><m:r><m:t>(2)</m:t></m:r></m:sup></m:sSup>'
        '<m:r><m:t>=0.3907</m:t></m:r></m:oMath>')


def docx(path, image):
    d = Document()
    d.add_heading("Übungsblatt 9 – Aufgabe 17", level=1)
    d.add_paragraph("Name: Jörg Müller, Matrikelnummer 271099")
    d.add_paragraph("Größen: σ = 0,25; Straße, Äpfel, Öl, Übung")
    p = d.add_paragraph("Hidden state: h")
    p.add_run("(2)").font.superscript = True
    p.add_run(" = 0.3907 and x")
    p.add_run("t").font.subscript = True
    p.add_run(" = 1")
    d.add_paragraph("t\tvalue")  # a tab between two words
    d.add_paragraph("Ergebnis: c(1) = 0.5769", style="List Bullet")
    eq = d.add_paragraph("Equation: ")
    eq._p.append(parse_xml(OMML))
    table = d.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "LSTM forward pass"
    for r, row in enumerate([["t", "h", "c"], ["1", "0.2610", "0.5769"], ["2", "0.3907", "0.7311"]], start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("Plot:")
    d.add_picture(image)
    d.add_paragraph("Ende.")
    d.save(path)


def main():
    work = tempfile.mkdtemp()
    try:
        image = os.path.join(work, "plot.png")
        with open(image, "wb") as f:
            f.write(png(40, 30))
        source = os.path.join(work, "sheet.docx")
        docx(source, image)
        profile = "file://" + os.path.join(work, "profile")
        for kind in ("odt", "doc", "rtf"):
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + profile,
                            "--convert-to", kind, "--outdir", os.path.join(HERE, kind), source],
                           check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
