"""Build reply.pdf: Hampshire and Isle of Wight Constabulary FOI response letter (fpdf2), ref FOI/2208/24.

Sexual activity involving a child under 13 (HO classification 21) and under 16 (22B).
'The last three years' is asked undefined; the force takes it as the last three complete
financial years, written '2021-22', '2022-23', '2023-24'.
(a) figures in sentences ('the figures were 74 and 296 respectively').
(b) a short drawn table: victim gender DOWN, years ACROSS, no Total row; 'x' for small figures
    with no threshold stated.
(c) charge/summons figures in a sentence, plus a count still under investigation.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
REF = "FOI/2208/24"
YEARS = ["2021-22", "2022-23", "2023-24"]
U13 = [68, 74, 81]       # classification 21
U16 = [311, 296, 334]    # classification 22B
TOT = [a + b for a, b in zip(U13, U16)]
assert TOT == [379, 370, 415]
GENDER = {"Female": [305, 300, 336], "Male": [71, 68, 72], "Not recorded": [3, 2, 7]}
for i in range(3):
    assert sum(GENDER[g][i] for g in GENDER) == TOT[i]
SUPPRESS = {("Not recorded", 0), ("Not recorded", 1)}
CHARGED = [41, 33, 19]
ONGOING_2324 = 126
assert CHARGED[2] + ONGOING_2324 <= TOT[2]


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Freedom of Information request {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-20)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Hampshire and Isle of Wight Constabulary, Information Rights and Disclosure, "
                        "Mottisfont Court, Tower Street, Winchester SO23 8ZD",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=25)
pdf.alias_nb_pages()
pdf.add_page()


def p(text, style="", size=10, h=5.2, after=2.5, align="L"):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# Letterhead
pdf.set_font("DejaVu", "B", 13)
pdf.set_text_color(0, 45, 98)
pdf.cell(0, 7, "Hampshire and Isle of Wight Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
p("Information Rights and Disclosure\nMottisfont Court\nTower Street\nWinchester\nSO23 8ZD",
  size=9, h=4.4, after=4)

p(f"Our reference: {REF}\nDate: 16 September 2024", h=5, after=4)
p("Dear Applicant", after=3)
p("Freedom of Information Act 2000 \u2013 Sexual activity involving children", "B", after=3)
p("Thank you for your request for information, which was received by Hampshire and Isle of "
  "Wight Constabulary on 19 August 2024. Your request has been dealt with under the Freedom of "
  "Information Act 2000 (the Act).")

p("Your request", "B", after=1.5)
p("\u201cPlease provide the following for the last three years:\n"
  "a) The number of offences of sexual activity involving a child under 13 and sexual activity "
  "involving a child under 16 recorded by your force, shown separately.\n"
  "b) The gender of the victims of these offences.\n"
  "c) How many of these offences resulted in the suspect being charged or summonsed.\u201d",
  "I", size=9.5)

p("Our response", "B", after=1.5)
p("Crime statistics are compiled by financial year, so we have interpreted \u2018the last three "
  "years\u2019 as the last three complete financial years, 1 April 2021 to 31 March 2024. The "
  "figures below were extracted from our crime recording system on 2 September 2024 and relate "
  "to crimes recorded in each year.")

p("a) Offences recorded", "B", after=1.5)
p(f"In {YEARS[0]} the Constabulary recorded {U13[0]} offences of sexual activity involving a "
  f"child under 13 (Home Office classification 21) and {U16[0]} offences of sexual activity "
  f"involving a child under 16 (Home Office classification 22B). In {YEARS[1]} the figures were "
  f"{U13[1]} and {U16[1]} respectively, and in {YEARS[2]} they were {U13[2]} and {U16[2]}.")

p("b) Gender of victim", "B", after=1.5)
p("The table below shows the offences above, with classifications 21 and 22B combined, by the "
  "recorded gender of the victim.", after=2)

pdf.set_font("DejaVu", "", 9.5)
pdf.set_draw_color(120, 120, 120)
head = FontFace(emphasis="BOLD", fill_color=(222, 230, 240))
with pdf.table(width=130, col_widths=(46, 28, 28, 28), align="LEFT",
               text_align=("LEFT", "CENTER", "CENTER", "CENTER"), headings_style=head,
               line_height=6.5) as table:
    table.row(["Victim gender"] + YEARS)
    for g, vals in GENDER.items():
        cells = [g]
        for i, v in enumerate(vals):
            cells.append("x" if (g, i) in SUPPRESS else str(v))
        table.row(cells)
pdf.ln(1.5)
p("x \u2013 figure suppressed to reduce the risk of identifying a victim.", "I", size=8.5, after=4)

p("c) Charges and summonses", "B", after=1.5)
p(f"Of the offences recorded in {YEARS[0]}, {CHARGED[0]} resulted in a suspect being charged or "
  f"summonsed. The equivalent figure for offences recorded in {YEARS[1]} was {CHARGED[1]}, and for "
  f"{YEARS[2]} it was {CHARGED[2]}.")
p("Please note that investigations into offences of this kind can take a considerable time, and "
  "the figure for the most recent year should not be compared directly with earlier years. When "
  f"the data was extracted, {ONGOING_2324} of the offences recorded in {YEARS[2]} were still under "
  "investigation and had not yet been assigned an outcome.")

p("A crime is recorded against the classification that reflects the most serious offence "
  "disclosed. Where more than one victim is linked to a crime, the first recorded victim has been "
  "used for the gender breakdown.", size=9)

p("Complaint rights", "B", after=1.5)
p("If you are dissatisfied with this response you may request an internal review within 40 "
  "working days of the date of this letter by writing to the Information Rights and Disclosure "
  "team at the address above. If you remain dissatisfied you may then apply to the Information "
  "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
  "telephone 0303 123 1113.", size=9.5)
p("Yours sincerely", after=6)
p("Disclosure Officer\nInformation Rights and Disclosure\nHampshire and Isle of Wight Constabulary",
  h=5)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.pages_count, "pages")
