"""Build reply.docx: Surrey Police FOI response (python-docx).

Run with the project venv:  /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (fixed document properties and zip timestamps).
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
NB = "\u00a0"  # non-breaking space, as Word inserts it
FIXED = datetime.datetime(2024, 5, 30, 14, 12, 0)

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

props = doc.core_properties
props.author = "Information Access Team"
props.last_modified_by = "Information Access Team"
props.title = "FOI Response FOI-24-0619"
props.created = FIXED
props.modified = FIXED
props.revision = 3
props.comments = ""

sec = doc.sections[0]


def field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hr = hp.add_run("OFFICIAL")
hr.bold = True
hr.font.size = Pt(9)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ").font.size = Pt(9)
field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(9)
field(fp, "NUMPAGES")
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)


def p(text="", bold=False, size=None, align=None, italic=False, color=None, space_after=6):
    par = doc.add_paragraph()
    if text:
        run = par.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor(*color)
    if align:
        par.alignment = align
    par.paragraph_format.space_after = Pt(space_after)
    return par


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(rows, bold_first_col_rows=(), widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
                shade(cell, "DCE6F1")
            if i in bold_first_col_rows:
                run.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# Letterhead
p("SURREY POLICE", bold=True, size=20, color=(0, 51, 102), space_after=0)
p("With you, making Surrey safer", italic=True, size=9, space_after=8)
p(
    "Information Access Team\nSurrey Police Headquarters\nMount Browne, Sandy Lane\n"
    "Guildford, Surrey GU3" + NB + "1HG\nEmail: foi@surrey.police.uk",
    size=9,
    align=WD_ALIGN_PARAGRAPH.RIGHT,
    space_after=12,
)

p("Our reference: FOI-24-0619", space_after=0)
p("Date: 30 May 2024", space_after=12)
p("Dear Requester,")
p(
    "Freedom of Information Act 2000 – Request for Information",
    bold=True,
)
p(
    "Thank you for your request for information received on 3" + NB + "May 2024, which has "
    "been dealt with under the terms of the Freedom of Information Act 2000 (the Act). "
    "Your questions are set out below in bold, with our response beneath each one."
)
p(
    "Please note that figures between one and four are shown as “1-4”. This is in line with "
    "the disclosure guidance used by Surrey Police and Sussex Police and is intended to reduce "
    "the risk that an individual could be identified."
)

# Question 1
p(
    "Question 1: Please provide the number of crimes recorded by Surrey Police that carried a "
    "child sexual exploitation (CSE) flag in each of the financial years 2020/21, 2021/22, "
    "2022/23 and 2023/24. Of these, how many were recorded as group-based (involving two or "
    "more offenders)?",
    bold=True,
)
p("Response: Surrey Police holds this information. Please see the table below.")
table(
    [
        ["Financial year", "Crimes with a CSE flag", "Of which group-based (2+ offenders)"],
        ["2020/21", "187", "12"],
        ["2021/22", "203", "1-4"],
        ["2022/23", "176", "9"],
        ["2023/24", "214", "1-4"],
    ]
)
p(
    "Crimes are counted in the financial year (1" + NB + "April to 31" + NB + "March) in which "
    "they were recorded. A crime is shown as group-based where two or more suspects are linked "
    "to it on the crime record.",
    size=9,
    italic=True,
)

# Question 2
p(
    "Question 2: For 2023/24, please break down the crimes in question 1 by the age and gender "
    "of the victim.",
    bold=True,
)
p(
    "Response: The table below shows the CSE-flagged crimes recorded in 2023/24 by the age and "
    "gender of the victim at the time of the offence. Where a crime has more than one victim, it "
    "is counted against the first victim listed on the record."
)
table(
    [
        ["Victim age", "Female", "Male", "Total"],
        ["Under 13", "38", "11", "49"],
        ["13-15", "96", "17", "113"],
        ["16-17", "41", "6", "47"],
        ["Age not recorded", "1-4", "1-4", "5"],
        ["Total", "177", "37", "214"],
    ],
    bold_first_col_rows=(5,),
)

# Question 3
p(
    "Question 3: How many arrests were made in connection with the crimes in question 1 in each "
    "of those years?",
    bold=True,
)
p(
    "Response: Surrey Police made 64" + NB + "arrests in connection with CSE-flagged crimes in "
    "2020/21. There were 71" + NB + "arrests in 2021/22 and 58 in 2022/23. In 2023/24 the number "
    "of arrests was 80."
)
p(
    "Please note that one person may be arrested more than once, and that an arrest is counted in "
    "the year in which it was made, which may not be the year in which the crime was recorded.",
    size=9,
    italic=True,
)

# Question 4
p(
    "Question 4: Is Surrey Police currently running any operation into group-based child sexual "
    "exploitation and, if so, how many suspects are currently under investigation?",
    bold=True,
)
p(
    "Response: Surrey Police can neither confirm nor deny that it holds any information relevant "
    "to this question, by virtue of the following exemptions:"
)
p("Section 30(3) – Investigations and proceedings", space_after=0)
p("Section 31(3) – Law enforcement")
p(
    "Sections 30 and 31 are qualified exemptions, and the duty to confirm or deny can only be "
    "set aside where the public interest in doing so is outweighed by the public interest in "
    "maintaining the exemption. In addition, section 31 is prejudice-based, so the force must "
    "show the harm that confirming or denying would cause."
)
p("Harm in confirming or denying that information is held", bold=True, space_after=2)
p(
    "To confirm or deny whether an operation into group-based exploitation is under way, or how "
    "many people are being investigated, would tell those involved whether the police are aware "
    "of their activities. Offenders could change their behaviour, destroy evidence or move "
    "victims, and this would undermine the force’s ability to safeguard children and to bring "
    "offenders to justice. Responses under the Act are disclosures to the world, not only to the "
    "person asking."
)
p("Factors favouring confirmation or denial", bold=True, space_after=2)
p(
    "Confirming or denying would show how Surrey Police responds to a serious form of abuse "
    "which is of great public concern, and would help reassure the public that such crime is "
    "taken seriously."
)
p("Factors against confirmation or denial", bold=True, space_after=2)
p(
    "Confirming or denying would reveal policing activity and tactics, put current or future "
    "investigations at risk and could place victims and witnesses in danger. It could also "
    "deter victims from coming forward if they believed their case might be identified."
)
p("Balance test", bold=True, space_after=2)
p(
    "The protection of children and the effective investigation of offences are of paramount "
    "importance. While there is a public interest in transparency, this is met by the figures "
    "given above. The balance therefore lies in favour of neither confirming nor denying that "
    "any further information is held. This should not be taken as an indication that the "
    "information you have requested does or does not exist."
)

# Complaint rights
p("Complaint rights", bold=True)
p(
    "If you are dissatisfied with this response, you may ask for an internal review. Please "
    "write to the Information Access Team at the address above, or email foi@surrey.police.uk, "
    "within 40" + NB + "working days of the date of this letter."
)
p(
    "If you remain dissatisfied after the internal review, you may complain to the Information "
    "Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9" + NB + "5AF. "
    "Telephone 0303" + NB + "123" + NB + "1113, or visit www.ico.org.uk."
)
p("Yours sincerely,", space_after=18)
p("Information Access Team\nSurrey Police", space_after=0)

buf = io.BytesIO()
doc.save(buf)

# Re-pack with fixed timestamps so that the file rebuilds exactly.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 30, 14, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print(f"wrote {OUT}")
