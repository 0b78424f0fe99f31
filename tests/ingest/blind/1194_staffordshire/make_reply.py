"""Builds reply.pdf for Staffordshire Police FOI 5528/25. Deterministic output.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
REF = "FOI 5528/25"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Staffordshire Police", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            for line in ("Freedom of Information Unit",
                         "Police Headquarters",
                         "PO Box 3167, Stafford, ST16 9JZ",
                         "Telephone: 101   Email: [FOI unit email]"):
                self.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Ref: {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2025, 6, 6, 10, 15, 0, tzinfo=timezone.utc))
pdf.set_title("FOI 5528/25 response")
pdf.set_author("Staffordshire Police Freedom of Information Unit")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", h=5, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(header, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(0, 45, 98)
    pdf.set_text_color(255, 255, 255)
    for txt, w in zip(header, widths):
        pdf.cell(w, 7, txt, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9.5)
        if last:
            pdf.set_fill_color(225, 230, 240)
        for j, (txt, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 6.5, str(txt), border=1, align="L" if j == 0 else "C", fill=last)
        pdf.ln()
    pdf.ln(3)


# Address block and date
pdf.set_font("Helvetica", "", 10)
for line in ("Mr D Okafor", "By email: [requester email]"):
    pdf.cell(W / 2, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.cell(W, 5, f"Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date: 6 June 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Mr Okafor")
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, f"FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("I write in connection with your request for information, which was received by Staffordshire Police on "
     "12 May 2025. I note that you seek access to the following information:")
para("For each of the financial years 2022/23, 2023/24 and 2024/25:\n"
     "1. The number of sexual offences recorded against children (victims aged under 18), broken down by the "
     "age of the victim at the time of the offence (0-4, 5-10, 11-15, 16-17 and age not known).\n"
     "2. How many of the offences in question 1 were recorded with the online (cyber) flag.\n"
     "3. For offences of sexual grooming (Home Office code 88A) recorded over the three years, the outcome of each "
     "offence.\n"
     "4. The age and gender of the youngest victim in each year.", style="I")
para("Following receipt of your request, searches were conducted within Staffordshire Police to locate information "
     "relevant to your request. I can confirm that the information you have requested is held in part, and my "
     "response to each question is set out below. The figures were extracted on 28 May 2025 and reflect the data "
     "held on that date.")

heading("Question 1")
para("The table below shows sexual offences recorded by Staffordshire Police where the victim was aged under 18 at "
     "the time of the offence. Where a crime has more than one victim it has been counted once, against the age "
     "of the first victim recorded.")
table(["Victim age", "2022/23", "2023/24", "2024/25"],
      [["0-4", 41, 38, 45],
       ["5-10", 176, 189, 171],
       ["11-15", 612, 655, 638],
       ["16-17", 198, 204, 187],
       ["Age not known", 23, 17, 29],
       ["Total", 1050, 1103, 1070]],
      [56, 38, 38, 38], bold_last=True)

heading("Question 2")
table(["Financial year", "Offences with online flag"],
      [["2022/23", "N/H"], ["2023/24", 163], ["2024/25", 181]],
      [56, 60])
para("N/H - not held. Staffordshire Police introduced a new records management system in March 2023 and all "
     "crimes recorded from 1 April 2023 carry the online marker on that system. The online marker on the "
     "previous crime system was not migrated, and the archive of that system does not contain it, so this "
     "information is not held for 2022/23. This part of the response therefore serves as a notice under section "
     "17(1) of the Act that the information is not held.", size=9)

heading("Question 3")
para("Outcomes of sexual grooming offences (Home Office code 88A) recorded between 1 April 2022 and 31 March 2025, "
     "as at 28 May 2025:")
pdf.set_font("Helvetica", "", 10)
for line in ("Charged/summonsed (outcome 1) - 14",
             "Evidential difficulties: suspect identified; victim supports action (outcome 15) - 11",
             "Evidential difficulties: victim does not support action (outcome 16) - 6",
             "Investigation complete - no suspect identified (outcome 18) - 3",
             "Under investigation (no outcome yet) - 7"):
    pdf.cell(8, 5.5, "")
    pdf.cell(W - 8, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 10)
pdf.cell(8, 5.5, "")
pdf.cell(W - 8, 5.5, "Total - 41", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

heading("Question 4")
para("The information you have requested in question 4 is held. However, it is exempt from disclosure by virtue "
     "of Section 40(2) - Personal Information.")
para("Section 40(2) is an absolute exemption where disclosure of the requested information would contravene any "
     "of the data protection principles. Information about the youngest victim in a given year relates to a "
     "single, identifiable child. The age and gender of that child, taken together with information which may "
     "already be known locally, such as media reporting or court listings, could lead to the child being "
     "identified. Disclosure under the Act is disclosure to the world at large, and it would not be fair or "
     "lawful to release information that could identify a child victim of a sexual offence. The first data "
     "protection principle would therefore be breached and the information is withheld.")

heading("Complaint rights")
para("If you are dissatisfied with the response you have been provided with, you may ask for an internal review. "
     "Your request for a review should be made in writing within 40 working days of the date of this letter and "
     "addressed to the Freedom of Information Unit at the address above. If you remain dissatisfied following "
     "the internal review, you have the right to apply to the Information Commissioner's Office for a decision.", size=9.5)
para("Yours sincerely")
pdf.ln(6)
para("Freedom of Information Officer\nFreedom of Information Unit\nStaffordshire Police", after=0)

pdf.output(OUT)
print("wrote", OUT)
