"""Build reply.docx: Suffolk Constabulary FOI reply on indecent images of children (86/2), under-18 suspects."""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("reply.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Norfolk and Suffolk Constabularies\nJoint Information Management Unit"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs:
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
fp = sec.footer.paragraphs[0]
fp.text = ("Suffolk Constabulary, Police Headquarters, Martlesham Heath, Ipswich, Suffolk IP5 3QS\n"
           "OFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def p(text, bold=False, italic=False, size=None, align=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align:
        para.alignment = align
    return para


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


p("Freedom of Information Request", bold=True, size=14)
p("Reference No: FOI 000412/24\nDate: 21 February 2024")
p("Thank you for your request for information received on 24 January 2024 which has been "
  "considered under the Freedom of Information Act 2000 (FOIA). Suffolk Constabulary holds some "
  "of the information you have asked for.")

p("Request", bold=True)
p("For the calendar years 2022 and 2023, please provide:")
p("1.  The number of crimes recorded under Home Office code 86/2 (take, make or distribute "
  "indecent photographs of children) where the suspect was aged under 18, broken down by the "
  "age of the suspect.")
p("2.  Of those crimes, how many resulted in (a) a charge or summons, (b) a youth caution, and "
  "(c) Outcome 21 (further investigation not in the public interest).")
p("3.  How many of the suspects were referred to the Youth Offending Service.")

p("Response", bold=True)
p("1.  Please see the table below. The figures are crimes recorded under Home Office code 86/2 "
  "where at least one suspect was aged 10 to 17 on the date of the offence.")

t = doc.add_table(rows=4, cols=5)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
year_hdr = t.cell(0, 0).merge(t.cell(1, 0))
year_hdr.text = "Year"
age_hdr = t.cell(0, 1).merge(t.cell(0, 3))
age_hdr.text = "Age of suspect at time of offence"
tot_hdr = t.cell(0, 4).merge(t.cell(1, 4))
tot_hdr.text = "Total"
for c, label in zip((1, 2, 3), ("10 - 13", "14 - 15", "16 - 17")):
    t.cell(1, c).text = label
data = [("2022", "5", "31", "38", "74"), ("2023", "-", "35", "46", "81")]
for r, row in enumerate(data, start=2):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
for r in range(4):
    for c in range(5):
        cell = t.cell(r, c)
        for para in cell.paragraphs:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in para.runs:
                if r < 2:
                    run.bold = True
        if r < 2:
            shade(cell, "D9E2F3")

p("- denotes nil", italic=True, size=9)

p("2.  Of the crimes recorded in 2022, 6 resulted in a charge or summons, 4 were finalised with "
  "a youth caution and 19 were finalised as Outcome 21. For 2023, the number charged or "
  "summonsed was fewer than five, 7 received a youth caution and 22 were finalised as "
  "Outcome 21.")
p("Suffolk Constabulary does not release exact figures below five where this relates to a "
  "charge, as it could lead to the identification of a young person. Outcomes are shown as at "
  "12 February 2024 and a number of the 2023 crimes remain under investigation.")
p("3.  Suffolk Constabulary does not hold this information. Referrals to the Youth Offending "
  "Service are made by the Youth Justice Team of the local authority and are not recorded on "
  "police systems. Under section 1(1)(a) of the Act this letter serves as notice that the "
  "information is not held.")

p("Complaint Rights", bold=True)
p("If you are unhappy with the way your request has been handled you can ask for an internal "
  "review by writing to the Joint Information Management Unit within 40 working days. If you "
  "remain dissatisfied you have the right to apply to the Information Commissioner.")
p("Yours sincerely,\n\nFreedom of Information Decision Maker\nJoint Information Management Unit")

doc.save(str(OUT))
print("wrote", OUT)
