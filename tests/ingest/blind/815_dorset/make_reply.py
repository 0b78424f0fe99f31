"""Build reply.docx: Dorset Police FOI response letter (2024-0412).

Run with /work/main/.venv/bin/python make_reply.py. The output is byte-identical on
every run: core properties are fixed and the zip is rewritten with fixed timestamps.
"""
import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
FIXED = datetime.datetime(2024, 4, 10, 9, 12, 0)

doc = Document()
cp = doc.core_properties
cp.author = "FOI Unit"
cp.last_modified_by = "FOI Unit"
cp.title = "FOI 2024-0412 Response"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

NAVY = RGBColor(0x1F, 0x2A, 0x44)


def para(text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def add_field(run, instr, cached):
    """Insert a simple field (PAGE / NUMPAGES) with a cached result."""
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = cached
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(10)
            if i == 0 or row[0].startswith("Total"):
                run.bold = True
            if j > 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(c, header_fill)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)
hp2 = hdr.add_paragraph()
r = hp2.add_run("DORSET POLICE")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = NAVY
hp3 = hdr.add_paragraph()
r = hp3.add_run(
    "Freedom of Information Unit\u2003|\u2003Force Headquarters, Winfrith, Dorchester, "
    "Dorset DT2 8DZ\u2003|\u2003Non-emergency: 101"
)
r.font.size = Pt(8)

ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Page ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
add_field(r, "PAGE", "1")
r = fp.add_run(" of ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
add_field(r, "NUMPAGES", "3")
fp2 = ftr.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("OFFICIAL \u2013 Disclosure under FOIA 2000 \u2013 released to the public domain")
r.font.size = Pt(8)

# ---------------------------------------------------------------- letter
para("Ms R Okafor\nBy email only", space_after=12)
p = para("Our Ref:\t2024-0412\nDate:\t10 April 2024", space_after=12)

para("Dear Ms Okafor,")
para("FREEDOM OF INFORMATION REQUEST \u2013 REFERENCE NUMBER 2024-0412", bold=True)
para(
    "Thank you for your email dated 13/03/2024, in which you asked for information from "
    "Dorset Police under the Freedom of Information Act 2000 (the Act). Your request has now "
    "been considered and I am able to provide the response below."
)

para("Your request:", bold=True)
req = [
    "\u201cPlease can you tell me, for each of the financial years 2021/22, 2022/23 and "
    "2023/24 (so far):",
    "1. How many offences of Sexual Communication with a Child (Home Office code 71/17) "
    "were recorded by Dorset Police, broken down by the gender of the victim.",
    "2. How many of those offences were flagged as online / cyber-enabled.",
    "3. Which social media sites, apps or messaging services were used to commit the "
    "offences, and how many offences for each.",
    "4. In how many of the offences the suspect was aged under 18.",
    "5. The outcomes of the offences \u2013 how many resulted in a charge or summons, a "
    "caution, or a community resolution, and how many are still being investigated.\u201d",
]
for line in req:
    para(line, italic=True, space_after=3)
para("", space_after=3)

para("Our response:", bold=True)
para(
    "Dorset Police holds information relevant to your request. Questions 1, 2, 4 and 5 "
    "are answered below. Question 3 is refused under Section 12(1) of the Act and the "
    "reasons are given under that question. This letter therefore acts as a Refusal Notice "
    "under Section 17 of the Act for that part of your request."
)
para(
    "The figures were extracted from the force crime recording system on 04/04/2024. As "
    "2023/24 was not complete when your request was received, figures for that year cover "
    "the period 01/04/2023 to 29/02/2024, the last full month before your request. Crimes "
    "are counted in the financial year in which they were recorded, which is not always the "
    "year in which the offence took place."
)

# Q1
para("Question 1", bold=True, space_after=3)
para(
    "Sexual Communication with a Child offences (HO code 71/17) recorded by Dorset Police, "
    "by gender of victim:",
    space_after=4,
)
table(
    [
        ["Financial Year", "Female", "Male", "Gender not recorded", "Total"],
        ["2021/22", "58", "9", "*", "70"],
        ["2022/23", "64", "11", "0", "75"],
        ["2023/24 (to 29/02/2024)", "49", "7", "*", "57"],
        ["Total", "171", "27", "*", "202"],
    ]
)
para(
    "* denotes a value between 1 and 4 inclusive. Values in this range have been suppressed "
    "to reduce the risk that individual victims could be identified.",
    italic=True,
    size=9,
)

# Q2
para("Question 2", bold=True, space_after=3)
para(
    "Of the offences in the table above, the number recorded with the Home Office online "
    "(cyber-enabled) flag was:",
    space_after=3,
)
for line in ["2021/22 \u2013 52", "2022/23 \u2013 61", "2023/24 (to 29/02/24) \u2013 44"]:
    para(line, space_after=2)
para("", space_after=2)

# Q3
para("Question 3", bold=True, space_after=3)
para(
    "Dorset Police is unable to answer this part of your request as to do so would exceed "
    "the appropriate limit. Section 12(1) of the Act means that a public authority does not "
    "have to comply with a request where it estimates that the cost of complying would "
    "exceed the appropriate limit. For police forces this limit is \u00a3450, which is "
    "calculated at \u00a325 per hour and therefore represents 18 hours of work."
)
para(
    "The website, app or messaging service used in an offence is not a mandatory field on "
    "our crime recording system and, where it has been noted, it appears in the free-text "
    "investigation log rather than in a field that can be searched or reported on. To answer "
    "question 3 an officer would need to open and read each of the 202 crime reports "
    "covered by your request. Allowing a conservative 6 minutes per report, this would take "
    "1,212 minutes, or approximately 20 hours and 12 minutes, which is above the 18 hour limit."
)
para(
    "Under Section 16 of the Act (advice and assistance), you may wish to submit a new "
    "request for a shorter period. For example, a request for the platforms used in the 57 "
    "offences recorded in 2023/24 to date could be considered within the limit, although we "
    "cannot guarantee that exemptions would not apply to the information found."
)

# Q4
para("Question 4", bold=True, space_after=3)
para(
    "The suspect was recorded as being aged under 18 at the time of the offence in 14 "
    "offences in 2021/22, 19 offences in 2022/23 and 11 offences in 2023/24 (to the end of "
    "February 2024). In a further 23, 18 and 20 offences respectively the suspect\u2019s age "
    "was not recorded or no suspect had been identified."
)

# Q5
para("Question 5", bold=True, space_after=3)
para(
    "The outcomes currently recorded against the offences in question 1 are shown below. "
    "Only the outcome types you asked about are listed, so the figures will not add up to the "
    "totals in question 1.",
    space_after=4,
)
table(
    [
        ["Outcome", "2021/22", "2022/23", "2023/24 (to 29/02/2024)"],
        ["Charged / Summonsed", "9", "7", "*"],
        ["Caution \u2013 youth", "*", "*", "0"],
        ["Community Resolution", "*", "5", "*"],
        ["Under investigation (no outcome yet)", "6", "13", "29"],
    ]
)
para(
    "* denotes a value between 1 and 4 inclusive (see note under question 1).",
    italic=True,
    size=9,
)
para(
    "Outcomes are shown as at 04/04/2024. An outcome may be recorded some time after the "
    "crime, so the figures for recent months are likely to change."
)

# rights
para("Your right to complain", bold=True, space_after=3)
para(
    "If you are unhappy with the way in which your request has been handled you may ask for "
    "an internal review. Please write, within 40 working days of the date of this letter, to "
    "the Freedom of Information Unit at the address above, quoting reference 2024-0412."
)
para(
    "If you remain dissatisfied after the review you may complain to the Information "
    "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
    "(telephone 0303 123 1113). The Commissioner will not usually consider a complaint until "
    "the internal review process has been completed."
)
para("Yours sincerely,", space_after=18)
para("J. Hallett\nDisclosure Officer\nFreedom of Information Unit\nDorset Police")

# ---------------------------------------------------------------- deterministic save
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 10, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, src.read(info.filename))
OUT.write_bytes(out.getvalue())
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
