"""Build reply.pdf: Lancashire Constabulary amended FOI letter (fpdf2), ref FOI 0931/24.

Seven child sexual offence codes, the last three complete financial years, the years written
only as date ranges in the column headings ('01/04/2021 - 31/03/2022').
Table 1: codes DOWN, years ACROSS, a Total column over the three years and a Total row.
Table 2: offences with the online flag and offences charged, per year.
Amended response: the 2022/23 figure for 22B was 287 in the first letter and is now 278;
the first letter's totals (830 and 2,382) are quoted and superseded.
Running header (reference from page 2), 'OFFICIAL' marking, 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 0931/24"
COLS = ["01/04/2021 - 31/03/2022", "01/04/2022 - 31/03/2023", "01/04/2023 - 31/03/2024"]
T1 = [
    ("19D", "Rape of a female child under 16", (118, 131, 127)),
    ("19E", "Rape of a female child under 13", (84, 97, 92)),
    ("19G", "Rape of a male child under 16", (21, 17, 24)),
    ("19H", "Rape of a male child under 13", (33, 38, 29)),
    ("21", "Sexual activity involving a child under 13", (64, 71, 58)),
    ("22B", "Sexual activity involving a child under 16", (256, 278, 263)),
    ("71/17", "Sexual communication with a child", (171, 189, 212)),
]
COLTOT = [sum(r[2][i] for r in T1) for i in range(3)]
GRAND = sum(COLTOT)
assert COLTOT == [747, 821, 805] and GRAND == 2373
assert sum(sum(r[2]) for r in T1) == GRAND
# the first letter had 287 for 22B in 2022/23, so 830 and 2,382
assert COLTOT[1] - 278 + 287 == 830 and GRAND - 278 + 287 == 2382
ONLINE = (203, 236, 251)
CHARGED = (88, 79, 61)
assert all(o <= t for o, t in zip(ONLINE, COLTOT)) and all(c <= t for c, t in zip(CHARGED, COLTOT))


def n(v):
    return f"{v:,}"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 13)
        self.set_text_color(0, 51, 102)
        self.cell(120, 7, "Lancashire Constabulary")
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        if self.page_no() > 1:
            self.cell(0, 7, f"Our reference: {REF}", align="R")
        self.ln(7)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 4, "Information Access Team  |  Freedom of Information", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 51, 102)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 3.5, "Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston PR4 5SB",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 7)
        self.cell(0, 3.5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=22)
pdf.set_margins(18, 14, 18)
pdf.add_page()


def para(text, h=5, style="", size=10, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Helvetica", "", 9)
for line in ["Information Access Team", "Lancashire Constabulary Headquarters", "Saunders Lane",
             "Hutton", "Preston", "PR4 5SB"]:
    pdf.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.cell(0, 5, "Date: 24/04/2024", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"Our reference: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Dear Requester")
para("FREEDOM OF INFORMATION ACT 2000 - AMENDED RESPONSE", style="B")

pdf.set_fill_color(255, 242, 204)
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(0, 5,
    "This letter replaces our response dated 02/04/2024. In that response the number of offences "
    "of sexual activity involving a child under 16 (22B) recorded between 01/04/2022 and 31/03/2023 "
    "was shown as 287. This was a transposition error: the correct figure is 278. As a result the "
    "total for that year, shown as 830, should have been 821, and the overall total, shown as "
    "2,382, should have been 2,373. The tables below show the corrected figures, and we apologise "
    "for the error.", border=1, fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(255, 255, 255)
pdf.ln(4)

para("Your request, received on 11/03/2024, was as follows:", size=10)
pdf.set_x(26)
pdf.set_font("Helvetica", "I", 9.5)
pdf.multi_cell(0, 5,
    "1. Please tell me how many of each of the following offences Lancashire Constabulary recorded "
    "in each of the last three complete financial years: rape of a female child under 16; rape of a "
    "female child under 13; rape of a male child under 16; rape of a male child under 13; sexual "
    "activity involving a child under 13; sexual activity involving a child under 16; sexual "
    "communication with a child.\n"
    "2. How many of these offences in each year were flagged as online-enabled?\n"
    "3. How many of these offences in each year resulted in a charge?",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Lancashire Constabulary holds information relevant to your request. Table 1 answers question 1. "
     "Table 2 answers questions 2 and 3.")

para("Table 1 - Offences recorded, by Home Office offence code", style="B", size=10, after=1.5)
head = FontFace(emphasis="BOLD", fill_color=(220, 230, 241))
pdf.set_font("Helvetica", "", 8.5)
with pdf.table(col_widths=(13, 62, 24, 24, 24, 27), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.6) as t:
    r = t.row()
    for c in ["HO code", "Offence"] + COLS + ["Total 01/04/2021 - 31/03/2024"]:
        r.cell(c)
    for code, name, vals in T1:
        r = t.row()
        r.cell(code)
        r.cell(name)
        for v in vals:
            r.cell(n(v))
        r.cell(n(sum(vals)))
    r = t.row(style=FontFace(emphasis="BOLD"))
    r.cell("Total", colspan=2)
    for v in COLTOT:
        r.cell(n(v))
    r.cell(n(GRAND))
pdf.ln(4)

para("Table 2 - Online flag and charges", style="B", size=10, after=1.5)
pdf.set_font("Helvetica", "", 8.5)
with pdf.table(col_widths=(61, 37, 37, 37), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.6) as t:
    r = t.row()
    for c in [""] + COLS:
        r.cell(c)
    r = t.row()
    r.cell("Offences flagged online-enabled")
    for v in ONLINE:
        r.cell(n(v))
    r = t.row()
    r.cell("Offences resulting in charge / summons")
    for v in CHARGED:
        r.cell(n(v))
pdf.ln(4)

para("Notes", style="B", size=9.5, after=1)
para("Offences are counted by the date on which they were recorded, which may be some time after the "
     "offence took place. The figures in both tables cover all seven offence types together where they "
     "are not shown by code. Outcomes are those held on our crime recording system when the data was "
     "extracted on 15/04/2024; offences still under investigation on that date have no outcome and are "
     "not included in the charge figures. The online-enabled flag is applied by the recording officer "
     "where the offence was committed wholly or partly through a computer, the internet or another "
     "digital device.", size=9)

para("Complaint rights", style="B", size=10, after=1)
para("If you are not satisfied with this response you may request an internal review within 40 working "
     "days of the date of this letter by writing to the Information Access Team at the address above. "
     "If you are still dissatisfied after the internal review you may apply to the Information "
     "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, for a decision on whether "
     "your request has been dealt with in accordance with the Act.", size=9.5)
para("Yours sincerely", size=10, after=6)
para("Information Access Officer\nInformation Access Team\nLancashire Constabulary", size=10)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.pages_count, "pages")
