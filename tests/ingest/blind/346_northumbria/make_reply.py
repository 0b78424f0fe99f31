"""Build reply.docx: Northumbria Police FOI letter 2087/24 (indecent images of children, suspect age)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_field(par, instr):
    run = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r = OxmlElement("w:t"); r.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, r, e):
        run._r.append(el)


fp = sec.footer.paragraphs[0]
fp.text = "Northumbria Police, Information Management Unit, Middle Engine Lane, Wallsend, NE28 9NT    Page "
add_field(fp, "PAGE")
fp.add_run(" of ")
add_field(fp, "NUMPAGES")
fp2 = sec.footer.add_paragraph("OFFICIAL")
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run("NORTHUMBRIA POLICE"); r.bold = True; r.font.size = Pt(16)
doc.add_paragraph("Information Management Unit\nFreedom of Information Team")

doc.add_paragraph("Our reference: 2087/24\nDate: 22 August 2024")
doc.add_paragraph("Dear Requester")
p = doc.add_paragraph()
p.add_run("FREEDOM OF INFORMATION ACT 2000 - REQUEST 2087/24").bold = True

doc.add_paragraph(
    "Thank you for your request for information, which was received by Northumbria Police on "
    "26 July 2024. Your request has now been considered and I can respond as follows.")

p = doc.add_paragraph(); p.add_run("You asked:").bold = True
for line in [
    "1. Please provide the number of suspects recorded for offences of taking, making or distributing "
    "indecent images of children (Home Office code 086/02) in each of the calendar years 2021, 2022 and 2023, "
    "and in 2024 to date, broken down by the age of the suspect.",
    "2. For the same periods, please list the platforms, apps or websites on which the images were "
    "found or shared.",
]:
    q = doc.add_paragraph(line); q.paragraph_format.left_indent = Pt(18)
    q.runs[0].italic = True

p = doc.add_paragraph(); p.add_run("Our response:").bold = True
doc.add_paragraph(
    "Northumbria Police holds some of the information you have asked for. Section 1 of the Act "
    "places two duties on a public authority: to confirm whether it holds the information, and if so "
    "to communicate it to the applicant. Our answers are given below in the order of your questions.")

p = doc.add_paragraph(); p.add_run("Question 1").bold = True
doc.add_paragraph(
    "The table below shows the number of suspects linked to crimes recorded under Home Office code 086/02, "
    "by the age of the suspect at the time of the offence. Figures for 2024 run from 1 January to "
    "30 June 2024, the last complete month when the data was extracted.")

header = ["Age of suspect", "2021", "2022", "2023", "2024 (Jan - Jun)", "Total"]
data = [
    ["10-17", "14", "19", "22", "9", "64"],
    ["18-24", "31", "27", "35", "16", "109"],
    ["25-34", "42", "38", "47", "21", "148"],
    ["35-49", "39", "44", "36", "17", "136"],
    ["50 and over", "23", "18", "26", "8", "75"],
    ["Age not recorded", "*", "6", "*", "*", "12"],
    ["Total", "152", "152", "168", "72", "544"],
]
t = doc.add_table(rows=1, cols=len(header))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(header):
    c = t.rows[0].cells[i]; c.text = ""
    c.paragraphs[0].add_run(h).bold = True
for row in data:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = ""
        run = cells[i].paragraphs[0].add_run(v)
        if row[0] == "Total":
            run.bold = True
        if i:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

n = doc.add_paragraph()
n.add_run("* denotes a figure between 1 and 4. Numbers this small have been suppressed to reduce the risk "
          "of identifying individuals.").font.size = Pt(9)
n = doc.add_paragraph()
n.add_run("A suspect linked to more than one crime in the same year is counted once for each crime. "
          "2024 figures are provisional and may change as investigations progress. "
          "Data extracted 14/08/2024.").font.size = Pt(9)

p = doc.add_paragraph(); p.add_run("Question 2").bold = True
doc.add_paragraph(
    "Northumbria Police does not hold this information. The platform, app or website involved is not a "
    "field on our crime recording system and is not captured in any structured way elsewhere, so no "
    "list of platforms exists for any of the periods you asked about. Under the Act we are not required "
    "to create information in order to answer a request. This should be treated as a notice that the "
    "information is not held.")

doc.add_paragraph(
    "Please note that the information supplied to you is owned by Northumbria Police and may be subject "
    "to copyright. Any re-use must be in accordance with the Re-use of Public Sector Information "
    "Regulations 2015.")
doc.add_paragraph(
    "If you are dissatisfied with this response you may ask for an internal review within 40 working days "
    "of the date of this letter by writing to the address below or e-mailing freedomofinformation@"
    "northumbria.police.uk. If you remain unhappy after the review you have the right to complain to the "
    "Information Commissioner.")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("\nJ. Whitfield\nDisclosure Officer\nInformation Management Unit")

doc.save("reply.docx")
print("wrote reply.docx")
