"""Build reply.docx: Warwickshire Police FOI/2024/0715 letter (invented test material).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed core-property dates and fixed zip entry timestamps).
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 8, 2, 11, 5, 0)
REF = "FOI/2024/0715"

doc = Document()
cp = doc.core_properties
cp.author = "Information Compliance Unit"
cp.last_modified_by = "Information Compliance Unit"
cp.title = f"FOI response {REF}"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(6)


def add_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


sec = doc.sections[0]
# ---- header: force name left, protective marking right
hp = sec.header.paragraphs[0]
run = hp.add_run("WARWICKSHIRE POLICE")
run.bold = True
run.font.size = Pt(14)
run.font.color.rgb = RGBColor(0x1B, 0x36, 0x5D)
hp.add_run("\tOFFICIAL").bold = True
hp2 = sec.header.add_paragraph()
r2 = hp2.add_run("Information Compliance Unit")
r2.font.size = Pt(9)

# ---- footer: marking and page x of y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("OFFICIAL").font.size = Pt(8)
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp2.add_run(f"{REF}    Page ")
add_field(fp2, "PAGE")
fp2.add_run(" of ")
add_field(fp2, "NUMPAGES")


def p(text="", bold=False, italic=False, align=None):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        par.alignment = align
    return par


p(f"Our Ref: {REF}", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("2 August 2024", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Dear Sir/Madam,")
p("Freedom of Information Request \u2013 Child sexual exploitation and abuse of position of trust",
  bold=True)
p("I write in response to your request for information dated 8 July 2024, which was received by "
  "Warwickshire Police on the same day.")
p("Section 1(1) of the Freedom of Information Act 2000 (the Act) places two duties on a public "
  "authority: to confirm whether it holds the information requested and, if it does, to "
  "communicate that information to the applicant, subject to any exemptions that apply.")
p("Each of your questions is repeated below in bold, followed by our answer.")

p("1. How many crimes were recorded with a child sexual exploitation (CSE) flag in each of the "
  "calendar years 2021, 2022 and 2023, and in 2024 up to 30 June?", bold=True)
p("In 2021 the force recorded 87 crimes to which the CSE flag had been applied. The figure for 2022 "
  "was 102 and for 2023 it was 94. Between 1 January and 30 June 2024, 41 crimes were flagged.")

p("2. For the crimes in question 1, please provide the age of the victim in the bands under 13, "
  "13-15 and 16-17.", bold=True)
p("Please see the table below. Where a crime has more than one victim, the age of the youngest "
  "victim has been used, so each crime is counted once.")

cap = p("Table 1: Crimes with a CSE flag, by age of victim", bold=True)
cap.paragraph_format.space_after = Pt(2)
tbl = doc.add_table(rows=7, cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
# two-level header: 'Year' spans two rows; age caption spans the four age columns
a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
a.text = "Year"
b = tbl.cell(0, 1).merge(tbl.cell(0, 4))
b.text = "Age of victim at time of offence"
for j, lab in enumerate(["Under 13", "13 to 15", "16 to 17", "Not recorded"], start=1):
    tbl.cell(1, j).text = lab
body = [
    ("2021", [14, 51, 17, 5]),
    ("2022", [19, 58, 21, 4]),
    ("2023", [11, 57, 22, 4]),
    ("2024 (1 Jan \u2013 30 Jun)", [6, 25, 8, 2]),
    ("Total", [50, 191, 68, 15]),
]
for i, (lab, vals) in enumerate(body, start=2):
    tbl.cell(i, 0).text = lab
    for j, v in enumerate(vals, start=1):
        tbl.cell(i, j).text = str(v)
for r_i, row in enumerate(tbl.rows):
    for c_i, cell in enumerate(row.cells):
        for par in cell.paragraphs:
            par.paragraph_format.space_after = Pt(0)
            if c_i > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in par.runs:
                run.font.size = Pt(10)
                if r_i < 2 or r_i == 6:
                    run.bold = True
p()

p("3. How many offences of abuse of position of trust of a sexual nature (Home Office code 73) "
  "were recorded in the same periods?", bold=True)
p("There were six such offences recorded in 2021, nine in 2022 and 11 in 2023. Between 1 January "
  "and 30 June 2024 there were four.")

p("4. How many arrests have been made as a result of police officers or staff using online decoy "
  "accounts posing as children, in each of the same periods?", bold=True)
p("Warwickshire Police can neither confirm nor deny that it holds any information relevant to "
  "this question by virtue of the following exemptions:")
for line in ["Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies",
             "Section 24(2) \u2013 National security",
             "Section 31(3) \u2013 Law enforcement"]:
    doc.add_paragraph(line, style="List Bullet")
p("Section 23 is an absolute exemption and no public interest test is required. Sections 24 and 31 "
  "are qualified and prejudice-based, so the harm in confirming or denying that information is "
  "held has been weighed against the public interest in doing so.")
p("Harm in confirming or denying", bold=True)
p("Confirming or denying whether the force uses particular covert tactics online, and with what "
  "result, would tell offenders which methods are or are not in use in Warwickshire. When "
  "compared with replies from other forces, a picture would build up of where such tactics are "
  "deployed nationally, allowing offenders to move their activity to areas or platforms they "
  "believe to be less closely watched, and placing children at greater risk.")
p("Public interest considerations", bold=True)
p("Confirming or denying would add to public awareness of how the police protect children online "
  "and would show how public money is spent. Against this, there is a very strong public interest "
  "in not undermining the effectiveness of tactics used to identify people who pose a sexual risk "
  "to children. On balance the public interest favours neither confirming nor denying that "
  "information is held. This should not be taken as an indication that the information you have "
  "requested does or does not exist.")

p("Complaint rights", bold=True)
p("If you are not satisfied with this response you may ask for an internal review. Your request "
  "should be made in writing to the Information Compliance Unit within 40 working days of the "
  "date of this letter. If you are still dissatisfied after the internal review you may apply to "
  "the Information Commissioner for a decision.")
p("Yours sincerely,")
p()
p("R. Okafor\nInformation Compliance Officer\nWarwickshire Police")

buf = io.BytesIO()
doc.save(buf)

src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, src.read(info.filename))
