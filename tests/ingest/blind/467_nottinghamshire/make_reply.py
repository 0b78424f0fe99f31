"""Build reply.pdf: Nottinghamshire Police FOI letter - sexual offences against children where
the suspect was also under 18 ('child-on-child'), for the financial years written as date ranges
('01/04/2022 - 31/03/2023'). Three tables drawn with pdf.table(): offences per year, suspects by
age band with a Total row, and selected outcomes (Home Office outcome number and words) with
'<5' for figures under five (rule stated). The age of the youngest suspect is withheld under
s.40(2). Every page has a running header (protective marking, force, reference) and a
'Page N of M' footer."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI/2024/001284"
Y1 = "01/04/2022 - 31/03/2023"
Y2 = "01/04/2023 - 31/03/2024"

OFFENCES = [(Y1, 587), (Y2, 634)]
SUSPECTS = [("10 to 12", 71, 84), ("13 to 15", 298, 327), ("16 to 17", 206, 219)]
OUTCOMES = [
    ("Outcome 1", "Charged / summonsed", 31, 24),
    ("Outcome 2", "Youth caution", 9, 3),
    ("Outcome 8", "Community resolution", 22, 27),
    ("Outcome 15", "Evidential difficulties - suspect identified, victim supports action", 94, 88),
    ("Outcome 16", "Evidential difficulties - victim does not support further action", 163, 171),
    ("Outcome 21", "Further investigation not in the public interest", 41, 46),
    ("Outcome 22", "Diversionary, educational or intervention activity", 58, 73),
    ("-", "Investigation ongoing - no outcome yet assigned", 17, 71),
]


def shown(v):
    return "<5" if 0 < v < 5 else f"{v:,}"


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.set_text_color(150, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(90, 90, 90)
        self.set_font("Sans", "", 8)
        self.cell(85, 4, "Nottinghamshire Police")
        self.cell(0, 4, f"Freedom of Information Request {REF}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)
        if self.page_no() == 1:
            self.set_font("Sans", "B", 16)
            self.set_text_color(0, 40, 85)
            self.cell(0, 8, "Nottinghamshire Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Sans", "", 8.5)
            self.set_text_color(0, 0, 0)
            for line in ("Information Management - Freedom of Information",
                         "Force Headquarters, Sherwood Lodge, Arnold, Nottingham",
                         "foi@nottinghamshire.police.uk"):
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "B", 8)
        self.set_text_color(150, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


HEAD = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))
TOT = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))

pdf.set_font("Sans", "", 10)
for line in (f"Our ref: {REF}", "Date: 5 June 2024"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("REQUEST UNDER THE FREEDOM OF INFORMATION ACT 2000", style="B")
para("I write in connection with your request for information, received by Nottinghamshire Police "
     "on 8 May 2024, in which you asked:")
pdf.set_x(27)
pdf.set_font("Sans", "I", 10)
pdf.multi_cell(163, 5,
    "1. For the last two financial years, how many sexual offences were recorded where the victim "
    "was a child (under 18) and the suspect was also under 18?\n"
    "2. Please break down the suspects by age (10-12, 13-15 and 16-17).\n"
    "3. What were the outcomes of these offences?\n"
    "4. What was the age of the youngest suspect in each year?",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Nottinghamshire Police has now completed its search and can confirm that information is held "
     "in relation to your request. The information is provided below, with the exception of "
     "question 4, for which an exemption applies as explained later in this letter.")
para("The figures have been taken from the force crime recording system (Niche) and relate to "
     "crimes recorded in the financial years " + Y1 + " and " + Y2 + ". The age of the victim and of "
     "the suspect is their age at the time of the offence. Data was extracted on 22 May 2024 and "
     "is subject to change as investigations progress.")

para("Question 1", style="B", after=1)
para("Table 1: Sexual offences recorded where both the victim and the suspect were aged under 18",
     style="B", size=9.5, after=2)
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(60, 40), width=100, align="LEFT", headings_style=HEAD, line_height=5,
               text_align=("LEFT", "CENTER"), padding=1.5) as t:
    row = t.row()
    row.cell("Financial year")
    row.cell("Offences recorded")
    for label, v in OFFENCES:
        row = t.row()
        row.cell(label)
        row.cell(f"{v:,}")
pdf.ln(5)

para("Question 2", style="B", after=1)
para("Table 2: Suspects aged under 18 linked to the offences in Table 1, by age at the time of "
     "the offence", style="B", size=9.5, after=2)
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(40, 45, 45), width=130, align="LEFT", headings_style=HEAD,
               line_height=5, text_align=("LEFT", "CENTER", "CENTER"), padding=1.5) as t:
    row = t.row()
    for h in ("Age of suspect", Y1, Y2):
        row.cell(h)
    for band, a, b in SUSPECTS:
        row = t.row()
        row.cell(band)
        row.cell(f"{a:,}")
        row.cell(f"{b:,}")
    row = t.row(style=TOT)
    row.cell("Total")
    row.cell(f"{sum(s[1] for s in SUSPECTS):,}")
    row.cell(f"{sum(s[2] for s in SUSPECTS):,}")
pdf.ln(2)
para("Please note that Table 2 counts suspects, not offences. An offence may have more than one "
     "suspect and the same young person may be a suspect in more than one offence, so the totals "
     "will not match Table 1.", size=8.5)

para("Question 3", style="B", after=1)
para("Table 3: Outcomes recorded against the offences in Table 1", style="B", size=9.5, after=2)
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(24, 86, 30, 30), width=170, headings_style=HEAD, line_height=5,
               text_align=("LEFT", "LEFT", "CENTER", "CENTER"), padding=1.5,
               repeat_headings=1) as t:
    row = t.row()
    for h in ("Outcome type", "Description", Y1, Y2):
        row.cell(h)
    for code, desc, a, b in OUTCOMES:
        row = t.row()
        row.cell(code)
        row.cell(desc)
        row.cell(shown(a))
        row.cell(shown(b))
pdf.ln(2)
para("In order to reduce the risk of identifying the children involved, figures lower than 5 have "
     "been replaced with '<5'. The outcome shown is the outcome recorded at the date of extraction. "
     "Only the most frequently assigned outcome types are listed, so the columns will not add up to "
     "the figures in Table 1.", size=8.5)

para("Question 4", style="B", after=1)
para("The age of the youngest suspect in each year is exempt from disclosure under section 40(2) of "
     "the Freedom of Information Act 2000 (personal information). The number of suspects at the "
     "lower end of the age range is very small, and disclosing the age of the youngest suspect in "
     "each year, combined with other information in the public domain, could lead to the "
     "identification of a child. Disclosure would breach the first data protection principle, as it "
     "would not be fair or lawful, and section 40(2) is an absolute exemption by virtue of section "
     "40(3A)(a). This letter therefore acts as a refusal notice for this part of your request under "
     "section 17 of the Act.")

para("Your rights", style="B", after=1)
para("If you are dissatisfied with this response you may request an internal review. Please write "
     "to the Freedom of Information Team at the address above within 40 working days of the date of "
     "this letter, quoting the reference number. If you remain dissatisfied after the internal "
     "review, you have the right to complain to the Information Commissioner's Office, Wycliffe "
     "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", after=6)
para("Freedom of Information Officer\nInformation Management\nNottinghamshire Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.page_no(), "pages")
