"""Build reply.pdf: Cleveland Police FOI response letter (reference 2024/0613).

Child sexual offences under 13 / under 16 (Home Office codes 19E, 19H, 21, 22B) for the
last four financial years, defined in the reply as 1 April 2020 to 31 March 2024.
Table 1 (pdf.table()): offence codes down, financial years across written '2020-21' etc.,
with a Total column (whole span) and a Total row. Table 2 starts on page 2: selected
outcomes by year; counts between one and four shown as '1-4' under a stated rule.
Every page carries a running header (protective marking + reference) and a footer with
'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "2024/0613"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(self.epw / 2, 4, "Cleveland Police – Freedom of Information Unit", align="L")
        self.cell(self.epw / 2, 4, f"Request ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-17)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 3.5, "Cleveland Police, Ladgate Lane, Middlesbrough, TS8 9EH  |  "
                          "foi@cleveland.police.uk", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 7)
        self.cell(0, 3.5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.epw


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def para(text, style="", size=9.3):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 4.7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def small(text):
    pdf.set_font("DejaVu", "I", 7.8)
    pdf.multi_cell(W, 3.9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


grey = (220, 224, 230)
heads = FontFace(emphasis="BOLD", fill_color=grey)
bold = FontFace(emphasis="BOLD")


def table(header, rows, widths, bold_last=False):
    pdf.set_font("DejaVu", "", 8.4)
    with pdf.table(col_widths=widths, text_align=["LEFT"] + ["CENTER"] * (len(header) - 1),
                   headings_style=heads, line_height=5.2, width=W) as t:
        r = t.row()
        for h in header:
            r.cell(h)
        for i, row in enumerate(rows):
            style = bold if (bold_last and i == len(rows) - 1) else None
            r = t.row(style=style)
            for c in row:
                r.cell(str(c))
    pdf.ln(2)


pdf.set_font("DejaVu", "B", 15)
pdf.cell(0, 7, "Cleveland Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.cell(0, 4.5, "Legal Services – Freedom of Information and Data Protection", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 4.5, f"Our ref: {REF}\nDate: 30 May 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Dear Requester,")
para("Freedom of Information Act 2000 – Request Reference " + REF)
para("I write in connection with your request for information received by Cleveland Police on "
     "2 May 2024. You asked:")
para("“Please can you tell me, for each of the last four financial years, how many of the "
     "following offences Cleveland Police recorded: rape of a female child under 13, rape of a "
     "male child under 13, sexual activity involving a child under 13, and sexual activity "
     "involving a child under 16. For the same offences, please tell me how many resulted in "
     "a charge, a caution or a community resolution, and how many are still being "
     "investigated.”", style="I")
para("Following receipt of your request, searches were conducted with the Performance and "
     "Analysis Department. I can confirm that the information you requested is held by "
     "Cleveland Police and is provided below.")

head("Recorded offences")
para("The last four financial years have been taken to be 1 April 2020 to 31 March 2024. "
     "Table 1 shows the offences recorded in each year under the relevant Home Office "
     "offence codes.")
pdf.set_font("DejaVu", "B", 9)
pdf.cell(0, 5, "Table 1: Recorded offences by Home Office offence code", new_x="LMARGIN", new_y="NEXT")
table(["Offence", "2020-21", "2021-22", "2022-23", "2023-24", "Total"],
      [["19E Rape of a female child under 13", 48, 55, 61, 57, 221],
       ["19H Rape of a male child under 13", 17, 22, 19, 24, 82],
       ["21 Sexual activity involving a child under 13", 63, 71, 80, 74, 288],
       ["22B Sexual activity involving a child under 16", 112, 128, 141, 133, 514],
       ["Total", 240, 276, 301, 288, 1105]],
      (70, 19, 19, 19, 19, 19), bold_last=True)
small("Figures are for crimes recorded between 01/04/2020 and 31/03/2024 and were extracted from "
      "the force crime recording system on 14/05/2024. Crime figures can change as investigations "
      "progress and offences are reclassified, so they may differ slightly from figures published "
      "elsewhere.")

head("Outcomes")
para("Table 2 shows, for the crimes in Table 1, the number that had been given each of the "
     "outcomes you asked about by the date of extraction. Only the outcomes you asked about are "
     "shown; other outcomes (for example where the suspect has died or the crime was "
     "transferred to another force) are not listed, so the columns will not add up to the "
     "totals in Table 1. Outcome 16 has been included because it is the most common "
     "outcome for these offences and is relevant to your question.")
para("To reduce the risk of identifying victims or offenders, any outcome count between one "
     "and four has been shown as “1-4”.")

pdf.add_page()
pdf.set_font("DejaVu", "B", 9)
pdf.multi_cell(W, 5, "Table 2: Selected outcomes for offences recorded in each year (codes 19E, 19H, 21 and "
               "22B combined)", new_x="LMARGIN", new_y="NEXT")
table(["Outcome", "2020-21", "2021-22", "2022-23", "2023-24"],
      [["Charged / summonsed", 31, 35, 28, 12],
       ["Youth caution (suspect aged under 18)", "1-4", 5, "1-4", "1-4"],
       ["Community resolution", 6, "1-4", 7, "1-4"],
       ["Outcome 16 – evidential difficulties; victim does not support further action", 58, 64, 77, 69],
       ["No outcome yet – investigation ongoing", 9, 21, 48, 112]],
      (86, 21, 21, 21, 21))
small("Outcomes are shown as at 14/05/2024. The larger number of ongoing investigations in "
      "2023-24 reflects the time these offences can take to investigate.")

head("Your right to complain")
para("If you are dissatisfied with this response you may ask for an internal review by writing "
     "to the Freedom of Information Unit at the address below within 40 working days of the date "
     "of this letter. If you remain dissatisfied after the review, you may complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,")
para("Disclosure Officer\nFreedom of Information Unit\nCleveland Police")

pdf.output(str(HERE / "reply.pdf"))
