"""Build reply.pdf: North Yorkshire Police FOI response letter (two pages).

Child sexual offences by Home Office code (rows) for the last three financial years
(columns headed FY22/23, FY23/24, FY24/25) with a three-year Total column and a Total
row, drawn with fpdf2's pdf.table(). Two 'Of which' rows follow: online-flagged and
CSE-flagged. Figures of 1 to 4 are printed '*' with the rule stated in the notes; totals
include them. The CSE marker is not held for FY22/23 ('N/H'), so its Total covers two
years only. Page header and 'Page N of M' footer on every page.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/0412"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, f"North Yorkshire Police | Civil Disclosure Unit | Ref: {REF}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 3.5, "North Yorkshire Police, Alverton Court, Crosby Road, Northallerton, DL6 1BF  "
                          "·  civil.disclosure@northyorkshire.police.uk", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.epw

pdf.set_font("DejaVu", "B", 14)
pdf.cell(0, 7, "North Yorkshire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 4, "Civil Disclosure Unit\nAlverton Court\nCrosby Road\nNorthallerton\nDL6 1BF",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 4.2, f"Our Ref: {REF}\nDate received: 14/04/2025\nDate of response: 12/05/2025",
               align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text, style="", size=9.2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


head("FREEDOM OF INFORMATION REQUEST – SEXUAL OFFENCES AGAINST CHILDREN")
para("Dear Applicant,")
para("I write in connection with your request for information, received by North Yorkshire Police "
     "on 14 April 2025, in which you asked:")
para("“Q1. For each of the last three financial years, the number of crimes recorded by your force "
     "under each of the following Home Office offence codes: 19E, 19G, 19H, 20B, 21, 22B, 71/17 "
     "and 86/2.\n"
     "Q2. For each year, how many of those crimes carried the online (cyber) flag.\n"
     "Q3. For each year, how many of those crimes were flagged as child sexual exploitation (CSE).”",
     style="I")
para("Following receipt of your request, searches were conducted within North Yorkshire Police to "
     "locate information relevant to it. I can confirm that the force holds some of the information "
     "you have requested. For the purposes of this response the last three financial years have been "
     "taken to be FY22/23, FY23/24 and FY24/25, i.e. 1 April 2022 to 31 March 2025.")

head("Response to Q1 to Q3")
para("The information is provided in the table below. Each financial year runs from 1 April to "
     "31 March.")

HEAD = ["HO code", "Offence", "FY22/23", "FY23/24", "FY24/25", "Total"]
ROWS = [
    ("19E", "Rape of a female child under 13", "34", "41", "38", "113"),
    ("19G", "Rape of a male child under 16", "*", "6", "*", "11"),
    ("19H", "Rape of a male child under 13", "*", "7", "*", "12"),
    ("20B", "Sexual assault on a female child under 13", "62", "71", "58", "191"),
    ("21", "Sexual activity involving a child under 13", "27", "22", "31", "80"),
    ("22B", "Sexual activity involving a child under 16", "118", "104", "127", "349"),
    ("71/17", "Sexual communication with a child", "46", "58", "63", "167"),
    ("86/2", "Take, make or distribute indecent photographs of children", "139", "152", "171", "462"),
    ("", "Total", "431", "461", "493", "1,385"),
    ("", "Of which online (cyber) flagged", "171", "194", "218", "583"),
    ("", "Of which CSE flagged", "N/H", "38", "44", "82†"),
]
grey = (215, 221, 230)
bold = FontFace(emphasis="BOLD")
pdf.set_font("DejaVu", "", 8.3)
with pdf.table(col_widths=(15, 73, 19, 19, 19, 17),
               text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=grey), line_height=5.2,
               width=W) as table:
    row = table.row()
    for h in HEAD:
        row.cell(h)
    for r in ROWS:
        row = table.row()
        style = bold if r[1] == "Total" else None
        for v in r:
            row.cell(v, style=style)
pdf.ln(2)
pdf.set_font("DejaVu", "", 7.8)
pdf.multi_cell(W, 3.9,
               "Notes:\n"
               "* To reduce the risk of identifying individuals, any figure between 1 and 4 (inclusive) "
               "has been replaced with an asterisk. The Total column and Total row include these figures.\n"
               "N/H – Not held. The CSE flag was introduced on the force crime system on 1 April 2023, so "
               "no figure is held for FY22/23.\n"
               "† Total for FY23/24 and FY24/25 only.\n"
               "The 'Of which' rows are subsets of the Total row and are not additional crimes. A crime may "
               "carry both flags.\n"
               "Data extracted from the force crime recording system on 28/04/2025 and is subject to change.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

head("Information not held")
para("Section 1(1)(a) of the Freedom of Information Act 2000 places a duty on a public authority to "
     "confirm whether it holds the information requested. In respect of Q3, North Yorkshire Police "
     "does not hold CSE flag data for FY22/23. Before 1 April 2023 child sexual exploitation was "
     "recorded in a separate safeguarding system which is not linked to crime records, and no reliable "
     "match between the two can be made. This letter therefore serves as a notice under section 17 of "
     "the Act that the information for that year is not held.")

head("Complaint Rights")
para("Your attention is drawn to the attached sheet which details your right of complaint. If you "
     "are dissatisfied with this response you may request an internal review within 40 working days "
     "of the date of this letter. Should you remain dissatisfied after the review you may contact the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF "
     "(0303 123 1113).")
para("Yours sincerely,")
para("L. Harrow\nDisclosure Officer\nCivil Disclosure Unit")

pdf.output(str(HERE / "reply.pdf"))
