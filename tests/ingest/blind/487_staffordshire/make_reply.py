"""Build reply.pdf: Staffordshire Police FOI response letter (two pages).

Child sexual exploitation (CSE) flagged crimes: Q1 a small table of three financial years
written as date ranges (01/04/2021 - 31/03/2022 ...) with a Total row; Q2 a victim gender x
age-band table for 2023/24 drawn with fpdf2's pdf.table(), counting victims (so its total
differs from Q1's crime count, as the letter explains), with '*' for small figures and a
reason but no threshold. Page header with the reference and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 24-1583"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL - FOR PUBLIC RELEASE", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Staffordshire Police - Freedom of Information - Ref {REF}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Staffordshire Police Headquarters, PO Box 3167, Stafford ST16 9JZ   |   "
                        "foi@staffordshire.police.uk", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw

pdf.set_font("Helvetica", "B", 16)
pdf.cell(0, 8, "Staffordshire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.5, "Information Compliance Unit\nPolice Headquarters\nPO Box 3167\nStafford\nST16 9JZ",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 4.5, f"Our ref: {REF}\nDate: 21 May 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5, "Mr T. Okafor\nBy e-mail", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def head(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(text, size=10, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


para("Dear Mr Okafor")
head("Freedom of Information Request - Reference " + REF)
para("Thank you for your request for information, which was received by Staffordshire Police on "
     "23 April 2024. Your request has been dealt with under the terms of the Freedom of Information "
     "Act 2000 and I am now able to respond.")

head("Your request")
para("1. How many crimes recorded by Staffordshire Police carried a child sexual exploitation (CSE) "
     "flag in each of the last three financial years?", style="I")
para("2. For the most recent of those years (2023/24), please break the figure down by the age and "
     "the gender of the victim.", style="I")

head("Our response")
para("Staffordshire Police holds the information you have requested. The figures below were "
     "extracted from the force crime and intelligence system on 9 May 2024 and count crimes that "
     "were recorded in each period and carry a CSE flag at the date of extraction. Figures are "
     "subject to change as investigations progress.")

head("Question 1")
grey = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
pdf.set_font("Helvetica", "", 10)
with pdf.table(width=110, col_widths=(70, 40), text_align=("LEFT", "RIGHT"), align="LEFT",
               headings_style=grey, line_height=6) as t:
    for row in [("Period", "CSE-flagged crimes"),
                ("01/04/2021 - 31/03/2022", "312"),
                ("01/04/2022 - 31/03/2023", "287"),
                ("01/04/2023 - 31/03/2024", "334")]:
        r = t.row()
        for c in row:
            r.cell(c)
    r = t.row(style=FontFace(emphasis="BOLD"))
    r.cell("Total")
    r.cell("933")
pdf.ln(5)

head("Question 2")
para("Please note that one crime may involve more than one victim. The table below therefore counts "
     "victims of CSE-flagged crimes recorded between 01/04/2023 and 31/03/2024 rather than crimes, "
     "and its total will not match the figure given for that year in Question 1. Age is the age of "
     "the victim at the time of the offence.")
pdf.set_font("Helvetica", "", 9.5)
rows = [
    ("Victim gender", "Under 13", "13-15", "16-17", "Age not recorded", "Total"),
    ("Female", "58", "164", "49", "6", "277"),
    ("Male", "21", "33", "*", "*", "59"),
    ("Not recorded", "*", "7", "*", "5", "15"),
]
with pdf.table(col_widths=(34, 22, 22, 22, 30, 22),
               text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=grey, line_height=6) as t:
    for row in rows:
        r = t.row()
        for c in row:
            r.cell(c)
    r = t.row(style=FontFace(emphasis="BOLD"))
    for c in ("Total", "80", "204", "54", "13", "351"):
        r.cell(c)
pdf.ln(2)
para("* Where the number of victims in a category is small, the figure has been replaced with an "
     "asterisk, as disclosure could lead to a child being identified when combined with other "
     "information in the public domain. The totals include the figures that have been replaced.",
     size=8.5)

para("In providing the figures it is necessary to withhold small numbers under Section 40(2) "
     "(Personal information) of the Act. Information that would identify a living individual is "
     "exempt where disclosure would breach the data protection principles. A child who has been a "
     "victim of sexual exploitation may be identifiable from a very small figure, particularly in a "
     "small community, and releasing such a figure to the world at large would not be fair or "
     "lawful. This letter acts as a Refusal Notice under Section 17 of the Act for those figures.")

head("Your right to complain")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. "
     "Please write to the Information Compliance Unit at the address above, or e-mail "
     "foi@staffordshire.police.uk, within 40 working days of the date of this letter. If you are "
     "still dissatisfied following the internal review you may apply to the Information "
     "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely")
pdf.ln(4)
para("Karen Whitlock\nDisclosure Officer\nInformation Compliance Unit")

pdf.output(str(HERE / "reply.pdf"))
