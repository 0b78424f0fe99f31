"""Build reply.docx: Dyfed-Powys Police bilingual (Welsh/English) FOI response letter.

Sexual communication with a child (Home Office code 71/17) offences for the financial years
2023-24 and 2024-25, broken down by the platform/app named in the crime report, in one Word
table whose header and row labels are bilingual (Welsh line, then English line, in the same
cell) and whose last row is 'Cyfanswm / Total'. A '-' in the table is keyed as nil in the
footnote. Suspects aged 10-17 are given in a sentence. The youngest victim's age and gender is
withheld under s.40(2).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 1093/25"

# (Welsh label, English label, 2023-24, 2024-25); 0 is printed '-'
ROWS = [
    (None, "Snapchat", 21, 26),
    (None, "Instagram", 9, 7),
    (None, "WhatsApp", 6, 8),
    (None, "Facebook / Messenger", 4, 0),
    (None, "TikTok", 0, 3),
    ("Arall", "Other", 7, 5),
    ("Heb ei gofnodi", "Not recorded", 11, 14),
]
TOT = (sum(r[2] for r in ROWS), sum(r[3] for r in ROWS))
assert TOT == (58, 63), TOT


def cellval(n):
    return "-" if n == 0 else str(n)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "SWYDDOGOL / OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Heddlu Dyfed-Powys Police, Pencadlys yr Heddlu / Police Headquarters, Llangynnwr, "
           "Caerfyrddin / Carmarthen SA31 2PF")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("Heddlu Dyfed-Powys Police")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
p = doc.add_paragraph("Uned Rhyddid Gwybodaeth / Freedom of Information Unit\n"
                      "Pencadlys yr Heddlu / Police Headquarters\nLlangynnwr\nCaerfyrddin / Carmarthen\n"
                      "SA31 2PF\nE-bost / Email: foi@dyfed-powys.police.uk")
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run(f"Ein Cyf / Our Ref: {REF}\nDyddiad / Date: 09/06/2025")

p = doc.add_paragraph()
p.add_run("Mae’r ddogfen hon ar gael yn Gymraeg. / This document is available in Welsh.").italic = True

doc.add_paragraph("Annwyl / Dear Requester,")
h = doc.add_paragraph()
h.add_run("CAIS RHYDDID GWYBODAETH / FREEDOM OF INFORMATION REQUEST").bold = True

doc.add_paragraph("Thank you for your request for information, received by Dyfed-Powys Police on "
                  "12/05/2025. Your request has been handled under the Freedom of Information Act 2000 "
                  "(the Act). You asked:")
q = doc.add_paragraph()
q.add_run("“1. How many offences of sexual communication with a child (Home Office code 71/17) did your "
          "force record in each of the financial years 2023-24 and 2024-25?\n"
          "2. For those offences, which social media platform or app was used? Please give a count for "
          "each platform.\n"
          "3. How many of the suspects for those offences were themselves children?\n"
          "4. What was the age and gender of the youngest victim in each year?”").italic = True

h = doc.add_paragraph()
h.add_run("Ymateb / Response").bold = True
doc.add_paragraph("Dyfed-Powys Police holds the information you have requested. Questions 1 and 2 are "
                  "answered together in the table below; the final row gives the number of 71/17 "
                  "offences recorded in each financial year (1 April to 31 March).")

cap = doc.add_paragraph()
cap.add_run("Tabl 1 / Table 1: Troseddau 71/17 yn ôl llwyfan / 71/17 offences by platform").bold = True

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = t.rows[0].cells
hdr[0].text = "Llwyfan\nPlatform"
hdr[1].text = "2023-24"
hdr[2].text = "2024-25"
for c in hdr:
    for r in c.paragraphs[0].runs:
        r.bold = True
for cy, en, a, b in ROWS:
    cells = t.add_row().cells
    cells[0].text = f"{cy}\n{en}" if cy else en
    cells[1].text = cellval(a)
    cells[2].text = cellval(b)
cells = t.add_row().cells
cells[0].text = "Cyfanswm\nTotal"
cells[1].text = str(TOT[0])
cells[2].text = str(TOT[1])
for c in cells:
    for r in c.paragraphs[0].runs:
        r.bold = True
for row in t.rows:
    for c in row.cells[1:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

fn = doc.add_paragraph()
fr = fn.add_run("Nodiadau / Notes:\n"
                "‘-’ = dim / nil.\n"
                "Each crime is counted once, against the first platform named in the crime report. "
                "‘Not recorded’ means that no platform was named in the report. "
                "Data extracted from the Niche records management system on 21/05/2025.")
fr.font.size = Pt(9)

h = doc.add_paragraph()
h.add_run("Cwestiwn 3 / Question 3").bold = True
doc.add_paragraph("In 2023-24, 12 of the suspects recorded for these offences were aged between 10 and "
                  "17 at the time of the offence. In 2024-25 there were 15 suspects in that age group. "
                  "A suspect may be linked to more than one offence.")

h = doc.add_paragraph()
h.add_run("Cwestiwn 4 / Question 4").bold = True
doc.add_paragraph("The information requested at question 4 is exempt under section 40(2) of the Act "
                  "(personal information). Disclosing the age and gender of an individual victim, "
                  "together with the year and the offence, could allow that child to be identified by "
                  "people who know them, particularly in the smaller communities within the force area. "
                  "Such a disclosure would breach the first data protection principle, as it would be "
                  "neither fair nor lawful. Section 40(2) is an absolute exemption and no public interest "
                  "test is required.")

h = doc.add_paragraph()
h.add_run("Hawliau cwyno / Complaint rights").bold = True
doc.add_paragraph("If you are dissatisfied with this response you may ask for an internal review by "
                  "writing to the Freedom of Information Unit at the address above within 40 working days. "
                  "If you remain dissatisfied you may apply to the Information Commissioner’s Office, "
                  "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yn gywir / Yours sincerely,")
doc.add_paragraph("Rhian Pugh\nSwyddog Datgelu / Disclosure Officer")

doc.save(str(HERE / "reply.docx"))
