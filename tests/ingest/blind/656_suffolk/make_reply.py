"""Build reply.docx: Suffolk Constabulary FOI letter (python-docx), ref FOI 004127/24.

Indecent images of children (Home Office code 86/2), calendar years 2022 and 2023.
Lettered questions (a)-(d), each answer directly under its question:
(a) offences recorded, in one sentence; (b) offences with a suspect under 18, one figure
written as a word ('Nine'); (c) charged as a 'YYYY – N' list plus an 'under investigation'
figure in prose; (d) number of images recovered: information not held.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
REF = "FOI 004127/24"

A = {"2022": 187, "2023": 203}
B = {"2022": 9, "2023": 16}
C = {"2022": 31, "2023": 22}
ONGOING_2023 = 58
assert all(B[y] <= A[y] and C[y] <= A[y] for y in A)
assert C["2023"] + ONGOING_2023 <= A["2023"]

doc = Document()
sec = doc.sections[0]
sec.top_margin = Cm(2)
sec.bottom_margin = Cm(2)
sec.left_margin = Cm(2.5)
sec.right_margin = Cm(2.5)

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

# header: protective marking and force name
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.size = Pt(9)
hp.runs[0].bold = True
h2 = sec.header.add_paragraph()
r = h2.add_run("Suffolk Constabulary")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h3 = sec.header.add_paragraph("Joint Information Management Unit – Norfolk and Suffolk Constabularies")
h3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h3.runs[0].font.size = Pt(8)


def add_page_field(par):
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


fp = sec.footer.paragraphs[0]
fp.text = ("Suffolk Constabulary, Police Headquarters, Martlesham Heath, Ipswich, Suffolk IP5 3QS  "
           "|  Non-emergency 101  |  www.suffolk.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(8)
f2 = sec.footer.add_paragraph("OFFICIAL  –  ")
f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
f2.runs[0].font.size = Pt(8)
add_page_field(f2)

# address block and date
for line in ["Joint Information Management Unit", "Suffolk Constabulary", "Police Headquarters",
             "Martlesham Heath", "Ipswich", "IP5 3QS"]:
    p = doc.add_paragraph(line)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
doc.add_paragraph()
p = doc.add_paragraph("Email: By email only")
p.paragraph_format.space_after = Pt(0)
p = doc.add_paragraph(f"Our ref: {REF}")
p.paragraph_format.space_after = Pt(0)
doc.add_paragraph("Date: 15 March 2024")

doc.add_paragraph("Dear Requester,")
p = doc.add_paragraph()
r = p.add_run(f"Freedom of Information Request Reference No: {REF}")
r.bold = True

doc.add_paragraph(
    "Thank you for your request for information, which Suffolk Constabulary received on "
    "19 February 2024. We have now considered your request under the Freedom of Information "
    "Act 2000 (the Act). Your questions are set out below in bold, each followed by our answer.")

doc.add_paragraph(
    "Section 1 of the Act places two duties on a public authority: to tell the applicant whether "
    "it holds the information asked for (the duty to confirm or deny) and, if it does, to "
    "communicate that information, unless an exemption applies.")


def q(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_before = Pt(8)


q("(a) How many offences of taking, making, distributing or publishing indecent photographs "
  "of children were recorded by Suffolk Constabulary in 2022 and in 2023?")
doc.add_paragraph(
    f"Suffolk Constabulary recorded {A['2022']} offences under Home Office offence code 86/2 "
    "(take, make, distribute or publish indecent photographs or pseudo-photographs of children) "
    f"in the calendar year 2022, and {A['2023']} in 2023.")

q("(b) In how many of those offences was the suspect aged under 18?")
doc.add_paragraph(
    "Nine of the offences recorded in 2022 had a suspect who was aged under 18 at the time of the "
    f"offence. In 2023 there were {B['2023']} such offences. Where an offence has more than one "
    "suspect recorded it has been counted once.")

q("(c) How many of those offences resulted in someone being charged?")
doc.add_paragraph("Offences with an outcome of charge or summons:")
for y in ("2022", "2023"):
    p = doc.add_paragraph(f"{y} – {C[y]}")
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.space_after = Pt(0)
doc.add_paragraph()
doc.add_paragraph(
    f"Please be aware that {ONGOING_2023} of the offences recorded in 2023 were still under "
    "investigation when the data was extracted on 4 March 2024 and had not been given an outcome. "
    "The number of charges for 2023 may therefore rise.")

q("(d) How many images were recovered in each year?")
doc.add_paragraph(
    "Information not held. The number of images recovered is not recorded on our crime and "
    "intelligence system (Athena). Where images are found, they are graded and counted for the "
    "Crown Prosecution Service as part of the case file, and that count is not kept by the "
    "Constabulary in any form that could be retrieved or reported on. Suffolk Constabulary does "
    "not therefore hold this information.")

doc.add_paragraph(
    "Please note that the figures above are taken from a live system and reflect the position on "
    "the date of extraction. They may differ from figures published by the Home Office or the "
    "Office for National Statistics, which are taken at a fixed point.")

doc.add_paragraph(
    "Our disclosure log lists responses to requests made to Norfolk and Suffolk Constabularies; "
    "a version of this response, with your personal details removed, may be published there.")

p = doc.add_paragraph()
r = p.add_run("Your right to complain")
r.bold = True
doc.add_paragraph(
    "If you are unhappy with the way your request has been handled, you may ask for an internal "
    "review by writing to the Joint Information Management Unit at the address above, or by email, "
    "within 40 working days of the date of this letter. If you remain unhappy after the review "
    "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire SK9 5AF.")

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
p = doc.add_paragraph("Freedom of Information Decision Maker")
p.paragraph_format.space_after = Pt(0)
doc.add_paragraph("Joint Information Management Unit")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
