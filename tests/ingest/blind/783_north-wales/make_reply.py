"""Build reply.docx: North Wales Police response to FOI 2024/0873.

Run: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible: core properties and zip entry times are fixed.
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 7, 30, 11, 0, 0)


def add_field(run, instr):
    """Insert a simple Word field (PAGE / NUMPAGES) into a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def letterhead(doc):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Heddlu Gogledd Cymru\tNorth Wales Police")
    r.bold = True
    r.font.size = Pt(13)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Uned Rhyddid Gwybodaeth\tFreedom of Information Unit")
    r.font.size = Pt(9)
    hp3 = sec.header.add_paragraph()
    r = hp3.add_run("Pencadlys yr Heddlu, Glan y Don, Bae Colwyn, LL29 8AW\t"
                    "Police Headquarters, Glan y Don, Colwyn Bay, LL29 8AW")
    r.font.size = Pt(8)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Tudalen / Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" o / of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.")
    r.font.size = Pt(8)
    r.italic = True


def set_cell(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(10)
    if align is not None:
        p.alignment = align


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    letterhead(doc)

    para(doc, "Ein Cyf / Our Ref: FOI 2024/0873", bold=True, space_after=0)
    para(doc, "Dyddiad / Date: 30 July 2024", space_after=12)
    para(doc, "Dear Requester,")
    para(doc, "Freedom of Information Act 2000 – Request Reference FOI 2024/0873", bold=True)
    para(doc, "Thank you for your request for information received on 02/07/2024, which has been dealt with "
              "under the terms of the Freedom of Information Act 2000 (the Act).")
    para(doc, "North Wales Police has now completed its search for the information you requested. Your request "
              "and our response are set out below.")

    para(doc, "Your request", bold=True)
    para(doc, "For each of the financial years 2021/22, 2022/23 and 2023/24:")
    para(doc, "1. The number of rapes of children recorded, broken down by Home Office offence code "
              "(rape of a female child under 16, rape of a female child under 13, rape of a male child under "
              "13 and rape of a male child under 16).")
    para(doc, "2. How many of the offences in question 1 were flagged as child sexual exploitation (CSE)?")
    para(doc, "3. The age of the suspect(s) in these offences, split into under 18 and 18 and over.")
    para(doc, "4. In how many of the offences in question 1 was the suspect a member of the victim's family?")

    para(doc, "Our response", bold=True)
    para(doc, "Question 1", bold=True)
    para(doc, "The figures below are the number of crimes recorded under each Home Office code in each "
              "financial year (1 April to 31 March).")

    years = [
        ("2021/22", [("019D", "Rape of a female child under 16", 38),
                     ("019E", "Rape of a female child under 13", 27),
                     ("019G", "Rape of a male child under 13", 9),
                     ("019H", "Rape of a male child under 16", 6)], 80),
        ("2022/23", [("019D", "Rape of a female child under 16", 44),
                     ("019E", "Rape of a female child under 13", 31),
                     ("019G", "Rape of a male child under 13", 7),
                     ("019H", "Rape of a male child under 16", 11)], 93),
        ("2023/24", [("019D", "Rape of a female child under 16", 41),
                     ("019E", "Rape of a female child under 13", 22),
                     ("019G", "Rape of a male child under 13", 12),
                     ("019H", "Rape of a male child under 16", 8)], 83),
    ]
    for label, rows, total in years:
        para(doc, label, bold=True, space_after=2)
        for code, name, n in rows:
            para(doc, f"{code} {name} – {n}", space_after=0)
        para(doc, f"Total – {total}", bold=True, space_after=10)

    para(doc, "Question 2", bold=True)
    para(doc, "Of the offences listed above, 14 carried a Child Sexual Exploitation (CSE) flag in 2021/22, "
              "eleven in 2022/23 and 17 in 2023/24. The CSE flag is applied at the discretion of the "
              "investigating officer and may be added or removed as an investigation progresses.")

    para(doc, "Question 3", bold=True)
    para(doc, "Please note that the table below counts suspects rather than offences. An offence may have more "
              "than one suspect linked to it, so the totals will not match those given at question 1. Age is "
              "the suspect's age at the time of the offence.")

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Financial Year", "Suspect aged under 18", "Suspect aged 18 or over", "Age not recorded",
             "Total suspects"]
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    data = [("2021/22", "29", "51", "<5", "83"),
            ("2022/23", "37", "58", "6", "101"),
            ("2023/24", "33", "49", "<5", "86")]
    for row in data:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, align=None if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Where a figure is less than 5 it has been shown as <5 to reduce the risk of individuals being "
              "identified.", italic=True, size=9)

    para(doc, "Question 4", bold=True)
    para(doc, "The relationship between the victim and the suspect is not held in a field that can be searched "
              "or reported on. To establish whether a suspect was a family member, each crime report would have "
              "to be retrieved and the investigation log read in full.")
    para(doc, "There were 256 offences across the three years at question 1. We estimate that it would take a "
              "minimum of 10 minutes to review each record:")
    para(doc, "256 records x 10 minutes = 2,560 minutes = 42 hours 40 minutes", bold=True)
    para(doc, "The appropriate limit for police forces is set at £450, which equates to 18 hours of work at £25 "
              "per hour. Section 12(1) of the Act means that North Wales Police is not obliged to comply with "
              "a request where the cost of complying would exceed this limit. Question 4 is therefore refused "
              "under Section 12(1), and this letter acts as a Refusal Notice under Section 17 of the Act.")
    para(doc, "Under Section 16 of the Act we have a duty to provide advice and assistance. Unfortunately we "
              "cannot suggest a way of narrowing this question that would bring it within the cost limit, "
              "as the manual review would be needed for every record.")

    para(doc, "Complaint rights", bold=True)
    para(doc, "If you are dissatisfied with the handling of your request, you have the right to ask for an "
              "internal review. Requests for internal review should be made in writing within 40 working days "
              "of the date of this letter to the Freedom of Information Unit at the address above, or by e-mail "
              "to freedomofinformation@nthwales.pnn.police.uk.")
    para(doc, "If you remain dissatisfied following an internal review, you may complain to the Information "
              "Commissioner. The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
              "Cheshire, SK9 5AF. Telephone: 0303 123 1113.")
    para(doc, "Yours sincerely,", space_after=18)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Freedom of Information Unit", space_after=0)
    para(doc, "North Wales Police")

    cp = doc.core_properties
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = "FOI 2024/0873 Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""

    tmp = io.BytesIO()
    doc.save(tmp)
    src = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 30, 11, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
