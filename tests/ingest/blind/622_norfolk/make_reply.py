"""Build reply.docx: Norfolk Constabulary FOI response letter (FOI 001988/25), python-docx.

Short letter: rape of a child under 13 (19E female, 19H male), calendar years 2023 and 2024,
answered in sentences under Q1/Q2; one figure in words; an amended figure (12 -> 11) with the
superseded value quoted; a span total and a charged count over both years.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Norfolk Constabulary, Jubilee House, Falconers Chase, Wymondham, Norfolk NR18 0WW  |  "
           "freedomofinformation@norfolk.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

t = doc.add_paragraph()
run = t.add_run("Norfolk Constabulary")
run.bold = True
run.font.size = Pt(16)
doc.add_paragraph("Information Management Department").runs[0].font.size = Pt(9)

addr = doc.add_paragraph("By email only\n\nDate: 4 April 2025\nOur ref: FOI 001988/25")
addr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Dear Requester,")
p = doc.add_paragraph()
p.add_run("Freedom of Information Request Reference No: FOI 001988/25").bold = True
doc.add_paragraph(
    "I write in connection with your request for information received by Norfolk Constabulary on "
    "10 March 2025, in which you asked:")

for q in [
    "Q1. How many rapes of children under the age of 13 were recorded by Norfolk Constabulary in "
    "2023 and in 2024? Please give the figures separately for girls and boys.",
    "Q2. How many of these resulted in someone being charged?",
]:
    para = doc.add_paragraph(q)
    para.paragraph_format.left_indent = Pt(24)
    para.runs[0].italic = True

h = doc.add_paragraph()
h.add_run("Response").bold = True
doc.add_paragraph(
    "Norfolk Constabulary has located information relevant to your request. Figures are for the "
    "calendar year in which the crime was recorded and were extracted on 12 March 2025.")

doc.add_paragraph(
    "Q1. In 2023, Norfolk Constabulary recorded 38 offences of rape of a female child under 13 "
    "(Home Office classification 19E) and 11 offences of rape of a male child under 13 (Home Office "
    "classification 19H). In 2024 the figures were 44 (19E) and nine (19H).")
doc.add_paragraph(
    "Please note that the 2023 figure for rape of a male child under 13 was given as 12 in our "
    "response to an earlier request (FOI 000871/24). One crime has since been reclassified following "
    "a review by the Force Crime Registrar, and the correct figure is 11, as shown above.")
doc.add_paragraph(
    "Q2. Of the 102 offences recorded across the two years, seven have resulted in a suspect being "
    "charged or summonsed. A number of the remaining investigations are still ongoing, and outcomes "
    "may change as cases progress.")

doc.add_paragraph(
    "Please be aware that recorded crime figures may include offences that took place in earlier "
    "years but were reported to police in the year shown (non-recent offences).")

h = doc.add_paragraph()
h.add_run("Your right to request an internal review").bold = True
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal review within 40 "
    "working days of the date of this letter, by writing to the address below or by email. If you "
    "remain dissatisfied after the review you may apply to the Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Freedom of Information Decision Maker\nNorfolk Constabulary")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
