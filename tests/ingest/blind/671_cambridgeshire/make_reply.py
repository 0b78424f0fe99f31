"""Build reply.pdf: Cambridgeshire Constabulary FOI response letter (fpdf2), ref FOI/0623/24.

Rape of a child under 13 (Home Office codes 19E female, 19H male), financial years
written '2021-22', '2022-23', '2023-24' ("the last three financial years", defined).
Q1: drawn table, codes DOWN, years ACROSS, Total column and Total row.
Q2: drawn table of suspects by age group (years ACROSS), '*' for 1 to 4 (rule stated),
    no totals (the force says totals would reveal the suppressed values).
Q3: online flag, figures in one sentence.
Running header, 'OFFICIAL', 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/0623/24"
YEARS = ["2021-22", "2022-23", "2023-24"]
T1 = {"19E": (58, 71, 66), "19H": (17, 24, 19)}
ROW_TOT = {k: sum(v) for k, v in T1.items()}
assert ROW_TOT == {"19E": 195, "19H": 60}
COL_TOT = [T1["19E"][i] + T1["19H"][i] for i in range(3)]
assert COL_TOT == [75, 95, 85]
GRAND = sum(COL_TOT)
assert GRAND == sum(ROW_TOT.values()) == 255
# Q2 suspects; None = '*' (1 to 4)
T2 = [
    ("Suspect aged under 18", (23, 31, 28)),
    ("Suspect aged 18 or over", (41, 52, 47)),
    ("Suspect age not recorded", (None, 6, None)),
]
ONLINE = (6, 9, 7)
for i in range(3):
    assert ONLINE[i] <= COL_TOT[i]

NAVY = (18, 40, 76)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 13)
        self.set_text_color(*NAVY)
        self.cell(95, 7, "Cambridgeshire Constabulary")
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        if self.page_no() == 1:
            self.cell(0, 7, "Freedom of Information Team", align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(0, 7, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.5)
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.set_line_width(0.2)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-20)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Freedom of Information Team, Cambridgeshire Constabulary, Hinchingbrooke Park, "
                  "Huntingdon, Cambridgeshire PE29 6NP", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "www.cambs.police.uk   |   foi@cambs.police.uk", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(85, 4, "OFFICIAL")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()


def para(text, size=10, style="", gap=2.5, indent=0):
    pdf.set_font("Helvetica", style, size)
    if indent:
        pdf.set_x(20 + indent)
        pdf.multi_cell(170 - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


pdf.set_font("Helvetica", "", 10)
for line in ("Your ref:  (e-mail request)", f"Our ref:  {REF}", "Date:  7 June 2024"):
    pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
para("Dear Sir/Madam,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
para("I write in connection with your request for information received by Cambridgeshire "
     "Constabulary on 14 May 2024. I note you seek access to the following information:")

para("\"For each of the last three financial years, please tell me:\n"
     "1) How many offences of rape of a female child under 13 (Home Office code 19E) and rape of a "
     "male child under 13 (Home Office code 19H) were recorded by the force.\n"
     "2) For the offences in question 1, the age of the suspect(s): under 18, 18 or over, or not "
     "known.\n"
     "3) How many of the offences in question 1 had the online (cyber) flag applied.\"",
     style="I", indent=8, gap=3)

heading("Response")
para("Cambridgeshire Constabulary has located information relevant to your request, which is "
     "provided below. For the purposes of this response the last three financial years are "
     "2021-22, 2022-23 and 2023-24, i.e. 1 April 2021 to 31 March 2024. All figures are taken from "
     "our crime recording system (Athena) and are based on the date the crime was recorded, not "
     "the date it took place. Many of these offences are reported some years after they occurred.")

heading("Question 1")
para("Table 1 - Recorded offences of rape of a child under 13, by Home Office offence code",
     size=9, style="B", gap=1)
pdf.set_font("Helvetica", "", 9)
head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
with pdf.table(col_widths=(62, 24, 24, 24, 36),
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6, borders_layout="ALL") as t:
    t.row(["Offence (Home Office code)"] + YEARS + ["Total"])
    t.row(["Rape of a female child under 13 (19E)"] + [str(v) for v in T1["19E"]]
          + [str(ROW_TOT["19E"])])
    t.row(["Rape of a male child under 13 (19H)"] + [str(v) for v in T1["19H"]]
          + [str(ROW_TOT["19H"])])
    r = t.row(style=FontFace(emphasis="BOLD", fill_color=(226, 232, 242)))
    r.cell("Total")
    for v in COL_TOT + [GRAND]:
        r.cell(str(v))
pdf.ln(4)

heading("Question 2")
para("Table 2 shows the number of suspects linked to the offences in Table 1, by their age at the "
     "time of the offence, in the financial year the offence was recorded. Please note that an "
     "offence can have more than one suspect linked to it and some offences have no suspect "
     "identified, so the figures in Table 2 will not match those in Table 1.")
para("In order to reduce the risk of identifying individuals, where a value is between 1 and 4 it "
     "has been replaced with an asterisk (*). Totals have not been provided for Table 2 as they "
     "would allow the suppressed values to be calculated.")
# keep the table on one page: push it to page 2 if it would not fit
if pdf.get_y() > 215:
    pdf.add_page()
para("Table 2 - Suspects linked to offences of rape of a child under 13 (19E and 19H), by age of "
     "suspect", size=9, style="B", gap=1)
pdf.set_font("Helvetica", "", 9)
with pdf.table(col_widths=(62, 30, 30, 30),
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), width=152, align="LEFT",
               headings_style=head, line_height=6, borders_layout="ALL") as t:
    t.row(["Age of suspect"] + YEARS)
    for label, vals in T2:
        t.row([label] + ["*" if v is None else str(v) for v in vals])
pdf.ln(4)

heading("Question 3")
para(f"Of the offences shown in Table 1, the online flag had been applied to {ONLINE[0]} in "
     f"2021-22, {ONLINE[1]} in 2022-23 and {ONLINE[2]} in 2023-24. The flag is applied where the "
     "offence was committed, in full or in part, through a computer, computer network or other "
     "computer-enabled device.")

heading("Your right to complain")
para("If you are dissatisfied with the handling of your request you may ask for an internal review "
     "by writing to the Freedom of Information Team at the address below within 40 working days of "
     "the date of this letter. If you remain dissatisfied after the review you may complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
     "telephone 0303 123 1113.")
para("Information released under the Freedom of Information Act is provided for your own use. "
     "Any further re-use, such as publication, may be subject to the Re-use of Public Sector "
     "Information Regulations 2015.")
para("Yours faithfully,", gap=6)
para("Freedom of Information Officer\nCambridgeshire Constabulary", gap=1)

pdf.output(str(HERE / "reply.pdf"))
print("pages:", pdf.page_no())
