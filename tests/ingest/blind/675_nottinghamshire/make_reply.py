"""Build reply.docx: Nottinghamshire Police FOI response letter (python-docx), ref FOI-004861/24.

Rape of a child under 13 (Home Office codes 19E female, 19H male), financial years
2021-22, 2022-23 and 2023-24 (the request's 'last three financial years', defined in it).
Q1: a Word table, codes DOWN, years ACROSS (written '2021-22'), a Total column over the span
and a Total row.  Q2: a second Word table, victim age bands DOWN (0-4, 5-9, 10-12, not
recorded), years across, no Total row; figures of one to four shown as '1-4' (rule stated).
Q3: charges in one sentence, two figures written as words.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI-004861/24"
YEARS = ["2021-22", "2022-23", "2023-24"]

Q1 = {"19E": (68, 74, 81), "19H": (17, 12, 21)}
TOT = tuple(Q1["19E"][i] + Q1["19H"][i] for i in range(3))
assert TOT == (85, 86, 102)
ROWTOT = {k: sum(v) for k, v in Q1.items()}
assert ROWTOT == {"19E": 223, "19H": 50}
GRAND = sum(TOT)
assert GRAND == 273

# Q2: actual figures; 1..4 printed as '1-4'
Q2 = [
    ("0 to 4", (9, 3, 12)),
    ("5 to 9", (31, 29, 35)),
    ("10 to 12", (43, 50, 55)),
    ("Age not recorded", (2, 4, 0)),
]
for i in range(3):
    assert sum(r[1][i] for r in Q2) == TOT[i]
Q3 = (14, 9, 5)


def shown(n):
    return "1-4" if 1 <= n <= 4 else str(n)


doc = Document()
sec = doc.sections[0]
sec.top_margin = Cm(2)
sec.bottom_margin = Cm(2)
sec.left_margin = Cm(2.4)
sec.right_margin = Cm(2.4)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
hp.runs[0].font.size = Pt(9)
h2 = sec.header.add_paragraph()
r = h2.add_run("Nottinghamshire Police")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x5F)
h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h3 = sec.header.add_paragraph("Information Management Unit – Freedom of Information")
h3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h3.runs[0].font.size = Pt(8)


def page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


fp = sec.footer.paragraphs[0]
fp.text = ("Nottinghamshire Police, Force Headquarters, Sherwood Lodge, Arnold, Nottingham NG5 8PP  "
           "|  www.nottinghamshire.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(8)
f2 = sec.footer.add_paragraph("OFFICIAL  |  Page ")
f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
f2.runs[0].font.size = Pt(8)
page_field(f2)

blk = doc.add_paragraph()
blk.alignment = WD_ALIGN_PARAGRAPH.RIGHT
blk.add_run("Information Management Unit\nSherwood Lodge\nArnold\nNottingham\nNG5 8PP")
doc.add_paragraph()
meta = doc.add_paragraph()
meta.add_run("Our ref: ").bold = True
meta.add_run(REF + "\n")
meta.add_run("Date: ").bold = True
meta.add_run("13 December 2024")
doc.add_paragraph("Dear Sir or Madam,")
p = doc.add_paragraph()
p.add_run(f"Freedom of Information Request – {REF}").bold = True
doc.add_paragraph(
    "Thank you for your request for information, which was received by Nottinghamshire Police on "
    "18 November 2024. I am now in a position to respond. Your request has been considered under "
    "the Freedom of Information Act 2000 (the Act).")

p = doc.add_paragraph()
p.add_run("Your request").bold = True
req = [
    "Please provide the following for each of the last three financial years (April 2021 to "
    "March 2024):",
    "1. The number of offences of rape of a female child under 13 and rape of a male child "
    "under 13 recorded by Nottinghamshire Police.",
    "2. The age of the victim at the time of the offence, in the bands 0-4, 5-9 and 10-12.",
    "3. How many of these offences have resulted in a charge or summons.",
]
for line in req:
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1)
    q.add_run(line).italic = True

p = doc.add_paragraph()
p.add_run("Our response").bold = True
doc.add_paragraph(
    "Nottinghamshire Police can confirm that it holds the information you have requested. The "
    "figures below were extracted from our crime recording system on 2 December 2024 and relate "
    "to the date on which each offence was recorded, not the date on which it took place.")
doc.add_paragraph(
    "To reduce the risk of identifying individual victims, any figure between 1 and 4 has been "
    "shown as '1-4' in Table 2. The totals in Table 1 are calculated from the exact figures.")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(header, rows, bold_last=False):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.size = Pt(10)
        shade(c, "D9E2F3")
        if i:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(v)
            run.font.size = Pt(10)
            if bold_last and n == len(rows) - 1:
                run.bold = True
            if i:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


p = doc.add_paragraph()
p.add_run("Question 1").bold = True
doc.add_paragraph("Table 1: Offences recorded, by Home Office offence code and financial year")
rows = [
    ["19E – Rape of a female child under 13"] + [str(v) for v in Q1["19E"]] + [str(ROWTOT["19E"])],
    ["19H – Rape of a male child under 13"] + [str(v) for v in Q1["19H"]] + [str(ROWTOT["19H"])],
    ["Total"] + [str(v) for v in TOT] + [str(GRAND)],
]
table(["Offence"] + YEARS + ["Total"], rows, bold_last=True)
doc.add_paragraph()

p = doc.add_paragraph()
p.add_run("Question 2").bold = True
doc.add_paragraph(
    "Table 2 shows the same offences (codes 19E and 19H together) by the age of the victim at the "
    "time of the offence. Where the victim's date of birth was not entered on the crime record the "
    "offence is shown as 'Age not recorded'.")
doc.add_paragraph("Table 2: Offences recorded, by age of victim and financial year")
table(["Age of victim"] + YEARS, [[label] + [shown(v) for v in vals] for label, vals in Q2])
doc.add_paragraph()

p = doc.add_paragraph()
p.add_run("Question 3").bold = True
doc.add_paragraph(
    f"Of the offences recorded in 2021-22, {Q3[0]} have so far resulted in a charge or summons; "
    "for offences recorded in 2022-23 the figure is nine, and for 2023-24 it is five. Please note "
    "that many of the offences recorded in the most recent year are still under investigation, so "
    "the number of charges for that year is likely to rise.")

p = doc.add_paragraph()
p.add_run("Your rights").bold = True
doc.add_paragraph(
    "If you are dissatisfied with the handling of your request you may ask for an internal review "
    "by writing to the Information Management Unit at the address above within 40 working days of "
    "the date of this letter. If you remain unhappy after the review you have the right to complain "
    "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
    "SK9 5AF (telephone 0303 123 1113).")
doc.add_paragraph("Yours faithfully,")
doc.add_paragraph()
doc.add_paragraph("Disclosure Officer\nInformation Management Unit\nNottinghamshire Police")

doc.save(HERE / "reply.docx")
print("written", HERE / "reply.docx")
