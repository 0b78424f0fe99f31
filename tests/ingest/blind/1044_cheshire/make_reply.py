"""Build reply.docx for 1044_cheshire (invented reply). Deterministic: fixed core-property dates
and fixed zip entry timestamps. Run with: /work/main/.venv/bin/python make_reply.py
"""
import io
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime(2024, 3, 1, 11, 5, 0)
REF = "FOI 2024/00318"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
cp = doc.core_properties
cp.author = "Information Compliance Unit"
cp.last_modified_by = "Information Compliance Unit"
cp.title = f"Freedom of Information response {REF}"
cp.created = FIXED
cp.modified = FIXED
cp.revision = 1

sec = doc.sections[0]
# header: force name left, protective marking right
hp = sec.header.paragraphs[0]
r = hp.add_run("Cheshire Constabulary")
r.bold = True
r.font.size = Pt(13)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
hp.add_run("\tInformation Compliance Unit\tOFFICIAL").font.size = Pt(8.5)
# footer: page number field and marking
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("OFFICIAL  |  Cheshire Constabulary Headquarters, Winsford  |  Page ").font.size = Pt(8)


def field(par, instr):
    run = par.add_run()
    run.font.size = Pt(8)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


field(fp, "PAGE")


def p(text="", bold=False, italic=False, size=None, after=6, align=None):
    par = doc.add_paragraph()
    if text:
        run = par.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(after)
    if align:
        par.alignment = align
    return par


p(f"Our Ref: {REF}", after=0)
p("Date: 1 March 2024", after=12)
p("Dear Requester,")
p("Freedom of Information Act 2000 - Request for Information", bold=True)
p("I write in connection with your request for information received by Cheshire Constabulary on "
  "5 February 2024. Your request has been considered under the Freedom of Information Act 2000 and I "
  "am now able to respond. Each of your questions is repeated below in bold, followed by our answer.")

p("Question 1", bold=True, after=2)
p("How many crimes recorded by Cheshire Constabulary in each of the calendar years 2021, 2022 and 2023 "
  "carried a child sexual exploitation (CSE) flag? Of those, how many also carried the online flag?",
  bold=True)
p("Answer", bold=True, after=2)
p("The number of crimes recorded with a CSE flag in 2021, 2022 and 2023 was 207, 236 and 251 "
  "respectively. Of these, 88, 97 and 112 respectively also had the online flag applied.")
p("Please note that the figure for 2021 differs from the figure of 212 which was provided in our "
  "response to your earlier request (FOI 2023/01187). A quality check carried out since then found that "
  "a number of crimes had been counted twice where a second CSE flag had been added to the same record. "
  "The figure of 207 given above is correct and replaces the earlier figure.", italic=True)

p("Question 2", bold=True, after=2)
p("Please break down the crimes in question 1 by the age of the victim: under 13, 13 to 15 and 16 to 17.",
  bold=True)
p("Answer", bold=True, after=2)
p("The table below shows the crimes in question 1 by the age of the victim at the time of the offence. "
  "Where the victim's date of birth has not been recorded the crime is shown under 'Age not recorded'.")

hdr = ["Year", "Under 13", "13-15", "16-17", "Age not recorded", "Total"]
data = [("2021", [31, 129, 38, 9]), ("2022", [36, 147, 44, 9]), ("2023", [40, 151, 52, 8])]
tbl = doc.add_table(rows=1, cols=len(hdr))
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(hdr):
    c = tbl.rows[0].cells[i]
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "DCE6F1")
    c._tc.get_or_add_tcPr().append(shd)
for yr, vals in data:
    cells = tbl.add_row().cells
    cells[0].text = yr
    for i, v in enumerate(vals + [sum(vals)]):
        cells[1 + i].text = str(v)
        cells[1 + i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
assert [sum(v) for _, v in data] == [207, 236, 251]
p("", after=4)

p("Question 3", bold=True, after=2)
p("How many offences of abuse of position of trust of a sexual nature (Home Office code 73) were "
  "recorded in each of those years, and how many of them resulted in a charge?", bold=True)
p("Answer", bold=True, after=2)
p("In 2021 there were 14 such offences recorded, in 2022 there were 11 and in 2023 there were 17. "
  "The number of these offences that resulted in a charge or summons was three, five and two "
  "respectively.")
p("Please be aware that, as at 20 February 2024, seven of the offences recorded in 2023 were still under "
  "investigation and may yet result in a charge.")

p("Question 4", bold=True, after=2)
p("For the offences in question 3, please provide the job role or occupation of each suspect (for "
  "example teacher, sports coach, care worker) and their age.", bold=True)
p("Answer", bold=True, after=2)
p("Cheshire Constabulary holds this information. However, it is exempt from disclosure under "
  "Section 40(2) of the Act (personal information).")
p("The number of offences involved each year is small, and the occupation and age of a suspect, taken "
  "together with information already in the public domain such as local press reporting and court "
  "listings, would be likely to identify the individuals concerned and, in turn, the victims. Disclosure "
  "under the Act is disclosure to the world at large and would breach the first data protection principle, "
  "as it would not be fair or lawful. Section 40(2) is an absolute exemption and no public interest test "
  "is required.")

p("Right of review", bold=True, after=2)
p("If you are not satisfied with this response you may request an internal review within 40 working "
  "days of the date of this letter, by writing to the Information Compliance Unit. If you remain "
  "dissatisfied you may then contact the Information Commissioner's Office.")
p("Yours sincerely,", after=18)
p("Information Compliance Officer", after=0)
p("Information Compliance Unit", after=0)
p("Cheshire Constabulary", after=0)

buf = io.BytesIO()
doc.save(buf)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        b = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            t = b.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", t)
            b = t.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(zi, b)
print("wrote", OUT)
