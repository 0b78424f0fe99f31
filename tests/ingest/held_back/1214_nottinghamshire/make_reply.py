"""Build reply.pdf for 1214_nottinghamshire deterministically (fpdf2, core fonts).

Run with: /work/main/.venv/bin/python make_reply.py
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
STAMP = datetime(2024, 11, 1, 14, 5, 0, tzinfo=timezone.utc)
NAVY = (0, 45, 98)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(3)
            y0 = self.get_y()
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(*NAVY)
            self.cell(110, 10, "Nottinghamshire Police")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.set_xy(130, y0)
            self.multi_cell(62, 4, "Information Management\nFreedom of Information Team\n"
                            "Sherwood Lodge\nArnold\nNottingham\nNG5 8PP",
                            align="R")
            self.set_draw_color(*NAVY)
            self.set_line_width(0.6)
            self.line(18, self.get_y() + 2, 192, self.get_y() + 2)
            self.ln(8)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-20)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(18, self.get_y(), 192, self.get_y())
        self.ln(1.5)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Nottinghamshire Police, Sherwood Lodge, Arnold, Nottingham NG5 8PP  |  "
                  "www.nottinghamshire.police.uk", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, margin=24)
pdf.set_creation_date(STAMP)
pdf.set_title("FOI 012643/24 - Sexual offences against children")
pdf.set_author("Nottinghamshire Police")
pdf.set_creator("Microsoft Word")
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 5.2, "Our reference: FOI 012643/24", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.2, "Date: 1 November 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester")
para("Freedom of Information Act 2000 - Request FOI 012643/24", style="B")
para("Thank you for your request for information, which was received by Nottinghamshire Police on "
     "7 October 2024. You asked:")
for q in (
    "1. The number of sexual offences recorded by Nottinghamshire Police where the victim was under 18, "
    "for each calendar year from 1 January 2022 to 30 September 2024, broken down by the age group of "
    "the victim (11 and under, 12-15, 16-17) and by the victim's gender.",
    "2. How many of the offences in question 1 carried the online flag?",
    "3. How many offences of sexual grooming (Home Office code 88A) were recorded in the same periods?",
    "4. For the offences in question 3, which social media platforms or apps were used to contact the "
    "child, and how many offences were there for each?",
):
    pdf.set_x(26)
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.multi_cell(166, 5.2, q, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(1.5)
para("I can confirm that Nottinghamshire Police holds information relevant to your request. "
     "Our response to each question is set out below.")

heading("Question 1")
para("Table 1 shows the number of sexual offences recorded where the victim was aged under 18 at the "
     "time of the offence, by the calendar year in which the offence was recorded, the age group of "
     "the victim and the victim's gender.")

# ---- Table 1: two-level header, year over gender
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(0, 6, "Table 1: Sexual offences with a victim aged under 18, by age group and gender",
         new_x="LMARGIN", new_y="NEXT")
lw, cw, rh = 30, 24, 7
pdf.set_fill_color(222, 230, 241)
pdf.set_draw_color(80, 80, 80)
pdf.set_line_width(0.2)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(lw, rh, "", border="LTR", fill=True)
for y in ("2022", "2023", "2024 (1 Jan - 30 Sep)"):
    pdf.cell(cw * 2, rh, y, border=1, align="C", fill=True)
pdf.ln(rh)
pdf.cell(lw, rh, "Victim age", border="LBR", fill=True)
for _ in range(3):
    pdf.cell(cw, rh, "Female", border=1, align="C", fill=True)
    pdf.cell(cw, rh, "Male", border=1, align="C", fill=True)
pdf.ln(rh)
rows = [
    ("11 and under", ("211", "88", "226", "92", "158", "64")),
    ("12-15", ("287", "61", "301", "58", "219", "47")),
    ("16-17", ("96", "12", "104", "9", "71", "<5")),
    ("Total", ("594", "161", "631", "159", "448", "114")),
]
for label, vals in rows:
    is_total = label == "Total"
    pdf.set_font("Helvetica", "B" if is_total else "", 9)
    pdf.set_fill_color(242, 242, 242)
    pdf.cell(lw, rh, label, border=1, fill=is_total)
    for v in vals:
        pdf.cell(cw, rh, v, border=1, align="R", fill=is_total)
    pdf.ln(rh)
pdf.ln(2)
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(0, 4.4,
               "Where a figure is fewer than five it is shown as '<5' to reduce the risk of a victim being "
               "identified. Totals are the actual totals and include any figure shown as '<5'. Offences "
               "where the age or gender of the victim was not recorded are not included in Table 1.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 2")
para("Of the offences shown in Table 1, 143 in 2022, 157 in 2023 and 102 in 2024 (to 30 September) "
     "carried the online flag.")

heading("Question 3")
para("Nottinghamshire Police recorded 19 offences of sexual grooming (Home Office code 88A) in 2022, "
     "23 in 2023 and 15 between 1 January and 30 September 2024, a total of 57 offences.")

heading("Question 4")
para("The platform or app used is not a mandatory field on our crime recording system. However, because "
     "the number of grooming offences is small, an analyst has been able to read each of the 57 crime "
     "reports within the cost limit. Where more than one platform was used, the platform on which the "
     "first contact was made has been counted. To reduce the risk of identification, the figures below "
     "cover the whole period from 1 January 2022 to 30 September 2024 and are not broken down by year.")
pdf.set_font("Helvetica", "", 10.5)
for line in ("Snapchat - 21", "Instagram - 9", "WhatsApp - 6", "Facebook - <5", "Other - 8",
             "Not recorded - 10"):
    pdf.set_x(26)
    pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
para("'Other' includes online gaming platforms and messaging apps, each recorded in only a few "
     "offences. Figures under five are shown as '<5' for the reason given under question 1.")

para("Please note that the figures are taken from a live crime recording system and reflect the data "
     "held on 15 October 2024, when they were extracted. They may differ from figures published "
     "elsewhere or from figures provided in response to other requests.")

heading("Your right to complain")
para("If you are dissatisfied with this response you may ask for an internal review. Requests for "
     "review should be made in writing within 40 working days of the date of this letter to the "
     "Freedom of Information Team at the address above. If you remain dissatisfied after the review "
     "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
     "Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
para("Yours sincerely")
pdf.ln(4)
para("Freedom of Information Officer\nInformation Management\nNottinghamshire Police", gap=0)

pdf.output(OUT)
print("wrote", OUT)
