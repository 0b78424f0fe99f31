"""Build reply.docx: Sussex Police amended FOI response on indecent images crimes with suspects aged 10-17."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI/2024/1218"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Sussex Police, Malling House, Church Lane, Lewes, East Sussex BN7 2DZ  |  www.sussex.police.uk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

t = doc.add_paragraph()
r = t.add_run("Sussex Police")
r.bold = True
r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
doc.add_paragraph("Information Access Team\nPolice Headquarters\nLewes")

doc.add_paragraph(f"Our reference: {REF}\nDate: 3 December 2024")
doc.add_paragraph("Dear Applicant,")
p = doc.add_paragraph()
p.add_run("Freedom of Information Request - AMENDED RESPONSE").bold = True

doc.add_paragraph(
    "I refer to your request for information received by Sussex Police on 21 October 2024 and to our "
    "response sent to you on 12 November 2024. In that response we said that 51 crimes were recorded "
    "for question 1. Following a data quality check it was found that a number of crimes had been "
    "counted twice because they had been reclassified during the year. The correct figure is 47, and "
    "the outcome table below has been amended to match. We apologise for the error. The full response "
    "is repeated below for completeness.")

p = doc.add_paragraph()
p.add_run("Your request").bold = True
doc.add_paragraph(
    "1. How many crimes of taking, making or distributing indecent photographs of children (Home "
    "Office code 86/2) were recorded by Sussex Police between 1 April 2023 and 31 March 2024 in "
    "which the suspect was aged 10 to 17?\n"
    "2. What was the outcome of each of these crimes?\n"
    "3. How many of the suspects were aged 10 to 12?")

p = doc.add_paragraph()
p.add_run("Our response").bold = True
doc.add_paragraph(
    "1. Sussex Police recorded 47 crimes under Home Office code 86/2 in the period 1 April 2023 to "
    "31 March 2024 in which a suspect aged 10 to 17 was linked to the crime.")
doc.add_paragraph("2. The outcomes of these crimes, as at the date of extraction, are shown below.")

rows = [
    ("Outcome", "Number of crimes"),
    ("Charged / summonsed", "9"),
    ("Youth caution", "<5"),
    ("Community resolution", "8"),
    ("Outcome 21 - further investigation not in the public interest (police decision)", "16"),
    ("Under investigation - no outcome assigned yet", "11"),
    ("Total", "47"),
]
tbl = doc.add_table(rows=len(rows), cols=2)
tbl.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    tbl.cell(i, 0).text = a
    tbl.cell(i, 1).text = b
    if i in (0, len(rows) - 1):
        for c in (0, 1):
            for run in tbl.cell(i, c).paragraphs[0].runs:
                run.bold = True
    tbl.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

n = doc.add_paragraph()
n.add_run(
    "Figures of fewer than five are shown as <5 to prevent the identification of individuals, who in "
    "this case are children. The total includes these figures.").italic = True

doc.add_paragraph(
    "3. Sussex Police holds this information; however, it is withheld under section 40(2) of the "
    "Act. The number of suspects in this age group is very small and, taken together with other "
    "information in the public domain, disclosure could lead to the identification of the children "
    "concerned. Information about identifiable individuals is personal data, and its release would "
    "breach the first data protection principle (lawful, fair and transparent processing). Section "
    "40(2) is an absolute exemption and no public interest test is required.")

p = doc.add_paragraph()
p.add_run("Right of appeal").bold = True
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal review by writing to the "
    "Information Access Team within 40 working days. If you are still dissatisfied you may complain to "
    "the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely,\n\n\nInformation Access Officer\nSussex Police")

doc.save(str(HERE / "reply.docx"))
