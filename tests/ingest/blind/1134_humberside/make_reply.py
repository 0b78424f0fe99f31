"""Build reply.pdf for 1134_humberside deterministically (fpdf2, core fonts only).

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 5, 20, 10, 5, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 51, 102)
            self.cell(110, 9, "HUMBERSIDE POLICE", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 3.8,
                            "Information Compliance Unit\nPolice Headquarters\nPriory Road\nHull\nHU5 5SF",
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
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Humberside Police - Freedom of Information Request FOI 2024/00871", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title("FOI 2024/00871 - Sexual offences against children under 13")
pdf.set_author("Humberside Police Information Compliance Unit")
pdf.set_creator("Humberside Police")
pdf.set_producer("Humberside Police")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W / 2, 5, "Our reference: FOI 2024/00871")
pdf.cell(W / 2, 5, "20 May 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
para("Thank you for your request for information, which was received by Humberside Police on 22 April 2024. "
     "Your request has now been considered and I am able to respond as follows.")

heading("Your request")
para("For each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24 please provide:", gap=1)
para("1. The number of offences recorded under each of the following Home Office codes: 19E (rape of a female "
     "child under 13), 19H (rape of a male child under 13), 20B (sexual assault on a female child under 13), "
     "17B (sexual assault on a male child under 13) and 21 (sexual activity involving a child under 13).", gap=1)
para("2. How many of these offences were flagged as online / cyber enabled.", gap=1)
para("3. For the offences recorded in 2023/24, the outcome of each offence, broken down by outcome type.")

heading("Our response")
para("Humberside Police holds some of the information you have requested.")
para("Crimes recorded before 1 April 2021 are held on the force's previous crime recording system. That system "
     "was archived when it was replaced and can no longer be searched by Home Office code or by flag. The "
     "information for 2020/21 is therefore not held in a retrievable form, and this letter serves as a notice "
     "under section 1(1)(a) of the Act that it is not held. It is shown as N/H in the table below.")

heading("Question 1")
para("The table below shows the number of offences recorded under each Home Office code.", gap=2)

cols = [22, W - 22 - 4 * 20, 20, 20, 20, 20]
rows = [
    ("HO code", "Offence", "2020/21", "2021/22", "2022/23", "2023/24"),
    ("019E", "Rape of a female child under 13", "N/H", "38", "45", "41"),
    ("019H", "Rape of a male child under 13", "N/H", "14", "11", "17"),
    ("020B", "Sexual assault on a female child under 13", "N/H", "52", "61", "58"),
    ("017B", "Sexual assault on a male child under 13", "N/H", "19", "23", "16"),
    ("021", "Sexual activity involving a child under 13", "N/H", "27", "33", "30"),
    ("Total", "", "N/H", "150", "173", "162"),
]
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.2)
for i, row in enumerate(rows):
    first = i == 0
    last = i == len(rows) - 1
    pdf.set_font("Helvetica", "B" if (first or last) else "", 9)
    if first:
        pdf.set_fill_color(217, 226, 243)
    for j, (w, v) in enumerate(zip(cols, row)):
        pdf.cell(w, 7, v, border=1, align="L" if j < 2 else "C", fill=first)
    pdf.ln(7)
pdf.set_font("Helvetica", "I", 8)
pdf.cell(W, 5, "N/H - not held (see above).", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 2")
para("Of the offences shown in the table above, the number recorded with the online flag was 9 in 2021/22, "
     "14 in 2022/23 and 12 in 2023/24. As explained above, this information is not held for 2020/21.")
para("The online flag is applied by the officer recording the crime where any part of the offence was "
     "committed online. Its use depends on the officer and may not be complete.")

heading("Question 3")
para("The outcomes of the offences recorded in 2023/24 are shown below. Outcome data was extracted on "
     "8 May 2024 and will change as investigations are completed. To protect the identity of the individuals "
     "concerned, any figure of fewer than five is shown as <5.", gap=2)

ocols = [W - 36, 36]
orows = [
    ("Outcome (Home Office outcome type)", "Number of offences"),
    ("Outcome 1 - Charged / summonsed", "23"),
    ("Outcome 2 - Youth caution", "<5"),
    ("Outcome 11 - Prosecution prevented, suspect below age of criminal responsibility", "7"),
    ("Outcome 15 - Evidential difficulties, suspect identified, victim supports action", "34"),
    ("Outcome 16 - Evidential difficulties, victim does not support action", "27"),
    ("Outcome 18 - Investigation complete, no suspect identified", "6"),
    ("All other outcome types", "5"),
    ("Under investigation - no outcome yet assigned", "58"),
]
for i, (a, b) in enumerate(orows):
    first = i == 0
    pdf.set_font("Helvetica", "B" if first else "", 9)
    if first:
        pdf.set_fill_color(217, 226, 243)
    pdf.cell(ocols[0], 7, a, border=1, fill=first)
    pdf.cell(ocols[1], 7, b, border=1, align="C", fill=first)
    pdf.ln(7)
pdf.ln(5)

heading("Complaint rights")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests "
     "for review should be made in writing within 40 working days of the date of this letter to the Information "
     "Compliance Unit at the address above, or by e-mail to foi@humberside.police.uk.")
para("If you remain dissatisfied after the review you may apply to the Information Commissioner, Wycliffe House, "
     "Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely,", gap=8)
para("Information Compliance Officer\nInformation Compliance Unit", gap=0)

pdf.output(OUT)
print("wrote", OUT)
