"""Build reply.docx: Nottinghamshire Police FOI letter about sexual communication with a child
(71/17), 2021/22 to 2023/24. Request quoted in a Word table, answers given as bullets, with a
section 12 refusal of the platforms question."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL - PUBLIC"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = ("Information Management, Nottinghamshire Police, Force Headquarters, Sherwood Lodge, "
           "Arnold, Nottingham NG5 8PP  \u2022  foi@notts.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def heading(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
    return p


def bullet(text, level=1):
    style = "List Bullet" if level == 1 else "List Bullet 2"
    return doc.add_paragraph(text, style=style)


p = doc.add_paragraph()
r = p.add_run("NOTTINGHAMSHIRE POLICE")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
doc.add_paragraph("Freedom of Information Team\nInformation Management\nSherwood Lodge, Arnold\n"
                  "Nottingham NG5 8PP")

meta = doc.add_table(rows=3, cols=2)
for i, (k, v) in enumerate([("Our reference:", "FOI/NP/2024/01387"),
                            ("Date of response:", "6 June 2024"),
                            ("Request received:", "9 May 2024")]):
    meta.cell(i, 0).text = k
    meta.cell(i, 1).text = v

doc.add_paragraph()
doc.add_paragraph("Dear Requester")
p = doc.add_paragraph()
p.add_run("Freedom of Information Act 2000 \u2013 Sexual communication with a child").bold = True
doc.add_paragraph(
    "Thank you for your email received on 9 May 2024 in which you made a request for information "
    "held by Nottinghamshire Police. Your request has been handled under the Freedom of "
    "Information Act 2000 (the Act). For ease of reference your request is reproduced in the "
    "table below.")

req = doc.add_table(rows=5, cols=2)
req.style = "Table Grid"
req.cell(0, 0).merge(req.cell(0, 1))
hdr = req.cell(0, 0)
hdr.text = ""
hdr.paragraphs[0].add_run(
    "Your request \u2013 \u201cUnder the Freedom of Information Act, please can you tell me the "
    "following for the last three financial years:").bold = True
rows = [
    ("1.", "The number of offences of sexual communication with a child (section 15A Sexual "
           "Offences Act 2003) recorded by Nottinghamshire Police in each year."),
    ("2.", "For those offences, how many of the suspects were themselves children (aged 10 to "
           "17)."),
    ("3.", "How many of the offences resulted in a suspect being charged, cautioned or given a "
           "community resolution."),
    ("4.", "Which social media platforms, apps or websites were used to communicate with the "
           "child, with the number of offences for each.\u201d"),
]
for i, (n, t) in enumerate(rows, start=1):
    req.cell(i, 0).text = n
    req.cell(i, 1).text = t
for row in req.rows:
    row.cells[0].width = Cm(1.2)
    if len(row.cells) > 1:
        row.cells[1].width = Cm(15.4)

doc.add_paragraph()
heading("Our response")
doc.add_paragraph(
    "Nottinghamshire Police holds some of the information you have requested. In this response "
    "the last three financial years are taken to be the three complete years before your "
    "request, 1 April 2021 to 31 March 2024. Figures were extracted from our crime recording "
    "system on 21 May 2024 and relate to crimes recorded under Home Office classification 71/17 "
    "(Sexual communication with a child).")

heading("Question 1")
bullet("April 2021 to March 2022 \u2013 97")
bullet("April 2022 to March 2023 \u2013 112")
bullet("April 2023 to March 2024 \u2013 104")

heading("Question 2")
doc.add_paragraph(
    "The figures below count suspects linked to the crimes above whose age at the time of the "
    "offence was recorded as between 10 and 17. A crime may have more than one suspect, and "
    "some crimes have no identified suspect.")
bullet("2021/22: 23 suspects")
bullet("2022/23: 31 suspects")
bullet("2023/24: twenty-six suspects")

heading("Question 3")
doc.add_paragraph(
    "Outcomes are attached to the crime rather than to the year in which the outcome was "
    "reached, and several crimes recorded in 2023/24 are still being investigated. We have "
    "therefore provided the outcomes for the three years combined:")
bullet("Charged or summonsed \u2013 31")
bullet("Youth caution \u2013 4")
bullet("Community resolution \u2013 12")
doc.add_paragraph(
    "In addition, 9 of the crimes recorded in 2023/24 remain under investigation and have no "
    "outcome yet. The remaining crimes were finalised with other outcomes (for example "
    "evidential difficulties or no suspect identified), which you did not ask for.")

heading("Question 4")
doc.add_paragraph(
    "The platform or app used is not a mandatory or searchable field on our crime recording "
    "system. It would only be possible to answer this question by reading the crime report and "
    "associated investigation log for each crime. Across the three years there were 313 crimes "
    "recorded under classification 71/17. A sample exercise showed that reading each record "
    "takes on average 8 minutes, so answering question 4 would take in the region of 42 hours.")
doc.add_paragraph(
    "Section 12(1) of the Act does not oblige a public authority to comply with a request where "
    "it estimates that the cost of doing so would exceed the appropriate limit. For the police "
    "this is \u00a3450, which equates to 18 hours of work at \u00a325 per hour. This letter "
    "therefore acts as a refusal notice under section 17(5) of the Act for question 4.")
doc.add_paragraph(
    "Advice and assistance (section 16): if you were to narrow this part of your request, for "
    "example to a single month of one year, we may be able to answer it within the cost limit. "
    "Please note that any refined request would be treated as a new request.")

heading("Complaint rights")
doc.add_paragraph(
    "If you are dissatisfied with this response you may ask for an internal review within 40 "
    "working days by writing to the address above. If you remain dissatisfied after the review "
    "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("Freedom of Information Officer\nInformation Management\nNottinghamshire Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
