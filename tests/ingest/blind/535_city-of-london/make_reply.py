"""Build reply.docx: City of London Police FOI response (reference CoLP/FOI/25/0612).

Sexual communication with a child (s.15A SOA 2003, HO code 71/17) offences recorded by
the force, calendar years 2023 and 2024 and 2025 to 31 May (part year), with how many of them
carried the online flag. One real Word table, periods down, two count columns.
Small numbers shown as '<5' under a stated rule ('fewer than five').
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
REF = "CoLP/FOI/25/0612"

ROWS = [
    ("2023 (1 January – 31 December 2023)", "7", "<5"),
    ("2024 (1 January – 31 December 2024)", "12", "9"),
    ("2025 (1 January – 31 May 2025)", "<5", "<5"),
]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("City of London Police – Information Access Office – PO Box 36451, 182 Bishopsgate, "
           "London EC2M 4NP\nOFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


p = doc.add_paragraph()
r = p.add_run("CITY OF LONDON POLICE")
r.bold = True
r.font.size = Pt(15)
p = doc.add_paragraph("Information Access Office")
p = doc.add_paragraph(f"Our ref: {REF}\nDate: 8 July 2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Dear Requester,")
p = doc.add_paragraph()
p.add_run("Freedom of Information Request – Sexual communication with a child").bold = True
doc.add_paragraph("I write in connection with your request for information, which was received by the "
                  "City of London Police on 10 June 2025. I note that you seek access to the following "
                  "information:")
doc.add_paragraph("1. How many offences of sexual communication with a child (section 15A of the Sexual "
                  "Offences Act 2003) were recorded by the City of London Police in 2023, in 2024 and "
                  "in 2025 so far?", style="List Paragraph")
doc.add_paragraph("2. How many of those offences were flagged as having an online element?",
                  style="List Paragraph")

p = doc.add_paragraph()
p.add_run("Response").bold = True
doc.add_paragraph("Following receipt of your request, searches were conducted within the City of London "
                  "Police. I can confirm that the information you have requested is held and is provided "
                  "in the table below. The figures relate to crimes recorded under Home Office "
                  "classification 71/17 (sexual communication with a child).")

tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ("Period", "Offences recorded (HO code 71/17)", "Of which flagged as online")
for c, h in zip(tbl.rows[0].cells, hdr):
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    shade(c, "D9E2F3")
for label, a, b in ROWS:
    cells = tbl.add_row().cells
    cells[0].text = label
    cells[1].text = a
    cells[2].text = b
    for c in cells[1:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = (Cm(6.8), Cm(4.6), Cm(4.6))
for row in tbl.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

doc.add_paragraph()
doc.add_paragraph("Notes:")
doc.add_paragraph("• Figures for 2025 cover the period 1 January to 31 May 2025 only, the most recent "
                  "complete month at the time the data was extracted.")
doc.add_paragraph("• In order to reduce the risk of identifying individuals, where the number of "
                  "offences is fewer than five the figure has been shown as <5.")
doc.add_paragraph("• The online flag is applied where the offence was committed, in full or in part, "
                  "through a computer, computer network or other computer-enabled device.")
doc.add_paragraph("• Data is taken from a live crime recording system and may change as crimes are "
                  "reclassified or cancelled.")

p = doc.add_paragraph()
p.add_run("Complaint rights").bold = True
doc.add_paragraph("If you are dissatisfied with the handling of your request you have the right to ask "
                  "for an internal review. Requests should be made in writing within 40 working days "
                  "of the date of this letter to the Information Access Office at the address below or "
                  "by e-mail to foi@cityoflondon.police.uk. If you remain dissatisfied after the internal "
                  "review you may complain to the Information Commissioner's Office, Wycliffe House, "
                  "Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Information Access Officer\nCity of London Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
