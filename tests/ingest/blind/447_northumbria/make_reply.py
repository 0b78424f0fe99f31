"""Build reply.docx: Northumbria Police FOI letter on victims of sexual communication with a child
(71/17), 2020/21 to 2022/23 - a Word table of victims' gender by year with '*' suppression (no
threshold stated) and a Total row that includes the hidden figures; under-13 victims in a
sentence; the youngest victim's age withheld under s.40(2)."""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 1284/23"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in hp.runs:
    r.bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("Northumbria Police - Freedom of Information Unit - Middle Engine Lane, Wallsend, "
           "Tyne and Wear NE28 9NT")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def para(text, bold=False, italic=False, size=None, color=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    return p


para("Northumbria Police", bold=True, size=18, color=RGBColor(0x1F, 0x2A, 0x5C))
para("Freedom of Information Unit\nMiddle Engine Lane\nWallsend\nNE28 9NT",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our Ref: {REF}\n28 July 2023")
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", bold=True)
para("Thank you for your request for information, received on 3 July 2023, which has been "
     "handled under the Freedom of Information Act 2000. Northumbria Police holds information "
     "relevant to your request. Each part of your request is set out below in bold, followed by "
     "our response.")
para("All figures below relate to victims of offences recorded under Home Office code 71/17, "
     "Sexual Communication with a Child (section 15A of the Sexual Offences Act 2003). A victim "
     "is counted once in each financial year, even where they are the victim of more than one "
     "offence in that year. Financial years run from 1 April to 31 March.")

para("(a) For each of the financial years 2020/21, 2021/22 and 2022/23, the number of victims of "
     "sexual communication with a child, broken down by the gender of the victim.", bold=True)
para("Please see the table below.")

rows = [
    ("Gender of victim", "2020/21", "2021/22", "2022/23"),
    ("Female", "187", "204", "211"),
    ("Male", "29", "36", "41"),
    ("Not recorded", "*", "*", "6"),
    ("Total", "219", "242", "258"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(val)
        if i == 0 or i == len(rows) - 1:
            run.bold = True
        if j > 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
note = para("* Figures have been suppressed where the number of victims is small, as disclosure "
            "could lead to the identification of individual victims. Totals include all victims, "
            "including those in suppressed cells.", italic=True, size=9)

para("(b) How many of those victims were aged under 13?", bold=True)
para("Of the victims shown in the table above, 38 were aged under 13 at the time of the offence "
     "in 2020/21, 45 in 2021/22 and 52 in 2022/23.")

para("(c) The age of the youngest victim in each year.", bold=True)
para("Northumbria Police holds this information; however, it is exempt from disclosure under "
     "section 40(2) of the Act (personal information). The age of the youngest victim in a given "
     "year relates to one identifiable child. When combined with other information that may be in "
     "the public domain, such as court reporting or local media coverage, disclosure could lead to "
     "that child being identified. Disclosure under the Act is disclosure to the world at large, "
     "and releasing this information would breach the first data protection principle, as it would "
     "be neither fair nor lawful. Section 40(2) is an absolute exemption and no public interest "
     "test is required.")
para("This letter therefore serves as a refusal notice under section 17(1) of the Act for part (c) "
     "of your request.")

para("How to complain", bold=True)
para("If you are dissatisfied with the handling of your request you have the right to ask for an "
     "internal review. Requests for review should be made in writing, within 40 working days of "
     "the date of this letter, to the Freedom of Information Unit at the address above. If you "
     "remain dissatisfied after the review you may apply to the Information Commissioner, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,")
para("Disclosure Officer\nFreedom of Information Unit\nNorthumbria Police")

doc.save(str(HERE / "reply.docx"))
print("saved")
