"""Build reply.pdf: British Transport Police FOI reply letter (reference FOI 1287-25), fpdf2.

Large reply. Sexual offences against under-18s recorded by BTP, by Home Office offence code,
calendar years ACROSS the columns (2022, 2023, 2024 and a part year '2025 (1 Jan - 30 Jun)'),
with a Total column (the whole span) and a Total row, drawn as a real table with pdf.table().
Small figures (1 to 4) are shown as '*' with the rule stated in a footnote; a '-' is keyed as
nil. Question 2 (charge/summons outcomes) is answered as a short list under the table.
Running header on page 2 and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 1287-25"
FONT = "/usr/share/fonts/truetype/dejavu/"

HEAD = ("Offence (Home Office code)", "2022", "2023", "2024", "2025\n(1 Jan \u2013 30 Jun)", "Total")
ROWS = [
    ("Sexual assault on a female aged 13 and over (20A)", "143", "168", "181", "97", "589"),
    ("Sexual assault on a female child under 13 (20B)", "9", "12", "*", "6", "30"),
    ("Sexual assault on a male aged 13 and over (17A)", "14", "19", "22", "11", "66"),
    ("Sexual assault on a male child under 13 (17B)", "*", "-", "*", "-", "*"),
    ("Exposure and voyeurism (88E)", "61", "74", "70", "38", "243"),
    ("Sexual activity involving a child under 16 (22B)", "5", "*", "7", "*", "18"),
    ("Total", "234", "277", "284", "154", "949"),
]


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"British Transport Police \u2013 Freedom of Information \u2013 {REF}",
                      align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Information Rights Unit, British Transport Police, 25 Camden Road, London NW1 9LN",
                  align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 5, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.epw


def head(text, size=10.5):
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def para(text, style="", size=9.8, indent=0, gap=2.2):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 4.9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# Letterhead
pdf.set_font("DejaVu", "B", 17)
pdf.set_text_color(0, 40, 95)
pdf.cell(W * 0.6, 8, "British Transport Police")
pdf.set_font("DejaVu", "", 8.5)
pdf.set_text_color(60, 60, 60)
pdf.multi_cell(W * 0.4, 4.2, "Information Rights Unit\n25 Camden Road\nLondon NW1 9LN\nfoi@btp.police.uk",
               align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)

pdf.set_font("DejaVu", "", 9.8)
pdf.cell(W / 2, 5, f"Our reference: {REF}")
pdf.cell(W / 2, 5, "Date: 25 July 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

head("Freedom of Information Request \u2013 sexual offences against children on the railway", 11.5)

para("Dear Requester,")
para("Thank you for your request for information, received by British Transport Police (BTP) on "
     "1 July 2025, which has been dealt with under the Freedom of Information Act 2000 (the Act). "
     "You asked:")

para("\u201c1. Please tell me how many sexual offences BTP has recorded where the victim was aged "
     "under 18, for each of the calendar years 2022, 2023 and 2024 and for 2025 so far, broken down "
     "by the type of offence.", style="I", indent=8, gap=1.2)
para("2. For the same periods, how many of those offences led to someone being charged?\u201d",
     style="I", indent=8)

head("Response")
para("BTP can confirm that it holds information relevant to your request. The information is "
     "set out below.")
para("Question 1. The table below shows sexual offences recorded by BTP where the victim was "
     "recorded as being under 18 years of age at the time of the offence. Offences are shown by "
     "their Home Office classification. The figures for 2025 cover 1 January 2025 to 30 June 2025, "
     "the last complete month before your request was received.")

pdf.set_font("DejaVu", "", 8.6)
pdf.set_draw_color(120, 120, 120)
with pdf.table(
    col_widths=(84, 15, 15, 15, 24, 17),
    text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
    headings_style=FontFace(emphasis="BOLD", fill_color=(214, 224, 238)),
    line_height=5.0,
    padding=1.4,
    width=W,
) as table:
    row = table.row()
    for h in HEAD:
        row.cell(h)
    for r in ROWS:
        row = table.row()
        bold = r[0] == "Total"
        for i, c in enumerate(r):
            if bold:
                row.cell(c, style=FontFace(emphasis="BOLD"))
            else:
                row.cell(c)
pdf.ln(2)
pdf.set_font("DejaVu", "", 8)
pdf.multi_cell(W, 4.2,
               "*  To reduce the risk of a victim being identified, figures of between 1 and 4 have been "
               "replaced with an asterisk (*). Row and column totals include these figures; where a total "
               "would itself be between 1 and 4 it has also been replaced.\n"
               "-  A dash indicates that no offences of that type were recorded in the period (nil).",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

para("Please note that the age of the victim is taken from the crime record. Where the age was not "
     "recorded the offence cannot be identified as one against a person under 18, and it is not "
     "included above.")

para("Question 2. The number of the offences above that have resulted in a charge or a "
     "summons is as follows:")
for label, n in (("2022", "41"), ("2023", "38"), ("2024", "29"), ("2025 (1 January to 30 June)", "7")):
    para(f"\u2022  {label}: {n}", indent=6, gap=0.6)
pdf.ln(1.6)
para("Outcomes are recorded against the offence and can change after the date of extraction "
     "(14 July 2025). A number of the more recent offences remain under investigation, so the figures "
     "for 2024 and 2025 in particular are likely to increase.")

head("Complaint rights")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. "
     "Please write to the Information Rights Unit at the address above, or e-mail foi@btp.police.uk, "
     "within 40 working days of the date of this letter. If you remain dissatisfied following the "
     "review you have the right to complain to the Information Commissioner, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
para("Yours sincerely,")
pdf.ln(4)
para("Disclosure Officer\nInformation Rights Unit\nBritish Transport Police", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.pages_count, "pages")
