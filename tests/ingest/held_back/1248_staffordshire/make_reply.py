"""Builds reply.pdf: Staffordshire Police FOI response letter FOI/2023/0871.

fpdf2 with core fonts only; fixed creation date so the output is the same on every run.
Run with /work/main/.venv/bin/python.
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

REF = "FOI/2023/0871"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 51, 102)
            self.cell(110, 9, "Staffordshire Police", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 4, "Information Compliance Unit\nPolice Headquarters\nPO Box 3167\nStafford\nST16 9JZ\n\nTelephone: 101\nwww.staffordshire.police.uk",
                            align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 51, 102)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
            self.set_text_color(0, 0, 0)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Staffordshire Police - Freedom of Information response {REF}", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "OFFICIAL", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2023, 7, 3, 9, 30, 0, tzinfo=timezone.utc))
pdf.set_title(f"FOI response {REF}")
pdf.set_author("Staffordshire Police Information Compliance Unit")
pdf.set_creator("Microsoft Word")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, h=5, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W / 2, 5, f"Our ref: {REF}", new_x="RIGHT", new_y="TOP")
pdf.cell(W / 2, 5, "Date: 3 July 2023", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester")
para(f"FREEDOM OF INFORMATION REQUEST - REFERENCE NUMBER {REF}", style="B")
para("Thank you for your request for information, which was received by Staffordshire Police on 5 June 2023. "
     "Your request has been handled under the Freedom of Information Act 2000.")
para("You asked:", style="B", after=1)
para("For each of the financial years 2020/21, 2021/22 and 2022/23:\n"
     "1. How many of the following offences were recorded: rape of a female child under 13 (19E), rape of a male "
     "child under 13 (19H), sexual assault on a female child under 13 (20B), sexual assault on a male child under 13 "
     "(17B) and sexual activity involving a child under 13 (21)?\n"
     "2. How many of these offences were flagged as online (cyber) crimes?\n"
     "3. In how many of these offences was a suspect aged under 18 recorded?", style="I")
para("Response:", style="B", after=1)
para("Question 1", style="B", after=1)
para("The number of offences recorded in each financial year is shown in Table 1.")

# Table 1, drawn with borders
cols = [18, 74, 19, 19, 19, W - 18 - 74 - 57]
head = ["HO code", "Offence", "2020/21", "2021/22", "2022/23", "Total"]
data = [
    ["19E", "Rape of a female child under 13", "58", "71", "66", "195"],
    ["19H", "Rape of a male child under 13", "21", "26", "19", "66"],
    ["20B", "Sexual assault on a female child under 13", "112", "138", "127", "377"],
    ["17B", "Sexual assault on a male child under 13", "39", "44", "51", "134"],
    ["21", "Sexual activity involving a child under 13", "83", "94", "88", "265"],
]
total = ["", "Total", "313", "373", "351", "1,037"]

pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "Table 1: Recorded offences against children under 13, by Home Office code", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.2)
pdf.set_fill_color(217, 226, 243)
for c, t in zip(cols, head):
    pdf.cell(c, 7, t, border=1, align="C" if t not in ("Offence",) else "L", fill=True)
pdf.ln(7)
pdf.set_font("Helvetica", "", 9)
for row in data:
    for i, (c, t) in enumerate(zip(cols, row)):
        pdf.cell(c, 6.5, t, border=1, align="L" if i == 1 else "C")
    pdf.ln(6.5)
pdf.set_font("Helvetica", "B", 9)
for i, (c, t) in enumerate(zip(cols, total)):
    pdf.cell(c, 6.5, t, border=1, align="L" if i == 1 else "C", fill=(i > 0))
pdf.ln(9)

para("Please note that the figure for code 21 in 2021/22 differs from the figure of 96 given in our response to "
     "FOI/2022/1187. Two of those crimes were later reclassified following a data quality review, and the correct "
     "figure is the one shown in Table 1 above.", size=9, h=4.5)
para("Figures are taken from the force crime recording system and count crimes by the date they were recorded. "
     "They are correct as at the date of extraction and may change.", size=9, h=4.5)

para("Question 2", style="B", after=1)
para("The number of these offences carrying the online (cyber) flag is shown below.")

cols2 = [40, 30]
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(217, 226, 243)
pdf.cell(cols2[0], 7, "Financial year", border=1, align="C", fill=True)
pdf.cell(cols2[1], 7, "Online flag", border=1, align="C", fill=True)
pdf.ln(7)
pdf.set_font("Helvetica", "", 9)
for y, v in [("2020/21", "N/H"), ("2021/22", "47"), ("2022/23", "52")]:
    pdf.cell(cols2[0], 6.5, y, border=1, align="C")
    pdf.cell(cols2[1], 6.5, v, border=1, align="C")
    pdf.ln(6.5)
pdf.ln(2)
para("N/H - not held. Staffordshire Police moved to a new crime recording system during 2021. Crimes recorded "
     "before 1 April 2021 were migrated without the online flag field, so this information is not held for "
     "2020/21. Section 1(1)(a) of the Act requires us to confirm that this information is not held.", size=9, h=4.5)

para("Question 3", style="B", after=1)
para("In 2020/21 a suspect aged under 18 was recorded for 61 of these offences. The figure for 2021/22 was "
     "seventy-four, and for 2022/23 it was 69. Where an offence has more than one suspect aged under 18 it has "
     "been counted once. The age is the suspect's age at the time of the offence.")

para("Complaint rights", style="B", after=1)
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Please write "
     "to the Information Compliance Unit at the address above within 40 working days of the date of this letter. "
     "If you remain dissatisfied after the review you may apply to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
para("Yours sincerely")
pdf.ln(6)
para("J. Penhaligon\nInformation Compliance Officer\nStaffordshire Police", after=0)

here = os.path.dirname(os.path.abspath(__file__))
pdf.output(os.path.join(here, "reply.pdf"))
