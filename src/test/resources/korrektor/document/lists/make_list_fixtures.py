#!/usr/bin/python3
"""Writes the list-numbering fixtures of the readers' tests.

Run with Debian's python3 (python3-docx 0.8.11) and LibreOffice 7.4 from this folder:
    /usr/bin/python3 make_list_fixtures.py
python-docx writes list-styles.docx (the built-in styles List Number, List Bullet, List Number 2)
and letters.docx (a numbering definition of our own: a) b) c) with (i) (ii) below, restarted and
started at c) by w:startOverride). LibreOffice converts them, and the hand-written
question16.html, into .odt, .doc, .rtf (and question16.docx). LibreOffice stamps dates into its
output, so a re-run gives files that differ in bytes but not in content.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ANSWERS = ["The input gate is g(1) = 0.5769.", "The forget gate is f(1) = 0.5436.",
           "The output gate is q(1) = 0.6177.", "The cell state is s(1) = 0.4225.",
           "The hidden state is h(1) = 0.2610."]


def list_styles(path):
    """Numbering that comes from paragraph styles (styles.xml pStyle -> numPr -> numbering.xml)."""
    d = Document()
    d.add_paragraph("Question 16")
    for answer in ANSWERS:
        d.add_paragraph(answer, style="List Number")
    d.add_paragraph("Remarks")
    d.add_paragraph("values rounded to four places", style="List Bullet")
    d.add_paragraph("computed by hand", style="List Bullet")
    d.add_paragraph("A second list", style="List Number 2")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "t = 1"
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = "in a cell"
    cell.paragraphs[0].style = d.styles["List Number"]
    d.add_paragraph("End.")
    d.save(path)


# a) b) c) with (i) (ii) on the second level and 1.1.1 style numbers on the third
ABSTRACT = (
    '<w:abstractNum %s w:abstractNumId="20"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%1)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2.%%3"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl>'
    '</w:abstractNum>' % W)
NUMS = [
    '<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % W,
    '<w:num %s w:numId="21"><w:abstractNumId w:val="20"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % W,
    '<w:num %s w:numId="22"><w:abstractNumId w:val="20"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>' % W,
]


def numbered(d, text, num_id, level=0):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, level, num_id)))
    return p


def letters(path):
    """Numbering given on each paragraph (w:numPr), from a numbering definition of our own."""
    d = Document()
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(ABSTRACT))
    for num in NUMS:
        numbering.append(parse_xml(num))
    d.add_paragraph("Question 16")
    numbered(d, ANSWERS[0], 20)
    numbered(d, ANSWERS[1], 20)
    numbered(d, "it keeps about half of the old cell state", 20, 1)
    numbered(d, "it is close to 0.5 because the weights are small", 20, 1)
    numbered(d, "the weights are drawn from N(0, 0.1)", 20, 2)
    for answer in ANSWERS[2:]:
        numbered(d, answer, 20)
    d.add_paragraph("Question 17")
    numbered(d, "The output is y(1) = 0.5757.", 21)
    numbered(d, "The output is y(2) = 0.7218.", 21)
    d.add_paragraph("Question 18")
    numbered(d, "starts at c) on purpose", 22)
    d.save(path)


def convert(source, kinds, profile):
    for kind in kinds:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", kind,
                        "--outdir", HERE, source], check=True, stdout=subprocess.DEVNULL)


def main():
    work = tempfile.mkdtemp()
    try:
        profile = "file://" + os.path.join(work, "profile")
        list_styles(os.path.join(HERE, "list-styles.docx"))
        letters(os.path.join(HERE, "letters.docx"))
        convert(os.path.join(HERE, "list-styles.docx"), ("odt", "doc", "rtf"), profile)
        convert(os.path.join(HERE, "letters.docx"), ("odt", "doc", "rtf"), profile)
        convert(os.path.join(HERE, "question16.html"), ("odt", "docx:MS Word 2007 XML", "doc:MS Word 97",
                                                        "rtf:Rich Text Format"), profile)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
