"""Build reply.docx: PSNI FOI response (Request Number F-2025-01342), python-docx.

Crimes recorded with a child sexual exploitation (CSE) flag, last five financial years
(written as 01/04/YYYY - 31/03/YYYY ranges in a Word table, with a Total row); victims of
those crimes in 2024/25 by gender as a 'label: N' list; looked-after-child status not held;
a question about a named children's home answered with neither confirm nor deny.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
REF = "F-2025-01342"

ROWS = [
    ("01/04/2020 - 31/03/2021", "212"),
    ("01/04/2021 - 31/03/2022", "247"),
    ("01/04/2022 - 31/03/2023", "231"),
    ("01/04/2023 - 31/03/2024", "268"),
    ("01/04/2024 - 31/03/2025", "254"),
]
TOTAL = "1,212"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "OFFICIAL"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def label_line(label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)


para("Police Service of Northern Ireland", bold=True, size=16)
para("Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE", size=9)
para("Freedom of Information Request", bold=True, size=14)
label_line("Request Number: ", REF)
label_line("Keyword: ", "Crime")
label_line("Subtitle: ", "Child Sexual Exploitation Flagged Crimes And Victims")
label_line("Request Date: ", "02/06/2025")
label_line("Date of response: ", "27/06/2025")

para("Request and Answer:", bold=True, size=12)
para("Your request for information has been considered under the Freedom of Information Act 2000 "
     "(FOIA). The Police Service of Northern Ireland (PSNI) has a duty under Section 1(1)(a) of the Act "
     "to confirm whether it holds the information you have asked for and, under Section 1(1)(b), to "
     "provide that information to you unless an exemption applies. Requests 1 and 2 have been answered "
     "in full. PSNI does not hold the information sought at Request 3. In relation to Request 4, PSNI "
     "neither confirms nor denies that it holds the information, and this response serves as a refusal "
     "notice under Section 17(1) of FOIA.")

para("Request 1", bold=True)
para("The number of crimes recorded by PSNI which had a Child Sexual Exploitation (CSE) flag attached, for "
     "each of the last five financial years.", italic=True)
para("Answer", bold=True)
para("The table below shows the number of crimes recorded by PSNI with a Child Sexual Exploitation "
     "qualifier attached, for each of the last five financial years.")

table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0].cells
hdr[0].text = "Financial Year"
hdr[1].text = "CSE Flagged Crimes"
for c in hdr:
    shade(c, "D9E2F3")
    for r in c.paragraphs[0].runs:
        r.bold = True
for fy, n in ROWS:
    cells = table.add_row().cells
    cells[0].text = fy
    cells[1].text = n
    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cells = table.add_row().cells
cells[0].text = "Total"
cells[1].text = TOTAL
cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c in cells:
    for r in c.paragraphs[0].runs:
        r.bold = True
for row in table.rows:
    row.cells[0].width = Cm(7)
    row.cells[1].width = Cm(5)

para("The CSE qualifier can be attached to any crime type where there is an element of child sexual "
     "exploitation, so the figures include offences that are not sexual offences. Data is taken from "
     "the PSNI crime recording system as at 10 June 2025.", size=9)

para("Request 2", bold=True)
para("For the most recent financial year, the gender of the victims of the crimes at Request 1.",
     italic=True)
para("Answer", bold=True)
para("The number of victims of crimes with a CSE qualifier recorded between 01/04/2024 and 31/03/2025, by "
     "gender, is as follows:")
for line in ("Female: 143", "Male: 31", "Not recorded: 4", "Total victims: 178"):
    para(line)
para("Please note a victim may be the victim of more than one crime, so the number of victims will not "
     "match the number of crimes in Request 1.", size=9)

para("Request 3", bold=True)
para("For the same year, how many of the victims were looked-after children in the care of a Health and "
     "Social Care Trust at the time of the offence.", italic=True)
para("Answer", bold=True)
para("PSNI does not record whether a victim is a looked-after child in a field that can be searched or "
     "reported on. This information is therefore not held, and this response acts as a notice under "
     "Section 17(1) of FOIA that the information is not held. You may wish to contact the Department of "
     "Health, which publishes statistics on children in care in Northern Ireland.")

para("Request 4", bold=True)
para("How many of the crimes at Request 1, over the five years, were linked to the children's residential "
     "home named in your request.", italic=True)
para("Answer", bold=True)
para("In accordance with the Act, this letter represents a Refusal Notice for this part of your request. "
     "PSNI can neither confirm nor deny that it holds the information you have requested, by virtue of "
     "the following exemptions:")
for ex in ("Section 30(3) Investigations and Proceedings Conducted by Public Authorities",
           "Section 31(3) Law Enforcement",
           "Section 40(5) Personal Information"):
    doc.add_paragraph(ex, style="List Bullet")
para("To confirm or deny whether crimes have been linked to a specific, named residential home would "
     "disclose whether children living at that address have been the subject of police investigation. "
     "Section 40(5) is an absolute exemption. Sections 30(3) and 31(3) are qualified exemptions and, "
     "having considered the public interest, PSNI has concluded that the balance favours neither "
     "confirming nor denying that the information is held. This should not be taken as an indication "
     "that the information you have requested is or is not held.")

para("If you have any queries regarding your request or the decision please do not hesitate to contact "
     "the Corporate Information Branch. If you are dissatisfied in any way with the handling of your request, you "
     "have the right to request a review. You should do this as soon as possible, or in any case within "
     "two calendar months of the date of this decision. A review request should be made in writing to "
     "the Head of Corporate Information, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE, or by "
     "emailing foi@psni.police.uk. If, following an internal review, you remain dissatisfied, you have "
     "the right to apply to the Information Commissioner.", size=10)

doc.save(HERE / "reply.docx")
