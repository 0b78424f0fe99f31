"""Build reply.docx: Police Scotland FOISA response letter on sexual crimes recorded where the
victim was under 18, by local policing division (13 divisions), for the financial years
2022-23 to 2024-25, in a Word table with a 'Scotland Total' row; the cyber-enabled subset
as a short 'year: N' list; and a section 12(1) (excessive cost, GBP 600) refusal for the
accused-under-18 question, whose estimate restates the three-year total."""
from pathlib import Path
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
REF = "IM-FOI-2025-2214"
YEARS = ["2022-23", "2023-24", "2024-25"]
DIVISIONS = [
    ("A - North East", 412, 398, 431),
    ("C - Forth Valley", 236, 251, 244),
    ("D - Tayside", 347, 362, 339),
    ("E - Edinburgh City", 498, 517, 476),
    ("G - Greater Glasgow", 912, 968, 941),
    ("J - The Lothians and Scottish Borders", 371, 389, 402),
    ("K - Renfrewshire and Inverclyde", 214, 198, 226),
    ("L - Argyll and West Dunbartonshire", 142, 151, 137),
    ("N - Highlands and Islands", 268, 281, 259),
    ("P - Fife", 329, 344, 361),
    ("Q - Lanarkshire", 587, 612, 598),
    ("U - Ayrshire", 341, 326, 352),
    ("V - Dumfries and Galloway", 118, 127, 109),
]
TOTALS = [sum(d[i] for d in DIVISIONS) for i in (1, 2, 3)]
SPAN = sum(TOTALS)
CYBER = [1487, 1562, 1603]
assert all(c < t for c, t in zip(CYBER, TOTALS))
print("totals", TOTALS, "span", SPAN)

fmt = lambda n: f"{n:,}"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("OFFICIAL\n")
fp.add_run("Page ")
add_field(fp, "PAGE")
fp.add_run(" of ")
add_field(fp, "NUMPAGES")


def para(text="", bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


para("POLICE SCOTLAND\nPOILEAS ALBA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Information Management - Dundee\nPolice Scotland\nWest Bell Street\nDundee\nDD1 9JU",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our reference:  {REF}\nYour reference:\nDate:  27 August 2025", align=WD_ALIGN_PARAGRAPH.RIGHT)
para()
para("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", bold=True)
para("Dear Sir / Madam")
para("I refer to your recent request for information which has been handled in accordance with "
     "the Freedom of Information (Scotland) Act 2002.")
para("For ease of reference, your request is replicated below together with the response.")
para("For each of the last three financial years (2022/23, 2023/24 and 2024/25) please provide:", italic=True)
para("1. The number of sexual crimes recorded by Police Scotland where the victim was aged under 18, "
     "broken down by local policing division.", italic=True)
para("2. How many of those crimes were flagged as cyber-enabled.", italic=True)
para("3. In how many of those crimes the accused person was also aged under 18.", italic=True)
para()
para("Question 1", bold=True)
para("The table below provides the number of Group 2 sexual crimes recorded where at least one "
     "victim was aged under 18 at the time of the crime, broken down by local policing division.")

table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0].cells
for c, txt in zip(hdr, ["Division", *YEARS]):
    c.text = ""
    r = c.paragraphs[0].add_run(txt)
    r.bold = True
for name, *vals in DIVISIONS:
    cells = table.add_row().cells
    cells[0].text = name
    for c, v in zip(cells[1:], vals):
        c.text = fmt(v)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
cells = table.add_row().cells
r = cells[0].paragraphs[0].add_run("Scotland Total")
r.bold = True
for c, v in zip(cells[1:], TOTALS):
    r = c.paragraphs[0].add_run(fmt(v))
    r.bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
for row in table.rows:
    row.cells[0].width = Cm(8.5)

para()
para("Notes:", bold=True, size=9)
para("Data is based on the date the crime was raised and was extracted from the national crime "
     "recording system on 19 August 2025. Figures are provisional and should be treated as "
     "management information. Where a crime has more than one victim aged under 18, it has been "
     "counted once. Group 2 sexual crimes are as defined in the Scottish Government recorded "
     "crime classification and include rape, sexual assault, crimes associated with prostitution, "
     "indecent communications and the taking, possession and distribution of indecent "
     "photographs of children.", size=9)
para()
para("Question 2", bold=True)
para("Of the crimes shown at question 1, the following were flagged as cyber-enabled. A crime "
     "is flagged where the internet or another form of electronic communication was used in "
     "its commission.")
for y, v in zip(YEARS, CYBER):
    para(f"{y}:  {fmt(v)}")
para()
para("Question 3", bold=True)
para("Unfortunately, I estimate that it would cost well in excess of the current FOI cost "
     "threshold of £600 to process this part of your request. I am therefore refusing to "
     "provide the information sought in terms of section 12(1) of the Act - Excessive cost of "
     "compliance.")
para("By way of explanation, the age of the accused is not held in a format that can be "
     "searched against the victim details. To establish whether an accused person was aged "
     f"under 18, each of the {fmt(SPAN)} crimes recorded across the three financial years "
     "would have to be examined individually, together with the linked case records. Even at "
     "three minutes per crime, this would take over 700 hours, which is far beyond the cost "
     "limit.")
para("To be of assistance, you may wish to consider narrowing the scope of this question, for "
     "example to a single division and a single year.")
para()
para("If you require any further assistance please contact us quoting the reference above.")
para("You can request a review of this response within the next 40 working days by email or by "
     "letter (Information Management - FOI, Police Scotland, Clyde Gateway, 2 French Street, "
     "Dalmarnock, G40 4EH). Requests must include the reason for your dissatisfaction.")
para("If you remain dissatisfied following our review response, you can appeal to the Office of "
     "the Scottish Information Commissioner (OSIC) within 6 months - online, by email or by "
     "letter (OSIC, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS).")
para("Following an OSIC appeal, you can appeal to the Court of Session on a point of law only.")
para("This response will be added to our Disclosure Log in seven days' time.")
para("Every effort has been taken to ensure our response is as accessible as possible. If you "
     "require this response to be provided in an alternative format, please let us know.")

doc.save(HERE / "reply.docx")
print("saved")
