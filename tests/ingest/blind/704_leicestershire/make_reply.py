"""Build reply.docx: Leicestershire Police letter answering FOI/004127/25 (python-docx).

Indecent images of children (86/2): Q1 totals per financial year as a 'label: N' list, with an
amended 2023/24 figure (398 in an earlier reply, now 405); Q2 outcomes as one Word table,
outcomes DOWN (Home Office outcome numbers with descriptions), years ACROSS written
'April 2022 - March 2023' etc., no Total row, '-' = nil (keyed under the table).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI/004127/25"
YEARS = ["April 2022 \u2013 March 2023", "April 2023 \u2013 March 2024", "April 2024 \u2013 March 2025"]
TOTALS = [367, 405, 421]
OUTCOMES = [
    ("Outcome 1 \u2013 Charge/summons", [118, 124, 97]),
    ("Outcome 2 \u2013 Youth caution", [4, 0, 3]),
    ("Outcome 3 \u2013 Adult caution", [9, 7, 5]),
    ("Outcome 8 \u2013 Community resolution", [6, 8, 4]),
    ("Outcome 10 \u2013 Formal action not in the public interest (police decision)", [0, 2, 1]),
    ("Outcome 15 \u2013 Named suspect identified; evidential difficulties prevent further action", [61, 72, 58]),
    ("Outcome 18 \u2013 Investigation complete; no suspect identified", [17, 21, 15]),
    ("Outcome 20 \u2013 Further action to be taken by another body or agency", [22, 19, 26]),
    ("Outcome 21 \u2013 Further investigation not in the public interest (police decision)", [48, 57, 63]),
    ("Outcome 22 \u2013 Diversionary, educational or intervention activity", [11, 14, 18]),
    ("Investigation ongoing \u2013 no outcome assigned", [71, 81, 131]),
]
for k in range(3):
    assert sum(v[k] for _, v in OUTCOMES) == TOTALS[k], k


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("Leicestershire Police, Force Headquarters, St Johns, Enderby, Leicester LE19 2BX\n"
           "www.leics.police.uk          OFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("Leicestershire Police")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
doc.add_paragraph("Information Management Unit")

for line in [f"Reference: {REF}", "Date: 12 August 2025"]:
    q = doc.add_paragraph(line)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q.paragraph_format.space_after = Pt(0)
doc.add_paragraph()

doc.add_paragraph("Dear Requester,")
q = doc.add_paragraph()
q.add_run("Request for information \u2013 indecent images of children offences and outcomes").bold = True
doc.add_paragraph(
    "Thank you for your request for information received on 16 July 2025, which has been dealt with "
    "under the Freedom of Information Act 2000. Your request and our response are set out below.")

q = doc.add_paragraph()
q.add_run("1. How many offences of taking, making or distributing indecent images of children were "
          "recorded by Leicestershire Police in each of the last three financial years?").italic = True
q = doc.add_paragraph()
q.add_run("Response").bold = True
doc.add_paragraph(
    "The figures below are for crimes recorded under Home Office offence code 86/2 (take, make, "
    "distribute or publish indecent photographs or pseudo-photographs of children).")
for y, t in zip(YEARS, TOTALS):
    b = doc.add_paragraph(f"{y}: {t}", style="List Bullet")
    b.paragraph_format.space_after = Pt(0)
doc.add_paragraph()
q = doc.add_paragraph()
q.add_run("Please note: ").bold = True
q.add_run(
    "in our response to an earlier request (FOI/002811/24) the number of these offences recorded "
    "between April 2023 and March 2024 was given as 398. Following a crime data integrity audit, a "
    "number of crimes were reclassified and the correct figure is 405. We apologise for any "
    "inconvenience this may have caused.")

q = doc.add_paragraph()
q.add_run("2. For each year, please provide the outcome of these offences.").italic = True
q = doc.add_paragraph()
q.add_run("Response").bold = True
doc.add_paragraph(
    "The table below shows the current outcome recorded against each of the offences given in response "
    "to question 1, using the Home Office outcome framework.")

table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0].cells
for c, h in zip(hdr, ["Outcome"] + YEARS):
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    run.font.size = Pt(9.5)
    shade(c, "D9E2F3")
for label, vals in OUTCOMES:
    cells = table.add_row().cells
    cells[0].text = label
    for c, v in zip(cells[1:], vals):
        c.text = "-" if v == 0 else str(v)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in cells:
        for run in c.paragraphs[0].runs:
            run.font.size = Pt(9.5)

k = doc.add_paragraph()
k.paragraph_format.space_before = Pt(4)
kr = k.add_run("Key: - denotes nil. Outcomes are those recorded on 5 August 2025 and may change as "
               "investigations are completed. Outcome 21 is commonly used where the suspect is a child "
               "and the images were self-generated or shared between peers.")
kr.italic = True
kr.font.size = Pt(9)

doc.add_paragraph(
    "Please be aware that crime recording systems are live and figures may vary slightly from those "
    "published at another date.")
q = doc.add_paragraph()
q.add_run("Your right to request a review").bold = True
doc.add_paragraph(
    "If you are dissatisfied with the handling of your request you can ask for an internal review by "
    "contacting the Information Management Unit within 40 working days. If you remain unhappy you may "
    "then complain to the Information Commissioner\u2019s Office (www.ico.org.uk; 0303 123 1113).")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Information Management Officer\nLeicestershire Police")

doc.core_properties.title = f"FOI response {REF}"
doc.core_properties.author = "Leicestershire Police"
doc.save(HERE / "reply.docx")
