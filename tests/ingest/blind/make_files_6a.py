"""Builds the non-text reply of writer A, round 6: 118_sussex/reply.docx.
Run with .venv/bin/python tests/ingest/blind/make_files_6a.py"""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def para(doc, text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def build_118():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sussex Police\tOFFICIAL\tFreedom of Information"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sussex Police, Church Lane, Lewes, East Sussex, BN7 2DZ   |   Tel: 101   |   FOI 1478/24   |   Page 1 of 2"
    fp.runs[0].font.size = Pt(8)

    para(doc, "Information Access Team\nSussex Police Headquarters\nChurch Lane\nLewes\nBN7 2DZ", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Our ref: FOI 1478/24\nDate: 27 June 2024")
    para(doc, "Dear Ms Tavernier,")
    para(doc, "Freedom of Information Act 2000 – Request for information", bold=True)
    para(doc, "Thank you for your request for information dated 30 May 2024, in which you asked:")
    for q in (
        "Q1. For the financial year 2023/24, the number of sexual offences recorded where the victim was under 18, broken down by the age of the victim (under 13, 13 to 15, 16 to 17) and the age of the suspect (10 to 17, 18 to 24, 25 and over).",
        "Q2. How many of these offences were flagged as online, and how many of those involved a suspect aged 10 to 17?",
        "Q3. For the offences where the suspect was aged 10 to 17, the outcomes.",
        "Q4. How many of the offences took place on school premises?",
    ):
        para(doc, q, italic=True)
    para(doc, "Sussex Police has located information relevant to your request and our response is set out below.")

    para(doc, "Q1", bold=True)
    para(doc, "The table below shows sexual offences recorded in the financial year 2023/24 (1 April 2023 to 31 March 2024) where the victim was aged under 18 at the time of the offence, by age of the victim and age of the suspect. Where more than one suspect is linked to a crime, the age of the first named suspect has been used.")
    t = doc.add_table(rows=6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = "Age of victim"
    b = t.cell(0, 1).merge(t.cell(0, 4)); b.text = "Age of suspect"
    c = t.cell(0, 5).merge(t.cell(1, 5)); c.text = "Total"
    heads = ["10 to 17", "18 to 24", "25 and over", "Not known"]
    for i, h in enumerate(heads):
        t.cell(1, 1 + i).text = h
    rows = [
        ("Under 13", "58", "12", "71", "9", "150"),
        ("13 to 15", "96", "44", "63", "17", "220"),
        ("16 to 17", "21", "29", "33", "<5", "86"),
        ("Total", "175", "85", "167", "29", "456"),
    ]
    for r, vals in enumerate(rows):
        for ci, v in enumerate(vals):
            t.cell(2 + r, ci).text = v
    for r in (0, 1, 5):
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    para(doc, "Figures of fewer than five are shown as '<5' to reduce the risk of identification. Totals have not been suppressed.", size=9, italic=True)

    para(doc, "Q2", bold=True)
    para(doc, "Of the 456 offences shown above, 118 (26%) had the online flag applied. Of those 118 offences, 47 involved a suspect aged 10 to 17.")

    para(doc, "Q3", bold=True)
    para(doc, "The outcomes of the 175 offences where the suspect was aged 10 to 17, as at 31 May 2024, were as follows:")
    for line in (
        "Charge/summons – 14",
        "Youth caution – <5",
        "Community resolution – 11",
        "Outcome 22 (diversionary, educational or intervention activity) – 26",
        "Outcome 15 (evidential difficulties, suspect identified, victim supports action) – 16",
        "Outcome 16 (evidential difficulties, victim does not support action) – 45",
        "Outcome 21 (further investigation not in the public interest) – 9",
        "Other outcomes – 8",
        "Under investigation – 44",
        "Total – 175",
    ):
        doc.add_paragraph(line, style="List Bullet")

    para(doc, "Q4", bold=True)
    para(doc, "Sussex Police does not hold this information in a retrievable format. The location type of an offence is not a mandatory field and 'school' is not a location category that can be searched on our crime recording system (Niche). In accordance with Section 1(1)(a) of the Act, this letter serves as notice that the information is not held.")

    para(doc, "If you are dissatisfied with this response you have the right to ask for an internal review. Requests for review should be made within 40 working days of the date of this letter to the Information Access Team at the address above, quoting reference FOI 1478/24. If you are still dissatisfied you may contact the Information Commissioner's Office.")
    para(doc, "Yours sincerely,")
    para(doc, "R. Okonjo\nInformation Access Officer\nSussex Police")
    doc.save(os.path.join(HERE, "118_sussex", "reply.docx"))


if __name__ == "__main__":
    build_118()
    print("built 118_sussex/reply.docx")
