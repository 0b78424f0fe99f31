"""Build reply.docx: Norfolk Constabulary amended FOI response - outcomes of indecent images of
children offences (Home Office code 86/2, take/make/distribute) for 2022-23 and 2023-24 in a Word
table with financial years across, '-' for nil (keyed), two corrected figures shown in bold with
an amendment notice, and a sentence on suspects aged under 18."""
from pathlib import Path
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
REF = "FOI 004187/24"

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(1.8)
sec.bottom_margin = Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")


def field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


# header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)
h2 = sec.header.add_paragraph()
h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = h2.add_run("Norfolk Constabulary\nOur Priority is You")
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0x00, 0x3A, 0x70)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Information Management Department, Jubilee House, Falconers Chase, Wymondham, "
               "Norfolk NR18 0WW")
r.font.size = Pt(8)
f2 = sec.footer.add_paragraph()
f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
for part in ("Page ", "PAGE", " of ", "NUMPAGES"):
    run = f2.add_run()
    run.font.size = Pt(8)
    if part in ("PAGE", "NUMPAGES"):
        field(run, part)
    else:
        run.text = part
f3 = sec.footer.add_paragraph()
f3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f3.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)


def p(text="", bold=False, italic=False, size=None, after=6, align=None):
    para = doc.add_paragraph()
    para.paragraph_format.space_after = Pt(after)
    if align:
        para.alignment = align
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    return para


p("Freedom of Information Request", bold=True, size=14, after=2)
p("AMENDED RESPONSE", bold=True, size=11, after=10)

info = doc.add_table(rows=4, cols=2)
info.style = "Table Grid"
for i, (k, v) in enumerate((("Reference Number", REF),
                            ("Date Received", "05/08/2024"),
                            ("Date of Original Response", "02/09/2024"),
                            ("Date of Amended Response", "17/09/2024"))):
    info.cell(i, 0).text = k
    info.cell(i, 1).text = v
    info.cell(i, 0).paragraphs[0].runs[0].bold = True
p(after=4)

box = p(after=10)
r = box.add_run("Amendment: ")
r.bold = True
box.add_run("this response replaces our letter of 2 September 2024. In that letter we gave a total "
            "of 143 offences for April 2023 – March 2024, of which 21 were shown against Outcome 15. "
            "A later data quality check found four duplicate crime records, which have since been "
            "cancelled. The corrected figures (139 and 17) are shown in bold in the table below. "
            "No other figure has changed. We apologise for any inconvenience caused.")

p("Request", bold=True, size=11, after=4)
p("Please provide the following for the financial years April 2022 – March 2023 and "
  "April 2023 – March 2024:", after=4)
for q in ("1. The number of offences recorded under Home Office code 86/2 (taking, making or "
          "distributing indecent photographs of children).",
          "2. The outcomes of those offences.",
          "3. How many of the suspects for those offences were aged under 18 at the time."):
    para = p(q, after=3)
    para.paragraph_format.left_indent = Cm(0.6)
p(after=4)

p("Response", bold=True, size=11, after=4)
p("Norfolk Constabulary holds information relevant to your request.", after=6)
p("Questions 1 and 2", bold=True, after=4)
p("The table below shows the number of offences recorded under Home Office code 86/2 in each "
  "financial year, by the outcome currently assigned to each offence. The Total row answers "
  "question 1.", after=6)

rows = [
    ("Outcome", "April 2022 – March 2023", "April 2023 – March 2024"),
    ("Charge/Summons", "31", "27"),
    ("Youth Caution", "3", "-"),
    ("Adult Caution", "5", "6"),
    ("Community Resolution", "-", "2"),
    ("Outcome 15 – Evidential difficulties (suspect identified, victim supports)", "22", "17"),
    ("Outcome 18 – Investigation complete, no suspect identified", "9", "11"),
    ("Outcome 20 – Other body or agency has investigative primacy", "6", "4"),
    ("Outcome 21 – Not in the public interest (police decision)", "8", "5"),
    ("Outcome 22 – Diversionary, educational or intervention activity", "-", "3"),
    ("Under investigation / awaiting outcome", "12", "64"),
    ("Total", "96", "139"),
]
bold_cells = {(5, 2), (11, 2)}
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = (Cm(9.2), Cm(3.6), Cm(3.6))
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.width = widths[j]
        c.text = ""
        para = c.paragraphs[0]
        if j:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(val)
        run.font.size = Pt(9.5)
        if i == 0 or i == len(rows) - 1 or (i, j) in bold_cells:
            run.bold = True
        if i == 0:
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "D9E2F3")
            c._tc.get_or_add_tcPr().append(shd)

p(after=2)
p("- denotes nil", italic=True, size=9, after=2)
p("Figures in bold have been amended (see above).", italic=True, size=9, after=2)
p("Offences are counted by the date they were recorded. Outcomes are those recorded on the "
  "Athena crime system as at 10 September 2024; offences recorded more recently are more likely "
  "still to be under investigation.", italic=True, size=9, after=8)

p("Question 3", bold=True, after=4)
p("In April 2022 – March 2023, 28 suspects linked to these offences were aged under 18 at the "
  "time of the offence. In April 2023 – March 2024 the figure was 35. Please note that a suspect "
  "may be linked to more than one offence and an offence may have more than one suspect, so "
  "these figures cannot be compared directly with the table above.", after=10)

p("Complaint Rights", bold=True, size=11, after=4)
p("If you are unhappy with this response you may ask for an internal review by writing to "
  "the Information Management Department at the address below, or by email to "
  "freedomofinformation@norfolk.police.uk, within 40 working days of the date of this response. "
  "If you remain unhappy after the review you may complain to the Information Commissioner's "
  "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", after=10)

p("Yours sincerely,", after=14)
p("Information Management Department", after=0)
p("Norfolk Constabulary", after=0)

doc.core_properties.title = f"{REF} Amended Response"
doc.core_properties.author = "Information Management Department"
doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
