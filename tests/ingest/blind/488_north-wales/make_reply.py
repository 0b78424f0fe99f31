"""Build reply.docx: North Wales Police FOI response (Word attachment).

Indecent photographs of children (Home Office code written 086/02): one Word table with
outcomes down and two financial years across (headed FY22/23 and FY23/24), a 'Total offences
recorded' row that answers question 1, '-' cells keyed as nil in a footnote, and a note
amending a figure given in an earlier response (141 -> 148). Question 2 (suspects under 18)
is answered in a sentence. Bilingual Welsh/English page header and footer.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 24/0618"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Heddlu Gogledd Cymru / North Wales Police\tSWYDDOGOL / OFFICIAL"
fp = sec.footer.paragraphs[0]
fp.text = ("Uned Rhyddid Gwybodaeth / Freedom of Information Unit, Pencadlys yr Heddlu / Police "
           "Headquarters, Ffordd Glan y Môr / Glan y Don, Bae Colwyn / Colwyn Bay, LL29 8AW")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Cais Rhyddid Gwybodaeth / Freedom of Information Request", level=1)

meta = doc.add_paragraph()
meta.add_run("Ein cyf / Our ref: ").bold = True
meta.add_run(REF + "\n")
meta.add_run("Dyddiad / Date: ").bold = True
meta.add_run("8 July 2024")

doc.add_paragraph("Dear Requester,")
doc.add_paragraph(
    "Thank you for your request for information received by North Wales Police on 10 June 2024. "
    "Your request has been considered under the Freedom of Information Act 2000 (the Act) and "
    "the response is set out below.")

doc.add_heading("Request", level=2)
for q in [
    "1. The number of offences recorded under Home Office code 86/2 (taking, making or "
    "distributing indecent photographs of children) in each of the financial years 2022/23 "
    "and 2023/24.",
    "2. How many of the suspects for those offences were aged under 18.",
    "3. The outcome of each of those offences.",
]:
    p = doc.add_paragraph(q)
    p.runs[0].italic = True

doc.add_heading("Response", level=2)
doc.add_paragraph(
    "North Wales Police holds information relevant to your request. Questions 1 and 3 are "
    "answered together in the table below. The figures are offences recorded under Home Office "
    "code 086/02 with the outcome held on the crime record when the data was extracted "
    "(28 June 2024).")

rows = [
    ("Outcome", "FY22/23", "FY23/24"),
    ("Charged / summonsed", "41", "38"),
    ("Youth caution", "3", "-"),
    ("Adult caution", "5", "4"),
    ("Community resolution", "-", "2"),
    ("Outcome 15 - evidential difficulties (suspect identified)", "44", "39"),
    ("Outcome 18 - investigation complete, no suspect identified", "9", "11"),
    ("Outcome 21 - further investigation not in the public interest (police decision)", "22", "29"),
    ("Investigation ongoing - no outcome yet assigned", "24", "40"),
    ("Total offences recorded", "148", "163"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        para = cell.paragraphs[0]
        if j > 0:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0 or i == len(rows) - 1:
            for r in para.runs:
                r.bold = True

fn = doc.add_paragraph()
r = fn.add_run("- denotes nil")
r.italic = True
r.font.size = Pt(9)

doc.add_paragraph(
    "Please note that the FY22/23 total of 148 differs from the figure of 141 supplied in our "
    "response to FOI 23/1102. That figure was extracted before a number of crimes were "
    "reclassified following an audit, and it has now been amended. The figure in the table "
    "above should be used.")

doc.add_paragraph(
    "In answer to question 2, of the suspects linked to these offences 37 were aged under 18 "
    "at the time of the offence in FY22/23, and 44 in FY23/24. A suspect may be linked to more "
    "than one offence, and an offence may have more than one suspect.")

doc.add_paragraph(
    "Outcome 21 is used where further investigation is not considered to be in the public "
    "interest. It is commonly applied where images have been shared between children of a "
    "similar age and there are no aggravating features, in line with national guidance.")

doc.add_heading("Complaint rights", level=2)
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal review within 40 "
    "working days by writing to the Freedom of Information Unit at the address below or by "
    "e-mail to freedom.of.information@nthwales.police.uk. If you remain dissatisfied you may "
    "contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
    "Cardiff, CF10 2HH.")
doc.add_paragraph(
    "Gallwch ohebu â Heddlu Gogledd Cymru yn Gymraeg. You may correspond with North Wales "
    "Police in Welsh.")
doc.add_paragraph("Yours faithfully,\n\nSiân Parry\nFreedom of Information Officer")

doc.save(HERE / "reply.docx")
