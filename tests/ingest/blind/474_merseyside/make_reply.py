"""Build reply.docx: Merseyside Police amended FOI response letter - sexual communication with a
child (71/17) offences for 2023/24 and 2024/25, their outcomes in a Word table, and an NCND
answer on National Crime Agency / CEOP referrals. The letter replaces an earlier response in
which the 2023/24 figure was wrong; the superseded figure is quoted in the text."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 2025/03398"

OUTCOMES = [
    ("Charged / Summonsed", 38, 29),
    ("Youth Caution", 3, 5),
    ("Adult Caution", 2, 1),
    ("Community Resolution", 4, 6),
    ("Evidential difficulties: suspect identified, victim supports action (Outcome 15)", 48, 37),
    ("Evidential difficulties: victim does not support action (Outcome 16)", 71, 64),
    ("Investigation complete - no suspect identified (Outcome 18)", 22, 26),
    ("Investigation ongoing - no outcome assigned", 16, 63),
]
TOT = (sum(r[1] for r in OUTCOMES), sum(r[2] for r in OUTCOMES))
assert TOT == (204, 231), TOT

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

# header / footer furniture
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Merseyside Police Headquarters, Canning Place, Liverpool L1 8JX  -  www.merseyside.police.uk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        p.alignment = align
    return p


para("MERSEYSIDE POLICE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Information Access Unit\nCanning Place\nLiverpool\nL1 8JX", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our reference: {REF}\nDate: 14 July 2025", align=WD_ALIGN_PARAGRAPH.RIGHT)
para()
para("Dear Requester")
para("FREEDOM OF INFORMATION ACT 2000 - AMENDED RESPONSE", bold=True)
para("I am writing further to our response to your request for information dated 30 June 2025. "
     "Following a query from you, we have re-checked the figures supplied and found that the figure "
     "we gave for 2023/24 at question 1 was incorrect. This letter replaces our earlier response in "
     "full, and I apologise for any inconvenience caused.")
para("Your request, received on 2 June 2025, was as follows:")
para("\"Q1. How many offences of sexual communication with a child (section 15A Sexual Offences Act "
     "2003) were recorded by Merseyside Police in the financial years 2023/24 and 2024/25?", italic=True)
para("Q2. For those offences, please provide a breakdown of the outcomes.", italic=True)
para("Q3. How many of those investigations began as a referral from the National Crime Agency, "
     "including CEOP?\"", italic=True)

para("Response", bold=True)
para("Q1.", bold=True)
para("The number of crimes recorded under Home Office Offence Code 71/17 (sexual communication with "
     "a child) was:")
para("April 2023 - March 2024: 204\nApril 2024 - March 2025: 231")
para("In our response of 30 June 2025 we stated that 192 offences were recorded in April 2023 - March "
     "2024. That figure left out crimes first recorded under another classification and later "
     "reclassified to 71/17. The correct figure is 204, as shown above. The figure for April 2024 - "
     "March 2025 is unchanged.")

para("Q2.", bold=True)
para("The outcomes recorded against these crimes, as at 7 July 2025, are shown in the table below.")

table = doc.add_table(rows=1, cols=3)
table.style = "Table Grid"
hdr = table.rows[0].cells
for c, t in zip(hdr, ("Outcome", "2023/24", "2024/25")):
    c.text = ""
    c.paragraphs[0].add_run(t).bold = True
for label, a, b in OUTCOMES:
    row = table.add_row().cells
    row[0].text = label
    row[1].text = str(a)
    row[2].text = str(b)
    for c in row[1:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
row = table.add_row().cells
row[0].paragraphs[0].add_run("Total").bold = True
for c, v in zip(row[1:], TOT):
    c.paragraphs[0].add_run(str(v)).bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

para()
para("Outcome numbers refer to the Home Office outcome framework. Each crime is shown under the "
     "outcome recorded against it at the date of extraction; crimes still under investigation will "
     "receive an outcome in due course, so the later year has more crimes without an outcome.")

para("Q3.", bold=True)
para("Merseyside Police can neither confirm nor deny that it holds any information relevant to this "
     "question by virtue of the following exemption:")
para("Section 23(5) - Information supplied by, or concerning, certain Security Bodies")
para("Section 23 is an absolute class-based exemption and there is no requirement to consider the "
     "public interest. The National Crime Agency is a body listed in section 23(3) of the Act. "
     "Confirming or denying whether information is held about referrals from a body listed in "
     "section 23(3) would in itself disclose information relating to that body. This should not be "
     "taken as an indication that the information you have requested does or does not exist.")

para("If you are dissatisfied with this response you are entitled to request an internal review. "
     "Please write to the Information Access Unit at the address above, or email "
     "foi@merseyside.police.uk, within 40 working days of the date of this letter. If you remain "
     "dissatisfied following the review you may complain to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely")
para()
para("Disclosure Officer\nInformation Access Unit\nMerseyside Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
