"""Build reply.docx: Northamptonshire Police letter answering FOI 004106/24.

Run with the project venv python:  python make_reply.py
The file is rebuilt byte for byte (fixed core properties and zip entry times).
"""
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("reply.docx")
FIXED = dt.datetime(2024, 5, 24, 10, 2, 0)

doc = Document()
cp = doc.core_properties
cp.author = "Information Rights Unit"
cp.last_modified_by = "Information Rights Unit"
cp.title = "FOI 004106/24 Response"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3
cp.comments = ""

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)


def para(text="", bold=False, align=None, size=None, space_after=6, italic=False):
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


def field(run_parent, instr, shown):
    """Append a simple field (PAGE / NUMPAGES) with a cached result."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    run_parent._p.append(fld)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)
hp2 = sec.header.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp2.add_run("NORTHAMPTONSHIRE POLICE")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
hp3 = sec.header.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp3.add_run("Fighting crime, protecting people")
r.italic = True
r.font.size = Pt(9)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ").font.size = Pt(9)
field(fp, "PAGE", "1")
fp.add_run(" of ").font.size = Pt(9)
field(fp, "NUMPAGES", "3")
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)

# ---------------------------------------------------------------- address block
for line in ["Information Rights Unit", "Force Headquarters", "Wootton Hall",
             "Northampton", "NN4 0JQ", "", "Tel: 101"]:
    para(line, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0, size=10)
para()
para("Our Ref: FOI 004106/24", space_after=0)
para("Date: 24 May 2024")
para("Dear Requester,")
para("Freedom of Information Act 2000 (FOIA) – Request for Information", bold=True)
para("Thank you for your request for information received by Northamptonshire Police on "
     "29 April 2024, in which you asked:")

q = [
    "1. How many offences were recorded by Northamptonshire Police in each quarter from "
    "January 2023 to March 2024 under the following Home Office offence codes: 19E rape of a "
    "female child under 13; 19H rape of a male child under 13; 17B sexual assault on a female "
    "child under 13; and 20B sexual assault on a male child under 13?",
    "2. For the offences recorded in the calendar year 2023, what outcomes were recorded?",
    "3. For each offence in question 1, please provide the town or ward in which it took place.",
]
for t in q:
    p = para(t, italic=True)
    p.paragraph_format.left_indent = Cm(1)

para("Response", bold=True)
para("Northamptonshire Police has completed its searches and holds information relevant to "
     "your request. Questions 1 and 2 are answered below. Question 3 is refused, and the "
     "reasons are set out under that question in accordance with section 17 of the Act.")

# ---------------------------------------------------------------- Q1
para("Question 1", bold=True)
para("The table below shows the number of offences recorded under each of the Home Office "
     "codes you listed, by calendar quarter.")

hdr = ["HO Code", "Offence", "Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023", "Q1 2024"]
rows = [
    ["019E", "Rape of a female child under 13", "14", "11", "9", "13", "12"],
    ["019H", "Rape of a male child under 13", "1-4", "6", "1-4", "5", "1-4"],
    ["017B", "Sexual assault on a female child under 13", "22", "27", "19", "24", "21"],
    ["020B", "Sexual assault on a male child under 13", "8", "1-4", "7", "6", "9"],
    ["Total", "", "47", "48", "37", "48", "46"],
]
hidden = {("019H", 2): 3, ("019H", 4): 2, ("019H", 6): 4, ("020B", 3): 4}
for j in range(2, 7):
    col = [int(r[j]) if r[j] != "1-4" else hidden[(r[0], j)] for r in rows[:4]]
    assert sum(col) == int(rows[4][j]), (j, col)

t = doc.add_table(rows=1, cols=len(hdr))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    run.font.size = Pt(9.5)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9D9D9")
    c._tc.get_or_add_tcPr().append(shd)
for rdata in rows:
    cells = t.add_row().cells
    for i, v in enumerate(rdata):
        cells[i].text = ""
        run = cells[i].paragraphs[0].add_run(v)
        run.font.size = Pt(9.5)
        run.bold = rdata[0] == "Total"
        if i >= 2:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(1.7), Cm(6.2), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7)]
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para("", space_after=2)
para("Q1 = January to March, Q2 = April to June, Q3 = July to September, "
     "Q4 = October to December.", size=9, space_after=2)
para("To reduce the risk of identifying victims, any figure between 1 and 4 has been shown "
     "as 1-4. The totals include these figures.", size=9, space_after=2)
para("Offences are counted by the date on which they were recorded. Data was extracted from "
     "the force crime recording system on 20 May 2024.", size=9)

# ---------------------------------------------------------------- Q2
para("Question 2", bold=True)
para("The outcomes recorded against the 180 offences in question 1 that were recorded between "
     "1 January 2023 and 31 December 2023 are shown below. Outcomes are as at 20 May 2024; an "
     "outcome may change as an investigation progresses.")
outcomes = [
    ("Outcome 1 – Charged/Summonsed", "17"),
    ("Outcome 2 – Youth caution", "1-4"),
    ("Outcome 3 – Adult caution", "0"),
    ("Outcome 8 – Community resolution", "1-4"),
    ("Outcome 14 – Evidential difficulties: suspect not identified, victim does not support "
     "further action", "6"),
    ("Outcome 15 – Evidential difficulties: suspect identified, victim supports action", "38"),
    ("Outcome 16 – Evidential difficulties: suspect identified, victim does not support "
     "action", "31"),
    ("Outcome 18 – Investigation complete, no suspect identified", "5"),
    ("Outcome 21 – Further investigation not in the public interest", "12"),
    ("Under investigation – no outcome yet", "66"),
]
assert sum(int(v) if v != "1-4" else 0 for _, v in outcomes) + 2 + 3 == 180
for label, v in outcomes:
    p = para(f"{label}: {v}", space_after=0)
    p.paragraph_format.left_indent = Cm(1)
p = para("Total: 180", bold=True)
p.paragraph_format.left_indent = Cm(1)

# ---------------------------------------------------------------- Q3
para("Question 3", bold=True)
para("Northamptonshire Police is unable to provide the town or ward in which each offence took "
     "place. This part of your request is refused under the following exemptions:")
for t_ in ["Section 31(1)(a)(b) – Law Enforcement", "Section 40(2) – Personal Information"]:
    p = para(t_, bold=True, space_after=2)
    p.paragraph_format.left_indent = Cm(1)
para("")
para("Section 40(2) – Personal Information", bold=True)
para("The victims of the offences in question 1 are young children. The numbers involved are "
     "small, and locating each offence to a town or ward, when combined with the offence type "
     "and the quarter in which it was recorded, together with information already in the public "
     "domain such as court reporting and local knowledge, would be likely to lead to the "
     "identification of victims, suspects and witnesses. This would be personal data, and "
     "disclosing it would breach the first data protection principle because it would be neither "
     "fair nor lawful. Section 40(2) is an absolute exemption and there is no requirement to "
     "consider the public interest.")
para("Section 31(1)(a)(b) – Law Enforcement", bold=True)
para("Section 31 is a prejudice-based, qualified exemption, and Northamptonshire Police must "
     "show the harm that disclosure would cause and consider the public interest.")
para("Harm: Disclosure under the Act is disclosure to the world. Mapping offences of this kind "
     "to small areas could deter victims and their families from reporting offences, for fear of "
     "being identified, and could alert offenders to the areas in which the police are "
     "investigating, which would prejudice the prevention and detection of crime and the "
     "apprehension and prosecution of offenders.")
para("Public interest considerations favouring disclosure: Disclosure would allow the public to "
     "understand where offences against children occur in the county and would promote "
     "accountability for the way in which the force allocates its resources.")
para("Public interest considerations favouring non-disclosure: The force relies on victims, "
     "families and witnesses having confidence to come forward. Anything that reduces that "
     "confidence would harm the force's ability to safeguard children and to bring offenders to "
     "justice.")
para("Balance test: While there is a public interest in openness, the force considers that the "
     "public interest in protecting children, and in preserving confidence in reporting, "
     "outweighs it. The balance therefore lies in favour of non-disclosure.")
para("Section 16 – advice and assistance: Force-wide figures for these offences, which do not "
     "carry the same risk, are provided in answer to question 1.")

# ---------------------------------------------------------------- complaint rights
para("Complaint Rights", bold=True)
para("If you are dissatisfied with the way your request has been handled you may ask for an "
     "internal review. Please write, within 40 working days of the date of this letter, to: "
     "Information Rights Unit, Northamptonshire Police, Force Headquarters, Wootton Hall, "
     "Northampton, NN4 0JQ.")
para("If you remain dissatisfied after the internal review you may apply to the Information "
     "Commissioner for a decision: Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113.")
para("Yours sincerely,")
para("")
para("Information Rights Officer", space_after=0)
para("Northamptonshire Police", space_after=0)

# ---------------------------------------------------------------- save, deterministically
buf = io.BytesIO()
doc.save(buf)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            for tag in (rb"dcterms:created", rb"dcterms:modified"):
                data = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 24, 10, 2, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, data)
OUT.write_bytes(out.getvalue())
print("wrote", OUT)
